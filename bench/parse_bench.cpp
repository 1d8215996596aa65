// Resume parsing throughput and memory: parses each file N times in a child process of its own
// and prints pages/s, documents/s and the child's peak RSS; with --pdftotext it also times
// `pdftotext -layout` on the PDFs for comparison.
//
//   resumax_parse_bench [--runs N] [--pdftotext] FILE...
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/documents/resume_reader.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;

struct Measure {
  int pages = 0;
  double seconds = 0;
  long peak_kib = 0;
  bool ok = false;
  char error[64] = {};
};

std::string ReadFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Parses the file `runs` times in a forked child so that its peak RSS is the parse's alone.
Measure ParseInChild(const char* path, int runs) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  const pid_t child = fork();
  if (child == 0) {
    close(fds[0]);
    Measure measure;
    const std::string bytes = ReadFile(path);
    const std::string mime =
        resumax::documents::DetectMimeType(bytes).value_or("application/octet-stream");
    const auto start = Clock::now();
    for (int run = 0; run < runs; ++run) {
      auto result = resumax::documents::ParseResume(bytes, mime, {});
      measure.ok = result.has_value();
      if (!result) {
        std::snprintf(measure.error, sizeof measure.error, "%s", result.error().code.c_str());
        break;
      }
      measure.pages = result->pages;
    }
    measure.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const ssize_t written = write(fds[1], &measure, sizeof measure);
    _exit(written == sizeof measure ? 0 : 1);
  }
  close(fds[1]);
  Measure measure;
  const ssize_t got = read(fds[0], &measure, sizeof measure);
  close(fds[0]);
  int status = 0;
  rusage usage{};
  wait4(child, &status, 0, &usage);
  if (got != sizeof measure) return {};
  measure.peak_kib = usage.ru_maxrss;
  return measure;
}

// Seconds for `runs` runs of `pdftotext -layout FILE /dev/null`.
double TimePdftotext(const char* path, int runs) {
  const auto start = Clock::now();
  for (int run = 0; run < runs; ++run) {
    char* argv[] = {const_cast<char*>("pdftotext"), const_cast<char*>("-layout"),
                    const_cast<char*>(path), const_cast<char*>("/dev/null"), nullptr};
    pid_t child = 0;
    if (posix_spawnp(&child, "pdftotext", nullptr, nullptr, argv, environ) != 0) return -1;
    int status = 0;
    waitpid(child, &status, 0);
  }
  return std::chrono::duration<double>(Clock::now() - start).count();
}

const char* BaseName(const char* path) {
  const char* slash = std::strrchr(path, '/');
  return slash == nullptr ? path : slash + 1;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 20;
  bool compare = false;
  std::vector<const char*> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (std::strcmp(argv[i], "--pdftotext") == 0) {
      compare = true;
    } else {
      files.push_back(argv[i]);
    }
  }
  if (files.empty()) {
    std::fprintf(stderr, "usage: %s [--runs N] [--pdftotext] FILE...\n", argv[0]);
    return 2;
  }
  std::printf("%-44s %5s %8s %8s %8s %8s%s\n", "file", "pages", "ms/doc", "docs/s", "pages/s",
              "peak MB", compare ? "  pdftotext ms/doc  ratio" : "");
  double total_seconds = 0;
  double total_pdf_seconds = 0;
  double total_pdftotext_seconds = 0;
  long total_pages = 0;
  long total_docs = 0;
  long peak_kib = 0;
  int failures = 0;
  for (const char* file : files) {
    const Measure measure = ParseInChild(file, runs);
    if (!measure.ok) {
      std::printf("%-44s refused: %s (peak %.1f MB)\n", BaseName(file), measure.error,
                  measure.peak_kib / 1024.0);
      ++failures;
      continue;
    }
    const double per_doc = measure.seconds / runs;
    total_seconds += measure.seconds;
    total_pages += static_cast<long>(measure.pages) * runs;
    total_docs += runs;
    peak_kib = std::max(peak_kib, measure.peak_kib);
    std::printf("%-44s %5d %8.2f %8.1f %8.1f %8.1f", BaseName(file), measure.pages, per_doc * 1000,
                1 / per_doc, measure.pages / per_doc, measure.peak_kib / 1024.0);
    const std::string name = file;
    if (compare && name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0) {
      const double pdftotext = TimePdftotext(file, runs) / runs;
      total_pdf_seconds += measure.seconds;
      total_pdftotext_seconds += pdftotext * runs;
      std::printf("  %16.2f  %5.2fx", pdftotext * 1000, per_doc / pdftotext);
    }
    std::printf("\n");
  }
  if (total_docs > 0) {
    std::printf("%-44s %5ld %8.2f %8.1f %8.1f %8.1f", "TOTAL", total_pages / runs,
                total_seconds / total_docs * 1000, total_docs / total_seconds,
                total_pages / total_seconds, peak_kib / 1024.0);
    if (compare && total_pdftotext_seconds > 0) {
      std::printf("  PDFs: %.2fx pdftotext's time", total_pdf_seconds / total_pdftotext_seconds);
    }
    std::printf("\n");
  }
  return failures == 0 ? 0 : 1;
}

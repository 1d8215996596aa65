// Export rendering benchmark: time per document for each format and template, and how much the
// process grows while rendering. Usage: resumax_export_bench [--runs N] [--write DIR]
// (--write keeps one file of each kind, for comparing with LibreOffice on the same content).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "adapters/export/writers.h"
#include "domain/export/export_service.h"
#include "domain/export/export_test_support.h"

namespace {

using resumax::exporting::ExportFormat;
using resumax::exporting::PaperSize;
using resumax::exporting::RenderOptions;
using resumax::exporting::PrintedResume;
using resumax::exporting::Template;

// VmRSS or VmHWM of this process, MB.
double StatusMb(const char* field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field, 0) == 0) return std::stod(line.substr(std::strlen(field) + 1)) / 1024.0;
  }
  return 0;
}

// The sample resume with more jobs: about two pages.
PrintedResume TwoPages() {
  PrintedResume document =
      resumax::exporting::FromSections(resumax::exporting::testing::SampleSections());
  const auto jobs = document.experience;
  for (int round = 0; round < 2; ++round) {
    for (auto job : jobs) {
      job.bullets.push_back(
          "Partnered with product and support to triage customer issues, shortening the "
          "median time to resolution from four days to one");
      document.experience.push_back(job);
    }
  }
  return document;
}

int PageCount(const std::string& pdf) {
  int pages = 0;
  for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
       at = pdf.find("/Type /Page", at + 1)) {
    if (pdf.compare(at, 12, "/Type /Pages") != 0) ++pages;
  }
  return pages;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 50;
  std::string write_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--runs") == 0) runs = std::max(1, std::atoi(argv[i + 1]));
    if (std::strcmp(argv[i], "--write") == 0) write_dir = argv[i + 1];
  }
  const PrintedResume one_page =
      resumax::exporting::FromSections(resumax::exporting::testing::SampleSections());
  const PrintedResume two_pages = TwoPages();

  const double start_rss = StatusMb("VmRSS:");
  const auto cold_started = std::chrono::steady_clock::now();
  const std::string first = resumax::exporting::RenderPdf(one_page, {});
  const double cold_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cold_started)
          .count();
  // Fonts, fontconfig's cache and Pango's shaping tables are loaded once per process.
  for (const Template layout : {Template::kClassic, Template::kModern, Template::kCompact}) {
    resumax::exporting::RenderPdf(two_pages, {.layout = layout});
    resumax::exporting::RenderDocx(two_pages, {.layout = layout});
  }
  const double warm_rss = StatusMb("VmRSS:");
  std::printf(
      "first PDF in a fresh process: %.1f ms (fonts and fontconfig load), RSS %.1f -> %.1f MB\n",
      cold_ms, start_rss, warm_rss);
  std::printf("%-6s %-8s %-10s %6s %9s %9s %9s %8s\n", "format", "template", "document", "pages",
              "p50 ms", "mean ms", "max ms", "KB");

  struct Case {
    ExportFormat format;
    Template layout;
    const PrintedResume* document;
    const char* name;
  };
  std::vector<Case> cases;
  for (const Template layout : {Template::kClassic, Template::kModern, Template::kCompact}) {
    cases.push_back({ExportFormat::kPdf, layout, &one_page, "2 jobs"});
    cases.push_back({ExportFormat::kPdf, layout, &two_pages, "6 jobs"});
  }
  for (const Template layout : {Template::kClassic, Template::kModern, Template::kCompact}) {
    cases.push_back({ExportFormat::kDocx, layout, &two_pages, "6 jobs"});
  }
  cases.push_back({ExportFormat::kText, Template::kClassic, &two_pages, "6 jobs"});

  for (const Case& c : cases) {
    std::vector<double> times;
    std::string output;
    for (int run = 0; run < runs; ++run) {
      const auto started = std::chrono::steady_clock::now();
      output = resumax::exporting::Render(
          resumax::exporting::DefaultRenderers(), c.format, *c.document,
          RenderOptions{.layout = c.layout, .paper = PaperSize::kLetter});
      times.push_back(
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
              .count());
    }
    std::sort(times.begin(), times.end());
    double total = 0;
    for (const double t : times) total += t;
    const bool pdf = c.format == ExportFormat::kPdf;
    std::printf("%-6s %-8s %-10s %6s %9.2f %9.2f %9.2f %8.1f\n",
                std::string(resumax::exporting::ExportFormatName(c.format)).c_str(),
                c.format == ExportFormat::kText
                    ? "-"
                    : std::string(resumax::exporting::TemplateName(c.layout)).c_str(),
                c.name, pdf ? std::to_string(PageCount(output)).c_str() : "-",
                times[times.size() / 2], total / static_cast<double>(times.size()), times.back(),
                static_cast<double>(output.size()) / 1024.0);
    if (!write_dir.empty() && c.layout == Template::kClassic && c.document == &two_pages) {
      std::ofstream(
          write_dir + "/resume" + std::string(resumax::exporting::FileExtension(c.format)),
          std::ios::binary)
          << output;
    }
  }
  const double peak = StatusMb("VmHWM:");
  std::printf(
      "memory: RSS at start %.1f MB, after warm-up %.1f MB, peak over all %zu renders "
      "%.1f MB: growth while rendering %.1f MB, %.1f MB counting the one-time font load\n",
      start_rss, warm_rss, cases.size() * static_cast<std::size_t>(runs), peak, peak - warm_rss,
      peak - start_rss);
  return first.empty() ? 1 : 0;
}

#include "app/parse_sandbox.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/locale/encoding_utf.hpp>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

#include "adapters/documents/readers.h"
#include "adapters/documents/resume_reader.h"
#include "core/crypto.h"
#include "core/log.h"
#include "domain/document/document_json.h"

namespace resumax::app {
namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

// Exit statuses of the child that mean something to the parent.
constexpr int kChildOutOfMemory = 3;
constexpr int kChildBadInput = 4;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

Error TooLarge(std::string internal) {
  return documents::ReadError("too_large",
                              "This file needs more memory to read than a resume can. Export it "
                              "again as a simpler PDF or DOCX (fewer images and pages) and "
                              "upload the new file.",
                              std::move(internal));
}

Error Unreadable(std::string internal) {
  return documents::ReadError("corrupt_file",
                              "The file could not be read. Export your resume again and upload "
                              "the new file.",
                              std::move(internal));
}

// A descriptor closed when it goes out of scope.
struct Fd {
  int fd = -1;
  explicit Fd(int value) : fd(value) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() { Close(); }
  void Close() {
    if (fd >= 0) ::close(fd);
    fd = -1;
  }
};

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Resident set size of a process in bytes, or 0 when it cannot be read.
std::uint64_t ResidentBytes(pid_t pid) {
  std::ifstream statm("/proc/" + std::to_string(pid) + "/statm");
  std::uint64_t size = 0;
  std::uint64_t resident = 0;
  if (!(statm >> size >> resident)) return 0;
  return resident * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

// The environment the child runs with: the parent's, less every RESUMAX_* variable (the master
// key, the JWT secret and the database URL stay with the server).
std::vector<std::string> ChildEnvironment() {
  std::vector<std::string> out;
  for (char** entry = environ; entry && *entry; ++entry) {
    const std::string_view text(*entry);
    if (!text.starts_with("RESUMAX_")) out.emplace_back(text);
  }
  return out;
}

void SetLimit(int resource, rlim_t value) {
  const rlimit limit{value, value};
  ::setrlimit(resource, &limit);
}

}  // namespace

SandboxedResumeParser::SandboxedResumeParser(SandboxLimits limits)
    : limits_(limits), executable_("/proc/self/exe") {}

Result<resumes::ParsedDocument> SandboxedResumeParser::Parse(std::string_view bytes,
                                                             std::string_view mime_type) {
  return Run(bytes, mime_type, false);
}

Result<resumes::ParsedDocument> SandboxedResumeParser::Inspect(std::string_view bytes,
                                                               std::string_view mime_type) {
  return Run(bytes, mime_type, true);
}

Result<resumes::ParsedDocument> SandboxedResumeParser::Run(std::string_view bytes,
                                                           std::string_view mime_type,
                                                           bool inspect) {
  Fd input(::memfd_create("resumax-document", MFD_CLOEXEC));
  if (input.fd < 0) return Error::Internal("memfd_create failed");
  if (!WriteAll(input.fd, bytes) || ::lseek(input.fd, 0, SEEK_SET) != 0) {
    return Error::Internal("could not hand the document to the parser");
  }
  int pipe_fds[2];
  if (::pipe2(pipe_fds, O_CLOEXEC) != 0) return Error::Internal("pipe2 failed");
  Fd output(pipe_fds[0]);
  Fd child_output(pipe_fds[1]);

  // Everything the child needs is prepared before fork: between fork and exec only
  // async-signal-safe calls are allowed in a threaded process.
  std::string mime(mime_type);
  std::vector<std::string> arguments{executable_, "parse-document", "--mime-type", mime};
  if (inspect) arguments.emplace_back("--inspect");
  std::vector<char*> argv;
  argv.reserve(arguments.size() + 1);
  for (auto& argument : arguments) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::vector<std::string> environment = ChildEnvironment();
  std::vector<char*> envp;
  envp.reserve(environment.size() + 1);
  for (auto& entry : environment) envp.push_back(entry.data());
  envp.push_back(nullptr);
  const rlim_t cpu = static_cast<rlim_t>(limits_.cpu.count());
  const rlim_t address_space = static_cast<rlim_t>(limits_.memory_bytes + (512ull << 20));
  const pid_t parent = ::getpid();

  const auto started = Clock::now();
  const pid_t pid = ::fork();
  if (pid < 0) return Error::Internal("fork failed");
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(126);
    if (::dup2(input.fd, STDIN_FILENO) < 0 || ::dup2(child_output.fd, STDOUT_FILENO) < 0) {
      ::_exit(126);
    }
    SetLimit(RLIMIT_CPU, cpu);
    SetLimit(RLIMIT_CORE, 0);
    // AddressSanitizer reserves terabytes of address space and its leak check starts a thread:
    // there the parent's watch on the resident size is the memory bound.
    if (!kSanitized) {
      SetLimit(RLIMIT_AS, address_space);
      SetLimit(RLIMIT_NPROC, 0);  // the parser starts no processes (root is exempt)
    }
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  child_output.Close();

  std::string answer;
  enum class Ended { kExited, kWallClock, kMemory, kOutput } ended = Ended::kExited;
  std::uint64_t peak = 0;
  const auto deadline = started + limits_.wall;
  char buffer[65536];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) {
      ended = Ended::kWallClock;
      break;
    }
    pollfd watch{output.fd, POLLIN, 0};
    const int ready = ::poll(&watch, 1, static_cast<int>(std::min<long long>(left.count(), 50)));
    if (ready < 0 && errno != EINTR) break;
    peak = std::max(peak, ResidentBytes(pid));
    if (peak > limits_.memory_bytes) {
      ended = Ended::kMemory;
      break;
    }
    if (ready <= 0) continue;
    const ssize_t got = ::read(output.fd, buffer, sizeof buffer);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;  // the child closed its end: it is exiting
    answer.append(buffer, static_cast<std::size_t>(got));
    if (answer.size() > limits_.max_output_bytes) {
      ended = Ended::kOutput;
      break;
    }
  }
  if (ended != Ended::kExited) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  const auto elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started).count();
  const auto finish = [&](const Error& error) -> Result<resumes::ParsedDocument> {
    log::Warn("parse_child_stopped", {{"code", error.code},
                                      {"reason", error.internal},
                                      {"ms", elapsed},
                                      {"peakRssMb", peak >> 20}});
    return error;
  };
  switch (ended) {
    case Ended::kWallClock:
      return finish(documents::TimeoutError());
    case Ended::kMemory:
      return finish(TooLarge("resident size over the limit"));
    case Ended::kOutput:
      return finish(TooLarge("answer larger than the limit"));
    case Ended::kExited:
      break;
  }
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    if (signal == SIGXCPU || signal == SIGKILL) {
      // SIGKILL past the soft CPU limit comes from the kernel at the hard limit.
      Error timeout = documents::TimeoutError();
      timeout.internal = "CPU limit";
      return finish(timeout);
    }
    return finish(Unreadable("parser died with signal " + std::to_string(signal)));
  }
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == kChildOutOfMemory) return finish(TooLarge("allocation failed in the parser"));
  if (code != 0) return finish(Unreadable("parser exited with status " + std::to_string(code)));

  boost::system::error_code ec;
  json::value value = json::parse(answer, ec);
  if (ec || !value.is_object()) return finish(Unreadable("parser answer is not JSON"));
  json::object& object = value.as_object();
  if (const auto* error = object.if_contains("error"); error && error->is_object()) {
    const auto text = [&](const char* key) {
      const auto* field = error->as_object().if_contains(key);
      return field && field->is_string() ? std::string(field->as_string()) : std::string();
    };
    return documents::ReadError(text("code"), text("message"), text("internal"));
  }
  const auto* text = object.if_contains("text");
  const auto* sections = object.if_contains("sections");
  if (!text || !text->is_string() || !sections || !sections->is_object()) {
    return finish(Unreadable("parser answer lacks text or sections"));
  }
  document::ResumeDocument read = document::FromJson(*sections);
  read.warnings = document::WarningsFromJson(*sections);
  resumes::ParsedDocument parsed{std::string(text->as_string()), std::move(read), {}, {}};
  if (inspect) {
    const auto* extracted = object.if_contains("extractedText");
    const auto* findings = object.if_contains("findings");
    if (!extracted || !extracted->is_string() || !findings) {
      return finish(Unreadable("parser answer lacks the inspection"));
    }
    parsed.extracted_text = std::string(extracted->as_string());
    parsed.findings = ats::FindingsFromJson(*findings);
    if (const auto* pages = object.if_contains("pages"); pages && pages->is_array()) {
      for (const json::value& page : pages->as_array()) {
        const json::object* fields = page.if_object();
        if (fields == nullptr) continue;
        const auto* png = fields->if_contains("png");
        const auto* width = fields->if_contains("width");
        const auto* height = fields->if_contains("height");
        if (!png || !png->is_string() || !width || !width->is_int64() || !height ||
            !height->is_int64()) {
          continue;
        }
        auto picture = crypto::FromBase64(png->get_string());
        if (!picture || !picture->starts_with("\x89PNG")) continue;
        parsed.pages.push_back({static_cast<int>(width->get_int64()),
                                static_cast<int>(height->get_int64()), std::move(*picture)});
      }
    }
  }
  return parsed;
}

int RunParseChild(const std::string& mime_type, bool inspect) {
  try {
    const std::string bytes((std::istreambuf_iterator<char>(std::cin)),
                            std::istreambuf_iterator<char>());
    if (!std::cin.eof() && std::cin.fail()) return kChildBadInput;
    if (inspect) crypto::Initialize();  // the page pictures go back in base64
    json::object answer;
    auto fail = [&answer](const Error& error) {
      answer["error"] = json::object{
          {"code", error.code}, {"message", error.message}, {"internal", error.internal}};
    };
    if (inspect) {
      documents::ParseLimits limits;
      limits.page_pictures = true;  // the report of an upload shows its pages
      auto inspection = documents::InspectResume(bytes, mime_type, limits);
      if (!inspection) {
        fail(inspection.error());
      } else {
        answer["text"] = inspection->output.parsed_text;
        answer["sections"] = document::ToJson(inspection->output.document);
        answer["extractedText"] = inspection->extracted_text;
        answer["findings"] = ats::FindingsToJson(inspection->findings);
        json::array pages;
        for (const ats::PageImage& page : inspection->pages) {
          pages.push_back(json::object{
              {"width", page.width}, {"height", page.height}, {"png", crypto::Base64(page.png)}});
        }
        answer["pages"] = std::move(pages);
      }
    } else {
      auto output = documents::ParseResume(bytes, mime_type, documents::ParseLimits{});
      if (!output) {
        fail(output.error());
      } else {
        answer["text"] = output->parsed_text;
        answer["sections"] = document::ToJson(output->document);
      }
    }
    // A byte sequence that is no UTF-8 (a parser rule cutting inside a character) would make
    // the whole answer unreadable to the parent's JSON parser and fail the upload: such bytes
    // are dropped (they can only stand inside strings; the serializer writes the rest).
    const std::string text =
        boost::locale::conv::utf_to_utf<char>(json::serialize(answer), boost::locale::conv::skip);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : kChildBadInput;
  } catch (const std::bad_alloc&) {
    return kChildOutOfMemory;
  }
}

}  // namespace resumax::app

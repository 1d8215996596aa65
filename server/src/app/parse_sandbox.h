#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/resumes/resume_parser.h"

namespace resumax::app {

// What one parse may cost, whatever is inside the file.
struct SandboxLimits {
  std::chrono::milliseconds wall{15000};      // killed after this long: parse_timeout
  std::chrono::seconds cpu{20};               // RLIMIT_CPU: parse_timeout
  std::uint64_t memory_bytes = 512ull << 20;  // resident size (and address space): too_large
  std::size_t max_output_bytes = 16u << 20;   // what the child may send back: too_large
};

// Parses each document in a child process: the same binary, run as `resumax parse-document`,
// reads the file from a memory file on stdin and writes the result as JSON on stdout. The child
// gets no secrets (no RESUMAX_* variables), may not write files, and is killed when it passes
// the wall-clock, CPU or memory limit; a limit hit is an error the user sees (parse_timeout,
// too_large) and the caller does not retry. Poppler cannot be interrupted inside one page, so
// this is what bounds a hostile page.
class SandboxedResumeParser final : public resumes::ResumeParser {
 public:
  explicit SandboxedResumeParser(SandboxLimits limits = {});

  Result<resumes::ParsedDocument> Parse(std::string_view bytes,
                                        std::string_view mime_type) override;
  // The same child run with --inspect: it also answers the extracted text and the findings.
  Result<resumes::ParsedDocument> Inspect(std::string_view bytes,
                                          std::string_view mime_type) override;

 private:
  Result<resumes::ParsedDocument> Run(std::string_view bytes, std::string_view mime_type,
                                      bool inspect);

  SandboxLimits limits_;
  std::string executable_;
};

// The child's side: reads the whole document from stdin, parses it in process and writes the
// JSON answer to stdout. Returns the process exit status. inspect: read for the ATS report
// (documents::InspectResume), answering "extractedText" and "findings" as well.
int RunParseChild(const std::string& mime_type, bool inspect = false);

}  // namespace resumax::app

// Fuzzes documents::ParseResume on plain text: the UTF-8 and control-character checks, line
// normalisation and the section parser (headings, dates, entries, bullets).
#include "resume_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return resumax::fuzz::FuzzParseResume(data, size, "text/plain");
}

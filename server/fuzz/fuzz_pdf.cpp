// Fuzzes documents::ParseResume on PDF bytes: poppler's text layer, the reading-order layout and
// the section parser.
#include "resume_fuzzer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return resumax::fuzz::FuzzParseResume(data, size, "application/pdf");
}

// Fuzzes the job-description pipeline: jobs::SanitizeJobText on pasted text or HTML, then
// jobs::ExtractJobMetadata (and its JSON) on the result. Also checks the sanitiser's promises:
// valid UTF-8, at most kMaxJobTextBytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/parsing/text_normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace resumax;
  const std::string sanitized =
      jobs::SanitizeJobText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (sanitized.size() > jobs::kMaxJobTextBytes || !parsing::IsValidUtf8(sanitized)) std::abort();
  const jobs::JobMetadata metadata =
      jobs::ExtractJobMetadata(sanitized, std::nullopt, std::nullopt, std::nullopt);
  (void)metadata.ToJson();
  return 0;
}

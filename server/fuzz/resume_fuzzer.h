#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "adapters/documents/resume_reader.h"
#include "domain/document/document_json.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::fuzz {

// Small bounds so one slow input costs seconds, not minutes; libFuzzer's -timeout and
// -rss_limit_mb catch whatever gets past them.
inline documents::ParseLimits FuzzLimits() {
  documents::ParseLimits limits;
  limits.max_pages = 3;
  limits.max_docx_entries = 200;
  limits.max_uncompressed_bytes = 8ull << 20;
  limits.time_limit = std::chrono::seconds(2);
  return limits;
}

// Reads the input as mime_type the way the ATS report does (the upload's parse, the plain
// extractor's text and the file's findings: fonts, pictures, encryption); an error is a fine
// answer, a crash or a sanitizer report is not.
inline int FuzzParseResume(const std::uint8_t* data, std::size_t size, std::string_view mime_type) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Result<documents::Inspection> inspection =
      documents::InspectResume(bytes, mime_type, FuzzLimits());
  if (inspection) {
    // Whatever the input, the document is valid UTF-8: a field cut inside a character would
    // reach the API and the exports as broken text.
    const std::string json = document::Serialize(inspection->output.document);
    if (!parsing::IsValidUtf8(json)) __builtin_trap();
  }
  return 0;
}

}  // namespace resumax::fuzz

#pragma once

#include <string>
#include <string_view>

#include "core/error.h"
#include "domain/document/resume_document.h"

namespace resumax::resumes {

struct ParsedDocument {
  std::string text;
  document::ResumeDocument document;
};

// Turns a stored resume file into text and its document. Errors carry the code the user sees
// (pdf_encrypted, no_text_layer, corrupt_file, too_many_pages, ...).
class ResumeParser {
 public:
  virtual ~ResumeParser() = default;
  virtual Result<ParsedDocument> Parse(std::string_view bytes, std::string_view mime_type) = 0;
};

}  // namespace resumax::resumes

#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/ats/ats_report.h"
#include "domain/document/resume_document.h"

namespace resumax::resumes {

struct ParsedDocument {
  std::string text;
  document::ResumeDocument document;
  // Filled by Inspect only: the text as a plain extractor reads it and what in the file stands in
  // a reader's way (domain/ats).
  std::string extracted_text;
  std::vector<ats::Finding> findings;
  std::vector<ats::PageImage> pages;  // a PDF's pages as pictures
};

// Turns a stored resume file into text and its document. Errors carry the code the user sees
// (pdf_encrypted, no_text_layer, corrupt_file, too_many_pages, ...).
class ResumeParser {
 public:
  virtual ~ResumeParser() = default;
  virtual Result<ParsedDocument> Parse(std::string_view bytes, std::string_view mime_type) = 0;
  // Parse for the ATS report: the rules' reading alone (no language model: the report shows what
  // a machine reads), with the extracted text and the file's findings. The default has neither.
  virtual Result<ParsedDocument> Inspect(std::string_view bytes, std::string_view mime_type) {
    return Parse(bytes, mime_type);
  }
};

}  // namespace resumax::resumes

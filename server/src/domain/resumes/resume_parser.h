#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "core/error.h"

namespace resumax::resumes {

struct ParsedDocument {
  std::string text;
  boost::json::object sections;
};

// Turns a stored resume file into text and sections. Errors carry the code the user sees
// (pdf_encrypted, no_text_layer, corrupt_file, too_many_pages, ...).
class ResumeParser {
 public:
  virtual ~ResumeParser() = default;
  virtual Result<ParsedDocument> Parse(std::string_view bytes, std::string_view mime_type) = 0;
};

}  // namespace resumax::resumes

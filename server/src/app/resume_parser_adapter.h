#pragma once

#include "domain/resumes/resume_parser.h"

namespace resumax::app {

// The resume parser of the documents adapter (poppler-cpp, libzip + pugixml) behind the domain's
// interface, with the product's limits.
class DocumentResumeParser final : public resumes::ResumeParser {
 public:
  Result<resumes::ParsedDocument> Parse(std::string_view bytes,
                                        std::string_view mime_type) override;
};

}  // namespace resumax::app

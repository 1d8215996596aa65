#pragma once

#include "domain/parsing/field_assist.h"
#include "domain/resumes/resume_parser.h"

namespace resumax::app {

// The resume parser of the documents adapter (poppler-cpp, libzip + pugixml) behind the domain's
// interface, with the product's limits.
class DocumentResumeParser final : public resumes::ResumeParser {
 public:
  Result<resumes::ParsedDocument> Parse(std::string_view bytes,
                                        std::string_view mime_type) override;
  Result<resumes::ParsedDocument> Inspect(std::string_view bytes,
                                          std::string_view mime_type) override;
};

// A parser whose unsure fields are read again by a language model: after `inner` parses, the
// fields its warnings flag go to `assistant`, and only answers the file itself bears out are
// applied (parsing::ApplyAnswers). A provider that fails or times out leaves the rules'
// reading as it was: the upload never fails for it.
class AssistedResumeParser final : public resumes::ResumeParser {
 public:
  AssistedResumeParser(resumes::ResumeParser& inner, parsing::FieldAssistant& assistant)
      : inner_(inner), assistant_(assistant) {}
  Result<resumes::ParsedDocument> Parse(std::string_view bytes,
                                        std::string_view mime_type) override;
  // The rules' reading alone: the ATS report shows what a machine reads.
  Result<resumes::ParsedDocument> Inspect(std::string_view bytes,
                                          std::string_view mime_type) override {
    return inner_.Inspect(bytes, mime_type);
  }

 private:
  resumes::ResumeParser& inner_;
  parsing::FieldAssistant& assistant_;
};

}  // namespace resumax::app

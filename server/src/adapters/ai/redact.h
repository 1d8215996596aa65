#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/document/resume_document.h"

namespace resumax::ai {

// Removes personal data from text bound for the audit log: email addresses, phone numbers,
// URLs and bare web addresses, and the contact's name, email, phone and links as written in
// the resume. Replacements are "[email]", "[phone]", "[url]" and "[name]".
class PiiRedactor {
 public:
  // Learns the literal values to redact from the resume's contact details.
  explicit PiiRedactor(const document::Contact& contact);
  std::string Redact(std::string_view text) const;

 private:
  std::vector<std::string> names_;  // the full name, then each part of it
  // email, phone and links as written, each with its replacement
  std::vector<std::pair<std::string, std::string>> literals_;
};

}  // namespace resumax::ai

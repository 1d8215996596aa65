#include "adapters/ai/redact.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace resumax::ai {
namespace {

const std::regex& EmailPattern() {
  static const std::regex pattern(R"([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})");
  return pattern;
}

const std::regex& UrlPattern() {
  static const std::regex pattern(
      R"(((https?://|www\.)[^\s"<>]+)|(\b[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.(com|org|net|io|dev|me|co|ai|app|info|us|uk|de)\b(/[^\s"<>]*)?))",
      std::regex::icase);
  return pattern;
}

const std::regex& PhonePattern() {
  static const std::regex pattern(
      R"((\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d[\d\s().-]{7,}\d)");
  return pattern;
}

void ReplaceLiteral(std::string& text, std::string_view needle, std::string_view replacement,
                    bool whole_word) {
  if (needle.empty()) return;
  auto is_word = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at)) {
    size_t end = at + needle.size();
    if (whole_word &&
        ((at > 0 && is_word(text[at - 1])) || (end < text.size() && is_word(text[end])))) {
      at = end;
      continue;
    }
    text.replace(at, needle.size(), replacement);
    at += replacement.size();
  }
}

}  // namespace

PiiRedactor::PiiRedactor(const document::Contact& contact) {
  const std::string& name = contact.name;
  if (!name.empty()) {
    names_.push_back(name);
    size_t start = 0;
    while (start < name.size()) {
      size_t end = name.find_first_of(" \t,.", start);
      if (end == std::string::npos) end = name.size();
      if (end - start >= 2) names_.push_back(name.substr(start, end - start));
      start = end + 1;
    }
  }
  if (!contact.email.empty()) literals_.emplace_back(contact.email, "[email]");
  if (!contact.phone.empty()) literals_.emplace_back(contact.phone, "[phone]");
  for (const document::Link& link : contact.links) {
    if (!link.url.empty()) literals_.emplace_back(link.url, "[url]");
  }
  // Longest first, so "github.com/dana" goes before a shorter value it contains.
  std::sort(literals_.begin(), literals_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

std::string PiiRedactor::Redact(std::string_view text) const {
  std::string result(text);
  for (const auto& [literal, replacement] : literals_) {
    ReplaceLiteral(result, literal, replacement, false);
  }
  result = std::regex_replace(result, EmailPattern(), "[email]");
  result = std::regex_replace(result, UrlPattern(), "[url]");
  result = std::regex_replace(result, PhonePattern(), "[phone]");
  for (const std::string& name : names_) ReplaceLiteral(result, name, "[name]", true);
  return result;
}

}  // namespace resumax::ai

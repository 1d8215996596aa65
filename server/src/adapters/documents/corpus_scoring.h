#pragma once

// What the two corpus tests (the real resumes and the generated corpus) compare fields with.

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "domain/parsing/text_normalize.h"

namespace resumax::documents::scoring {

inline std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Lower case (ASCII), single spaces, no punctuation at the ends, typographic dashes and quotes
// as ASCII: the comparison a reader makes.
inline std::string Canonical(std::string_view text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {
      plain += '-';
      i += 2;
    } else if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {
      plain += '\'';
      i += 2;
    } else {
      plain += text[i];
    }
  }
  std::string out;
  for (char c : parsing::AsciiLower(plain)) {
    if (c == '\t' || c == '\n') c = ' ';
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && std::string_view(" .,;:").find(out.back()) != std::string_view::npos) {
    out.pop_back();
  }
  return out;
}

inline std::string Digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  return digits;
}

// needle occurs in haystack as whole words, after Canonical on both.
inline bool ContainsWords(std::string_view haystack, std::string_view needle) {
  const std::string hay = Canonical(haystack);
  const std::string word = Canonical(needle);
  if (word.empty()) return false;
  for (std::size_t at = hay.find(word); at != std::string::npos; at = hay.find(word, at + 1)) {
    const bool left = at == 0 || !std::isalnum(static_cast<unsigned char>(hay[at - 1]));
    const std::size_t end = at + word.size();
    const bool right = end >= hay.size() || !std::isalnum(static_cast<unsigned char>(hay[end]));
    if (left && right) return true;
  }
  return false;
}

}  // namespace resumax::documents::scoring

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

// Lower case (ASCII and the accented Latin capitals: a theme's text-transform prints
// "HÔTEL SAÔNE" for "Hôtel Saône"), single spaces, no punctuation at the ends, typographic dashes
// and quotes as ASCII: the comparison a reader makes.
inline std::string Canonical(std::string_view text) {
  std::string plain;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    const auto lead = static_cast<unsigned char>(text[i]);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {
      plain += '-';
      i += 2;
    } else if (rest.starts_with("\u2019") || rest.starts_with("\u2018")) {
      plain += '\'';
      i += 2;
    } else if ((lead == 0xC3 || lead == 0xC4 || lead == 0xC5) && i + 1 < text.size()) {
      // U+00C0–U+017F: "À"–"Þ" (not "×") lie 0x20 below their small letters; in Latin
      // Extended-A a capital is the even code before its small letter, or the odd one from
      // U+0139 to U+0148 and U+0179 to U+017E.
      char32_t code = ((lead & 0x1FU) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3FU);
      if (code >= 0xC0 && code <= 0xDE && code != 0xD7) {
        code += 0x20;
      } else if (code >= 0x100 && code <= 0x17F) {
        const bool odd_capitals =
            (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
        if (odd_capitals ? code % 2 == 1 : (code % 2 == 0 && code != 0x130 && code != 0x138))
          ++code;
      }
      plain += static_cast<char>(0xC0 | (code >> 6));
      plain += static_cast<char>(0x80 | (code & 0x3F));
      ++i;
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

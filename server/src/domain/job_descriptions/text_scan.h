#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Small ASCII-only text helpers shared by the job-description code. Non-ASCII bytes are left
// alone, so byte offsets in a lowered copy match the original.
namespace resumax::jobs::text {

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline char ToLowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

inline std::string ToLowerAscii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = ToLowerAscii(c);
  return lowered;
}

inline std::string_view Trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

inline bool StartsWithNoCase(std::string_view text, std::string_view lowered_prefix) {
  if (text.size() < lowered_prefix.size()) return false;
  for (std::size_t i = 0; i < lowered_prefix.size(); ++i) {
    if (ToLowerAscii(text[i]) != lowered_prefix[i]) return false;
  }
  return true;
}

// Position of `word` in `lowered` where neither side touches a letter or digit, or npos.
inline std::size_t FindWord(std::string_view lowered, std::string_view word, std::size_t from = 0) {
  for (std::size_t at = lowered.find(word, from); at != std::string_view::npos;
       at = lowered.find(word, at + 1)) {
    const std::size_t end = at + word.size();
    const bool clear_before = at == 0 || !IsAsciiAlnum(lowered[at - 1]);
    const bool clear_after = end == lowered.size() || !IsAsciiAlnum(lowered[end]);
    if (clear_before && clear_after) return at;
  }
  return std::string_view::npos;
}

inline bool ContainsWord(std::string_view lowered, std::string_view word) {
  return FindWord(lowered, word) != std::string_view::npos;
}

// The trimmed, non-empty lines of `text`.
inline std::vector<std::string_view> NonEmptyLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(start, end - start));
    if (!line.empty()) lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

// Calls `visit` with each '|'-separated part of `list`.
template <typename Visit>
void ForEachAlternative(std::string_view list, Visit visit) {
  while (true) {
    const std::size_t bar = list.find('|');
    visit(list.substr(0, bar));
    if (bar == std::string_view::npos) return;
    list.remove_prefix(bar + 1);
  }
}

inline std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace resumax::jobs::text

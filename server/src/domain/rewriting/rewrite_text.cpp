#include "domain/rewriting/rewrite_text.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <utility>

namespace resumax::optimize::rewrite {
namespace {

bool SameBytes(std::string_view text, std::size_t at, std::string_view word, bool exact_case) {
  if (at + word.size() > text.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char a = text[at + i];
    const char b = word[i];
    if (exact_case ? a != b : LowerAscii(a) != LowerAscii(b)) return false;
  }
  return true;
}

// A word may not continue into a letter, digit or an operator that makes another name ("C++").
bool ClearAfter(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  const char next = text[end];
  if (IsAsciiAlnum(next) || next == '_' || next == '+' || next == '#') return false;
  // "Node" in "Node.js" or "ASP" in "ASP.NET": a dot followed by a letter continues the name.
  if (next == '.' && end + 1 < text.size() && IsAsciiAlnum(text[end + 1])) return false;
  return true;
}

bool ClearBefore(std::string_view text, std::size_t at, std::string_view word) {
  if (at == 0) return true;
  const char previous = text[at - 1];
  if (IsAsciiAlnum(previous) || previous == '_' || previous == '@') return false;
  // "C" in "Objective-C", "NET" in "ASP.NET" (a spelling that starts with '.' handles itself).
  if ((previous == '-' || previous == '.') && !word.empty() && IsAsciiAlnum(word.front())) {
    return false;
  }
  return true;
}

// A document date as a calendar month; a bare year reads as December for a start and January
// for an end, so computed spans never exceed what the dates show.
std::optional<YearMonth> ToYearMonth(const std::optional<document::Date>& date, bool is_end) {
  if (!date || date->year < 1900 || date->year > 2200) return std::nullopt;
  return YearMonth{date->year, date->month != 0 ? date->month : (is_end ? 1 : 12)};
}

}  // namespace

std::string LowerAscii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = LowerAscii(c);
  return lowered;
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a, 0, b, false);
}

std::string_view Trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size() && IsSpace(text[begin])) ++begin;
  std::size_t end = text.size();
  while (end > begin && IsSpace(text[end - 1])) --end;
  return text.substr(begin, end - begin);
}

std::string Capitalize(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (IsAsciiAlpha(c)) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      break;
    }
    if (!IsSpace(c)) break;
  }
  return out;
}

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead < 0x80) {
      ++i;
      continue;
    }
    if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code = lead & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return false;
      code = (code << 6) | (next & 0x3Fu);
    }
    // Overlong forms, surrogates and values past U+10FFFF.
    if ((length == 2 && code < 0x80) || (length == 3 && code < 0x800) ||
        (length == 4 && code < 0x10000) || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
      return false;
    }
    i += length;
  }
  return true;
}

std::unordered_set<std::string_view> WordSet(std::string_view literal) {
  std::unordered_set<std::string_view> set;
  while (!literal.empty()) {
    const std::size_t space = literal.find(' ');
    if (space != 0) set.insert(literal.substr(0, space));
    literal = space == std::string_view::npos ? std::string_view() : literal.substr(space + 1);
  }
  return set;
}

Spelling MakeSpelling(std::string_view written) {
  Spelling spelling;
  if (!written.empty() && written.front() == '=') {
    spelling.text = std::string(written.substr(1));
    spelling.exact_case = true;
  } else {
    spelling.text = std::string(written);
    spelling.exact_case = written.size() <= 3;
  }
  return spelling;
}

std::vector<WordMatch> FindWord(std::string_view text, const Spelling& spelling,
                                bool allow_plural) {
  std::vector<WordMatch> matches;
  const std::string_view word = spelling.text;
  if (word.empty() || word.size() > text.size()) return matches;
  for (std::size_t at = 0; at + word.size() <= text.size(); ++at) {
    if (!SameBytes(text, at, word, spelling.exact_case)) continue;
    if (!ClearBefore(text, at, word)) continue;
    std::size_t end = at + word.size();
    if (!ClearAfter(text, end)) {
      const bool plural = allow_plural && IsAsciiAlnum(word.back()) && end < text.size() &&
                          text[end] == 's' && ClearAfter(text, end + 1);
      if (!plural) continue;
      ++end;
    }
    matches.push_back({at, end});
    at = end - 1;
  }
  return matches;
}

bool ContainsWord(std::string_view text, const Spelling& spelling, bool allow_plural) {
  return !FindWord(text, spelling, allow_plural).empty();
}

std::vector<std::string> DateYears(const document::ResumeDocument& resume) {
  std::vector<std::string> years;
  auto add = [&](const document::Period& period) {
    for (const auto& date : {period.start, period.end}) {
      if (ToYearMonth(date, false)) years.push_back(std::to_string(date->year));
    }
  };
  for (const document::Experience& job : resume.experience) add(job.period);
  for (const document::Education& school : resume.education) add(school.period);
  return years;
}

std::vector<NumberToken> Numbers(std::string_view text) {
  std::vector<NumberToken> numbers;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiDigit(text[i])) {
      ++i;
      continue;
    }
    const bool inside_name = i > 0 && IsAsciiAlpha(text[i - 1]);
    std::string number;
    while (i < text.size()) {
      if (IsAsciiDigit(text[i])) {
        number.push_back(text[i]);
      } else if ((text[i] == ',' || text[i] == '.') && i + 1 < text.size() &&
                 IsAsciiDigit(text[i + 1]) && !number.empty()) {
        if (text[i] == '.') number.push_back('.');
      } else {
        break;
      }
      ++i;
    }
    if (inside_name) continue;
    const std::size_t first = number.find_first_not_of('0');
    if (first == std::string::npos) {
      number = "0";
    } else if (number[first] == '.') {
      number.erase(0, first - 1);
    } else {
      number.erase(0, first);
    }
    numbers.push_back({std::move(number), i});
  }
  return numbers;
}

std::optional<YearMonth> ParseYearMonth(std::string_view text, bool is_end) {
  text = Trim(text);
  if (text.size() != 4 && text.size() != 7) return std::nullopt;
  YearMonth value;
  if (std::from_chars(text.data(), text.data() + 4, value.year).ptr != text.data() + 4) {
    return std::nullopt;
  }
  if (value.year < 1900 || value.year > 2200) return std::nullopt;
  if (text.size() == 4) {
    value.month = is_end ? 1 : 12;
    return value;
  }
  if (text[4] != '-') return std::nullopt;
  if (std::from_chars(text.data() + 5, text.data() + 7, value.month).ptr != text.data() + 7 ||
      value.month < 1 || value.month > 12) {
    return std::nullopt;
  }
  return value;
}

YearMonth CurrentMonth(std::string_view today) {
  if (const auto parsed = ParseYearMonth(today, true); parsed && today.size() == 7) return *parsed;
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{now};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month()))};
}

ExperienceSpan ExperienceYears(const document::ResumeDocument& resume, YearMonth today) {
  std::vector<std::pair<int, int>> spans;
  for (const document::Experience& job : resume.experience) {
    const auto start = ToYearMonth(job.period.start, false);
    const auto end =
        job.period.current ? std::optional<YearMonth>(today) : ToYearMonth(job.period.end, true);
    if (!start || !end) continue;
    const int last = std::min(end->Index(), today.Index());
    if (last > start->Index()) spans.emplace_back(start->Index(), last);
  }
  std::sort(spans.begin(), spans.end());
  int months = 0;
  int covered_to = 0;
  for (const auto& [begin, end] : spans) {
    const int from = std::max(begin, covered_to);
    if (end > from) months += end - from;
    covered_to = std::max(covered_to, end);
  }
  return {months / 12, months % 12 != 0};
}

}  // namespace resumax::optimize::rewrite

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/document/resume_document.h"

// Text helpers shared by the rewrite engine and the truthfulness guard. ASCII-only case rules:
// non-ASCII bytes are left alone, so offsets in a lowered copy match the original.
namespace resumax::optimize::rewrite {

inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline char LowerAscii(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

std::string LowerAscii(std::string_view text);
bool EqualsNoCase(std::string_view a, std::string_view b);
std::string_view Trim(std::string_view text);
// `text` with its first letter upper-cased.
std::string Capitalize(std::string_view text);
// True when `text` is well-formed UTF-8.
bool IsValidUtf8(std::string_view text);

// The space-separated words of a string literal, as views into it.
std::unordered_set<std::string_view> WordSet(std::string_view literal);

// One way of writing a term. Exact-case spellings ("Go", "ER", "Excel") only match in that case.
struct Spelling {
  std::string text;
  bool exact_case = false;
};

// A spelling from a table entry: "=Excel" is exact-case, and so is anything of three characters
// or fewer.
Spelling MakeSpelling(std::string_view written);

// A whole-word occurrence of a spelling in a text: [begin, end) in bytes.
struct WordMatch {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Every whole-word occurrence of `spelling` in `text`, left to right. Words are bounded by
// anything but letters and digits ("C" does not match in "C++" or "Objective-C", "Node" not in
// "Node.js"); with `allow_plural` a trailing "s" also matches ("KPIs" for "KPI").
std::vector<WordMatch> FindWord(std::string_view text, const Spelling& spelling,
                                bool allow_plural = false);
bool ContainsWord(std::string_view text, const Spelling& spelling, bool allow_plural = true);

// The years of every start and end date of the experience and education entries ("2019").
std::vector<std::string> DateYears(const document::ResumeDocument& resume);

// A figure in a text: its digits normalised ("2,000" → "2000", "07" → "7", "1.5" stays) and
// the byte offset just past it.
struct NumberToken {
  std::string value;
  std::size_t end = 0;
};

// The figures in a text. Digits inside a name ("EC2", "k8s", "GA4") are not figures.
std::vector<NumberToken> Numbers(std::string_view text);

// A calendar month; ordered, and subtractable as a count of months.
struct YearMonth {
  int year = 0;
  int month = 1;
  int Index() const { return year * 12 + (month - 1); }
};

// "2021-03" or "2021". A bare year reads as December for a start and January for an end, so
// computed spans never exceed what the dates show.
std::optional<YearMonth> ParseYearMonth(std::string_view text, bool is_end);

// `today` as "YYYY-MM", or the system clock's month (UTC) when empty or malformed.
YearMonth CurrentMonth(std::string_view today);

// Whole years of experience the dates of the experience entries show: the months covered by at
// least one job (overlaps counted once; a current job runs to `today`), divided by 12, rounded
// down. Also reports whether any months remain beyond the whole years.
struct ExperienceSpan {
  int years = 0;
  bool partial_year = false;
};
ExperienceSpan ExperienceYears(const document::ResumeDocument& resume, YearMonth today);

}  // namespace resumax::optimize::rewrite

#include "domain/parsing/dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <utility>

#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {

namespace {

struct Named {
  std::string_view name;
  int value;
};

constexpr std::array kMonths = {
    Named{"january", 1},   Named{"february", 2}, Named{"march", 3},     Named{"april", 4},
    Named{"may", 5},       Named{"june", 6},     Named{"july", 7},      Named{"august", 8},
    Named{"september", 9}, Named{"october", 10}, Named{"november", 11}, Named{"december", 12},
};
constexpr std::array kSeasons = {Named{"spring", 0}, Named{"summer", 0}, Named{"autumn", 0},
                                 Named{"fall", 0}, Named{"winter", 0}};
constexpr std::array<std::string_view, 9> kPresent = {
    "present", "current", "currently", "now", "today", "ongoing", "to date", "date", "till date"};
constexpr std::array<std::string_view, 9> kRangeWords = {"to", "until", "till", "through", "thru",
                                                         "-",  "~",     "->",   "\u2212"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads n digits at pos (not followed by another digit); -1 when absent.
int ReadDigits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return -1;
  int value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!IsDigit(text[pos + i])) return -1;
    value = value * 10 + (text[pos + i] - '0');
  }
  if (pos + n < text.size() && IsDigit(text[pos + n])) return -1;
  return value;
}

bool PlausibleYear(int year) { return year >= 1950 && year <= 2069; }

std::size_t SkipSpaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// Matches a word at pos that ends at a word boundary.
bool WordAt(std::string_view lower, std::size_t pos, std::string_view word) {
  if (lower.substr(pos, word.size()) != word) return false;
  const std::size_t after = pos + word.size();
  return after >= lower.size() || !IsAlpha(lower[after]);
}

// A year at pos: "2019", or "'19" / "’19".
std::optional<std::pair<int, std::size_t>> YearAt(std::string_view lower, std::size_t pos) {
  if (const int year = ReadDigits(lower, pos, 4); year >= 0) {
    if (PlausibleYear(year)) return std::pair{year, pos + 4};
    return std::nullopt;
  }
  std::size_t digits = pos;
  if (lower.substr(pos, 1) == "'") digits = pos + 1;
  if (lower.substr(pos, 3) == "\u2019") digits = pos + 3;
  if (digits != pos) {
    if (const int short_year = ReadDigits(lower, digits, 2); short_year >= 0) {
      return std::pair{short_year < 70 ? 2000 + short_year : 1900 + short_year, digits + 2};
    }
  }
  return std::nullopt;
}

// One date at pos (pos is at a word start); returns the value and where it ends.
std::optional<std::pair<DateValue, std::size_t>> DateAt(std::string_view lower, std::size_t pos) {
  for (std::string_view word : kPresent) {
    if (word == "date") continue;  // only as part of "to date"
    if (WordAt(lower, pos, word)) return std::pair{DateValue{0, 0, true}, pos + word.size()};
  }
  std::size_t word_end = pos;
  while (word_end < lower.size() && IsAlpha(lower[word_end])) ++word_end;
  if (const int month = MonthNamed(lower.substr(pos, word_end - pos)); month > 0) {
    std::size_t at = word_end;
    if (at < lower.size() && lower[at] == '.') ++at;
    at = SkipSpaces(lower, at);
    if (at < lower.size() && lower[at] == ',') at = SkipSpaces(lower, at + 1);
    // "March 3, 2019": skip the day of the month.
    if (at < lower.size() && IsDigit(lower[at])) {
      std::size_t day_end = at;
      while (day_end < lower.size() && IsDigit(lower[day_end])) ++day_end;
      std::size_t after = day_end;
      while (after < lower.size() && IsAlpha(lower[after])) ++after;  // "21st"
      if (day_end - at <= 2 && after < lower.size() && lower[after] == ',') {
        if (auto year = YearAt(lower, SkipSpaces(lower, after + 1))) {
          return std::pair{DateValue{year->first, month, false}, year->second};
        }
      }
    }
    if (auto year = YearAt(lower, at)) {
      return std::pair{DateValue{year->first, month, false}, year->second};
    }
    return std::nullopt;
  }
  for (const Named& season : kSeasons) {
    if (!WordAt(lower, pos, season.name)) continue;
    std::size_t at = SkipSpaces(lower, pos + season.name.size());
    if (at < lower.size() && lower[at] == ',') at = SkipSpaces(lower, at + 1);
    if (auto year = YearAt(lower, at))
      return std::pair{DateValue{year->first, 0, false}, year->second};
    return std::nullopt;
  }
  if (!IsDigit(lower[pos]) && lower[pos] != '\'') return std::nullopt;
  // MM/YYYY, MM-YYYY, MM.YYYY, MM/YY.
  for (std::size_t month_digits : {std::size_t{2}, std::size_t{1}}) {
    const int month = ReadDigits(lower, pos, month_digits);
    const std::size_t separator = pos + month_digits;
    if (month < 1 || month > 12 || separator >= lower.size()) continue;
    const char sep = lower[separator];
    if (sep != '/' && sep != '-' && sep != '.') continue;
    if (const int year = ReadDigits(lower, separator + 1, 4); PlausibleYear(year)) {
      return std::pair{DateValue{year, month, false}, separator + 5};
    }
    if (sep == '/') {
      if (const int year = ReadDigits(lower, separator + 1, 2); year >= 0) {
        return std::pair{DateValue{year < 70 ? 2000 + year : 1900 + year, month, false},
                         separator + 3};
      }
    }
  }
  // YYYY-MM or YYYY/MM, then a bare year.
  if (const int year = ReadDigits(lower, pos, 4); PlausibleYear(year)) {
    if (pos + 4 < lower.size() && (lower[pos + 4] == '-' || lower[pos + 4] == '/')) {
      const int month = ReadDigits(lower, pos + 5, 2);
      if (month >= 1 && month <= 12) return std::pair{DateValue{year, month, false}, pos + 7};
      // "2019-Jun": the month named after the year, unless a year follows it ("2019-June
      // 2021" is a range).
      std::size_t name_end = pos + 5;
      while (name_end < lower.size() && IsAlpha(lower[name_end])) ++name_end;
      if (const int named = MonthNamed(lower.substr(pos + 5, name_end - pos - 5)); named > 0) {
        std::size_t after = name_end;
        if (after < lower.size() && lower[after] == '.') ++after;
        if (!YearAt(lower, SkipSpaces(lower, after))) {
          return std::pair{DateValue{year, named, false}, after};
        }
      }
    }
    return std::pair{DateValue{year, 0, false}, pos + 4};
  }
  if (lower[pos] == '\'') {
    // A lone "'19" is too ambiguous; only accepted after a month (handled above).
    return std::nullopt;
  }
  return std::nullopt;
}

// After a date, a range separator and a second date.
std::optional<std::pair<DateValue, std::size_t>> RangeEndAt(std::string_view lower,
                                                            std::size_t pos) {
  std::size_t at = SkipSpaces(lower, pos);
  bool separated = false;
  static constexpr std::array<std::string_view, 3> kDashes = {"\u2013", "\u2014", "\u2012"};
  for (std::string_view dash : kDashes) {
    if (lower.substr(at, dash.size()) == dash) {
      at += dash.size();
      separated = true;
      break;
    }
  }
  if (!separated) {
    for (std::string_view word : kRangeWords) {
      const bool symbol = !IsAlpha(word[0]);
      if (symbol ? lower.substr(at, word.size()) == word : WordAt(lower, at, word)) {
        at += word.size();
        separated = true;
        break;
      }
    }
  }
  if (!separated) return std::nullopt;
  at = SkipSpaces(lower, at);
  if (WordAt(lower, at, "to date") || lower.substr(at, 7) == "to date") {
    return std::pair{DateValue{0, 0, true}, at + 7};
  }
  if (at >= lower.size()) return std::nullopt;
  return DateAt(lower, at);
}

}  // namespace

// 1-12 for a month's full name, its three-letter abbreviation or "sept"; 0 otherwise.
int MonthNamed(std::string_view word) {
  if (word == "sept") return 9;
  for (const Named& month : kMonths) {
    if (word == month.name || (word.size() == 3 && month.name.substr(0, 3) == word)) {
      return month.value;
    }
  }
  return 0;
}

std::vector<DateSpan> FindDates(std::string_view text) {
  const std::string lower = AsciiLower(text);
  std::vector<DateSpan> spans;
  std::size_t pos = 0;
  while (pos < lower.size()) {
    const bool word_start = pos == 0 || !(IsAlpha(lower[pos - 1]) || IsDigit(lower[pos - 1]));
    if (!word_start || !(IsAlpha(lower[pos]) || IsDigit(lower[pos]) || lower[pos] == '\'')) {
      ++pos;
      continue;
    }
    auto date = DateAt(lower, pos);
    if (!date) {
      ++pos;  // always move on, also past a lone apostrophe
      while (pos < lower.size() && (IsAlpha(lower[pos]) || IsDigit(lower[pos]))) ++pos;
      continue;
    }
    DateSpan span;
    span.start = date->first;
    span.begin = pos;
    span.end_offset = date->second;
    if (auto end = RangeEndAt(lower, date->second);
        end && !span.start.present && (end->first.present || end->first.year >= span.start.year)) {
      span.end = end->first;
      span.end_offset = end->second;
    }
    // A lone Present-like word is not a date (e.g. "current projects").
    if (!span.start.present) spans.push_back(span);
    pos = span.end_offset;
  }
  return spans;
}

document::Period PeriodOf(const std::optional<DateValue>& start,
                          const std::optional<DateValue>& end) {
  auto date = [](const std::optional<DateValue>& value) -> std::optional<document::Date> {
    if (!value || value->present || value->year == 0) return std::nullopt;
    return document::Date{value->year, value->month, 0};
  };
  return document::Period{date(start), date(end), end.has_value() && end->present};
}

std::size_t DurationPrefix(std::string_view text) {
  const std::string lower = AsciiLower(text);
  std::size_t pos = 0;
  auto skip_spaces = [&] {
    while (pos < lower.size() && (lower[pos] == ' ' || lower[pos] == '\t')) ++pos;
  };
  auto take = [&](std::string_view token) {
    if (std::string_view(lower).substr(pos).starts_with(token)) {
      pos += token.size();
      return true;
    }
    return false;
  };
  skip_spaces();
  for (std::string_view separator : {"\u00b7", "|", ",", "\u2013", "\u2014", "-"}) {
    if (take(separator)) break;
  }
  skip_spaces();
  char close = 0;
  if (take("(")) close = ')';
  if (close == 0 && take("[")) close = ']';
  skip_spaces();
  // One or two "<count> <unit>" groups: "6 years 1 month", "2 yrs, 3 mos", "a year".
  auto group = [&]() {
    const std::size_t start = pos;
    if (!(take("an ") || take("a "))) {
      const std::size_t digits = pos;
      while (pos < lower.size() && IsDigit(lower[pos])) ++pos;
      if (pos == digits || pos - digits > 2) {
        pos = start;
        return false;
      }
      take("+");
      skip_spaces();
    }
    for (std::string_view unit :
         {"years", "year", "yrs", "yr", "months", "month", "mos", "mo", "mths", "mth"}) {
      if (take(unit)) {
        if (pos < lower.size() && IsAlpha(lower[pos])) break;
        return true;
      }
    }
    pos = start;
    return false;
  };
  if (!group()) return 0;
  const std::size_t one = pos;
  skip_spaces();
  if (take(",") || take("and ") || take("&")) skip_spaces();
  if (!group()) pos = one;
  const std::size_t end = pos;
  if (close != 0) {
    skip_spaces();
    if (!take(std::string_view(&close, 1))) return 0;
    return pos;
  }
  return end;
}

bool OnlyDates(std::string_view text) {
  const std::vector<DateSpan> spans = FindDates(text);
  if (spans.empty()) return false;
  std::size_t pos = 0;
  auto only_marks = [&text](std::size_t begin, std::size_t end) {
    for (std::size_t index = begin; index < end; ++index) {
      const auto byte = static_cast<unsigned char>(text[index]);
      // Letters and digits outside a date are more than a date; dashes and the like are not.
      if (byte < 0x80 && std::isalnum(byte) != 0) return false;
    }
    return true;
  };
  for (const DateSpan& span : spans) {
    if (!only_marks(pos, span.begin)) return false;
    pos = span.end_offset;
  }
  return only_marks(pos, text.size());
}

std::optional<std::string> FormatDate(const DateValue& value) {
  if (value.present || value.year == 0) return std::nullopt;
  char buffer[16];
  if (value.month > 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", value.year, value.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d", value.year);
  }
  return std::string(buffer);
}

std::optional<std::string> NormalizeDate(std::string_view text, bool* current) {
  if (current != nullptr) *current = false;
  const std::string lower = AsciiLower(Trim(text));
  if (lower.empty()) return std::nullopt;
  if (auto date = DateAt(lower, 0)) {
    if (date->first.present) {
      if (current != nullptr) *current = true;
      return std::nullopt;
    }
    return FormatDate(date->first);
  }
  if (lower == "to date") {
    if (current != nullptr) *current = true;
  }
  return std::nullopt;
}

}  // namespace resumax::parsing

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/document/resume_document.h"

namespace resumax::parsing {

// A printed date: a year with an optional month, or a "Present"-like word.
struct DateValue {
  int year = 0;
  int month = 0;  // 1-12, or 0 when only the year is printed
  bool present = false;
};

// A date or date range found in a line; begin/end are byte offsets of the whole expression.
struct DateSpan {
  DateValue start;
  std::optional<DateValue> end;  // set for ranges ("2013 – 2017", "March 2021 – Present")
  std::size_t begin = 0;
  std::size_t end_offset = 0;
};

// 1-12 for a month's name in lower case: its full name, its three-letter abbreviation or
// "sept"; 0 otherwise.
int MonthNamed(std::string_view word);

// Every date expression in text, left to right: "March 2021 – Present", "08/2019 – Present",
// "Jan 2020 – Current", "2013 – 2017", "Sep. 2023 - Mar. 2024", "Summer 2022", "06/15 - Now".
std::vector<DateSpan> FindDates(std::string_view text);

// A date as the document keeps it: a year and month; nothing for "Present" or no year.
// A range's start and end become a period, current when the end is "Present".
document::Period PeriodOf(const std::optional<DateValue>& start,
                          const std::optional<DateValue>& end);

// Text that is dates and nothing else but spaces and punctuation: "Jan. 2016 to Current",
// "06/2019 –", "2019".
bool OnlyDates(std::string_view text);

// The length of a job's duration at the start of text, after spaces and one separator: "(6
// years 1 month)", "· 2 yrs 3 mos", "a year", "5 months", ", 1 yr"; 0 when text does not start
// with one. Printed beside a job's dates by sites and themes that count it for the reader.
std::size_t DurationPrefix(std::string_view text);

// "YYYY-MM", "YYYY", or nullopt for a Present-like value.
std::optional<std::string> FormatDate(const DateValue& value);

// Normalises one printed date ("Sep. 2023" → "2023-09", "2017" → "2017", "Present" →
// nullopt with *current set); nullopt with *current false when it is no date.
std::optional<std::string> NormalizeDate(std::string_view text, bool* current);

}  // namespace resumax::parsing

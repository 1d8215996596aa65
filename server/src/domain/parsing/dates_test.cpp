#include "domain/parsing/dates.h"

#include <gtest/gtest.h>

namespace resumax::parsing {
namespace {

std::string Normalized(std::string_view text) {
  bool current = false;
  std::optional<std::string> date = NormalizeDate(text, &current);
  if (current) return "current";
  return date.value_or("none");
}

TEST(NormalizeDate, PrintedFormsBecomeYearMonth) {
  EXPECT_EQ(Normalized("Sep. 2023"), "2023-09");
  EXPECT_EQ(Normalized("March 2021"), "2021-03");
  EXPECT_EQ(Normalized("Sept 2019"), "2019-09");
  EXPECT_EQ(Normalized("08/2019"), "2019-08");
  EXPECT_EQ(Normalized("06/15"), "2015-06");
  EXPECT_EQ(Normalized("2019-06"), "2019-06");
  EXPECT_EQ(Normalized("2017"), "2017");
  EXPECT_EQ(Normalized("Summer 2022"), "2022");
  EXPECT_EQ(Normalized("March 3, 2019"), "2019-03");
  EXPECT_EQ(Normalized("Present"), "current");
  EXPECT_EQ(Normalized("Now"), "current");
  EXPECT_EQ(Normalized("Ongoing"), "current");
  EXPECT_EQ(Normalized("current"), "current");
  EXPECT_EQ(Normalized("Mayor"), "none");
  EXPECT_EQ(Normalized("1234"), "none");
}

struct RangeCase {
  std::string_view text;
  std::string_view start;
  std::string_view end;  // "current" or a date, or "" for a single date
};

TEST(FindDates, RangesInTheirManyForms) {
  const RangeCase cases[] = {
      {"March 2021 – Present", "2021-03", "current"},
      {"08/2019 – Present", "2019-08", "current"},
      {"Jan 2020 – Current", "2020-01", "current"},
      {"2013 – 2017", "2013", "2017"},
      {"Sep. 2023 - Mar. 2024", "2023-09", "2024-03"},  // soft hyphen, normalised to "-"
      {"Software Engineer\tOct 2016 – Present", "2016-10", "current"},
      {"Data Innovation Lab (San Francisco, Ca.) 06/15 - Now", "2015-06", "current"},
      {"Date: July 2012 – Ongoing", "2012-07", "current"},
      {"January 2019 - current / Atlanta, GA", "2019-01", "current"},
      {"June 2014 to May 2016", "2014-06", "2016-05"},
      {"Expected Graduation: May 2018", "2018-05", ""},
      {"Summer 2022", "2022", ""},
      {"2019-Jun - Present", "2019-06", "current"},
      {"2015-Aug - 2019-May", "2015-08", "2019-05"},
      {"2019-June 2021", "2019", "2021-06"},
  };
  for (const RangeCase& test : cases) {
    const std::vector<DateSpan> spans = FindDates(test.text);
    ASSERT_FALSE(spans.empty()) << test.text;
    EXPECT_EQ(FormatDate(spans[0].start).value_or("?"), test.start) << test.text;
    if (test.end.empty()) {
      EXPECT_FALSE(spans[0].end.has_value()) << test.text;
    } else if (test.end == "current") {
      ASSERT_TRUE(spans[0].end.has_value()) << test.text;
      EXPECT_TRUE(spans[0].end->present) << test.text;
    } else {
      ASSERT_TRUE(spans[0].end.has_value()) << test.text;
      EXPECT_EQ(FormatDate(*spans[0].end).value_or("?"), test.end) << test.text;
    }
  }
}

TEST(FindDates, IgnoresNumbersThatAreNoDates) {
  EXPECT_TRUE(FindDates("Reduced costs by 30% for 1200 customers").empty());
  EXPECT_TRUE(FindDates("Present findings to current clients").empty());
  EXPECT_TRUE(FindDates("GPA 3.83 / 4.0").empty());
  EXPECT_TRUE(FindDates("##'/&'(0+/.1((").empty());  // once looped forever on the apostrophe
}

}  // namespace
TEST(OnlyDates, DatesWithNothingButMarksAround) {
  EXPECT_TRUE(OnlyDates("Jan. 2016 to Current"));
  EXPECT_TRUE(OnlyDates("06/2019 \u2013"));
  EXPECT_TRUE(OnlyDates("(2019)"));
  EXPECT_TRUE(OnlyDates("Sep 2020 - Jun 2021"));
  EXPECT_FALSE(OnlyDates("Current"));
  EXPECT_FALSE(OnlyDates("Partner, 2016 - Current"));
  EXPECT_FALSE(OnlyDates("2019 Boston"));
  EXPECT_FALSE(OnlyDates(""));
}

// The job's length beside its dates, in the forms sites and themes print it.
TEST(DurationPrefix, LengthsInTheirManyForms) {
  auto length = [](std::string_view text) { return text.substr(0, DurationPrefix(text)); };
  EXPECT_EQ(length(" (6 years 1 month)"), " (6 years 1 month)");
  EXPECT_EQ(length(" (5 months)"), " (5 months)");
  EXPECT_EQ(length("\t9 years"), "\t9 years");
  EXPECT_EQ(length("\ta year"), "\ta year");
  EXPECT_EQ(length(" \u00b7 2 yrs 3 mos"), " \u00b7 2 yrs 3 mos");
  EXPECT_EQ(length(", 1 yr, 2 mos\tBerlin"), ", 1 yr, 2 mos");
  EXPECT_EQ(length(" 3 years and counting"), " 3 years");
  EXPECT_EQ(length("\tLondon"), "");
  EXPECT_EQ(length(" 12 Main Street"), "");
  EXPECT_EQ(length(" (6 years"), "");
  EXPECT_EQ(length(" 2 yearly reviews"), "");
  EXPECT_EQ(length(" a team of five"), "");
  EXPECT_EQ(length(""), "");
}

}  // namespace resumax::parsing

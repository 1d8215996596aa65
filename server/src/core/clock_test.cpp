#include "core/clock.h"

#include <gtest/gtest.h>

namespace resumax {
namespace {

TEST(Clock, FormatsAndParsesUtcWithMilliseconds) {
  const auto time =
      std::chrono::system_clock::from_time_t(1795628394) + std::chrono::milliseconds(7);
  const std::string text = FormatTimestamp(time);
  EXPECT_EQ(text, "2026-11-25T17:39:54.007Z");
  EXPECT_EQ(ParseTimestamp(text), time);
}

TEST(Clock, ParsesPostgresForms) {
  const auto expected =
      std::chrono::system_clock::from_time_t(1795628394) + std::chrono::milliseconds(120);
  EXPECT_EQ(ParseTimestamp("2026-11-25 17:39:54.12+00"), expected);
  EXPECT_EQ(ParseTimestamp("2026-11-25 17:39:54.120456+00"), expected);
  EXPECT_EQ(ParseTimestamp("2026-11-25 17:39:54+00:00"),
            std::chrono::system_clock::from_time_t(1795628394));
}

TEST(Clock, RefusesGarbage) {
  for (const char* text :
       {"", "2026", "2026-11-25", "yesterday", "2026-11-25T17:39:54+02", "2026-1x-25T17:39:54Z",
        // Past the clock's range (2262) or out of the calendar: refused, never overflowed.
        "2999-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z",
        "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z", "2026-11-25T24:00:00Z"}) {
    EXPECT_FALSE(ParseTimestamp(text).has_value()) << text;
  }
}

}  // namespace
}  // namespace resumax

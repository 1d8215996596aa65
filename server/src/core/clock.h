#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace resumax {

using TimePoint = std::chrono::system_clock::time_point;

// The source of "now", injected so tests can move time.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual TimePoint Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  TimePoint Now() const override { return std::chrono::system_clock::now(); }
};

// UTC ISO-8601 with milliseconds: 2026-11-25T17:30:00.123Z. Sorts as text in every database.
std::string FormatTimestamp(TimePoint time);

// Reads FormatTimestamp's form and PostgreSQL's ("2026-11-25 17:30:00.123+00").
std::optional<TimePoint> ParseTimestamp(std::string_view text);

// A stored timestamp in FormatTimestamp's form, whichever database returned it.
std::string NormalizeTimestamp(const std::string& text);
std::optional<std::string> NormalizeTimestamp(const std::optional<std::string>& text);

// Seconds since the Unix epoch.
long long UnixSeconds(TimePoint time);

}  // namespace resumax

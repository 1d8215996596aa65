#include "core/clock.h"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace resumax {

std::string FormatTimestamp(TimePoint time) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(time.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis % 1000));
  return buffer;
}

namespace {

bool ReadInt(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  const char* begin = text.data() + pos;
  const auto [ptr, ec] = std::from_chars(begin, begin + len, out);
  return ec == std::errc() && ptr == begin + len;
}

}  // namespace

std::optional<TimePoint> ParseTimestamp(std::string_view text) {
  // YYYY-MM-DD[T ]HH:MM:SS[.fff...][Z|+00|+00:00]
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if (text.size() < 19 || !ReadInt(text, 0, 4, year) || text[4] != '-' ||
      !ReadInt(text, 5, 2, month) || text[7] != '-' || !ReadInt(text, 8, 2, day) ||
      (text[10] != 'T' && text[10] != ' ') || !ReadInt(text, 11, 2, hour) || text[13] != ':' ||
      !ReadInt(text, 14, 2, minute) || text[16] != ':' || !ReadInt(text, 17, 2, second)) {
    return std::nullopt;
  }
  // The clock counts nanoseconds from 1970 in 64 bits: it ends in 2262. Times out of range are
  // refused rather than overflowing.
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
      minute > 59 || second > 60) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  int millis = 0;
  if (pos < text.size() && text[pos] == '.') {
    ++pos;
    int digits = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      if (digits < 3) millis = millis * 10 + (text[pos] - '0');
      ++digits;
      ++pos;
    }
    for (; digits < 3; ++digits) millis *= 10;
  }
  const std::string_view zone = text.substr(pos);
  if (!(zone.empty() || zone == "Z" || zone == "+00" || zone == "+00:00")) return std::nullopt;
  std::tm utc{};
  utc.tm_year = year - 1900;
  utc.tm_mon = month - 1;
  utc.tm_mday = day;
  utc.tm_hour = hour;
  utc.tm_min = minute;
  utc.tm_sec = second;
  const std::time_t seconds = timegm(&utc);
  return std::chrono::system_clock::from_time_t(seconds) + std::chrono::milliseconds(millis);
}

std::string NormalizeTimestamp(const std::string& text) {
  const auto parsed = ParseTimestamp(text);
  return parsed ? FormatTimestamp(*parsed) : text;
}

std::optional<std::string> NormalizeTimestamp(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return NormalizeTimestamp(*text);
}

long long UnixSeconds(TimePoint time) {
  return std::chrono::duration_cast<std::chrono::seconds>(time.time_since_epoch()).count();
}

}  // namespace resumax

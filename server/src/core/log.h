#pragma once

#include <boost/json/object.hpp>
#include <string_view>

namespace resumax::log {

enum class Level { kDebug, kInfo, kWarn, kError };

// Sets the lowest level written; messages below it are dropped.
void SetLevel(Level level);
Level ParseLevel(std::string_view name);

// Writes one JSON line {ts, level, event, ...fields} to standard output. Callers never pass
// secrets, tokens, email addresses or document text.
void Write(Level level, std::string_view event, boost::json::object fields = {});

inline void Info(std::string_view event, boost::json::object fields = {}) {
  Write(Level::kInfo, event, std::move(fields));
}
inline void Warn(std::string_view event, boost::json::object fields = {}) {
  Write(Level::kWarn, event, std::move(fields));
}
inline void Error(std::string_view event, boost::json::object fields = {}) {
  Write(Level::kError, event, std::move(fields));
}

}  // namespace resumax::log

#include "core/log.h"

#include <atomic>
#include <boost/json/serialize.hpp>
#include <cstdio>
#include <mutex>
#include <string>

#include "core/clock.h"
#include "core/trace.h"

namespace resumax::log {
namespace {

std::atomic<Level> g_level{Level::kInfo};
std::mutex g_write_mutex;

const char* LevelName(Level level) {
  switch (level) {
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
  }
  return "info";
}

}  // namespace

void SetLevel(Level level) { g_level.store(level); }

Level ParseLevel(std::string_view name) {
  if (name == "debug") return Level::kDebug;
  if (name == "warn") return Level::kWarn;
  if (name == "error") return Level::kError;
  return Level::kInfo;
}

void Write(Level level, std::string_view event, boost::json::object fields) {
  if (level < g_level.load(std::memory_order_relaxed)) return;
  boost::json::object line;
  line.reserve(fields.size() + 3);
  line["ts"] = FormatTimestamp(std::chrono::system_clock::now());
  line["level"] = LevelName(level);
  line["event"] = event;
  for (auto& field : fields) line[field.key()] = std::move(field.value());
  // Every line written inside a span names its trace, so logs and traces join.
  if (const auto context = trace::Current(); context && !line.contains("traceId")) {
    line["traceId"] = context->TraceIdHex();
  }
  std::string text = boost::json::serialize(line);
  text.push_back('\n');
  std::lock_guard lock(g_write_mutex);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
}

}  // namespace resumax::log

#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "core/listener_loop.h"

namespace resumax::jobs {

// Notifications between processes through PostgreSQL: one connection per process LISTENs on
// the given channels and calls `on_notify(channel, payload)` for each notification, and
// `on_notify(channel, "")` for every channel when it (re)connects, since notifications sent
// while it was down are lost. Used to wake idle workers when a job is enqueued anywhere
// (DatabaseJobQueue::Enqueue notifies `resumax_jobs`) and to fan out live events. Whoever uses
// it keeps a fallback (a poll) for the time the connection is down: the listener reconnects
// with backoff.
class PostgresWakeups {
 public:
  using Callback = std::function<void(const std::string& channel, const std::string& payload)>;
  PostgresWakeups(std::string url, std::vector<std::string> channels, Callback on_notify);

  void Start() { loop_.Start(); }
  void Stop() { loop_.Stop(); }
  // True while the listening connection is up (for tests and the logs).
  bool Listening() const { return listening_.load(); }

 private:
  // One connection: LISTEN, then deliver notifications until it fails or the loop stops.
  bool Session();

  std::string url_;
  std::vector<std::string> channels_;
  Callback on_notify_;
  std::atomic<bool> listening_{false};
  ListenerLoop loop_{[this] { return Session(); }, std::chrono::milliseconds(5000)};
};

}  // namespace resumax::jobs

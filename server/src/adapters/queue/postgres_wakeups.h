#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

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
  ~PostgresWakeups();
  PostgresWakeups(const PostgresWakeups&) = delete;
  PostgresWakeups& operator=(const PostgresWakeups&) = delete;

  void Start();
  void Stop();
  // True while the listening connection is up (for tests and the logs).
  bool Listening() const { return listening_.load(); }

 private:
  void Run();

  std::string url_;
  std::vector<std::string> channels_;
  Callback on_notify_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> listening_{false};
  std::mutex mutex_;
  std::condition_variable stop_;
  int wake_pipe_[2] = {-1, -1};  // Stop() writes here to end the wait on the socket
};

}  // namespace resumax::jobs

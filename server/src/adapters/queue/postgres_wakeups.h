#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace resumax::jobs {

// Wake-ups for workers in every process: one connection per process LISTENs on the queue's
// channel (DatabaseJobQueue::Enqueue sends pg_notify on it), and each notification calls
// `on_notify`, so an idle worker claims a new job within milliseconds instead of at its next
// poll. Polling stays as the fallback: when the connection is lost the listener reconnects
// with backoff and nothing is missed for longer than one poll interval.
class PostgresWakeups {
 public:
  PostgresWakeups(std::string url, std::string channel, std::function<void()> on_notify);
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
  std::string channel_;
  std::function<void()> on_notify_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::atomic<bool> listening_{false};
  std::mutex mutex_;
  std::condition_variable stop_;
  int wake_pipe_[2] = {-1, -1};  // Stop() writes here to end the wait on the socket
};

}  // namespace resumax::jobs

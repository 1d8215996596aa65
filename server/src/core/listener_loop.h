#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace resumax {

// A thread that holds one long-lived connection and reads from it, connecting again with
// backoff (doubling from 100 ms up to `max_backoff`) whenever it is lost; Stop() ends it at
// once, whatever it waits for. The connection is the session's: `session` connects, reads until
// the connection fails or Stopping(), and answers whether it was up (which resets the backoff).
// Used for PostgreSQL's LISTEN (adapters/queue/postgres_wakeups.h) and Redis's SUBSCRIBE
// (adapters/redis/redis_client.h).
class ListenerLoop {
 public:
  ListenerLoop(std::function<bool()> session, std::chrono::milliseconds max_backoff);
  ~ListenerLoop();
  ListenerLoop(const ListenerLoop&) = delete;
  ListenerLoop& operator=(const ListenerLoop&) = delete;

  void Start();
  void Stop();
  bool Stopping() const { return stopping_.load(); }

  // For the session: waits until `fd` can be read (kReadable), `idle` passed without anything
  // to read (kIdle: time to check the peer is alive), or Stop() was called (kStopped).
  enum class Wait { kReadable, kIdle, kStopped };
  Wait WaitReadable(int fd, std::chrono::milliseconds idle);

 private:
  void Run();

  std::function<bool()> session_;
  std::chrono::milliseconds max_backoff_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable stop_;
  int wake_pipe_[2] = {-1, -1};  // Stop() writes here to end a wait on the connection
};

}  // namespace resumax

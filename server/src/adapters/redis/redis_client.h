#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/listener_loop.h"

struct redisContext;

namespace resumax::redis {

// Where Redis is: redis://[:password@]host[:port][/db].
struct Endpoint {
  std::string host = "127.0.0.1";
  int port = 6379;
  std::string password;
  int database = 0;
  // Parses the URL; nullopt (and `why`) when it is not one.
  static std::optional<Endpoint> Parse(const std::string& url, std::string* why = nullptr);
};

// What a command answered: an integer, a string, an array of them, nil or an error.
struct Reply {
  enum class Type { kNil, kInteger, kString, kArray, kStatus } type = Type::kNil;
  long long integer = 0;
  std::string text;
  std::vector<Reply> elements;
};

// A raised failure: Redis unreachable, timed out, or an error reply.
class RedisError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// One synchronous connection (hiredis) shared under a lock, with short timeouts, so a command
// either answers within them or throws RedisError. After a failure it reconnects on the next
// command, but at most once a second: while Redis is down, callers fail fast instead of each
// waiting for a connect timeout.
class Client {
 public:
  explicit Client(Endpoint endpoint,
                  std::chrono::milliseconds timeout = std::chrono::milliseconds(250));
  ~Client();
  Client(const Client&) = delete;
  Client& operator=(const Client&) = delete;

  Reply Command(const std::vector<std::string>& arguments);

 private:
  void Connect();
  void Drop();

  Endpoint endpoint_;
  std::chrono::milliseconds timeout_;
  std::mutex mutex_;
  redisContext* context_ = nullptr;
  std::chrono::steady_clock::time_point next_attempt_{};
};

// A subscription to one channel on a connection of its own, on its own thread: each message
// calls `on_message(payload)`, and every (re)connection calls `on_message("")` (what was sent
// while it was down is unknown). Reconnects with backoff; Subscribed() says whether it is up.
class Subscriber {
 public:
  Subscriber(Endpoint endpoint, std::string channel,
             std::function<void(const std::string&)> on_message);

  void Start() { loop_.Start(); }
  void Stop() { loop_.Stop(); }
  bool Subscribed() const { return subscribed_.load(); }

 private:
  // One connection: SUBSCRIBE, then deliver messages until it fails or the loop stops.
  bool Session();
  void Listen(redisContext* context);

  Endpoint endpoint_;
  std::string channel_;
  std::function<void(const std::string&)> on_message_;
  std::atomic<bool> subscribed_{false};
  bool warned_ = false;  // the loss was logged; touched only by the loop's thread
  ListenerLoop loop_{[this] { return Session(); }, std::chrono::milliseconds(2000)};
};

}  // namespace resumax::redis

#pragma once

#include <chrono>
#include <functional>
#include <mutex>

namespace resumax::ai {

// Stops calling a provider after `failure_threshold` consecutive failures, for `cool_down`;
// then lets one trial call through (half-open): a success closes it, a failure reopens it.
class CircuitBreaker {
 public:
  using Clock = std::function<std::chrono::steady_clock::time_point()>;
  CircuitBreaker(int failure_threshold, std::chrono::milliseconds cool_down, Clock clock = {});

  // True when a call may be made now (closed, or the one trial call after the cool-down).
  bool AllowCall();
  void RecordSuccess();
  void RecordFailure();
  bool IsOpen();

 private:
  std::chrono::steady_clock::time_point Now() const;

  std::mutex mutex_;
  int failure_threshold_;
  std::chrono::milliseconds cool_down_;
  Clock clock_;
  int consecutive_failures_ = 0;
  bool open_ = false;
  bool trial_in_flight_ = false;
  std::chrono::steady_clock::time_point open_until_{};
};

}  // namespace resumax::ai

#include "adapters/ai/circuit_breaker.h"

namespace resumax::ai {

CircuitBreaker::CircuitBreaker(int failure_threshold, std::chrono::milliseconds cool_down,
                               Clock clock)
    : failure_threshold_(failure_threshold), cool_down_(cool_down), clock_(std::move(clock)) {}

std::chrono::steady_clock::time_point CircuitBreaker::Now() const {
  return clock_ ? clock_() : std::chrono::steady_clock::now();
}

bool CircuitBreaker::AllowCall() {
  std::lock_guard lock(mutex_);
  if (!open_) return true;
  if (trial_in_flight_ || Now() < open_until_) return false;
  trial_in_flight_ = true;
  return true;
}

void CircuitBreaker::RecordSuccess() {
  std::lock_guard lock(mutex_);
  consecutive_failures_ = 0;
  open_ = false;
  trial_in_flight_ = false;
}

void CircuitBreaker::RecordFailure() {
  std::lock_guard lock(mutex_);
  ++consecutive_failures_;
  if (trial_in_flight_ || consecutive_failures_ >= failure_threshold_) {
    open_ = true;
    open_until_ = Now() + cool_down_;
  }
  trial_in_flight_ = false;
}

bool CircuitBreaker::IsOpen() {
  std::lock_guard lock(mutex_);
  return open_;
}

}  // namespace resumax::ai

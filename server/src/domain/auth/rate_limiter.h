#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/clock.h"

namespace resumax {

// A token bucket: `capacity` requests at once, refilled at `per_minute` a minute.
struct RatePolicy {
  double capacity = 10;
  double per_minute = 10;
};

struct RateDecision {
  bool allowed = true;
  int retry_after_seconds = 0;
};

// Counts requests per key against a policy. In memory for one process; a shared store
// (Redis) implements the same interface for several processes.
class RateLimiter {
 public:
  virtual ~RateLimiter() = default;
  // Takes one token for key; refused when the bucket is empty.
  virtual RateDecision Take(const std::string& key, const RatePolicy& policy) = 0;
  // Whether a Take would succeed now, without taking.
  virtual RateDecision Peek(const std::string& key, const RatePolicy& policy) = 0;
  // Forgets key (e.g. the failed-login count after a successful login).
  virtual void Reset(const std::string& key) = 0;
};

class InMemoryRateLimiter final : public RateLimiter {
 public:
  explicit InMemoryRateLimiter(const Clock& clock) : clock_(clock) {}
  RateDecision Take(const std::string& key, const RatePolicy& policy) override;
  RateDecision Peek(const std::string& key, const RatePolicy& policy) override;
  void Reset(const std::string& key) override;

 private:
  struct Bucket {
    double tokens = 0;
    TimePoint updated;
  };
  RateDecision Decide(const std::string& key, const RatePolicy& policy, bool take);

  const Clock& clock_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
  TimePoint last_sweep_{};
};

}  // namespace resumax

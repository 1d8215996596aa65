#include "domain/auth/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace resumax {

RateDecision InMemoryRateLimiter::Take(const std::string& key, const RatePolicy& policy) {
  return Decide(key, policy, true);
}

RateDecision InMemoryRateLimiter::Peek(const std::string& key, const RatePolicy& policy) {
  return Decide(key, policy, false);
}

void InMemoryRateLimiter::Reset(const std::string& key) {
  std::lock_guard lock(mutex_);
  buckets_.erase(key);
}

RateDecision InMemoryRateLimiter::Decide(const std::string& key, const RatePolicy& policy,
                                         bool take) {
  const TimePoint now = clock_.Now();
  const double per_second = policy.per_minute / 60.0;
  std::lock_guard lock(mutex_);
  // Full buckets carry no information: drop them now and then so memory stays bounded.
  if (now - last_sweep_ > std::chrono::minutes(5)) {
    std::erase_if(buckets_, [&](const auto& entry) {
      return now - entry.second.updated > std::chrono::hours(1);
    });
    last_sweep_ = now;
  }
  auto [it, inserted] = buckets_.try_emplace(key, Bucket{policy.capacity, now});
  Bucket& bucket = it->second;
  if (!inserted) {
    const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
    bucket.tokens = std::min(policy.capacity, bucket.tokens + elapsed * per_second);
    bucket.updated = now;
  }
  if (bucket.tokens >= 1.0) {
    if (take) bucket.tokens -= 1.0;
    return {true, 0};
  }
  const double wait = per_second > 0 ? (1.0 - bucket.tokens) / per_second : 3600;
  return {false, std::max(1, static_cast<int>(std::ceil(wait)))};
}

}  // namespace resumax

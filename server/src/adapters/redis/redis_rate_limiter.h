#pragma once

#include <atomic>
#include <chrono>
#include <string>

#include "adapters/redis/redis_client.h"
#include "domain/auth/rate_limiter.h"

namespace resumax::redis {

// The token buckets of every process in Redis: one Lua script reads, refills and takes
// atomically, with Redis's own clock, so two API nodes share one limit. Keys are hashed (a
// bucket's key may name an address or an account). When Redis does not answer, the decision
// falls back to this process's own buckets (limits per node instead of shared, never none)
// with a warning logged at most once a minute, and Redis is used again once it answers.
class RedisRateLimiter final : public RateLimiter {
 public:
  RedisRateLimiter(Client& client, RateLimiter& fallback) : client_(client), fallback_(fallback) {}
  RateDecision Take(const std::string& key, const RatePolicy& policy) override;
  RateDecision Peek(const std::string& key, const RatePolicy& policy) override;
  void Reset(const std::string& key) override;
  // Decisions taken by the fallback since start, for tests and metrics.
  long long FallbackDecisions() const { return fallbacks_.load(); }

 private:
  RateDecision Decide(const std::string& key, const RatePolicy& policy, bool take);
  void Warn(const std::exception& error);

  Client& client_;
  RateLimiter& fallback_;
  std::atomic<long long> fallbacks_{0};
  std::atomic<std::int64_t> last_warning_{-1000000};
};

}  // namespace resumax::redis

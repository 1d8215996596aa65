#include "domain/auth/rate_limiter.h"

#include <gtest/gtest.h>

namespace resumax {
namespace {

class ManualClock final : public Clock {
 public:
  TimePoint Now() const override { return now; }
  TimePoint now = std::chrono::system_clock::now();
};

TEST(RateLimiter, AllowsABurstThenRefills) {
  ManualClock clock;
  InMemoryRateLimiter limiter(clock);
  const RatePolicy policy{3, 60};  // 3 at once, one a second
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.Take("k", policy).allowed);
  const auto refused = limiter.Take("k", policy);
  EXPECT_FALSE(refused.allowed);
  EXPECT_EQ(refused.retry_after_seconds, 1);
  clock.now += std::chrono::milliseconds(1100);
  EXPECT_TRUE(limiter.Take("k", policy).allowed);
  EXPECT_FALSE(limiter.Take("k", policy).allowed);
}

TEST(RateLimiter, KeysAreIndependentAndResettable) {
  ManualClock clock;
  InMemoryRateLimiter limiter(clock);
  const RatePolicy policy{1, 1};
  EXPECT_TRUE(limiter.Take("a", policy).allowed);
  EXPECT_FALSE(limiter.Take("a", policy).allowed);
  EXPECT_TRUE(limiter.Take("b", policy).allowed);
  EXPECT_FALSE(limiter.Peek("a", policy).allowed);
  limiter.Reset("a");
  EXPECT_TRUE(limiter.Peek("a", policy).allowed);
  EXPECT_TRUE(limiter.Peek("a", policy).allowed) << "Peek takes nothing";
}

TEST(RateLimiter, RetryAfterReflectsTheRefillRate) {
  ManualClock clock;
  InMemoryRateLimiter limiter(clock);
  const RatePolicy policy{1, 1};  // one a minute
  limiter.Take("slow", policy);
  EXPECT_EQ(limiter.Take("slow", policy).retry_after_seconds, 60);
}

}  // namespace
}  // namespace resumax

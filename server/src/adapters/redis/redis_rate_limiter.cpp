#include "adapters/redis/redis_rate_limiter.h"

#include "core/crypto.h"
#include "core/log.h"

namespace resumax::redis {
namespace {

// KEYS[1] the bucket; ARGV capacity, tokens per second, take (1) or peek (0). Answers
// {allowed, seconds to wait}. The same token bucket as InMemoryRateLimiter.
constexpr const char* kBucketScript = R"lua(
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) + tonumber(now_parts[2]) / 1000000
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local take = tonumber(ARGV[3])
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(stored[1])
local ts = tonumber(stored[2])
if tokens == nil or ts == nil then
  tokens = capacity
  ts = now
end
tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
local allowed = 0
local wait = 0
if tokens >= 1 then
  allowed = 1
  if take == 1 then tokens = tokens - 1 end
elseif rate > 0 then
  wait = math.ceil((1 - tokens) / rate)
else
  wait = 3600
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
local ttl = 3600
if rate > 0 then ttl = math.ceil(capacity / rate) + 60 end
redis.call('EXPIRE', KEYS[1], ttl)
return {allowed, wait}
)lua";

std::string BucketKey(const std::string& key) {
  return "resumax:ratelimit:" + crypto::Sha256Hex(key);
}

}  // namespace

RateDecision RedisRateLimiter::Take(const std::string& key, const RatePolicy& policy) {
  return Decide(key, policy, true);
}

RateDecision RedisRateLimiter::Peek(const std::string& key, const RatePolicy& policy) {
  return Decide(key, policy, false);
}

void RedisRateLimiter::Reset(const std::string& key) {
  fallback_.Reset(key);
  try {
    client_.Command({"DEL", BucketKey(key)});
  } catch (const std::exception& error) {
    Warn(error);
  }
}

RateDecision RedisRateLimiter::Decide(const std::string& key, const RatePolicy& policy, bool take) {
  try {
    const Reply reply = client_.Command(
        {"EVAL", kBucketScript, "1", BucketKey(key), std::to_string(policy.capacity),
         std::to_string(policy.per_minute / 60.0), take ? "1" : "0"});
    if (reply.type == Reply::Type::kArray && reply.elements.size() == 2) {
      const bool allowed = reply.elements[0].integer == 1;
      return {allowed, allowed ? 0 : std::max(1, static_cast<int>(reply.elements[1].integer))};
    }
    throw RedisError("redis: unexpected answer from the rate-limit script");
  } catch (const std::exception& error) {
    Warn(error);
    ++fallbacks_;
    return take ? fallback_.Take(key, policy) : fallback_.Peek(key, policy);
  }
}

void RedisRateLimiter::Warn(const std::exception& error) {
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                       std::chrono::steady_clock::now().time_since_epoch())
                       .count();
  auto last = last_warning_.load();
  if (now - last < 60 || !last_warning_.compare_exchange_strong(last, now)) return;
  log::Warn("rate_limits_per_node",
            {{"reason", "Redis did not answer; this node's own limits apply until it does"},
             {"detail", error.what()}});
}

}  // namespace resumax::redis

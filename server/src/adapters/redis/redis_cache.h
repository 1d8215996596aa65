#pragma once

#include "adapters/redis/redis_client.h"
#include "core/shared_cache.h"

namespace resumax::redis {

// The shared cache in Redis: GET, and SET with an expiry. Throws RedisError when Redis does not
// answer (the caller computes the value itself).
class RedisCache final : public SharedCache {
 public:
  explicit RedisCache(Client& client) : client_(client) {}
  std::optional<std::string> Get(const std::string& key) override {
    const Reply reply = client_.Command({"GET", key});
    if (reply.type != Reply::Type::kString) return std::nullopt;
    return reply.text;
  }
  void Put(const std::string& key, const std::string& value, std::chrono::seconds ttl) override {
    client_.Command({"SET", key, value, "EX", std::to_string(ttl.count())});
  }

 private:
  Client& client_;
};

}  // namespace resumax::redis

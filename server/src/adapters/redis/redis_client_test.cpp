#include "adapters/redis/redis_client.h"

#include <gtest/gtest.h>

namespace resumax::redis {
namespace {

TEST(RedisEndpoint, ReadsHostPortPasswordAndDatabase) {
  const auto plain = Endpoint::Parse("redis://cache.internal");
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->host, "cache.internal");
  EXPECT_EQ(plain->port, 6379);
  EXPECT_EQ(plain->database, 0);
  EXPECT_TRUE(plain->password.empty());
  const auto full = Endpoint::Parse("redis://:s3cret@10.0.0.5:6380/2");
  ASSERT_TRUE(full);
  EXPECT_EQ(full->host, "10.0.0.5");
  EXPECT_EQ(full->port, 6380);
  EXPECT_EQ(full->password, "s3cret");
  EXPECT_EQ(full->database, 2);
}

TEST(RedisEndpoint, RefusesWhatIsNoRedisUrl) {
  for (const char* bad : {"", "cache:6379", "http://cache:6379", "redis://cache:0",
                          "redis://cache/x", "redis://cache/999", "redis://cache/1/2"}) {
    std::string why;
    EXPECT_FALSE(Endpoint::Parse(bad, &why)) << bad;
    EXPECT_FALSE(why.empty()) << bad;
  }
}

// Nothing listens: every command fails with RedisError (callers fall back), never hangs or
// crashes.
TEST(RedisClient, UnreachableRedisFailsWithRedisError) {
  Endpoint endpoint;
  endpoint.port = 1;  // nothing listens on port 1
  Client client(endpoint, std::chrono::milliseconds(100));
  EXPECT_THROW(client.Command({"PING"}), RedisError);
  EXPECT_THROW(client.Command({"PING"}), RedisError) << "and again, without connecting anew";
}

}  // namespace
}  // namespace resumax::redis

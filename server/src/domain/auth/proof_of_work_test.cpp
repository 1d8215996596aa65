#include "domain/auth/proof_of_work.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "core/crypto.h"

namespace resumax::auth {
namespace {

class ManualClock final : public Clock {
 public:
  TimePoint Now() const override { return now; }
  TimePoint now = std::chrono::system_clock::now();
};

// What a browser's widget does: search the number, send the payload.
std::string Solve(const PowChallenge& challenge, std::int64_t tamper = 0) {
  for (std::int64_t n = 0; n <= challenge.max_number; ++n) {
    if (crypto::Sha256Hex(challenge.salt + std::to_string(n)) != challenge.challenge) continue;
    return crypto::Base64(
        boost::json::serialize(boost::json::object{{"algorithm", challenge.algorithm},
                                                   {"challenge", challenge.challenge},
                                                   {"number", n + tamper},
                                                   {"salt", challenge.salt},
                                                   {"signature", challenge.signature}}));
  }
  return {};
}

class ProofOfWorkTest : public ::testing::Test {
 protected:
  ProofOfWorkTest()
      : limiter_(clock_),
        pow_(std::string(32, 'p'), 2000, std::chrono::minutes(5), limiter_, clock_) {
    crypto::Initialize();
  }
  ManualClock clock_;
  InMemoryRateLimiter limiter_;
  ProofOfWork pow_;
};

TEST_F(ProofOfWorkTest, ASolutionWorksOnceBeforeItExpires) {
  const PowChallenge challenge = pow_.Issue();
  EXPECT_EQ(challenge.algorithm, "SHA-256");
  EXPECT_TRUE(challenge.salt.ends_with("&"));
  EXPECT_NE(challenge.salt.find("?expires="), std::string::npos);
  const std::string solved = Solve(challenge);
  ASSERT_FALSE(solved.empty());
  EXPECT_FALSE(pow_.Verify(Solve(challenge, 1))) << "a wrong number";
  EXPECT_TRUE(pow_.Verify(solved));
  EXPECT_FALSE(pow_.Verify(solved)) << "a replay";

  const std::string late = Solve(pow_.Issue());
  clock_.now += std::chrono::minutes(6);
  EXPECT_FALSE(pow_.Verify(late)) << "expired";
}

TEST_F(ProofOfWorkTest, ForgeriesAreRefused) {
  PowChallenge own;  // made without the server's key
  own.salt = "00?expires=9999999999&";
  own.max_number = 2000;
  own.challenge = crypto::Sha256Hex(own.salt + "7");
  own.signature = crypto::Hex(crypto::HmacSha256Raw(std::string(32, 'x'), own.challenge));
  EXPECT_FALSE(pow_.Verify(Solve(own)));
  // Another server's challenge, and garbage of every shape.
  ProofOfWork other(std::string(32, 'o'), 2000, std::chrono::minutes(5), limiter_, clock_);
  EXPECT_FALSE(pow_.Verify(Solve(other.Issue())));
  for (const char* junk :
       {"", "x", "bm90IGpzb24=", "e30=", "W10=", "eyJhbGdvcml0aG0iOiJNRDUiLCJudW1iZXIiOi0xfQ=="}) {
    EXPECT_FALSE(pow_.Verify(junk)) << junk;
  }
  EXPECT_FALSE(pow_.Verify(std::string(5000, 'A')));
}

}  // namespace
}  // namespace resumax::auth

#include "domain/auth/access_tokens.h"

#include <gtest/gtest.h>
#include <sodium.h>

#include <string>
#include <vector>

namespace resumax::auth {
namespace {

class FixedClock final : public Clock {
 public:
  TimePoint Now() const override { return now; }
  TimePoint now = std::chrono::system_clock::now();
};

std::string Base64Url(std::string_view text) {
  std::string out(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()),
                    text.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.pop_back();
  return out;
}

AccessTokenSettings Settings(std::string secret = std::string(40, 'k')) {
  AccessTokenSettings settings;
  settings.secret = std::move(secret);
  return settings;
}

TEST(AccessTokens, IssuesTokensThatVerify) {
  FixedClock clock;
  AccessTokens tokens(Settings(), clock);
  const auto token = tokens.Issue("4b5c3a8e-8d5f-4c1a-9a55-0c0e1a7d9f10");
  const auto claims = tokens.Verify(token);
  ASSERT_TRUE(claims.has_value());
  EXPECT_EQ(claims->user_id, "4b5c3a8e-8d5f-4c1a-9a55-0c0e1a7d9f10");
  EXPECT_FALSE(claims->token_id.empty());
}

TEST(AccessTokens, RefusesExpiredTokens) {
  FixedClock clock;
  AccessTokens tokens(Settings(), clock);
  const auto token = tokens.Issue("user");
  clock.now += std::chrono::minutes(16);
  const auto claims = tokens.Verify(token);
  ASSERT_FALSE(claims.has_value());
  EXPECT_EQ(claims.error().code, "token_expired");
}

TEST(AccessTokens, RefusesAnotherKey) {
  FixedClock clock;
  AccessTokens issuer(Settings(std::string(40, 'a')), clock);
  AccessTokens verifier(Settings(std::string(40, 'b')), clock);
  EXPECT_FALSE(verifier.Verify(issuer.Issue("user")).has_value());
}

TEST(AccessTokens, RefusesTamperedPayload) {
  FixedClock clock;
  AccessTokens tokens(Settings(), clock);
  std::string token = tokens.Issue("user");
  const auto first_dot = token.find('.');
  const auto second_dot = token.find('.', first_dot + 1);
  const long long exp = UnixSeconds(clock.now) + 900;
  const std::string forged_payload =
      Base64Url(R"({"sub":"someone-else","iss":"resumax","aud":"resumax-api","jti":"x","exp":)" +
                std::to_string(exp) + "}");
  token = token.substr(0, first_dot + 1) + forged_payload + token.substr(second_dot);
  EXPECT_FALSE(tokens.Verify(token).has_value());
}

TEST(AccessTokens, RefusesAlgNone) {
  FixedClock clock;
  AccessTokens tokens(Settings(), clock);
  const long long exp = UnixSeconds(clock.now) + 900;
  const std::string header = Base64Url(R"({"alg":"none","typ":"JWT"})");
  const std::string payload =
      Base64Url(R"({"sub":"user","iss":"resumax","aud":"resumax-api","jti":"x","exp":)" +
                std::to_string(exp) + "}");
  EXPECT_FALSE(tokens.Verify(header + "." + payload + ".").has_value());
  EXPECT_FALSE(tokens.Verify(header + "." + payload).has_value());
}

TEST(AccessTokens, RefusesWrongAudienceAndIssuer) {
  FixedClock clock;
  AccessTokenSettings other = Settings();
  other.audience = "another-api";
  AccessTokens foreign(other, clock);
  AccessTokens tokens(Settings(), clock);
  EXPECT_FALSE(tokens.Verify(foreign.Issue("user")).has_value());
}

TEST(AccessTokens, RefusesGarbage) {
  FixedClock clock;
  AccessTokens tokens(Settings(), clock);
  for (const std::string& garbage :
       std::vector<std::string>{"", ".", "..", "a.b.c", "not a token", std::string(5000, 'x')}) {
    EXPECT_FALSE(tokens.Verify(garbage).has_value()) << garbage;
  }
}

}  // namespace
}  // namespace resumax::auth

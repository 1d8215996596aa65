#include "domain/auth/totp.h"

#include <gtest/gtest.h>

namespace resumax::auth::totp {
namespace {

// RFC 6238 appendix B (SHA-1 key "12345678901234567890"), the last six of its eight digits.
TEST(Totp, MatchesTheRfcTestVectors) {
  const std::string key = "12345678901234567890";
  EXPECT_EQ(Generate(key, 59), "287082");
  EXPECT_EQ(Generate(key, 1111111109), "081804");
  EXPECT_EQ(Generate(key, 1234567890), "005924");
  EXPECT_EQ(Generate(key, 2000000000), "279037");
  EXPECT_EQ(Base32(key), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(Totp, AcceptsOneStepEitherWayAndNothingElse) {
  const std::string key = NewSecret();
  ASSERT_EQ(key.size(), 20U);
  EXPECT_NE(key, NewSecret());
  const std::int64_t now = 1'800'000'000;
  EXPECT_EQ(Verify(key, Generate(key, now), now), now / 30);
  EXPECT_EQ(Verify(key, Generate(key, now - 30), now), now / 30 - 1);
  EXPECT_EQ(Verify(key, Generate(key, now + 30), now), now / 30 + 1);
  EXPECT_FALSE(Verify(key, Generate(key, now + 90), now));
  for (const char* bad : {"", "12345", "1234567", "12a456", " 12345", "-12345"}) {
    EXPECT_FALSE(Verify(key, bad, now)) << bad;
  }
}

TEST(Totp, EnrolmentUriAndQrCode) {
  const std::string uri = Uri("resuMAX", "ada+cv@example.com", "12345678901234567890");
  EXPECT_EQ(uri,
            "otpauth://totp/resuMAX:ada%2Bcv%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            "&issuer=resuMAX&algorithm=SHA1&digits=6&period=30");
  const std::string svg = QrSvg(uri);
  EXPECT_TRUE(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_TRUE(svg.ends_with("</svg>"));
  EXPECT_NE(svg.find("<path"), std::string::npos);
}

}  // namespace
}  // namespace resumax::auth::totp

#include "domain/billing/stripe_signature.h"

#include <gtest/gtest.h>

#include "domain/billing/billing_service.h"

namespace resumax::billing {
namespace {

// Made by Stripe's npm package (stripe.webhooks.generateTestHeaderString) for this payload,
// secret and time.
constexpr std::string_view kPayload = R"({"id":"evt_1","type":"charge.refunded"})";
constexpr std::string_view kSecret = "whsec_unit";
constexpr long long kSignedAt = 1700000000;
constexpr std::string_view kSignature =
    "4d7f486ad2f87154c79f3436f96299266b688ce816c68f9e5e865c6bb293b057";

std::string Header(std::string_view signatures) {
  return "t=" + std::to_string(kSignedAt) + "," + std::string(signatures);
}

TEST(StripeSignature, AcceptsWhatStripesLibrarySigned) {
  EXPECT_EQ(VerifyStripeSignature(Header("v1=" + std::string(kSignature)), kPayload, kSecret,
                                  kSignedAt + 10),
            SignatureCheck::kValid);
  // Any of several v1 entries, in any place; other schemes are ignored.
  EXPECT_EQ(VerifyStripeSignature(
                Header("v0=abc,v1=" + std::string(64, '0') + ", v1=" + std::string(kSignature)),
                kPayload, kSecret, kSignedAt),
            SignatureCheck::kValid);
}

TEST(StripeSignature, RefusesOtherPayloadsSecretsAndForms) {
  const std::string good = Header("v1=" + std::string(kSignature));
  EXPECT_EQ(VerifyStripeSignature(good, std::string(kPayload) + " ", kSecret, kSignedAt),
            SignatureCheck::kMismatch);
  EXPECT_EQ(VerifyStripeSignature(good, kPayload, "whsec_other", kSignedAt),
            SignatureCheck::kMismatch);
  // Only v1 counts: the same hex under v0 is no signature.
  EXPECT_EQ(
      VerifyStripeSignature(Header("v0=" + std::string(kSignature)), kPayload, kSecret, kSignedAt),
      SignatureCheck::kMalformed);
  EXPECT_EQ(VerifyStripeSignature("", kPayload, kSecret, kSignedAt), SignatureCheck::kMalformed);
  EXPECT_EQ(VerifyStripeSignature("v1=" + std::string(kSignature), kPayload, kSecret, kSignedAt),
            SignatureCheck::kMalformed);
  EXPECT_EQ(
      VerifyStripeSignature("t=17e8,v1=" + std::string(kSignature), kPayload, kSecret, kSignedAt),
      SignatureCheck::kMalformed);
  EXPECT_EQ(VerifyStripeSignature(Header("v1=" + std::string(kSignature).substr(0, 63)), kPayload,
                                  kSecret, kSignedAt),
            SignatureCheck::kMismatch);
}

TEST(StripeSignature, RefusesTimestampsOutsideTheTolerance) {
  const std::string good = Header("v1=" + std::string(kSignature));
  EXPECT_EQ(VerifyStripeSignature(good, kPayload, kSecret, kSignedAt + 300),
            SignatureCheck::kValid);
  EXPECT_EQ(VerifyStripeSignature(good, kPayload, kSecret, kSignedAt + 301),
            SignatureCheck::kStale);
  EXPECT_EQ(VerifyStripeSignature(good, kPayload, kSecret, kSignedAt - 301),
            SignatureCheck::kStale);
}

TEST(CreditPacks, ReadsTheCatalogueAndNamesWhatIsWrong) {
  std::string why;
  const auto packs = ParsePacks("starter:10:price_1Abc:900:usd,pro:50:price_2:2900:eur", &why);
  ASSERT_TRUE(packs) << why;
  ASSERT_EQ(packs->size(), 2U);
  EXPECT_EQ(packs->at(0).id, "starter");
  EXPECT_EQ(packs->at(0).credits, 10);
  EXPECT_EQ(packs->at(0).price_id, "price_1Abc");
  EXPECT_EQ(packs->at(0).amount, 900);
  EXPECT_EQ(packs->at(1).currency, "eur");
  for (const char* bad :
       {"", "starter:10:price_1:900", "starter:0:price_1:900:usd", "starter:ten:price_1:900:usd",
        "st/arter:10:price_1:900:usd", "a:1:p:1:usd,a:2:p:2:usd", "starter:10::900:usd",
        "starter:10:price_1:-5:usd", "starter:10:price_1:900:dollars"}) {
    SCOPED_TRACE(bad);
    std::string reason;
    EXPECT_FALSE(ParsePacks(bad, &reason));
    EXPECT_FALSE(reason.empty());
  }
}

}  // namespace
}  // namespace resumax::billing

#pragma once

#include <string_view>

namespace resumax::billing {

enum class SignatureCheck {
  kValid,
  kMalformed,  // no timestamp or no v1 signature in the header
  kMismatch,   // no v1 signature is the payload's
  kStale,      // signed right, but the timestamp is outside the tolerance
};

// Verifies a Stripe-Signature header ("t=<unix seconds>,v1=<hex>,v1=<hex>,v0=...") as Stripe
// documents it: the expected signature is the HMAC-SHA256, under the endpoint's signing secret,
// of "<t>.<payload>"; any v1 entry may match (several appear while a secret is rolled), each
// compared in constant time; other schemes are ignored; and the timestamp must lie within
// tolerance_seconds of now, so a captured delivery cannot be replayed later.
SignatureCheck VerifyStripeSignature(std::string_view header, std::string_view payload,
                                     std::string_view secret, long long now_unix,
                                     long long tolerance_seconds = 300);

}  // namespace resumax::billing

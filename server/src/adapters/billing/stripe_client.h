#pragma once

#include <string>

#include "adapters/ai/http_client.h"
#include "domain/billing/billing_service.h"

namespace resumax::billing {

struct StripeSettings {
  std::string secret_key;                           // sk_live_... / sk_test_... / rk_...
  std::string api_base = "https://api.stripe.com";  // a test double's URL in tests
};

// Stripe's REST API over libcurl: form-encoded requests with the secret key as bearer token and
// an Idempotency-Key, so a retried call never makes a second session.
class StripeClient final : public PaymentProvider {
 public:
  StripeClient(StripeSettings settings, ai::HttpClient& http);

  Result<CheckoutSession> CreateCheckout(const CheckoutRequest& request) override;

 private:
  StripeSettings settings_;
  ai::HttpClient& http_;
};

}  // namespace resumax::billing

#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "domain/auth/models.h"
#include "domain/auth/rate_limiter.h"
#include "domain/billing/credits.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"

namespace resumax::billing {

inline constexpr std::string_view kApplyEventJob = "billing.stripe_event";

// A credit pack users can buy: its Stripe price, and the amount shown (minor units).
struct Pack {
  std::string id;
  int credits = 0;
  std::string price_id;
  long long amount = 0;
  std::string currency;
};

// The catalogue's setting: "id:credits:price_id:amount:currency" entries separated by commas
// (starter:10:price_1Abc:900:usd,pro:50:price_1Def:2900:usd); nullopt with why when malformed.
std::optional<std::vector<Pack>> ParsePacks(std::string_view text, std::string* why);

// What a Checkout Session is made with.
struct CheckoutRequest {
  std::string user_id;
  const Pack* pack = nullptr;
  std::string success_url;
  std::string cancel_url;
  std::string idempotency_key;
};

struct CheckoutSession {
  std::string id;
  std::string url;
};

// The payment provider's API (Stripe's REST API in production, a fake in tests).
class PaymentProvider {
 public:
  virtual ~PaymentProvider() = default;
  // Creates a hosted Checkout Session; 502 payment_provider_error when the provider refuses or
  // cannot be reached.
  virtual Result<CheckoutSession> CreateCheckout(const CheckoutRequest& request) = 0;
};

struct BillingSettings {
  std::string webhook_secret;  // the endpoint's signing secret (whsec_...)
  std::string public_url;      // where Checkout sends the user back
  std::vector<Pack> packs;
  long long signature_tolerance_seconds = 300;
};

// A purchase that was credited, for its receipt.
struct Purchase {
  std::string user_id;
  const Pack* pack = nullptr;  // null when the pack has left the catalogue since
  std::string pack_id;
  long long credits = 0;
  long long balance = 0;
};

// Buying credits with Stripe: starts Checkout Sessions, and applies Stripe's webhook events to
// the credit ledger. Events are verified, recorded and answered at once; a job applies each
// exactly once, whatever their order or number of deliveries (a refund that arrives before its
// purchase waits for it).
class BillingService {
 public:
  BillingService(db::Database& db, jobs::JobQueue& queue, Credits& credits,
                 PaymentProvider& provider, const Clock& clock, BillingSettings settings);

  const std::vector<Pack>& packs() const { return settings_.packs; }
  Credits& credits() { return credits_; }

  // A Checkout Session for one of the packs; its URL.
  Result<CheckoutSession> Checkout(const auth::User& user, const std::string& pack_id,
                                   const std::string& idempotency_key);
  // A webhook delivery: 400 invalid_signature unless Stripe signed it within the tolerance;
  // 400 invalid_payload when it is no event. Events of other types are accepted and ignored.
  Result<void> Receive(std::string_view payload, std::string_view signature_header);

  void RegisterJobs(jobs::WorkerPool& pool);
  jobs::HandlerResult Apply(const jobs::ClaimedJob& job);
  // Checkout calls Stripe and waits on it: a user may start a few a minute (429 beyond).
  void SetRateLimiter(RateLimiter* limiter) { limiter_ = limiter; }
  // Called after a purchase was credited (once per purchase), to send its receipt.
  void SetOnPurchase(std::function<void(const Purchase&)> on_purchase) {
    on_purchase_ = std::move(on_purchase);
  }

 private:
  const Pack* FindPack(std::string_view id) const;
  std::optional<Purchase> ApplyCheckout(const std::string& event_id,
                                        const boost::json::object& payload);
  void ApplyRefund(const std::string& event_id, const std::string& payment_id);
  // Debits what a refund takes back, inside tx; the purchase must be credited.
  void TakeBack(db::Database& tx, const std::string& event_id, const std::string& payment_id,
                long long amount, long long amount_refunded);
  void MarkApplied(db::Database& tx, const std::string& event_id);
  std::string Now() const { return FormatTimestamp(clock_.Now()); }

  db::Database& db_;
  jobs::JobQueue& queue_;
  Credits& credits_;
  PaymentProvider& provider_;
  const Clock& clock_;
  BillingSettings settings_;
  std::function<void(const Purchase&)> on_purchase_;
  RateLimiter* limiter_ = nullptr;
};

}  // namespace resumax::billing

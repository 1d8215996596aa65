#include "domain/billing/billing_service.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>

#include "core/crypto.h"
#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "domain/billing/stripe_signature.h"

namespace resumax::billing {
namespace {

namespace json = boost::json;
using db::Value;

constexpr std::string_view kCheckoutCompleted = "checkout.session.completed";
constexpr std::string_view kAsyncPaymentSucceeded = "checkout.session.async_payment_succeeded";
constexpr std::string_view kChargeRefunded = "charge.refunded";

std::string StringField(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_string() ? std::string(value->as_string()) : std::string();
}

long long IntField(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value && value->is_int64() ? value->as_int64() : 0;
}

const json::object* ObjectField(const json::object& object, std::string_view key) {
  const auto* value = object.if_contains(key);
  return value ? value->if_object() : nullptr;
}

// Webhook deliveries by what became of them: refused (a bad or stale signature, no event),
// ignored (a type or state billing does not act on), accepted (queued), repeated (applied
// already).
void CountDelivery(std::string_view outcome) {
  static auto& counter = metrics::Counter::Get(
      "resumax_billing_webhooks_total", "Stripe webhook deliveries, by outcome.", {"outcome"},
      {{"refused"}, {"ignored"}, {"accepted"}, {"repeated"}});
  counter.Inc({std::string(outcome)});
}

// Credits by why they moved (purchase, refund): how many and how often.
void CountCredits(std::string_view reason, long long credits) {
  static auto& counter = metrics::Counter::Get("resumax_billing_credits_total",
                                               "Credits bought or refunded through Stripe.",
                                               {"reason"}, {{"purchase"}, {"refund"}});
  counter.Add({std::string(reason)}, static_cast<double>(credits));
}

Value Nullable(const std::string& text) { return text.empty() ? Value{nullptr} : Value{text}; }

// Serialises the application of one payment's events (a purchase and its refunds) on
// PostgreSQL; SQLite's write transactions are serial already.
void LockPayment(db::Database& tx, const std::string& payment_id) {
  if (payment_id.empty() || tx.dialect() != db::Dialect::kPostgres) return;
  const Value key[] = {"billing:" + payment_id};
  tx.Query("SELECT pg_advisory_xact_lock(hashtext(?))", key);
}

bool IsApplied(db::Database& tx, const std::string& event_id) {
  const Value id[] = {event_id};
  const auto event = tx.QueryOne("SELECT applied_at FROM billing_events WHERE id = ?", id);
  if (event && !event->IsNull(0)) return true;
  return tx.QueryOne("SELECT 1 FROM credit_ledger WHERE stripe_event_id = ?", id).has_value();
}

}  // namespace

std::optional<std::vector<Pack>> ParsePacks(std::string_view text, std::string* why) {
  std::vector<Pack> packs;
  while (!text.empty()) {
    const auto comma = text.find(',');
    const std::string_view entry = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    std::vector<std::string_view> parts;
    std::string_view rest = entry;
    while (true) {
      const auto colon = rest.find(':');
      parts.push_back(rest.substr(0, colon));
      if (colon == std::string_view::npos) break;
      rest = rest.substr(colon + 1);
    }
    const auto number = [](std::string_view digits, long long& out) {
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
      return ec == std::errc() && end == digits.data() + digits.size();
    };
    Pack pack;
    long long credits = 0;
    if (parts.size() != 5 || parts[0].empty() || parts[0].size() > 40 || parts[2].empty() ||
        parts[4].size() != 3 || !number(parts[1], credits) || credits < 1 || credits > 100000 ||
        !number(parts[3], pack.amount) || pack.amount < 0) {
      if (why) {
        *why = "entry '" + std::string(entry) +
               "' is not id:credits:price_id:amount:currency (credits 1..100000, amount in minor "
               "units, a three-letter currency)";
      }
      return std::nullopt;
    }
    for (const char c : parts[0]) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
        if (why) *why = "pack id '" + std::string(parts[0]) + "' may hold letters, digits, - and _";
        return std::nullopt;
      }
    }
    pack.id = parts[0];
    pack.credits = static_cast<int>(credits);
    pack.price_id = parts[2];
    pack.currency = parts[4];
    for (const auto& other : packs) {
      if (other.id == pack.id) {
        if (why) *why = "pack id '" + pack.id + "' appears twice";
        return std::nullopt;
      }
    }
    packs.push_back(std::move(pack));
  }
  if (packs.empty()) {
    if (why) *why = "names no pack";
    return std::nullopt;
  }
  return packs;
}

BillingService::BillingService(db::Database& db, jobs::JobQueue& queue, Credits& credits,
                               PaymentProvider& provider, const Clock& clock,
                               BillingSettings settings)
    : db_(db),
      queue_(queue),
      credits_(credits),
      provider_(provider),
      clock_(clock),
      settings_(std::move(settings)) {}

const Pack* BillingService::FindPack(std::string_view id) const {
  for (const auto& pack : settings_.packs) {
    if (pack.id == id) return &pack;
  }
  return nullptr;
}

Result<CheckoutSession> BillingService::Checkout(const auth::User& user, const std::string& pack_id,
                                                 const std::string& idempotency_key) {
  if (!user.email_verified_at) {
    return Error::Forbidden("email_not_verified", "Verify your email address to buy credits.");
  }
  const Pack* pack = FindPack(pack_id);
  if (!pack) return Error::Validation("packId", "There is no credit pack with this id.");
  if (limiter_) {
    const auto decision = limiter_->Take("checkout:" + user.id, RatePolicy{5, 5});
    if (!decision.allowed) return Error::RateLimited(decision.retry_after_seconds);
  }
  CheckoutRequest request;
  request.user_id = user.id;
  request.pack = pack;
  request.success_url =
      settings_.public_url + "/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}";
  request.cancel_url = settings_.public_url + "/billing?checkout=cancelled";
  // Stripe's keys are the whole account's: a user's key is made theirs, so one user's key can
  // never replay another user's session.
  request.idempotency_key =
      "checkout-" + crypto::Sha256Hex(user.id + "\n" + pack->id + "\n" +
                                      (idempotency_key.empty() ? NewUuid() : idempotency_key))
                        .substr(0, 40);
  auto session = provider_.CreateCheckout(request);
  if (!session) return session.error();
  const std::string now = Now();
  const Value row[] = {session->id, user.id, pack->id, std::int64_t{pack->credits}, now};
  db_.Execute(
      "INSERT INTO billing_checkouts (id, user_id, pack_id, credits, created_at) VALUES (?, ?, ?, "
      "?, ?) ON CONFLICT (id) DO NOTHING",
      row);
  log::Info("checkout_started", {{"packId", pack->id}});
  return session;
}

Result<void> BillingService::Receive(std::string_view payload, std::string_view signature_header) {
  switch (VerifyStripeSignature(signature_header, payload, settings_.webhook_secret,
                                UnixSeconds(clock_.Now()), settings_.signature_tolerance_seconds)) {
    case SignatureCheck::kValid:
      break;
    case SignatureCheck::kStale:
      CountDelivery("refused");
      return Error::BadRequest("invalid_signature",
                               "The Stripe-Signature timestamp is outside the tolerance.");
    case SignatureCheck::kMalformed:
    case SignatureCheck::kMismatch:
      CountDelivery("refused");
      return Error::BadRequest("invalid_signature",
                               "The Stripe-Signature header does not sign this payload.");
  }
  boost::system::error_code ec;
  const json::value parsed = json::parse(payload, ec);
  const json::object* event = ec ? nullptr : parsed.if_object();
  const json::object* data = event ? ObjectField(*event, "data") : nullptr;
  const json::object* object = data ? ObjectField(*data, "object") : nullptr;
  const std::string id = event ? StringField(*event, "id") : "";
  const std::string type = event ? StringField(*event, "type") : "";
  if (!object || id.empty() || id.size() > 255 || type.empty()) {
    CountDelivery("refused");
    return Error::BadRequest("invalid_payload", "The payload is not a Stripe event.");
  }
  json::object job{{"eventId", id}, {"type", type}};
  std::string payment_id;
  long long amount = 0;
  long long amount_refunded = 0;
  if (type == kCheckoutCompleted || type == kAsyncPaymentSucceeded) {
    const std::string payment_status = StringField(*object, "payment_status");
    if (payment_status != "paid" && payment_status != "no_payment_required") {
      // Paid later (a bank debit): checkout.session.async_payment_succeeded follows.
      log::Info("billing_event_ignored", {{"type", type}, {"paymentStatus", payment_status}});
      CountDelivery("ignored");
      return {};
    }
    payment_id = StringField(*object, "payment_intent");
    job["sessionId"] = StringField(*object, "id");
    job["userId"] = StringField(*object, "client_reference_id");
    const json::object* metadata = ObjectField(*object, "metadata");
    job["packId"] = metadata ? StringField(*metadata, "pack") : "";
    job["paymentId"] = payment_id;
    if (StringField(*object, "id").empty()) {
      return Error::BadRequest("invalid_payload", "The Checkout Session has no id.");
    }
  } else if (type == kChargeRefunded) {
    payment_id = StringField(*object, "payment_intent");
    amount = IntField(*object, "amount");
    amount_refunded = IntField(*object, "amount_refunded");
    if (payment_id.empty()) {
      log::Info("billing_event_ignored", {{"type", type}, {"why", "no payment intent"}});
      CountDelivery("ignored");
      return {};
    }
    job["paymentId"] = payment_id;
  } else {
    CountDelivery("ignored");
    return {};  // acknowledged: Stripe stops sending it
  }
  const Value record[] = {
      id, type, Nullable(payment_id), std::int64_t{amount}, std::int64_t{amount_refunded}, Now()};
  const bool first = db_.Execute(
                         "INSERT INTO billing_events (id, type, payment_id, amount, "
                         "amount_refunded, received_at) VALUES (?, ?, ?, ?, ?, ?) ON "
                         "CONFLICT (id) DO NOTHING",
                         record) > 0;
  if (!first) {
    // A delivery again: applied already, or its job is queued or was lost; the job is
    // idempotent, so queueing it once more is safe.
    const Value event_id[] = {id};
    const auto seen = db_.QueryOne("SELECT applied_at FROM billing_events WHERE id = ?", event_id);
    if (seen && !seen->IsNull(0)) {
      CountDelivery("repeated");
      return {};
    }
  }
  CountDelivery("accepted");
  queue_.Enqueue(std::string(kApplyEventJob), json::serialize(job),
                 {std::chrono::milliseconds(0), 8, ""});
  return {};
}

void BillingService::RegisterJobs(jobs::WorkerPool& pool) {
  pool.Register(std::string(kApplyEventJob),
                {[this](const jobs::ClaimedJob& job) { return Apply(job); },
                 [](const jobs::ClaimedJob&, const std::string& error) {
                   log::Error("billing_event_dead", {{"detail", error}});
                 }});
}

jobs::HandlerResult BillingService::Apply(const jobs::ClaimedJob& job) {
  boost::system::error_code ec;
  const json::value parsed = json::parse(job.payload_json, ec);
  const json::object* payload = ec ? nullptr : parsed.if_object();
  if (!payload) return {jobs::Outcome::kPermanent, "payload is not an object"};
  const std::string event_id = StringField(*payload, "eventId");
  const std::string type = StringField(*payload, "type");
  try {
    if (type == kCheckoutCompleted || type == kAsyncPaymentSucceeded) {
      if (auto purchase = ApplyCheckout(event_id, *payload); purchase && on_purchase_) {
        on_purchase_(*purchase);
      }
    } else if (type == kChargeRefunded) {
      ApplyRefund(event_id, StringField(*payload, "paymentId"));
    }
  } catch (const db::DatabaseError& error) {
    // The same event applied by another worker at the same moment (the ledger's unique event id
    // let one through): run again, and the next run finds it applied.
    if (!error.unique_violation()) throw;
    return {jobs::Outcome::kRetry, "applied concurrently"};
  }
  return {jobs::Outcome::kDone, {}};
}

std::optional<Purchase> BillingService::ApplyCheckout(const std::string& event_id,
                                                      const json::object& payload) {
  const std::string session_id = StringField(payload, "sessionId");
  const std::string payment_id = StringField(payload, "paymentId");
  std::optional<Purchase> purchase;
  db_.Transaction([&](db::Database& tx) {
    LockPayment(tx, payment_id);
    if (IsApplied(tx, event_id)) return;
    const Value session[] = {session_id};
    const auto checkout = tx.QueryOne(
        "SELECT user_id, pack_id, credits, completed_at FROM billing_checkouts WHERE id = ?",
        session);
    Purchase bought;
    if (checkout) {
      if (!checkout->IsNull(3)) {  // credited by an earlier event of the same session
        MarkApplied(tx, event_id);
        return;
      }
      bought.user_id = checkout->Text(0);
      bought.pack_id = checkout->Text(1);
      bought.credits = checkout->Int(2);
      const Value completed[] = {Now(), session_id};
      tx.Execute("UPDATE billing_checkouts SET completed_at = ? WHERE id = ?", completed);
    } else {
      // A session this service has no record of (its row went with a failed insert): the
      // signed event's own reference and metadata say whom it is for and what it buys.
      bought.user_id = StringField(payload, "userId");
      bought.pack_id = StringField(payload, "packId");
      const Pack* pack = FindPack(bought.pack_id);
      const Value user[] = {bought.user_id};
      if (!pack || !IsUuid(bought.user_id) ||
          !tx.QueryOne("SELECT 1 FROM users WHERE id = ?", user)) {
        log::Warn("billing_event_unmatched", {{"eventId", event_id}});
        MarkApplied(tx, event_id);
        return;
      }
      bought.credits = pack->credits;
      const Value row[] = {session_id,     bought.user_id, bought.pack_id,
                           bought.credits, Now(),          Now()};
      tx.Execute(
          "INSERT INTO billing_checkouts (id, user_id, pack_id, credits, created_at, "
          "completed_at) VALUES (?, ?, ?, ?, ?, ?)",
          row);
    }
    EntryFacts facts{kPurchase};
    facts.stripe_event_id = event_id;
    if (!payment_id.empty()) facts.stripe_payment_id = payment_id;
    facts.pack_id = bought.pack_id;
    bought.balance = credits_.Change(tx, bought.user_id, bought.credits, facts).value_or(0);
    // Refunds of this payment that arrived before it.
    if (!payment_id.empty()) {
      const Value payment[] = {payment_id};
      for (const auto& refund : tx.Query(
               "SELECT id, amount, amount_refunded FROM billing_events WHERE payment_id = ? AND "
               "type = 'charge.refunded' AND applied_at IS NULL ORDER BY amount_refunded",
               payment)) {
        TakeBack(tx, refund.Text(0), payment_id, refund.Int(1), refund.Int(2));
        MarkApplied(tx, refund.Text(0));
      }
    }
    MarkApplied(tx, event_id);
    bought.pack = FindPack(bought.pack_id);
    purchase = std::move(bought);
  });
  if (purchase) {
    CountCredits("purchase", purchase->credits);
    log::Info("credits_purchased", {{"packId", purchase->pack_id}, {"credits", purchase->credits}});
  }
  return purchase;
}

void BillingService::ApplyRefund(const std::string& event_id, const std::string& payment_id) {
  db_.Transaction([&](db::Database& tx) {
    LockPayment(tx, payment_id);
    if (IsApplied(tx, event_id)) return;
    const Value payment[] = {payment_id};
    if (!tx.QueryOne("SELECT 1 FROM credit_ledger WHERE stripe_payment_id = ? AND reason = "
                     "'purchase'",
                     payment)) {
      log::Info("refund_waits_for_purchase", {{"eventId", event_id}});
      return;  // applied with its purchase
    }
    const Value id[] = {event_id};
    const auto refund =
        tx.QueryOne("SELECT amount, amount_refunded FROM billing_events WHERE id = ?", id);
    if (!refund) return;
    TakeBack(tx, event_id, payment_id, refund->Int(0), refund->Int(1));
    MarkApplied(tx, event_id);
  });
}

void BillingService::TakeBack(db::Database& tx, const std::string& event_id,
                              const std::string& payment_id, long long amount,
                              long long amount_refunded) {
  const Value payment[] = {payment_id};
  const auto bought = tx.QueryOne(
      "SELECT user_id, delta, pack_id FROM credit_ledger WHERE stripe_payment_id = ? AND reason "
      "= 'purchase'",
      payment);
  if (!bought) return;
  const long long credits = bought->Int(1);
  // A partial refund takes back its share of the credits, rounded up; Stripe's amount_refunded
  // is the payment's total so far, so what earlier refunds took is subtracted.
  long long target = credits;
  if (amount > 0 && amount_refunded < amount) {
    target = std::min(credits, (credits * amount_refunded + amount - 1) / amount);
  }
  const long long taken =
      -tx.QueryOne(
             "SELECT COALESCE(SUM(delta), 0) FROM credit_ledger WHERE stripe_payment_id = ? "
             "AND reason = 'refund'",
             payment)
           ->Int(0);
  const long long owed = std::max(0LL, target - taken);
  const std::string user_id = bought->Text(0);
  const long long balance = credits_.Open(tx, user_id);
  const long long take = std::min(owed, balance);
  EntryFacts facts{kRefund};
  facts.stripe_event_id = event_id;
  facts.stripe_payment_id = payment_id;
  facts.pack_id = bought->Optional(2);
  if (take < owed) {
    facts.note = std::to_string(owed - take) + " of the refunded credits were already spent.";
  }
  credits_.Change(tx, user_id, -take, facts);
  CountCredits("refund", take);
  log::Info("credits_refunded", {{"credits", take}, {"owed", owed}});
}

void BillingService::MarkApplied(db::Database& tx, const std::string& event_id) {
  const Value applied[] = {Now(), event_id};
  tx.Execute("UPDATE billing_events SET applied_at = ? WHERE id = ?", applied);
}

}  // namespace resumax::billing

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "core/paging.h"

namespace resumax::billing {

// Why a balance changed: the ledger's `reason`.
inline constexpr std::string_view kSignup = "signup";              // free credits of a new account
inline constexpr std::string_view kPurchase = "purchase";          // a paid Checkout Session
inline constexpr std::string_view kOptimization = "optimization";  // spent on an optimization
inline constexpr std::string_view kReturned = "returned";          // given back: it failed
inline constexpr std::string_view kRefund = "refund";              // a payment refunded
inline constexpr std::string_view kManual = "manual";              // an admin's adjustment

struct CreditSettings {
  int optimization_cost = 1;  // credits an optimization takes when it is queued
  int free_credits = 3;       // what a new account starts with
};

// One ledger row as its owner sees it.
struct LedgerEntry {
  std::string id;
  long long delta = 0;
  std::string reason;
  long long balance_after = 0;
  std::optional<std::string> pack_id;
  std::optional<std::string> optimization_id;
  std::optional<std::string> note;
  std::string created_at;
};

// What a balance change records beside its delta.
struct EntryFacts {
  std::string_view reason;
  std::optional<std::string> stripe_event_id;
  std::optional<std::string> stripe_payment_id;
  std::optional<std::string> pack_id;
  std::optional<std::string> optimization_id;
  std::optional<std::string> actor_id;
  std::optional<std::string> note;
};

struct CreditSummary {
  long long balance = 0;
  std::string plan;
  std::vector<LedgerEntry> recent;  // newest first
};

// Users' credit balances and the append-only ledger beside them. A balance changes only in the
// same transaction as the ledger row that says why and what it became, and never goes below
// zero: the change is one conditional UPDATE, so concurrent spends cannot overdraw.
class Credits {
 public:
  Credits(db::Database& db, const Clock& clock, CreditSettings settings);

  const CreditSettings& settings() const { return settings_; }

  // The user's balance, opening it with the free credits (and their ledger row) on first use.
  // Inside tx.
  long long Open(db::Database& tx, const std::string& user_id);
  // Changes the balance by delta and records the row, inside tx: the new balance, or nullopt
  // (nothing written) when the balance would go below zero.
  std::optional<long long> Change(db::Database& tx, const std::string& user_id, long long delta,
                                  const EntryFacts& facts);
  // Spends an optimization's cost inside tx (the transaction that queues it): the new balance,
  // or nullopt when the balance is short.
  std::optional<long long> SpendOnOptimization(db::Database& tx, const std::string& user_id,
                                               const std::string& optimization_id);
  // Gives back what an optimization spent, once however often it is called; true when it did.
  bool ReturnFor(const std::string& optimization_id);

  CreditSummary Summary(const std::string& user_id, int recent = 10);
  Result<Page<LedgerEntry>> Ledger(const std::string& user_id, int limit,
                                   const std::string& cursor);
  // An admin's grant (delta > 0) or removal (delta < 0) with the reason they gave: the new
  // balance; 404 for an unknown user, 409 insufficient_credits when it would go below zero.
  Result<long long> Adjust(const std::string& admin_id, const std::string& user_id, long long delta,
                           const std::string& note);

 private:
  std::string Now() const { return FormatTimestamp(clock_.Now()); }

  db::Database& db_;
  const Clock& clock_;
  CreditSettings settings_;
};

}  // namespace resumax::billing

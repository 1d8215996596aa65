#include "domain/billing/credits.h"

#include "core/ids.h"
#include "core/log.h"

namespace resumax::billing {
namespace {

using db::Value;

constexpr std::string_view kOpen =
    "INSERT INTO credit_balances (user_id, balance, plan, updated_at) VALUES (?, ?, 'free', ?) "
    "ON CONFLICT (user_id) DO NOTHING RETURNING balance";
constexpr std::string_view kBalance = "SELECT balance, plan FROM credit_balances WHERE user_id = ?";
// One statement decides and changes: a spend that would overdraw changes no row.
constexpr std::string_view kChange =
    "UPDATE credit_balances SET balance = balance + ?, updated_at = ? WHERE user_id = ? AND "
    "balance + ? >= 0 RETURNING balance";
constexpr std::string_view kInsertEntry =
    "INSERT INTO credit_ledger (id, user_id, delta, reason, balance_after, stripe_event_id, "
    "stripe_payment_id, pack_id, optimization_id, actor_id, note, created_at, seq) VALUES (?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM credit_ledger WHERE "
    "user_id = ?))";
constexpr std::string_view kEntryColumns =
    "SELECT id, delta, reason, balance_after, pack_id, optimization_id, note, created_at FROM "
    "credit_ledger WHERE user_id = ? ORDER BY seq DESC LIMIT ? OFFSET ?";
constexpr std::string_view kSpent =
    "SELECT user_id, delta FROM credit_ledger WHERE optimization_id = ? AND reason = "
    "'optimization'";
constexpr std::string_view kAlreadyReturned =
    "SELECT 1 FROM credit_ledger WHERE optimization_id = ? AND reason = 'returned'";

Value Nullable(const std::optional<std::string>& value) {
  return value ? Value{*value} : Value{nullptr};
}

LedgerEntry ToEntry(const db::Row& row) {
  return {row.Text(0),     row.Int(1),      row.Text(2),     row.Int(3),
          row.Optional(4), row.Optional(5), row.Optional(6), NormalizeTimestamp(row.Text(7))};
}

}  // namespace

Credits::Credits(db::Database& db, const Clock& clock, CreditSettings settings)
    : db_(db), clock_(clock), settings_(settings) {}

long long Credits::Open(db::Database& tx, const std::string& user_id) {
  const std::string now = Now();
  const Value open[] = {user_id, std::int64_t{settings_.free_credits}, now};
  if (const auto opened = tx.QueryOne(kOpen, open)) {
    const long long balance = opened->Int(0);
    if (balance > 0) {
      const Value entry[] = {NewUuid(),
                             user_id,
                             std::int64_t{balance},
                             std::string(kSignup),
                             balance,
                             nullptr,
                             nullptr,
                             nullptr,
                             nullptr,
                             nullptr,
                             nullptr,
                             now,
                             user_id};
      tx.Execute(kInsertEntry, entry);
    }
    return balance;
  }
  const Value user[] = {user_id};
  return tx.QueryOne(kBalance, user)->Int(0);
}

std::optional<long long> Credits::Change(db::Database& tx, const std::string& user_id,
                                         long long delta, const EntryFacts& facts) {
  Open(tx, user_id);
  const std::string now = Now();
  const Value change[] = {delta, now, user_id, delta};
  const auto changed = tx.QueryOne(kChange, change);
  if (!changed) return std::nullopt;
  const long long balance = changed->Int(0);
  const Value entry[] = {NewUuid(),
                         user_id,
                         delta,
                         std::string(facts.reason),
                         balance,
                         Nullable(facts.stripe_event_id),
                         Nullable(facts.stripe_payment_id),
                         Nullable(facts.pack_id),
                         Nullable(facts.optimization_id),
                         Nullable(facts.actor_id),
                         Nullable(facts.note),
                         now,
                         user_id};
  tx.Execute(kInsertEntry, entry);
  return balance;
}

std::optional<long long> Credits::SpendOnOptimization(db::Database& tx, const std::string& user_id,
                                                      const std::string& optimization_id) {
  EntryFacts facts{kOptimization};
  facts.optimization_id = optimization_id;
  return Change(tx, user_id, -static_cast<long long>(settings_.optimization_cost), facts);
}

bool Credits::ReturnFor(const std::string& optimization_id) {
  bool returned = false;
  for (int attempt = 0;; ++attempt) {
    try {
      db_.Transaction([&](db::Database& tx) {
        const Value id[] = {optimization_id};
        const auto spent = tx.QueryOne(kSpent, id);
        if (!spent || spent->Int(1) >= 0 || tx.QueryOne(kAlreadyReturned, id)) return;
        EntryFacts facts{kReturned};
        facts.optimization_id = optimization_id;
        returned = Change(tx, spent->Text(0), -spent->Int(1), facts).has_value();
      });
      break;
    } catch (const db::DatabaseError& error) {
      // Two workers giving back the same optimization at once: the next look finds that the
      // other one did.
      if (!error.unique_violation() || attempt >= 2) throw;
      returned = false;
    }
  }
  if (returned) log::Info("credits_returned", {{"optimizationId", optimization_id}});
  return returned;
}

CreditSummary Credits::Summary(const std::string& user_id, int recent) {
  CreditSummary summary;
  const Value user[] = {user_id};
  auto balance = db_.QueryOne(kBalance, user);
  if (!balance) {  // opened on first use: a write only then
    db_.Transaction([&](db::Database& tx) { Open(tx, user_id); });
    balance = db_.QueryOne(kBalance, user);
  }
  summary.balance = balance->Int(0);
  summary.plan = balance->Text(1);
  const Value page[] = {user_id, std::int64_t{recent}, std::int64_t{0}};
  for (const auto& row : db_.Query(kEntryColumns, page)) summary.recent.push_back(ToEntry(row));
  return summary;
}

Result<Page<LedgerEntry>> Credits::Ledger(const std::string& user_id, int limit,
                                          const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  const Value page[] = {user_id, std::int64_t{limit + 1}, std::int64_t{*offset}};
  std::vector<LedgerEntry> entries;
  for (const auto& row : db_.Query(kEntryColumns, page)) entries.push_back(ToEntry(row));
  return MakePage(std::move(entries), limit, *offset);
}

Result<long long> Credits::Adjust(const std::string& admin_id, const std::string& user_id,
                                  long long delta, const std::string& note) {
  if (!IsUuid(user_id)) return Error::NotFound("No such user.");
  const Value user[] = {user_id};
  if (!db_.QueryOne("SELECT 1 FROM users WHERE id = ?", user)) {
    return Error::NotFound("No such user.");
  }
  std::optional<long long> balance;
  db_.Transaction([&](db::Database& tx) {
    EntryFacts facts{kManual};
    facts.actor_id = admin_id;
    facts.note = note;
    balance = Change(tx, user_id, delta, facts);
  });
  if (!balance) {
    return Error::Conflict("insufficient_credits",
                           "The balance is smaller than the credits to remove.");
  }
  return *balance;
}

}  // namespace resumax::billing

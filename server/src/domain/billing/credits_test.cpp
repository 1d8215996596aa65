// The credit ledger on each database: concurrent spends never overdraw, a balance never goes
// below zero, what an optimization spent goes back once. SQLite always; PostgreSQL when the
// test services run (RESUMAX_TEST_POSTGRES_CONTRACT_URL, set by `make test`).
#include "domain/billing/credits.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "adapters/db/open_database.h"
#include "core/ids.h"

namespace resumax::billing {
namespace {

using db::Value;

class CreditLedger : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* url = std::getenv("RESUMAX_TEST_POSTGRES_CONTRACT_URL");
      if (!url) {
        GTEST_SKIP()
            << "RESUMAX_TEST_POSTGRES_CONTRACT_URL is not set: `make test` starts PostgreSQL";
      }
      database_ = db::OpenDatabase(url, 8);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("resumax-credits-" + NewUuid());
      std::filesystem::create_directories(directory_);
      database_ = db::OpenDatabase("sqlite:" + (directory_ / "test.db").string(), 8);
    }
    db::Migrate(*database_);
    user_ = NewUuid();
    const Value user[] = {user_, "credits-" + user_ + "@example.com"};
    database_->Execute(
        "INSERT INTO users (id, email, password_hash, name, created_at, updated_at) VALUES (?, ?, "
        "'x', 'Credits', '2026-12-08T00:00:00.000Z', '2026-12-08T00:00:00.000Z')",
        user);
  }
  void TearDown() override {
    if (database_ && !user_.empty()) {
      const Value user[] = {user_};
      database_->Execute("DELETE FROM users WHERE id = ?", user);
    }
    database_.reset();
    if (!directory_.empty()) std::filesystem::remove_all(directory_);
  }

  long long Sum(std::string_view reason) {
    const Value params[] = {user_, std::string(reason)};
    return database_
        ->QueryOne(
            "SELECT COALESCE(SUM(delta), 0) FROM credit_ledger WHERE user_id = ? AND "
            "reason = ?",
            params)
        ->Int(0);
  }

  SystemClock clock_;
  std::unique_ptr<db::Database> database_;
  std::filesystem::path directory_;
  std::string user_;
};

TEST_P(CreditLedger, ConcurrentSpendsNeverOverdraw) {
  Credits credits(*database_, clock_, CreditSettings{1, 5});
  constexpr int kSpenders = 12;
  std::atomic<int> spent{0};
  std::atomic<int> refused{0};
  std::vector<std::thread> spenders;
  for (int i = 0; i < kSpenders; ++i) {
    spenders.emplace_back([&] {
      std::optional<long long> after;
      database_->Transaction(
          [&](db::Database& tx) { after = credits.SpendOnOptimization(tx, user_, NewUuid()); });
      ++(after ? spent : refused);
    });
  }
  for (auto& spender : spenders) spender.join();
  EXPECT_EQ(spent, 5);
  EXPECT_EQ(refused, kSpenders - 5);
  const auto summary = credits.Summary(user_, 100);
  EXPECT_EQ(summary.balance, 0);
  // The ledger explains the balance row by row.
  EXPECT_EQ(Sum(kSignup), 5);
  EXPECT_EQ(Sum(kOptimization), -5);
  ASSERT_EQ(summary.recent.size(), 6U);
  for (const auto& entry : summary.recent) EXPECT_GE(entry.balance_after, 0);
}

TEST_P(CreditLedger, ABalanceNeverGoesBelowZero) {
  Credits credits(*database_, clock_, CreditSettings{1, 2});
  std::optional<long long> after;
  database_->Transaction(
      [&](db::Database& tx) { after = credits.Change(tx, user_, -3, EntryFacts{kManual}); });
  EXPECT_FALSE(after);
  EXPECT_EQ(credits.Summary(user_).balance, 2);
  EXPECT_FALSE(credits.Adjust(NewUuid(), user_, -3, "too much"));
  auto adjusted = credits.Adjust(NewUuid(), user_, -2, "all of it");
  ASSERT_TRUE(adjusted);
  EXPECT_EQ(*adjusted, 0);
  EXPECT_FALSE(credits.Adjust(NewUuid(), NewUuid(), 1, "nobody"));
  // The database refuses a negative balance even from a statement that skips the rules.
  const Value user[] = {user_};
  EXPECT_THROW(
      database_->Execute("UPDATE credit_balances SET balance = -1 WHERE user_id = ?", user),
      db::DatabaseError);
}

TEST_P(CreditLedger, AnOptimizationsCreditGoesBackOnce) {
  Credits credits(*database_, clock_, CreditSettings{2, 3});
  const std::string optimization = NewUuid();
  database_->Transaction(
      [&](db::Database& tx) { ASSERT_TRUE(credits.SpendOnOptimization(tx, user_, optimization)); });
  EXPECT_EQ(credits.Summary(user_).balance, 1);
  std::atomic<int> returned{0};
  std::vector<std::thread> workers;
  for (int i = 0; i < 4; ++i) {
    workers.emplace_back([&] { returned += credits.ReturnFor(optimization) ? 1 : 0; });
  }
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(returned, 1);
  EXPECT_EQ(credits.Summary(user_).balance, 3);
  EXPECT_EQ(Sum(kReturned), 2);
  EXPECT_FALSE(credits.ReturnFor(NewUuid()));  // spent nothing: nothing to give back
}

TEST_P(CreditLedger, TheLedgerPagesNewestFirst) {
  Credits credits(*database_, clock_, CreditSettings{1, 0});
  for (int i = 1; i <= 5; ++i) ASSERT_TRUE(credits.Adjust(NewUuid(), user_, i, "grant"));
  auto first = credits.Ledger(user_, 3, "");
  ASSERT_TRUE(first);
  ASSERT_EQ(first->items.size(), 3U);
  EXPECT_EQ(first->items.front().delta, 5);
  ASSERT_TRUE(first->next_cursor);
  auto second = credits.Ledger(user_, 3, *first->next_cursor);
  ASSERT_TRUE(second);
  ASSERT_EQ(second->items.size(), 2U);
  EXPECT_EQ(second->items.back().delta, 1);
  EXPECT_FALSE(second->next_cursor);
  EXPECT_FALSE(credits.Ledger(user_, 3, "bogus"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CreditLedger, ::testing::Values("sqlite", "postgres"));

}  // namespace
}  // namespace resumax::billing

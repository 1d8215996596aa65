// One contract that every Database implementation passes: SQLite always, PostgreSQL when the
// test services run (RESUMAX_TEST_POSTGRES_CONTRACT_URL, set by `make test`).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <thread>

#include "adapters/db/open_database.h"
#include "adapters/db/postgres_database.h"
#include "core/ids.h"

namespace resumax::db {
namespace {

class DatabaseContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* url = std::getenv("RESUMAX_TEST_POSTGRES_CONTRACT_URL");
      if (!url)
        GTEST_SKIP()
            << "RESUMAX_TEST_POSTGRES_CONTRACT_URL is not set: `make test` starts PostgreSQL";
      database_ = OpenDatabase(url, 4);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("resumax-db-" + NewUuid());
      std::filesystem::create_directories(directory_);
      database_ = OpenDatabase("sqlite:" + (directory_ / "test.db").string(), 4);
    }
    Migrate(*database_);
    table_ = "contract_" + NewUuid().substr(0, 8);
    database_->ExecuteScript("CREATE TABLE " + table_ +
                             " (id TEXT PRIMARY KEY, n INTEGER, note TEXT)");
  }
  void TearDown() override {
    if (database_) database_->ExecuteScript("DROP TABLE IF EXISTS " + table_);
    database_.reset();
    if (!directory_.empty()) std::filesystem::remove_all(directory_);
  }
  std::unique_ptr<Database> database_;
  std::filesystem::path directory_;
  std::string table_;
};

TEST_P(DatabaseContract, BindsAndReadsValuesAndNulls) {
  const Value row[] = {std::string("a"), std::int64_t{42}, nullptr};
  EXPECT_EQ(database_->Execute("INSERT INTO " + table_ + " (id, n, note) VALUES (?, ?, ?)", row),
            1);
  const Value key[] = {std::string("a")};
  auto found = database_->QueryOne("SELECT id, n, note FROM " + table_ + " WHERE id = ?", key);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->Text(0), "a");
  EXPECT_EQ(found->Int(1), 42);
  EXPECT_TRUE(found->IsNull(2));
  EXPECT_FALSE(database_->QueryOne("SELECT id FROM " + table_ + " WHERE id = ?",
                                   std::vector<Value>{std::string("zz")}));
}

TEST_P(DatabaseContract, QuotesAndPlaceholdersAreNotConfused) {
  const Value row[] = {std::string("it's ? here"), std::int64_t{1},
                       std::string("'; DROP TABLE x; --")};
  database_->Execute("INSERT INTO " + table_ + " (id, n, note) VALUES (?, ?, ?)", row);
  auto found = database_->QueryOne("SELECT note FROM " + table_ + " WHERE id = ? AND note <> '?'",
                                   std::vector<Value>{std::string("it's ? here")});
  ASSERT_TRUE(found);
  EXPECT_EQ(found->Text(0), "'; DROP TABLE x; --");
}

TEST_P(DatabaseContract, ReportsUniqueViolations) {
  const Value row[] = {std::string("dup"), std::int64_t{1}, nullptr};
  database_->Execute("INSERT INTO " + table_ + " (id, n, note) VALUES (?, ?, ?)", row);
  try {
    database_->Execute("INSERT INTO " + table_ + " (id, n, note) VALUES (?, ?, ?)", row);
    FAIL() << "expected a unique violation";
  } catch (const DatabaseError& error) {
    EXPECT_TRUE(error.unique_violation());
  }
}

TEST_P(DatabaseContract, TransactionsCommitOrRollBack) {
  database_->Transaction([&](Database& tx) {
    tx.Execute("INSERT INTO " + table_ + " (id, n) VALUES (?, ?)",
               std::vector<Value>{std::string("kept"), std::int64_t{1}});
  });
  EXPECT_THROW(database_->Transaction([&](Database& tx) {
    tx.Execute("INSERT INTO " + table_ + " (id, n) VALUES (?, ?)",
               std::vector<Value>{std::string("lost"), std::int64_t{2}});
    throw std::runtime_error("abort");
  }),
               std::runtime_error);
  const auto rows = database_->Query("SELECT id FROM " + table_ + " ORDER BY id");
  ASSERT_EQ(rows.size(), 1U);
  EXPECT_EQ(rows[0].Text(0), "kept");
}

TEST_P(DatabaseContract, ConcurrentWritersAllLand) {
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        database_->Execute(
            "INSERT INTO " + table_ + " (id, n) VALUES (?, ?)",
            std::vector<Value>{std::to_string(t) + "-" + std::to_string(i), std::int64_t{i}});
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(database_->QueryOne("SELECT COUNT(*) FROM " + table_)->Int(0), 100);
}

TEST_P(DatabaseContract, MigrationsAreRecordedAndIdempotent) {
  EXPECT_EQ(Migrate(*database_), 0);
  EXPECT_GE(database_->QueryOne("SELECT COUNT(*) FROM schema_migrations")->Int(0), 1);
  EXPECT_TRUE(database_->Ping());
}

TEST_P(DatabaseContract, BadSqlThrows) {
  EXPECT_THROW(database_->Query("SELEKT nonsense"), DatabaseError);
  EXPECT_TRUE(database_->Ping()) << "a failed statement leaves the pool usable";
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseContract, ::testing::Values("sqlite", "postgres"));

TEST(Placeholders, AreRewrittenOutsideQuotes) {
  EXPECT_EQ(RewritePlaceholders("SELECT ? , '?', \"?\" WHERE a = ?"),
            "SELECT $1 , '?', \"?\" WHERE a = $2");
}

TEST(OpenDatabase, RefusesUnknownSchemes) {
  EXPECT_THROW(OpenDatabase("mysql://x", 1), std::invalid_argument);
}

}  // namespace
}  // namespace resumax::db

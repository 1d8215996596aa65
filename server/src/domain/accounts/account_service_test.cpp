#include "domain/accounts/account_service.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "adapters/db/open_database.h"
#include "adapters/queue/database_job_queue.h"
#include "adapters/storage/local_object_store.h"
#include "core/crypto.h"
#include "core/ids.h"

namespace resumax::accounts {
namespace {

class RecordingMailer final : public Mailer {
 public:
  void Send(const MailMessage& message) override { sent.push_back(message); }
  std::vector<MailMessage> sent;
};

class ManualClock final : public Clock {
 public:
  TimePoint Now() const override { return now; }
  TimePoint now = std::chrono::system_clock::now();
};

// The data dir's store, whose prefix deletes fail while `failures` lasts: an object store that
// is briefly unreachable in the middle of an erasure.
class FlakyStore final : public storage::ObjectStore {
 public:
  explicit FlakyStore(storage::ObjectStore& inner) : inner_(inner) {}
  storage::PresignedUpload PresignUpload(const std::string& key, const std::string& type,
                                         std::uint64_t max, std::chrono::seconds ttl) override {
    return inner_.PresignUpload(key, type, max, ttl);
  }
  std::string PresignDownload(const std::string& key, const std::string& name,
                              std::chrono::seconds ttl, storage::Disposition how) override {
    return inner_.PresignDownload(key, name, ttl, how);
  }
  std::unique_ptr<storage::ObjectWriter> OpenWriter(const std::string& key,
                                                    const std::string& type) override {
    return inner_.OpenWriter(key, type);
  }
  std::unique_ptr<storage::ObjectReader> OpenReader(const std::string& key) override {
    return inner_.OpenReader(key);
  }
  std::optional<storage::ObjectInfo> Head(const std::string& key) override {
    return inner_.Head(key);
  }
  void Delete(const std::string& key) override { inner_.Delete(key); }
  std::size_t DeletePrefix(const std::string& prefix) override {
    if (failures > 0) {
      --failures;
      throw std::runtime_error("the store is unreachable");
    }
    return inner_.DeletePrefix(prefix);
  }
  bool Ping() override { return failures == 0; }
  int failures = 0;

 private:
  storage::ObjectStore& inner_;
};

class AccountServiceTest : public ::testing::Test {
 protected:
  AccountServiceTest()
      : root_(std::filesystem::temp_directory_path() / ("resumax-accounts-" + NewUuid())),
        database_(db::OpenDatabase("sqlite::memory:", 1)),
        local_(root_, std::string(32, 'k'), "http://localhost"),
        store_(local_),
        queue_(*database_, clock_),
        limiter_(clock_),
        service_(*database_, store_, queue_, mailer_, limiter_, clock_, "http://localhost") {
    crypto::Initialize();
    db::Migrate(*database_);
  }
  ~AccountServiceTest() override { std::filesystem::remove_all(root_); }

  auth::User AddUser(const std::string& email) {
    auth::User user;
    user.id = NewUuid();
    user.email = email;
    user.password_hash = *crypto::HashPassword("Plum-tree harvest 1987", {1, 8 * 1024});
    user.name = "Ada";
    user.created_at = user.updated_at = FormatTimestamp(clock_.Now());
    repository_.InsertUser(*database_, user);
    repository_.InsertSession(*database_, NewUuid(), user.id, {"203.0.113.7", "Laptop", "r1"},
                              FormatTimestamp(clock_.Now() + std::chrono::hours(1)),
                              user.created_at);
    store_.Put(storage::ObjectKey(user.id, "resumes", NewUuid(), "original"), "%PDF", "x");
    return user;
  }
  long long Rows(const std::string& table, const std::string& user_id) {
    const db::Value params[] = {user_id};
    const std::string column = table == "users" ? "id" : "user_id";
    return database_
        ->QueryOne("SELECT count(*) FROM " + table + " WHERE " + column + " = ?", params)
        ->Int(0);
  }

  std::filesystem::path root_;
  ManualClock clock_;
  std::unique_ptr<db::Database> database_;
  storage::LocalObjectStore local_;
  FlakyStore store_;
  jobs::DatabaseJobQueue queue_;
  InMemoryRateLimiter limiter_;
  RecordingMailer mailer_;
  auth::AuthRepository repository_;
  AccountService service_;
};

TEST_F(AccountServiceTest, AnErasureThatFailsHalfwayIsRunAgainUntilDone) {
  const auth::User leaving = AddUser("leaving@example.com");
  const auth::User staying = AddUser("staying@example.com");
  const auth::ClientInfo client{"203.0.113.7", "Laptop", "r2"};
  EXPECT_FALSE(service_.RequestDeletion(
      leaving, "not the password", [] { return true; }, client));
  ASSERT_TRUE(service_.RequestDeletion(
      leaving, "Plum-tree harvest 1987", [] { return true; }, client));
  ASSERT_EQ(mailer_.sent.size(), 1U);
  EXPECT_EQ(mailer_.sent[0].to, "leaving@example.com");
  // Its sessions ended with the request.
  EXPECT_TRUE(
      repository_.ListSessions(*database_, leaving.id, FormatTimestamp(clock_.Now())).empty());

  store_.failures = 2;
  const auto job = queue_.Claim(std::chrono::seconds(60));
  ASSERT_TRUE(job);
  EXPECT_EQ(job->kind, kDeleteAccountJob);
  for (int run = 0; run < 2; ++run) {
    EXPECT_EQ(service_.EraseAccount(leaving.id, job->id).outcome, jobs::Outcome::kRetry);
    EXPECT_EQ(Rows("users", leaving.id), 1) << "nothing is lost before the files are gone";
  }
  EXPECT_EQ(service_.EraseAccount(leaving.id, job->id).outcome, jobs::Outcome::kDone);
  for (const char* table : {"users", "sessions", "audit_log", "resumes", "refresh_tokens"}) {
    EXPECT_EQ(Rows(table, leaving.id), 0) << table;
  }
  EXPECT_FALSE(std::filesystem::exists(root_ / "users" / leaving.id));
  EXPECT_TRUE(std::filesystem::exists(root_ / "users" / staying.id));
  EXPECT_EQ(Rows("users", staying.id), 1);
  EXPECT_EQ(Rows("sessions", staying.id), 1);
  // One row is left, naming a hash of the id, and the erasure's job went with the account.
  const auto audit = database_->QueryOne(
      "SELECT details FROM audit_log WHERE event = 'account_deleted' AND user_id IS NULL");
  ASSERT_TRUE(audit);
  EXPECT_NE(audit->Text(0).find(ErasedSubject(leaving.id)), std::string::npos);
  EXPECT_EQ(audit->Text(0).find(leaving.id), std::string::npos);
  EXPECT_FALSE(queue_.Find(job->id));
  // A run delivered again finds nothing to do.
  EXPECT_EQ(service_.EraseAccount(leaving.id, job->id).outcome, jobs::Outcome::kDone);
}

TEST_F(AccountServiceTest, ADeletionWhoseJobDiedIsQueuedAgain) {
  const auth::User leaving = AddUser("leaving@example.com");
  ASSERT_TRUE(service_.RequestDeletion(leaving, "Plum-tree harvest 1987", [] { return true; },
                                       {"203.0.113.7"}));
  EXPECT_EQ(service_.RequeueDeletions(), 0);  // its job waits
  const auto job = queue_.Claim(std::chrono::seconds(60));
  ASSERT_TRUE(job);
  queue_.Bury(job->id, "attempts ran out");
  EXPECT_EQ(service_.RequeueDeletions(), 0);  // asked for less than an hour ago
  clock_.now += std::chrono::hours(2);
  EXPECT_EQ(service_.RequeueDeletions(), 1);
  EXPECT_EQ(service_.RequeueDeletions(), 0);  // once: the new job waits
  const auto again = queue_.Claim(std::chrono::seconds(60));
  ASSERT_TRUE(again);
  EXPECT_EQ(service_.EraseAccount(leaving.id, again->id).outcome, jobs::Outcome::kDone);
  EXPECT_EQ(Rows("users", leaving.id), 0);
}

}  // namespace
}  // namespace resumax::accounts

#include "domain/accounts/notifications.h"

#include <gtest/gtest.h>

#include "adapters/db/open_database.h"
#include "core/crypto.h"
#include "core/ids.h"

namespace resumax::accounts {
namespace {

class RecordingMailer final : public Mailer {
 public:
  void Send(const MailMessage& message) override { sent.push_back(message); }
  std::vector<MailMessage> sent;
};

class FixedClock final : public Clock {
 public:
  TimePoint Now() const override { return now; }
  TimePoint now = std::chrono::system_clock::now();
};

class NotificationsTest : public ::testing::Test {
 protected:
  NotificationsTest()
      : database_(db::OpenDatabase("sqlite::memory:", 1)),
        notifications_(*database_, mailer_, clock_, "https://cv.example", std::string(32, 'n')) {
    crypto::Initialize();
    db::Migrate(*database_);
    const std::string now = FormatTimestamp(clock_.now);
    const db::Value user[] = {user_id_, "ada@example.com", now, now};
    database_->Execute(
        "INSERT INTO users (id, email, password_hash, name, created_at, updated_at) "
        "VALUES (?, ?, 'x', 'Ada', ?, ?)",
        user);
    const db::Value resume[] = {resume_id_, user_id_, now, now};
    database_->Execute(
        "INSERT INTO resumes (id, user_id, title, original_filename, storage_key, "
        "mime_type, size_bytes, created_at, updated_at) VALUES (?, ?, 'CV', "
        "'cv.pdf', 'k', 'application/pdf', 1, ?, ?)",
        resume);
    const db::Value job[] = {job_id_, user_id_, now, now};
    database_->Execute(
        "INSERT INTO job_descriptions (id, user_id, title, source_type, "
        "sanitized_text, created_at, updated_at) VALUES (?, ?, 'Staff Nurse', "
        "'paste', 'text', ?, ?)",
        job);
  }

  // An optimization that started `took` before it finished.
  std::string Optimization(std::chrono::seconds took) {
    const std::string id = NewUuid();
    const db::Value params[] = {id,
                                user_id_,
                                resume_id_,
                                job_id_,
                                FormatTimestamp(clock_.now - took),
                                FormatTimestamp(clock_.now),
                                FormatTimestamp(clock_.now)};
    database_->Execute(
        "INSERT INTO optimizations (id, user_id, resume_id, job_description_id, "
        "status, strategy, request_hash, alignment_score, created_at, updated_at, "
        "completed_at) VALUES (?, ?, ?, ?, 'completed', 'balanced', 'h', 81, ?, ?, "
        "?)",
        params);
    return id;
  }

  FixedClock clock_;
  std::unique_ptr<db::Database> database_;
  RecordingMailer mailer_;
  Notifications notifications_;
  std::string user_id_ = NewUuid();
  std::string resume_id_ = NewUuid();
  std::string job_id_ = NewUuid();
};

TEST_F(NotificationsTest, AReceiptStatesThePriceInTheCurrencysOwnUnits) {
  notifications_.PurchaseReceipt(user_id_, "starter", 10, 905, "usd", 13);
  notifications_.PurchaseReceipt(user_id_, "starter", 10, 1500, "jpy", 23);
  ASSERT_EQ(mailer_.sent.size(), 2U);
  EXPECT_EQ(mailer_.sent[0].subject, "Your resuMAX credits");
  EXPECT_NE(mailer_.sent[0].text.find("Price: 9.05 USD"), std::string::npos);
  EXPECT_NE(mailer_.sent[0].text.find("Balance now: 13 credits"), std::string::npos);
  EXPECT_NE(mailer_.sent[1].text.find("Price: 1500 JPY"), std::string::npos);
  EXPECT_FALSE(mailer_.sent[0].unsubscribe_url.empty());
}

TEST_F(NotificationsTest, ASlowOptimizationIsToldAQuickOneIsNot) {
  notifications_.OptimizationFinished(Optimization(std::chrono::seconds(2)), true);
  EXPECT_TRUE(mailer_.sent.empty()) << "the user was still watching";
  const std::string slow = Optimization(std::chrono::seconds(40));
  notifications_.OptimizationFinished(slow, true);
  ASSERT_EQ(mailer_.sent.size(), 1U);
  const MailMessage& ready = mailer_.sent[0];
  EXPECT_EQ(ready.to, "ada@example.com");
  EXPECT_NE(ready.text.find("\"Staff Nurse\""), std::string::npos);
  EXPECT_NE(ready.text.find("https://cv.example/optimizations/" + slow), std::string::npos);
  EXPECT_TRUE(ready.unsubscribe_url.starts_with(
      "https://cv.example/api/v1/notifications/unsubscribe?token=" + user_id_ +
      ".optimizationReady."));
  // A failure is told whatever it took.
  notifications_.OptimizationFinished(Optimization(std::chrono::seconds(1)), false);
  ASSERT_EQ(mailer_.sent.size(), 2U);
  EXPECT_NE(mailer_.sent[1].subject.find("could not finish"), std::string::npos);
}

TEST_F(NotificationsTest, UnsubscribingTurnsOnlyThatKindOff) {
  const std::string token = notifications_.UnsubscribeToken(user_id_, kOptimizationReady);
  for (const std::string& forged :
       {std::string(), std::string("x"), token + "x", user_id_ + ".optimizationReady.abc",
        notifications_.UnsubscribeToken(user_id_, "everything"),
        notifications_.UnsubscribeToken(NewUuid(), kOptimizationReady)}) {
    EXPECT_FALSE(notifications_.Unsubscribe(forged)) << forged;
  }
  auto kind = notifications_.Unsubscribe(token);
  ASSERT_TRUE(kind);
  EXPECT_EQ(*kind, kOptimizationReady);
  EXPECT_TRUE(notifications_.Unsubscribe(token)) << "twice is fine";
  notifications_.OptimizationFinished(Optimization(std::chrono::seconds(40)), true);
  EXPECT_TRUE(mailer_.sent.empty());
  notifications_.OptimizationFinished(Optimization(std::chrono::seconds(40)), false);
  EXPECT_EQ(mailer_.sent.size(), 1U) << "failures are still told";
  const auto preferences = database_->QueryOne("SELECT preferences FROM users")->Text(0);
  EXPECT_EQ(preferences, R"({"notifications":{"optimizationReady":false}})");
}

}  // namespace
}  // namespace resumax::accounts

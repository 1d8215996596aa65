#include "domain/auth/auth_service.h"

#include <gtest/gtest.h>

#include <vector>

#include "adapters/db/open_database.h"

namespace resumax::auth {
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

std::string LinkToken(const MailMessage& message) {
  const auto start = message.text.find("token=") + 6;
  return message.text.substr(start, message.text.find('\n', start) - start);
}

class AuthServiceTest : public ::testing::Test {
 protected:
  AuthServiceTest()
      : database_(db::OpenDatabase("sqlite::memory:", 1)),
        limiter_(clock_),
        tokens_({std::string(40, 'k')}, clock_) {
    crypto::Initialize();
    db::Migrate(*database_);
    AuthSettings settings;
    settings.password_hash = {1, 8 * 1024};  // fast hashing for unit tests
    service_ =
        std::make_unique<AuthService>(*database_, tokens_, limiter_, mailer_, clock_, settings);
  }

  std::vector<std::string> AuditEvents() {
    std::vector<std::string> events;
    for (const auto& row :
         database_->Query("SELECT event FROM audit_log ORDER BY created_at, rowid")) {
      events.push_back(row.Text(0));
    }
    return events;
  }

  ManualClock clock_;
  std::unique_ptr<db::Database> database_;
  InMemoryRateLimiter limiter_;
  AccessTokens tokens_;
  RecordingMailer mailer_;
  std::unique_ptr<AuthService> service_;
  const ClientInfo client_{"203.0.113.7"};
};

TEST_F(AuthServiceTest, StoresOnlyHashesOfPasswordsAndTokens) {
  auto session = service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_);
  ASSERT_TRUE(session);
  const auto row = database_->QueryOne("SELECT password_hash FROM users");
  EXPECT_TRUE(row->Text(0).starts_with("$argon2id$"));
  for (const auto& token_row : database_->Query("SELECT token_hash FROM refresh_tokens")) {
    EXPECT_NE(token_row.Text(0), session->tokens.refresh_token);
    EXPECT_EQ(token_row.Text(0), crypto::Sha256Hex(session->tokens.refresh_token));
  }
  const std::string link = LinkToken(mailer_.sent.at(0));
  EXPECT_EQ(database_
                ->QueryOne("SELECT COUNT(*) FROM one_time_tokens WHERE token_hash = ?",
                           std::vector<db::Value>{link})
                ->Int(0),
            0);
}

TEST_F(AuthServiceTest, AuditsTheAccountEventsWithoutSecrets) {
  ASSERT_TRUE(service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_));
  ASSERT_TRUE(service_->VerifyEmail(LinkToken(mailer_.sent.back()), client_));
  EXPECT_FALSE(service_->Login("ada@example.com", "wrong password here", client_));
  auto session = service_->Login("ada@example.com", "Plum-tree harvest 1987", client_);
  ASSERT_TRUE(session);
  auto rotated = service_->Refresh(session->tokens.refresh_token, client_);
  ASSERT_TRUE(rotated);
  // The one exchange within the reuse interval (a second tab), then reuse.
  EXPECT_TRUE(service_->Refresh(session->tokens.refresh_token, client_));
  EXPECT_FALSE(service_->Refresh(session->tokens.refresh_token, client_));
  ASSERT_TRUE(service_->RequestPasswordReset("ada@example.com", client_));
  ASSERT_TRUE(service_->ConfirmPasswordReset(LinkToken(mailer_.sent.back()),
                                             "Quiet river stones 2042", client_));
  EXPECT_EQ(AuditEvents(),
            (std::vector<std::string>{"register", "email_verified", "login_failed",
                                      "login_succeeded", "refresh_token_reused",
                                      "password_reset_requested", "password_reset"}));
  for (const auto& row : database_->Query("SELECT ip, details FROM audit_log")) {
    EXPECT_EQ(row.Text(0), "203.0.113.7");
    EXPECT_EQ(row.Text(1).find("Plum-tree"), std::string::npos);
  }
}

TEST_F(AuthServiceTest, LinksExpire) {
  ASSERT_TRUE(service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_));
  const std::string verification = LinkToken(mailer_.sent.back());
  ASSERT_TRUE(service_->RequestPasswordReset("ada@example.com", client_));
  const std::string reset = LinkToken(mailer_.sent.back());
  clock_.now += std::chrono::minutes(61);
  EXPECT_FALSE(service_->ConfirmPasswordReset(reset, "Quiet river stones 2042", client_))
      << "1 h for a password reset";
  clock_.now += std::chrono::hours(23);
  EXPECT_FALSE(service_->VerifyEmail(verification, client_)) << "24 h for verification";
}

TEST_F(AuthServiceTest, RefreshTokensExpireAfterThirtyDays) {
  auto session = service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_);
  clock_.now += std::chrono::hours(24 * 30 + 1);
  auto refreshed = service_->Refresh(session->tokens.refresh_token, client_);
  ASSERT_FALSE(refreshed);
  EXPECT_EQ(refreshed.error().code, "invalid_refresh_token");
}

TEST_F(AuthServiceTest, NewPasswordErrorsNameTheirField) {
  auto session = service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_);
  auto changed = service_->ChangePassword(session->user.id, {}, "Plum-tree harvest 1987",
                                          "password123", client_);
  ASSERT_FALSE(changed);
  EXPECT_EQ(changed.error().details.at("field").as_string(), "newPassword");
}

TEST_F(AuthServiceTest, PurgesSpentTokensAndOldAuditRows) {
  auto session = service_->Register("ada@example.com", "Plum-tree harvest 1987", "Ada", client_);
  ASSERT_TRUE(session);
  const auto count = [&](const char* table) {
    return database_->QueryOne(std::string("SELECT COUNT(*) FROM ") + table)->Int(0);
  };
  EXPECT_EQ(service_->PurgeExpired(), 0);  // nothing is spent yet
  EXPECT_EQ(count("refresh_tokens"), 1);
  EXPECT_EQ(count("one_time_tokens"), 1);
  EXPECT_EQ(count("sessions"), 1);
  // Two years on: the refresh token and its session (30 days) and the link (24 hours)
  // expired, and the register audit row is past the one-year retention.
  clock_.now += std::chrono::hours(24 * 730);
  EXPECT_EQ(service_->PurgeExpired(), 4);
  EXPECT_EQ(count("refresh_tokens"), 0);
  EXPECT_EQ(count("sessions"), 0);
  EXPECT_EQ(count("one_time_tokens"), 0);
  EXPECT_EQ(count("audit_log"), 0);
}

TEST(ApproximateAddress, KeepsOnlyTheNetwork) {
  EXPECT_EQ(ApproximateAddress("203.0.113.77"), "203.0.113.0/24");
  EXPECT_EQ(ApproximateAddress("2001:db8:1:2:3:4:5:6"), "2001:db8:1::/48");
  EXPECT_EQ(ApproximateAddress("::1"), "::/48");
  EXPECT_EQ(ApproximateAddress(""), "");
  EXPECT_EQ(ApproximateAddress("not an address"), "");
  EXPECT_EQ(ApproximateAddress("203.0.113.77; DROP TABLE"), "");
}

}  // namespace
}  // namespace resumax::auth

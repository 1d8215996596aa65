// The account journey over real HTTP against a started `resumax serve`.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <iostream>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

class AuthApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new ServerProcess(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  ServerProcess& server() { return *server_; }

  HttpResponse Register(const std::string& email, const std::string& password = kGoodPassword) {
    return server().PostJson("/api/v1/auth/register",
                             {{"email", email}, {"password", password}, {"name", "Ada Lovelace"}});
  }
  HttpResponse Login(const std::string& email, const std::string& password = kGoodPassword) {
    return server().PostJson("/api/v1/auth/login", {{"email", email}, {"password", password}});
  }
  HttpResponse Refresh(const std::string& token) {
    return server().PostJson("/api/v1/auth/refresh", {{"refreshToken", token}});
  }
  // The newest outbox message addressed to email.
  std::string MailTo(const std::string& email, std::size_t count = 1) {
    auto messages = server().MailsTo(email, count);
    return messages.empty() ? std::string() : messages.back();
  }

  static ServerProcess* server_;
};

ServerProcess* AuthApi::server_ = nullptr;

TEST_F(AuthApi, RegisterAnswersUserAndTokensAndSendsVerificationMail) {
  const std::string email = UniqueEmail("register");
  const auto response = Register(email);
  ASSERT_EQ(response.status, 201) << response.body;
  const auto body = response.Json().as_object();
  EXPECT_FALSE(body.at("accessToken").as_string().empty());
  EXPECT_FALSE(body.at("refreshToken").as_string().empty());
  EXPECT_EQ(body.at("user").at("email").as_string(), email);
  EXPECT_EQ(body.at("user").at("emailVerified").as_bool(), false);
  EXPECT_EQ(body.at("user").as_object().count("passwordHash"), 0U);
  ASSERT_EQ(response.set_cookies.size(), 2U);
  EXPECT_NE(response.set_cookies[0].find("HttpOnly"), std::string::npos);
  EXPECT_NE(response.set_cookies[0].find("SameSite=Strict"), std::string::npos);
  EXPECT_NE(response.set_cookies[0].find("Path=/api/v1/auth"), std::string::npos);
  // The page-readable hint holds no secret.
  EXPECT_TRUE(response.set_cookies[1].starts_with("resumax_session=1; Path=/;"));
  EXPECT_EQ(response.set_cookies[1].find("HttpOnly"), std::string::npos);
  EXPECT_EQ(response.set_cookies[1].find(body.at("refreshToken").as_string().c_str()),
            std::string::npos);

  const std::string mail = MailTo(email);
  ASSERT_FALSE(mail.empty());
  EXPECT_NE(mail.find("/verify-email?token="), std::string::npos);
  EXPECT_NE(mail.find("Subject: Confirm your email"), std::string::npos);
}

TEST_F(AuthApi, EmailIsCaseInsensitiveAndUnique) {
  const std::string email = UniqueEmail("unique");
  ASSERT_EQ(Register(email).status, 201);
  std::string upper = email;
  std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
  const auto again = Register(upper);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.Field("code"), "email_taken");
  EXPECT_EQ(Login(upper).status, 200);
}

TEST_F(AuthApi, WeakPasswordsAreRefused) {
  for (const std::string& password :
       std::vector<std::string>{"short", "password123", "1234567890", "aaaaaaaaaaaa", "abcdefghijk",
                                std::string(129, 'x')}) {
    const auto response = Register(UniqueEmail("weak"), password);
    EXPECT_EQ(response.status, 422) << password;
    EXPECT_EQ(response.Json().at("details").at("field").as_string(), "password");
  }
  const std::string email = UniqueEmail("selfish");
  EXPECT_EQ(Register(email, email.substr(0, email.find('@')) + "!!").status, 422);
}

// The journey: register → verify → login → refresh (rotated) → a second exchange of the
// old token within the reuse interval (two tabs) is granted once; its reuse after that is 401 and
// the newer ones are revoked too.
TEST_F(AuthApi, VerifyLoginRefreshRotationAndReuseDetection) {
  const std::string email = UniqueEmail("journey");
  const auto registered = Register(email);
  ASSERT_EQ(registered.status, 201);
  const std::string access = registered.Field("accessToken");

  const std::string token = TokenFromEmail(MailTo(email));
  ASSERT_FALSE(token.empty());
  const auto verified = server().PostJson("/api/v1/auth/verify", {{"token", token}});
  ASSERT_EQ(verified.status, 200) << verified.body;
  EXPECT_EQ(verified.Field("status"), "verified");
  const auto reused_link = server().PostJson("/api/v1/auth/verify", {{"token", token}});
  EXPECT_EQ(reused_link.status, 400);
  EXPECT_EQ(reused_link.Field("code"), "invalid_token");

  const auto me = server().Get("/api/v1/users/me", access);
  ASSERT_EQ(me.status, 200);
  EXPECT_TRUE(me.Json().at("emailVerified").as_bool());

  const auto login = Login(email);
  ASSERT_EQ(login.status, 200);
  const std::string first = login.Field("refreshToken");

  const auto rotated = Refresh(first);
  ASSERT_EQ(rotated.status, 200) << rotated.body;
  const std::string second = rotated.Field("refreshToken");
  EXPECT_NE(first, second);
  EXPECT_EQ(server().Get("/api/v1/users/me", rotated.Field("accessToken")).status, 200);

  const auto other_tab = Refresh(first);
  ASSERT_EQ(other_tab.status, 200) << other_tab.body;
  const auto replay = Refresh(first);
  EXPECT_EQ(replay.status, 401);
  EXPECT_EQ(replay.Field("code"), "invalid_refresh_token");
  EXPECT_EQ(Refresh(second).status, 401) << "the whole family must be revoked";
  EXPECT_EQ(Refresh(other_tab.Field("refreshToken")).status, 401);

  // Another session of the same user is not affected.
  const auto other = Login(email);
  EXPECT_EQ(Refresh(other.Field("refreshToken")).status, 200);
}

TEST_F(AuthApi, RefreshAcceptsTheCookieInPlaceOfTheBody) {
  const auto registered = Register(UniqueEmail("cookie"));
  const std::string refresh = registered.Field("refreshToken");
  const auto response = server().Send("POST", "/api/v1/auth/refresh", "",
                                      {"Cookie: theme=dark; resumax_refresh=" + refresh});
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_FALSE(response.Field("accessToken").empty());
  // Nothing to refresh: 401, and both cookies are cleared.
  const auto none = server().Send("POST", "/api/v1/auth/refresh", "", {});
  EXPECT_EQ(none.status, 401);
  EXPECT_EQ(none.Field("code"), "no_session");
  ASSERT_EQ(none.set_cookies.size(), 2U);
  EXPECT_NE(none.set_cookies[1].find("resumax_session=; Path=/; SameSite=Strict; Max-Age=0"),
            std::string::npos);
}

TEST_F(AuthApi, LogoutRevokesTheSession) {
  const auto registered = Register(UniqueEmail("logout"));
  const std::string refresh = registered.Field("refreshToken");
  const auto logout = server().PostJson("/api/v1/auth/logout", {{"refreshToken", refresh}});
  ASSERT_EQ(logout.status, 200);
  ASSERT_FALSE(logout.set_cookies.empty());
  EXPECT_NE(logout.set_cookies[0].find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(Refresh(refresh).status, 401);
}

TEST_F(AuthApi, PasswordResetWorksOnceAndRevokesSessions) {
  const std::string email = UniqueEmail("reset");
  const auto registered = Register(email);
  const std::string old_refresh = registered.Field("refreshToken");

  ASSERT_FALSE(MailTo(email).empty());  // the verification mail is out
  const std::size_t before = server().Outbox().size();
  const auto unknown =
      server().PostJson("/api/v1/auth/password-reset/request", {{"email", UniqueEmail("nobody")}});
  EXPECT_EQ(unknown.status, 200);
  EXPECT_EQ(unknown.Field("status"), "ok");
  std::this_thread::sleep_for(std::chrono::milliseconds(500));  // a queued mail would be out
  EXPECT_EQ(server().Outbox().size(), before) << "no mail for an unknown address";

  const auto requested =
      server().PostJson("/api/v1/auth/password-reset/request", {{"email", email}});
  EXPECT_EQ(requested.status, 200);
  const std::string mail = MailTo(email, 2);
  ASSERT_NE(mail.find("/reset-password?token="), std::string::npos);
  const std::string token = TokenFromEmail(mail);

  const auto weak = server().PostJson("/api/v1/auth/password-reset/confirm",
                                      {{"token", token}, {"newPassword", "password123"}});
  EXPECT_EQ(weak.status, 422);

  const std::string new_password = "Quiet river stones 2042";
  const auto confirmed = server().PostJson("/api/v1/auth/password-reset/confirm",
                                           {{"token", token}, {"newPassword", new_password}});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  const auto again = server().PostJson("/api/v1/auth/password-reset/confirm",
                                       {{"token", token}, {"newPassword", "Another fine day 77"}});
  EXPECT_EQ(again.status, 400);
  EXPECT_EQ(again.Field("code"), "invalid_token");

  EXPECT_EQ(Login(email).status, 401);
  EXPECT_EQ(Login(email, new_password).status, 200);
  EXPECT_EQ(Refresh(old_refresh).status, 401) << "a reset ends every session";
}

TEST_F(AuthApi, VerificationCanBeResent) {
  const std::string email = UniqueEmail("resend");
  const auto registered = Register(email);
  const std::string access = registered.Field("accessToken");
  const std::string first = TokenFromEmail(MailTo(email));
  const auto resent = server().PostJson("/api/v1/auth/verify/resend", json::object{}, access);
  EXPECT_EQ(resent.status, 202);
  const std::string second = TokenFromEmail(MailTo(email, 2));
  EXPECT_NE(first, second);
  ASSERT_EQ(server().PostJson("/api/v1/auth/verify", {{"token", second}}).status, 200);
  EXPECT_EQ(server().PostJson("/api/v1/auth/verify/resend", json::object{}, access).status, 409);
}

// Mail never goes out inside a request. A relay that cannot be reached, or one that accepts the
// connection and never answers, loses nothing: the account is created, a resend and a reset
// answer at once (the same for known and unknown addresses), and the mail waits in the queue.
TEST(AuthMail, AnUnreachableOrHangingRelayHoldsNoRequest) {
  // A listening socket that never accepts: the kernel completes the handshake, the relay's
  // greeting never comes.
  const int hanging = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(::bind(hanging, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(hanging, 64), 0);
  socklen_t length = sizeof address;
  ::getsockname(hanging, reinterpret_cast<sockaddr*>(&address), &length);
  const std::string port = std::to_string(ntohs(address.sin_port));
  for (const std::string& relay :
       std::vector<std::string>{"smtp://127.0.0.1:1", "smtp://user:pw@127.0.0.1:" + port}) {
    ServerProcess server(Env{{"RESUMAX_SMTP_URL", relay}, {"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    const std::string email = UniqueEmail("no-relay");
    const auto timed = [&](const std::string& path, const json::object& body,
                           const std::string& bearer = "") {
      const auto start = std::chrono::steady_clock::now();
      const auto response = server.PostJson(path, body, bearer);
      const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - start)
                          .count();
      std::cout << "[ figures  ] " << relay << " " << path << ": " << ms << " ms\n" << std::flush;
      EXPECT_LT(ms, 3000) << path << " waited for the relay";
      return response;
    };
    const auto registered = timed("/api/v1/auth/register",
                                  {{"email", email}, {"password", kGoodPassword}, {"name", "Ada"}});
    ASSERT_EQ(registered.status, 201) << registered.body;
    const auto resent =
        timed("/api/v1/auth/verify/resend", json::object{}, registered.Field("accessToken"));
    EXPECT_EQ(resent.status, 202) << resent.body;
    EXPECT_EQ(
        timed("/api/v1/auth/password-reset/request", {{"email", email}}).status,
        timed("/api/v1/auth/password-reset/request", {{"email", UniqueEmail("nobody")}}).status);
    EXPECT_EQ(server.PostJson("/api/v1/auth/login", {{"email", email}, {"password", kGoodPassword}})
                  .status,
              200);
    server.Kill();  // its worker may sit in the relay's 30 s timeout
  }
  ::close(hanging);
}

TEST_F(AuthApi, ProfileAndPreferencesUpdate) {
  const auto registered = Register(UniqueEmail("profile"));
  const std::string access = registered.Field("accessToken");
  const auto updated = server().PutJson(
      "/api/v1/users/me",
      {{"name", "  Grace Hopper "},
       {"preferences", {{"defaultStrategy", "bold"}, {"notifications", {{"ready", true}}}}}},
      access);
  ASSERT_EQ(updated.status, 200) << updated.body;
  EXPECT_EQ(updated.Json().at("name").as_string(), "Grace Hopper");
  const auto me = server().Get("/api/v1/users/me", access);
  EXPECT_EQ(me.Json().at("preferences").at("defaultStrategy").as_string(), "bold");

  EXPECT_EQ(server().PutJson("/api/v1/users/me", {{"preferences", "bold"}}, access).status, 422);
  EXPECT_EQ(server().PutJson("/api/v1/users/me", {{"name", ""}}, access).status, 422);
  EXPECT_EQ(server().PutJson("/api/v1/users/me", {{"name", std::string(101, 'n')}}, access).status,
            422);
  EXPECT_EQ(server().PutJson("/api/v1/users/me", {{"name", 42}}, access).status, 422);
  json::object big;
  big["blob"] = std::string(17 * 1024, 'x');
  EXPECT_EQ(server().PutJson("/api/v1/users/me", {{"preferences", big}}, access).status, 422);
}

TEST_F(AuthApi, ChangePasswordChecksTheCurrentOne) {
  const std::string email = UniqueEmail("change");
  const std::string access = Register(email).Field("accessToken");
  const auto wrong = server().PostJson(
      "/api/v1/users/me/password",
      {{"currentPassword", "not my password at all"}, {"newPassword", "Brand new words 5150"}},
      access);
  EXPECT_EQ(wrong.status, 422);
  const auto changed = server().PostJson(
      "/api/v1/users/me/password",
      {{"currentPassword", kGoodPassword}, {"newPassword", "Brand new words 5150"}}, access);
  EXPECT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Login(email, "Brand new words 5150").status, 200);
}

TEST_F(AuthApi, WrongPasswordAndUnknownEmailLookTheSame) {
  const std::string email = UniqueEmail("same");
  Register(email);
  const auto wrong = Login(email, "not the password 123");
  const auto unknown = Login(UniqueEmail("ghost"), "not the password 123");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.Field("code"), unknown.Field("code"));
  EXPECT_EQ(wrong.Field("message"), unknown.Field("message"));
}

}  // namespace
}  // namespace resumax::testing

// Sessions that end when they should and survive when they should: two tabs refreshing at once,
// reuse outside the grace interval, sibling reset links, a password change, lockout per client
// address behind a trusted proxy, and rate limits on refresh and verify.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

HttpResponse Register(ServerProcess& server, const std::string& email) {
  return server.PostJson("/api/v1/auth/register",
                         {{"email", email}, {"password", kGoodPassword}, {"name", "Grace"}});
}
HttpResponse Login(ServerProcess& server, const std::string& email,
                   const std::string& password = kGoodPassword,
                   const std::string& forwarded_for = "") {
  std::vector<std::string> headers{"Content-Type: application/json"};
  if (!forwarded_for.empty()) headers.push_back("X-Forwarded-For: " + forwarded_for);
  return server.Send("POST", "/api/v1/auth/login",
                     json::serialize(json::object{{"email", email}, {"password", password}}),
                     headers);
}
HttpResponse Refresh(ServerProcess& server, const std::string& token) {
  return server.PostJson("/api/v1/auth/refresh", {{"refreshToken", token}});
}
std::vector<std::string> MailsTo(ServerProcess& server, const std::string& email,
                                 std::size_t count) {
  return server.MailsTo(email, count);
}

TEST(SessionsApi, TwoTabsRefreshingAtOnceStaySignedIn) {
  ServerProcess server;
  const std::string email = UniqueEmail("tabs");
  const std::string token = Register(server, email).Field("refreshToken");
  HttpResponse first;
  HttpResponse second;
  std::thread one([&] { first = Refresh(server, token); });
  std::thread two([&] { second = Refresh(server, token); });
  one.join();
  two.join();
  ASSERT_EQ(first.status, 200) << first.body;
  ASSERT_EQ(second.status, 200) << second.body;
  // Both tabs go on with their own new token in the same family.
  EXPECT_NE(first.Field("refreshToken"), second.Field("refreshToken"));
  EXPECT_EQ(Refresh(server, first.Field("refreshToken")).status, 200);
  EXPECT_EQ(Refresh(server, second.Field("refreshToken")).status, 200);
  // The grace is one exchange: a third use of the old token is reuse, and ends the family.
  const auto third = Refresh(server, token);
  EXPECT_EQ(third.status, 401);
  EXPECT_EQ(third.Field("code"), "invalid_refresh_token");
}

TEST(SessionsApi, ReuseAfterTheIntervalEndsTheFamily) {
  ServerProcess server(Env{{"RESUMAX_REFRESH_REUSE_SECONDS", "1"}});
  const std::string email = UniqueEmail("stolen");
  const std::string first = Register(server, email).Field("refreshToken");
  const auto rotated = Refresh(server, first);
  ASSERT_EQ(rotated.status, 200);
  std::this_thread::sleep_for(std::chrono::milliseconds(1600));
  EXPECT_EQ(Refresh(server, first).status, 401) << "a copy used later is theft";
  EXPECT_EQ(Refresh(server, rotated.Field("refreshToken")).status, 401) << "the whole family ends";
  // With the interval off, an immediate replay ends it too.
  ServerProcess strict(Env{{"RESUMAX_REFRESH_REUSE_SECONDS", "0"}});
  const std::string token = Register(strict, UniqueEmail("strict")).Field("refreshToken");
  const auto next = Refresh(strict, token);
  ASSERT_EQ(next.status, 200);
  EXPECT_EQ(Refresh(strict, token).status, 401);
  EXPECT_EQ(Refresh(strict, next.Field("refreshToken")).status, 401);
}

TEST(SessionsApi, AResetVoidsEveryOtherResetLinkAndSaysSo) {
  ServerProcess server;
  const std::string email = UniqueEmail("sibling");
  const std::string old_session = Register(server, email).Field("refreshToken");
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(server.PostJson("/api/v1/auth/password-reset/request", {{"email", email}}).status,
              200);
  }
  auto mails = MailsTo(server, email, 3);
  ASSERT_EQ(mails.size(), 3U);  // verification, two reset links
  const std::string older = TokenFromEmail(mails[1]);
  const std::string newer = TokenFromEmail(mails[2]);
  const auto reset =
      server.PostJson("/api/v1/auth/password-reset/confirm",
                      {{"token", newer}, {"newPassword", "Quiet river stones 2042"}});
  ASSERT_EQ(reset.status, 200) << reset.body;
  const auto sibling =
      server.PostJson("/api/v1/auth/password-reset/confirm",
                      {{"token", older}, {"newPassword", "Another new password 77"}});
  EXPECT_EQ(sibling.status, 400) << sibling.body;
  EXPECT_EQ(sibling.Field("code"), "invalid_token");
  EXPECT_EQ(Refresh(server, old_session).status, 401);
  EXPECT_EQ(Login(server, email, "Quiet river stones 2042").status, 200);
  mails = MailsTo(server, email, 4);
  ASSERT_EQ(mails.size(), 4U);
  EXPECT_NE(mails.back().find("password was changed"), std::string::npos) << mails.back();
}

TEST(SessionsApi, ChangingThePasswordEndsEveryOtherSession) {
  ServerProcess server;
  const std::string email = UniqueEmail("change");
  ASSERT_EQ(Register(server, email).status, 201);
  const auto here = Login(server, email);
  const auto elsewhere = Login(server, email);
  ASSERT_EQ(here.status, 200);
  const auto changed = server.Send(
      "POST", "/api/v1/users/me/password",
      json::serialize(json::object{{"currentPassword", kGoodPassword},
                                   {"newPassword", "Quiet river stones 2042"}}),
      {"Content-Type: application/json", "Authorization: Bearer " + here.Field("accessToken")});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Refresh(server, elsewhere.Field("refreshToken")).status, 401);
  EXPECT_EQ(Refresh(server, here.Field("refreshToken")).status, 200) << "this session goes on";
  const auto mails = MailsTo(server, email, 2);
  ASSERT_EQ(mails.size(), 2U);
  EXPECT_NE(mails.back().find("password was changed"), std::string::npos) << mails.back();
  EXPECT_EQ(mails.back().find("Quiet river"), std::string::npos);
}

TEST(SessionsApi, AStrangerCannotLockTheOwnerOut) {
  ServerProcess server(Env{{"RESUMAX_TRUSTED_PROXIES", "127.0.0.1/32"}});
  const std::string email = UniqueEmail("owner");
  ASSERT_EQ(Register(server, email).status, 201);
  for (int i = 0; i < 6; ++i) {
    Login(server, email, "guess number " + std::to_string(i), "198.51.100.66");
  }
  // Every sign-in to the account now needs a solved proof-of-work challenge, the owner's too;
  // solving it is all the owner needs: the guesses never lock the account.
  const auto owner = Login(server, email, kGoodPassword, "203.0.113.10");
  EXPECT_EQ(owner.status, 428) << owner.body;
  EXPECT_EQ(owner.Field("code"), "challenge_required");
  const auto solved = server.Send(
      "POST", "/api/v1/auth/login",
      json::serialize(json::object{
          {"email", email}, {"password", kGoodPassword}, {"altcha", SolvedChallenge(server)}}),
      {"Content-Type: application/json", "X-Forwarded-For: 203.0.113.10"});
  EXPECT_EQ(solved.status, 200) << solved.body;
}

TEST(SessionsApi, ForwardedForIsIgnoredFromUntrustedPeers) {
  ServerProcess server(Env{{"RESUMAX_AUTH_REQUESTS_PER_MINUTE", "5"}});
  const std::string email = UniqueEmail("spoof");
  // A client that rotates X-Forwarded-For still counts as its own address.
  int limited = 0;
  for (int i = 0; i < 12; ++i) {
    const auto response =
        Login(server, email, "wrong password 00", "192.0.2." + std::to_string(i + 1));
    if (response.status == 429) ++limited;
  }
  EXPECT_GE(limited, 6);
}

TEST(SessionsApi, RefreshAndVerifyAreRateLimited) {
  ServerProcess server;
  int refresh_limited = 0;
  int verify_limited = 0;
  for (int i = 0; i < 150; ++i) {
    if (Refresh(server, "not-a-token-" + std::to_string(i)).status == 429) ++refresh_limited;
    if (server.PostJson("/api/v1/auth/verify", {{"token", "nope-" + std::to_string(i)}}).status ==
        429) {
      ++verify_limited;
    }
  }
  EXPECT_GE(refresh_limited, 20);
  EXPECT_GE(verify_limited, 20);
}

}  // namespace
}  // namespace resumax::testing

// Hostile input and attacks on every endpoint, over real HTTP.
#include <gtest/gtest.h>
#include <sodium.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

std::string Base64Url(std::string_view text) {
  std::string out(sodium_base64_encoded_len(text.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING),
                  '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()),
                    text.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.pop_back();
  return out;
}

struct JsonRoute {
  const char* method;
  const char* path;
  bool needs_auth;
};

// Every route that takes a JSON body.
const JsonRoute kJsonRoutes[] = {
    {"POST", "/api/v1/auth/register", false},
    {"POST", "/api/v1/auth/login", false},
    {"POST", "/api/v1/auth/refresh", false},
    {"POST", "/api/v1/auth/verify", false},
    {"POST", "/api/v1/auth/password-reset/request", false},
    {"POST", "/api/v1/auth/password-reset/confirm", false},
    {"PUT", "/api/v1/users/me", true},
    {"POST", "/api/v1/users/me/password", true},
    {"POST", "/api/v1/exports", true},
};

class SecurityApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess();
    const auto registered = server_->PostJson(
        "/api/v1/auth/register",
        {{"email", UniqueEmail("hostile")}, {"password", kGoodPassword}, {"name", "Mallory"}});
    access_ = new std::string(registered.Field("accessToken"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete access_;
  }
  ServerProcess& server() { return *server_; }
  std::vector<std::string> Headers(const JsonRoute& route, const std::string& type) {
    std::vector<std::string> headers{"Content-Type: " + type};
    if (route.needs_auth) headers.push_back("Authorization: Bearer " + *access_);
    return headers;
  }
  static ServerProcess* server_;
  static std::string* access_;
};

ServerProcess* SecurityApi::server_ = nullptr;
std::string* SecurityApi::access_ = nullptr;

void ExpectError(const HttpResponse& response, long status, const std::string& code) {
  EXPECT_EQ(response.status, status) << response.body;
  if (!code.empty()) {
    EXPECT_EQ(response.Field("code"), code) << response.body;
  }
  EXPECT_FALSE(response.Field("message").empty()) << response.body;
  EXPECT_FALSE(response.Field("requestId").empty()) << response.body;
  EXPECT_EQ(response.headers.at("x-request-id"), response.Field("requestId"));
}

TEST_F(SecurityApi, MalformedJsonIsA400OnEveryRoute) {
  for (const auto& route : kJsonRoutes) {
    for (const std::string body : {"{", "not json", "{\"email\": }", "\xff\xfe", "[1,2,3]", "42"}) {
      SCOPED_TRACE(std::string(route.path) + " " + body);
      ExpectError(server().Send(route.method, route.path, body, Headers(route, "application/json")),
                  400, "invalid_json");
    }
  }
}

TEST_F(SecurityApi, DeepNestingIsRefused) {
  const std::string deep = std::string(10000, '[') + std::string(10000, ']');
  for (const auto& route : kJsonRoutes) {
    ExpectError(server().Send(route.method, route.path, deep, Headers(route, "application/json")),
                400, "invalid_json");
  }
}

TEST_F(SecurityApi, WrongContentTypeIsA415) {
  for (const auto& route : kJsonRoutes) {
    SCOPED_TRACE(route.path);
    ExpectError(
        server().Send(route.method, route.path, "email=a@b.c", Headers(route, "text/plain")), 415,
        "unsupported_media_type");
  }
}

TEST_F(SecurityApi, WrongTypesAndMissingFieldsAreA422) {
  for (const auto& route : kJsonRoutes) {
    if (std::string(route.path) == "/api/v1/users/me") {
      continue;  // every field is optional
    }
    SCOPED_TRACE(route.path);
    // Refreshing with neither a token nor the cookie is having no session at all.
    const bool refresh = std::string(route.path) == "/api/v1/auth/refresh";
    ExpectError(server().Send(route.method, route.path, "{}", Headers(route, "application/json")),
                refresh ? 401 : 422, refresh ? "no_session" : "validation_failed");
    const std::string wrong_types =
        R"({"email":1,"password":[],"name":{},"token":true,"refreshToken":5,)"
        R"("newPassword":null,"currentPassword":3})";
    ExpectError(
        server().Send(route.method, route.path, wrong_types, Headers(route, "application/json")),
        422, "validation_failed");
  }
}

TEST_F(SecurityApi, OversizedBodiesAreA413) {
  const std::string huge = "{\"email\":\"" + std::string(2 * 1024 * 1024, 'a') + "\"}";
  for (const auto& route : kJsonRoutes) {
    SCOPED_TRACE(route.path);
    ExpectError(server().Send(route.method, route.path, huge, Headers(route, "application/json")),
                413, "payload_too_large");
  }
  // The server is still there.
  EXPECT_EQ(server().Get("/healthz").status, 200);
}

TEST_F(SecurityApi, OversizedFieldsAreA422) {
  const auto response =
      server().PostJson("/api/v1/auth/register", {{"email", std::string(400, 'a') + "@example.com"},
                                                  {"password", kGoodPassword},
                                                  {"name", "x"}});
  ExpectError(response, 422, "validation_failed");
  ExpectError(
      server().PostJson("/api/v1/auth/register",
                        {{"email", "not-an-email"}, {"password", kGoodPassword}, {"name", "x"}}),
      422, "validation_failed");
}

TEST_F(SecurityApi, HugeHeadersAreRefused) {
  const std::string reply = server().SendRaw(
      "GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(64 * 1024, 'a') + "\r\n\r\n");
  EXPECT_NE(reply.find("431"), std::string::npos) << reply.substr(0, 200);
  EXPECT_EQ(server().Get("/healthz").status, 200);
}

TEST_F(SecurityApi, GarbageOnTheWireDoesNotHurtTheServer) {
  for (const std::string& bytes : std::vector<std::string>{
           std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
           std::string("HELLO\r\n\r\n"), std::string("GET / HTTP/9.9\r\n\r\n"),
           std::string("GET  HTTP/1.1\r\nHost: x\r\n\r\n"),
           std::string("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n"),
           std::string(
               "POST /api/v1/auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")}) {
    server().SendRaw(bytes);
  }
  EXPECT_EQ(server().Get("/healthz").status, 200);
}

TEST_F(SecurityApi, MissingOrBrokenTokensAreA401) {
  ExpectError(server().Get("/api/v1/users/me"), 401, "missing_token");
  ExpectError(server().Send("GET", "/api/v1/users/me", "", {"Authorization: Basic Zm9vOmJhcg=="}),
              401, "missing_token");
  ExpectError(server().Get("/api/v1/users/me", "garbage"), 401, "invalid_token");
  ExpectError(server().Get("/api/v1/users/me", std::string(9000, 'a')), 401, "invalid_token");
}

TEST_F(SecurityApi, TamperedAndAlgNoneTokensAreA401) {
  std::string token = *access_;
  ASSERT_EQ(server().Get("/api/v1/users/me", token).status, 200);
  const auto first_dot = token.find('.');
  const auto second_dot = token.find('.', first_dot + 1);
  const std::string header = token.substr(0, first_dot);
  const std::string signature = token.substr(second_dot + 1);

  // Another subject with the original signature.
  const long long exp = std::time(nullptr) + 900;
  const std::string claims = R"({"sub":"00000000-0000-4000-8000-000000000000","iss":"resumax",)"
                             R"("aud":"resumax-api","jti":"x","iat":1,"exp":)" +
                             std::to_string(exp) + "}";
  ExpectError(server().Get("/api/v1/users/me", header + "." + Base64Url(claims) + "." + signature),
              401, "invalid_token");

  // A flipped signature character.
  std::string flipped = token;
  flipped.back() = flipped.back() == 'A' ? 'B' : 'A';
  ExpectError(server().Get("/api/v1/users/me", flipped), 401, "invalid_token");

  // alg: none, with and without a trailing dot, and alg: HS512.
  const std::string none = Base64Url(R"({"alg":"none","typ":"JWT"})");
  const std::string payload = token.substr(first_dot + 1, second_dot - first_dot - 1);
  ExpectError(server().Get("/api/v1/users/me", none + "." + payload + "."), 401, "invalid_token");
  ExpectError(server().Get("/api/v1/users/me", none + "." + payload), 401, "invalid_token");
  const std::string hs512 = Base64Url(R"({"alg":"HS512","typ":"JWT"})");
  ExpectError(server().Get("/api/v1/users/me", hs512 + "." + payload + "." + signature), 401,
              "invalid_token");
}

TEST_F(SecurityApi, TokensOfAnotherDeploymentAreA401) {
  ServerProcess other(Env{{"RESUMAX_JWT_SECRET", "another-deployment-secret-0123456789abcdef"}});
  const auto registered = other.PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("foreign")}, {"password", kGoodPassword}, {"name", "Eve"}});
  ASSERT_EQ(registered.status, 201);
  ExpectError(server().Get("/api/v1/users/me", registered.Field("accessToken")), 401,
              "invalid_token");
}

TEST_F(SecurityApi, ExpiredTokensAreA401) {
  ServerProcess short_lived(Env{{"RESUMAX_ACCESS_TOKEN_TTL", "1"}});
  const auto registered = short_lived.PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("expired")}, {"password", kGoodPassword}, {"name", "Old"}});
  const std::string token = registered.Field("accessToken");
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  ExpectError(short_lived.Get("/api/v1/users/me", token), 401, "token_expired");
}

TEST_F(SecurityApi, ForgedRefreshAndLinkTokensAreRefused) {
  ExpectError(server().PostJson("/api/v1/auth/refresh", {{"refreshToken", "forged"}}), 401,
              "invalid_refresh_token");
  ExpectError(server().PostJson("/api/v1/auth/refresh", {{"refreshToken", std::string(600, 'r')}}),
              422, "validation_failed");
  ExpectError(server().PostJson("/api/v1/auth/verify", {{"token", "forged"}}), 400,
              "invalid_token");
  ExpectError(server().PostJson("/api/v1/auth/password-reset/confirm",
                                {{"token", "forged"}, {"newPassword", "Perfectly fine 2049"}}),
              400, "invalid_token");
}

TEST_F(SecurityApi, UnknownRoutesAndMethods) {
  ExpectError(server().Get("/api/v1/nothing-here"), 404, "not_found");
  ExpectError(server().Send("PATCH", "/api/v1/users/me", "", {}), 405, "method_not_allowed");
  ExpectError(server().Send("GET", "/api/v1/auth/login", "", {}), 405, "method_not_allowed");
  const auto page = server().Get("/some/page");
  EXPECT_EQ(page.status, 404);
  EXPECT_EQ(server().Get("/api/v1/users/..%2F..%2Fetc%2Fpasswd").status, 404);
}

TEST_F(SecurityApi, LoginFloodMeets429) {
  ServerProcess limited(Env{{"RESUMAX_AUTH_REQUESTS_PER_MINUTE", "20"}});
  const std::string email = UniqueEmail("flood");
  int limited_count = 0;
  std::string retry_after;
  for (int i = 0; i < 40; ++i) {
    const auto response = limited.PostJson("/api/v1/auth/login",
                                           {{"email", email}, {"password", "wrong password 0000"}});
    if (response.status == 429) {
      ++limited_count;
      retry_after = response.headers.at("retry-after");
      EXPECT_EQ(response.Field("code"), "rate_limited");
    } else {
      // Wrong, then (after five) a challenge to solve first.
      EXPECT_TRUE(response.status == 401 || response.status == 428) << response.body;
    }
  }
  EXPECT_GE(limited_count, 20);
  EXPECT_GE(std::atoi(retry_after.c_str()), 1);
}

TEST_F(SecurityApi, RepeatedFailuresSlowTheAccountDown) {
  const std::string email = UniqueEmail("slow");
  ASSERT_EQ(server()
                .PostJson("/api/v1/auth/register",
                          {{"email", email}, {"password", kGoodPassword}, {"name", "Victim"}})
                .status,
            201);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(
        server()
            .PostJson("/api/v1/auth/login", {{"email", email}, {"password", "guess number 1"}})
            .status,
        401);
  }
  // Now even the right password needs a solved proof-of-work challenge: a guesser pays for
  // every guess, the owner solves one (no lockout).
  const auto held =
      server().PostJson("/api/v1/auth/login", {{"email", email}, {"password", kGoodPassword}});
  ExpectError(held, 428, "challenge_required");
  EXPECT_EQ(held.Json().at("details").at("challengeUrl").as_string(), "/api/v1/auth/challenge");
  const std::string solved = SolvedChallenge(server());
  const auto login = [&](const std::string& password, const std::string& proof) {
    return server().PostJson("/api/v1/auth/login",
                             {{"email", email}, {"password", password}, {"altcha", proof}});
  };
  // A forged or altered solution is refused.
  std::string altered = solved;
  altered[altered.size() / 2] = altered[altered.size() / 2] == 'A' ? 'B' : 'A';
  ExpectError(login(kGoodPassword, altered), 428, "challenge_required");
  ExpectError(login(kGoodPassword, "bm90IGEgc29sdXRpb24="), 428, "challenge_required");
  EXPECT_EQ(login(kGoodPassword, solved).status, 200);
  // Each solution works once.
  ExpectError(login(kGoodPassword, solved), 428, "challenge_required");
  // A wrong password with a valid solution is still just wrong.
  EXPECT_EQ(login("guess number 2", SolvedChallenge(server())).status, 401);
}

TEST_F(SecurityApi, ErrorsNeverLeakInternals) {
  const auto response = server().Send("POST", "/api/v1/auth/login", "{\"email\":\"a\"}",
                                      {"Content-Type: application/json"});
  EXPECT_EQ(response.body.find("sqlite"), std::string::npos);
  EXPECT_EQ(response.body.find("postgres"), std::string::npos);
}

TEST_F(SecurityApi, LogsHoldNoSecretsOrEmails) {
  ServerProcess verbose(Env{{"RESUMAX_LOG_LEVEL", "debug"}});
  const std::string email = UniqueEmail("quiet");
  const auto registered = verbose.PostJson(
      "/api/v1/auth/register", {{"email", email}, {"password", kGoodPassword}, {"name", "Quiet"}});
  verbose.PostJson("/api/v1/auth/login", {{"email", email}, {"password", "wrong one, sorry"}});
  verbose.PostJson("/api/v1/auth/login", {{"email", email}, {"password", kGoodPassword}});
  ASSERT_EQ(verbose.Stop(), 0);
  std::ifstream log(verbose.data_dir() / ("server-" + std::to_string(verbose.port()) + ".log"));
  std::stringstream text;
  text << log.rdbuf();
  EXPECT_NE(text.str().find("\"route\":\"/api/v1/auth/login\""), std::string::npos);
  EXPECT_EQ(text.str().find(email), std::string::npos);
  EXPECT_EQ(text.str().find(kGoodPassword), std::string::npos);
  EXPECT_EQ(text.str().find(registered.Field("refreshToken")), std::string::npos);
  EXPECT_EQ(text.str().find(registered.Field("accessToken")), std::string::npos);
}

}  // namespace
}  // namespace resumax::testing

// Health, readiness, metrics, the OpenAPI document, common headers, mail and shutdown.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

TEST(SystemApi, HealthReadinessAndMetrics) {
  ServerProcess server;
  EXPECT_EQ(server.Get("/healthz").Field("status"), "ok");
  const auto ready = server.Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.Json().at("checks").at("database").as_string(), "ok");
  EXPECT_EQ(ready.Json().at("checks").at("storage").as_string(), "ok");
  server.Get("/api/v1/users/me");
  const auto metrics = server.Get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_NE(metrics.headers.at("content-type").find("text/plain"), std::string::npos);
  EXPECT_NE(
      metrics.body.find(
          R"(resumax_http_requests_total{route="/api/v1/users/me",method="GET",status="401"} 1)"),
      std::string::npos)
      << metrics.body;
  EXPECT_NE(metrics.body.find("resumax_http_request_duration_seconds_bucket{route=\"/healthz\""),
            std::string::npos);
}

TEST(SystemApi, OpenApiDocumentIsServed) {
  ServerProcess server;
  const auto response = server.Get("/api/v1/openapi.json");
  ASSERT_EQ(response.status, 200);
  const auto document = response.Json().as_object();
  EXPECT_EQ(document.at("openapi").as_string().subview(0, 3), "3.1");
  EXPECT_TRUE(document.at("paths").as_object().contains("/api/v1/auth/register"));
}

TEST(SystemApi, RequestIdsAreAcceptedOrGenerated) {
  ServerProcess server;
  const auto accepted = server.Send("GET", "/healthz", "", {"X-Request-Id: client-chosen.id_42"});
  EXPECT_EQ(accepted.headers.at("x-request-id"), "client-chosen.id_42");
  const auto replaced = server.Send("GET", "/healthz", "", {"X-Request-Id: bad id <script>"});
  EXPECT_NE(replaced.headers.at("x-request-id"), "bad id <script>");
  EXPECT_EQ(replaced.headers.at("x-request-id").size(), 36U);
  const auto error = server.Send("GET", "/api/v1/users/me", "", {"X-Request-Id: trace-1"});
  EXPECT_EQ(error.Field("requestId"), "trace-1");
}

TEST(SystemApi, SecurityHeadersOnEveryResponse) {
  ServerProcess server;
  for (const auto& response : {server.Get("/healthz"), server.Get("/api/v1/users/me"),
                               server.Get("/api/v1/none"), server.Get("/page")}) {
    EXPECT_EQ(response.headers.at("x-content-type-options"), "nosniff");
    EXPECT_EQ(response.headers.at("x-frame-options"), "DENY");
    EXPECT_EQ(response.headers.at("referrer-policy"), "no-referrer");
    EXPECT_NE(response.headers.at("content-security-policy").find("default-src"),
              std::string::npos);
    EXPECT_FALSE(response.headers.at("x-request-id").empty());
  }
  EXPECT_EQ(server.Get("/api/v1/users/me").headers.at("cache-control"), "no-store");
}

TEST(SystemApi, KeepAliveServesManyRequestsOnOneConnection) {
  ServerProcess server;
  std::string requests;
  for (int i = 0; i < 50; ++i) requests += "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
  requests += "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
  const std::string reply = server.SendRaw(requests);
  std::size_t count = 0;
  for (auto pos = reply.find("HTTP/1.1 200"); pos != std::string::npos;
       pos = reply.find("HTTP/1.1 200", pos + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 51U);
}

TEST(SystemApi, SigtermStopsGracefullyAfterInFlightRequests) {
  ServerProcess server;
  std::thread slow([&] {
    // Registration hashes a password: a request that takes a while.
    const auto response = server.PostJson(
        "/api/v1/auth/register",
        {{"email", UniqueEmail("inflight")}, {"password", kGoodPassword}, {"name", "Late"}});
    EXPECT_EQ(response.status, 201);
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_EQ(server.Stop(), 0);
  slow.join();
}

TEST(SystemApi, ServesTheWebApp) {
  char pattern[] = "/tmp/resumax-web.XXXXXX";
  const std::filesystem::path web = ::mkdtemp(pattern);
  std::filesystem::create_directories(web / "assets");
  const std::string index = "<!doctype html><title>resuMAX</title>" + std::string(2000, ' ');
  std::ofstream(web / "index.html") << index;
  std::ofstream(web / "assets" / "app-1a2b3c.js") << "console.log('app');" + std::string(4000, ' ');
  ServerProcess server(Env{{"RESUMAX_WEB_DIR", web.string()}});

  const auto page = server.Get("/dashboard/resumes");
  EXPECT_EQ(page.status, 200);
  EXPECT_EQ(page.body, index) << "the app's own paths get index.html";
  EXPECT_NE(page.headers.at("content-type").find("text/html"), std::string::npos);
  EXPECT_EQ(page.headers.at("cache-control"), "no-cache");
  EXPECT_NE(page.headers.at("content-security-policy").find("default-src 'self'"),
            std::string::npos);
  EXPECT_EQ(page.headers.at("content-security-policy").find("unsafe-inline"), std::string::npos);

  const auto asset = server.Send("GET", "/assets/app-1a2b3c.js", "", {"Accept-Encoding: gzip"});
  EXPECT_EQ(asset.status, 200);
  EXPECT_EQ(asset.headers.at("content-encoding"), "gzip");
  EXPECT_EQ(asset.headers.at("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_LT(asset.body.size(), 1000U);
  EXPECT_EQ(server.Get("/assets/app-1a2b3c.js").body.size(), 4019U) << "identity without gzip";

  EXPECT_EQ(server.Get("/assets/missing.js").status, 404) << "missing assets are not the app";
  EXPECT_EQ(server.Get("/api/v1/nothing").Field("code"), "not_found") << "the API stays JSON";
  EXPECT_EQ(server.Send("POST", "/dashboard", "", {}).status, 404);
  server.Stop();
  std::filesystem::remove_all(web);
}

TEST(SystemApi, ServeRefusesBadConfiguration) {
  EXPECT_THROW(ServerProcess(Env{{"RESUMAX_DATABASE_URL", "mysql://nope"}}), std::runtime_error);
  EXPECT_THROW(ServerProcess(Env{{"RESUMAX_JWT_SECRET", "short"}}), std::runtime_error);
}

TEST(SystemApi, MailGoesThroughSmtpWithStartTls) {
  const char* smtp = std::getenv("RESUMAX_TEST_SMTP_URL");
  const char* ca = std::getenv("RESUMAX_TEST_SMTP_CA_FILE");
  const char* inbox = std::getenv("RESUMAX_TEST_SMTP_INBOX");
  if (!smtp || !ca || !inbox) {
    GTEST_SKIP() << "RESUMAX_TEST_SMTP_URL is not set: run through `make test`, which starts the "
                    "SMTP relay";
  }
  ServerProcess server(Env{{"RESUMAX_SMTP_URL", smtp},
                           {"RESUMAX_SMTP_CA_FILE", ca},
                           {"RESUMAX_SMTP_FROM", "resuMAX <accounts@resumax.test>"}});
  const std::string email = UniqueEmail("smtp");
  ASSERT_EQ(server
                .PostJson("/api/v1/auth/register",
                          {{"email", email}, {"password", kGoodPassword}, {"name", "Mail"}})
                .status,
            201);
  std::string found;
  for (int attempt = 0; attempt < 100 && found.empty(); ++attempt) {
    if (std::filesystem::exists(inbox)) {
      for (const auto& entry : std::filesystem::directory_iterator(inbox)) {
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        if (text.str().find("X-Envelope-To: " + email) != std::string::npos) found = text.str();
      }
    }
    if (found.empty()) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ASSERT_FALSE(found.empty()) << "the relay received no message for " << email;
  EXPECT_NE(found.find("X-Envelope-From: accounts@resumax.test"), std::string::npos);
  EXPECT_NE(found.find("/verify-email?token="), std::string::npos);
  EXPECT_TRUE(server.Outbox().empty());

  // A wrong relay password fails the delivery: the account is still created, asking for the
  // mail again is accepted (it waits in the queue, retried with backoff), and neither the answer
  // nor the log names the secret.
  ServerProcess wrong(Env{
      {"RESUMAX_SMTP_URL",
       std::string(smtp).replace(std::string(smtp).find("relay-password"), 14, "wrong-password")},
      {"RESUMAX_SMTP_CA_FILE", ca},
      {"RESUMAX_JOB_RETRY_BASE_MS", "50"},
      {"RESUMAX_LOG_LEVEL", "info"}});
  const auto registered = wrong.PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("smtp-fail")}, {"password", kGoodPassword}, {"name", "Mail"}});
  ASSERT_EQ(registered.status, 201) << registered.body;
  const auto resent = wrong.PostJson("/api/v1/auth/verify/resend", boost::json::object{},
                                     registered.Field("accessToken"));
  EXPECT_EQ(resent.status, 202);
  EXPECT_EQ(resent.body.find("password"), std::string::npos);
  std::string log;
  for (int attempt = 0; attempt < 100 && log.find("mail_send_failed") == std::string::npos;
       ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    for (const auto& entry : std::filesystem::directory_iterator(wrong.data_dir())) {
      if (entry.path().extension() != ".log") continue;
      std::ifstream in(entry.path());
      log.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
  }
  EXPECT_NE(log.find("mail_send_failed"), std::string::npos);
  EXPECT_EQ(log.find("wrong-password"), std::string::npos);
  EXPECT_EQ(log.find("smtp-fail"), std::string::npos) << "no address in the log";
}

// Nothing in the data dir is readable by another local account: the dir and its folders are
// 0700; the database (with -wal and -shm), stored files, mail and secrets 0600.
TEST(SystemApi, TheDataDirIsPrivate) {
  ServerProcess server;
  const std::string token = server.VerifiedUser("private");
  UploadParsedResume(server, token);
  namespace fs = std::filesystem;
  const auto mode = [](const fs::path& path) {
    return static_cast<unsigned>(fs::status(path).permissions() & fs::perms::mask);
  };
  EXPECT_EQ(mode(server.data_dir()), 0700U);
  int files = 0;
  for (const auto& entry : fs::recursive_directory_iterator(server.data_dir())) {
    const std::string name = entry.path().filename().string();
    if (name.starts_with("server-") && name.ends_with(".log")) continue;  // the harness's own
    if (entry.path().string().find("no-web-app") != std::string::npos) continue;
    if (entry.is_directory()) {
      EXPECT_EQ(mode(entry.path()), 0700U) << entry.path();
    } else {
      EXPECT_EQ(mode(entry.path()), 0600U) << entry.path();
      ++files;
    }
  }
  EXPECT_GE(files, UsesPostgres() ? 4 : 6);  // keys, mail, the resume (and the database)
  if (!UsesPostgres()) {
    EXPECT_TRUE(fs::exists(server.data_dir() / "resumax.db-wal"));
  }
}

}  // namespace
}  // namespace resumax::testing

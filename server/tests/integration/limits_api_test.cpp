// What one user may store and send: quotas with a clear code, upload URLs that serve once and
// die with their resume, names that cannot hide what they are, and metrics behind a token.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <filesystem>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

constexpr const char* kPdf = "application/pdf";

HttpResponse Presign(ServerProcess& server, const std::string& token, const std::string& name,
                     std::size_t size) {
  return server.PostJson("/api/v1/resumes/presign",
                         {{"filename", name}, {"mimeType", kPdf}, {"size", size}}, token);
}

TEST(LimitsApi, StorageQuotaIsACleanForbidden) {
  ServerProcess server(Env{{"RESUMAX_QUOTA_FILES", "2"},
                           {"RESUMAX_QUOTA_MB", "1"},
                           {"RESUMAX_QUOTA_JOB_DESCRIPTIONS", "1"}});
  const std::string token = server.VerifiedUser("quota");
  const auto big = Presign(server, token, "big.pdf", 2u << 20);  // over the 1 MB of the quota
  EXPECT_EQ(big.status, 403) << big.body;
  EXPECT_EQ(big.Field("code"), "quota_exceeded");
  EXPECT_FALSE(big.Field("requestId").empty());
  ASSERT_EQ(Presign(server, token, "one.pdf", 1000).status, 201);
  const auto second = Presign(server, token, "two.pdf", 1000);
  ASSERT_EQ(second.status, 201);
  const auto third = Presign(server, token, "three.pdf", 1000);
  EXPECT_EQ(third.status, 403) << third.body;
  EXPECT_EQ(third.Json().at("details").at("maxFiles").as_int64(), 2);
  // Deleting one makes room again.
  ASSERT_EQ(server
                .Send("DELETE", "/api/v1/resumes/" + second.Field("resumeId"), "",
                      {"Authorization: Bearer " + token})
                .status,
            204);
  EXPECT_EQ(Presign(server, token, "three.pdf", 1000).status, 201);
  // Job descriptions have a count of their own.
  ASSERT_EQ(AddBackendJob(server, token).empty(), false);
  const auto extra = server.PostJson("/api/v1/job-descriptions",
                                     {{"title", "Another"}, {"text", kBackendJob}}, token);
  EXPECT_EQ(extra.status, 403) << extra.body;
  EXPECT_EQ(extra.Field("code"), "quota_exceeded");
}

TEST(LimitsApi, UploadUrlsServeOnceAndDieWithTheirResume) {
  ServerProcess server;
  const std::string token = server.VerifiedUser("single-use");
  const std::string pdf = Fixture("api/resume.pdf");
  const auto ticket = Presign(server, token, "cv.pdf", pdf.size());
  ASSERT_EQ(ticket.status, 201);
  ASSERT_EQ(server.Upload(ticket.Field("uploadUrl"), kPdf, pdf).status, 200);
  const auto replay = server.Upload(ticket.Field("uploadUrl"), kPdf, pdf);
  EXPECT_EQ(replay.status, 409) << replay.body;
  EXPECT_EQ(replay.Field("code"), "upload_used");

  const auto unused = Presign(server, token, "later.pdf", pdf.size());
  ASSERT_EQ(server
                .Send("DELETE", "/api/v1/resumes/" + unused.Field("resumeId"), "",
                      {"Authorization: Bearer " + token})
                .status,
            204);
  const auto orphan = server.Upload(unused.Field("uploadUrl"), kPdf, pdf);
  EXPECT_EQ(orphan.status, 409) << orphan.body;
  EXPECT_EQ(orphan.Field("code"), "upload_refused");
}

TEST(LimitsApi, NamesCannotHideWhatTheyAre) {
  ServerProcess server;
  const std::string token = server.VerifiedUser("bidi");
  const std::string rlo = "\xE2\x80\xAE";  // U+202E RIGHT-TO-LEFT OVERRIDE
  const auto presign = Presign(server, token, "cv" + rlo + "fdp.exe.pdf", 1000);
  EXPECT_EQ(presign.status, 422) << presign.body;
  const auto ok = Presign(server, token, std::string(400, 'r') + ".pdf", 1000);
  ASSERT_EQ(ok.status, 201) << ok.body;
  const std::string stored(ok.Json().at("resume").at("originalFilename").as_string());
  EXPECT_TRUE(stored.ends_with(".pdf")) << stored;
  EXPECT_LE(stored.size(), 200U);
  const auto rename =
      server.Send("PATCH", "/api/v1/resumes/" + ok.Field("resumeId"),
                  json::serialize(json::object{{"title", "Resume " + rlo + "gpj"}}),
                  {"Content-Type: application/json", "Authorization: Bearer " + token});
  EXPECT_EQ(rename.status, 422) << rename.body;
  const auto job = server.PostJson("/api/v1/job-descriptions",
                                   {{"title", "Engineer" + rlo}, {"text", kBackendJob}}, token);
  EXPECT_EQ(job.status, 422) << job.body;
}

TEST(LimitsApi, MetricsCanNeedAToken) {
  ServerProcess server(Env{{"RESUMAX_METRICS_TOKEN", "scrape-token-0123456789"}});
  EXPECT_EQ(server.Get("/metrics").status, 401);
  EXPECT_EQ(server.Get("/metrics", "wrong-token-0123456789").status, 401);
  const auto scraped = server.Get("/metrics", "scrape-token-0123456789");
  EXPECT_EQ(scraped.status, 200);
  EXPECT_NE(scraped.body.find("http_requests"), std::string::npos) << scraped.body.substr(0, 200);
}

// Descriptors are finite: past RESUMAX_MAX_CONNECTIONS a new connection is closed at once, and
// the server serves again as soon as connections go.
TEST(LimitsApi, ConnectionsAreCappedPerProcess) {
  ServerProcess server(Env{{"RESUMAX_MAX_CONNECTIONS", "16"}});
  const auto open_idle = [&server] {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(server.port());
    EXPECT_EQ(::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    return fd;
  };
  // Whether the server has closed its end of an idle connection (it was past the cap then).
  const auto closed_by_server = [](int fd) {
    pollfd watch{fd, POLLIN | POLLRDHUP, 0};
    if (::poll(&watch, 1, 0) <= 0) return false;
    char byte = 0;
    return ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT) <= 0;
  };
  std::vector<int> idle;
  for (int i = 0; i < 16; ++i) idle.push_back(open_idle());
  // A new connection of its own (the client library could reuse one it kept open). Until the
  // server has accepted all sixteen (slow on a loaded machine) one more is still served. The
  // server may also still count the start-up probe's connection for a moment after the client
  // closed it, and so close one of the sixteen: such a one is opened again, so that sixteen are
  // held once the probe's place is given back. Then a connection past the cap is closed.
  const std::string request =
      "GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  std::string past_the_cap = "not tried";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while (!past_the_cap.empty() && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    for (int& fd : idle) {
      if (closed_by_server(fd)) {
        ::close(fd);
        fd = open_idle();
      }
    }
    past_the_cap = server.SendRaw(request);
  }
  EXPECT_EQ(past_the_cap, "") << "a connection past the cap is closed";
  for (const int fd : idle) ::close(fd);
  // The server gives the places back as it notices the closes: room again, soon.
  std::string served;
  const auto room_deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (!served.starts_with("HTTP/1.1 200") && std::chrono::steady_clock::now() < room_deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    served = server.SendRaw(request);
  }
  EXPECT_TRUE(served.starts_with("HTTP/1.1 200")) << "room again";
}

// An event stream lives no longer than the access token that opened it.
TEST(LimitsApi, EventStreamsEndWhenTheirTokenExpires) {
  char pattern[] = "/tmp/resumax-reauth.XXXXXX";
  const std::string data_dir = ::mkdtemp(pattern);
  const std::string database = FreshDatabaseUrl();
  Env shared{{"RESUMAX_DATA_DIR", data_dir}};
  if (!database.empty()) shared.emplace("RESUMAX_DATABASE_URL", database);
  std::string email;
  std::string resume;
  std::string job;
  {
    ServerProcess first(shared);
    email = UniqueEmail("reauth");
    ASSERT_EQ(first
                  .PostJson("/api/v1/auth/register",
                            {{"email", email}, {"password", kGoodPassword}, {"name", "Sam"}})
                  .status,
              201);
    const std::string token = TokenFromEmail(first.MailsTo(email).at(0));
    ASSERT_EQ(first.PostJson("/api/v1/auth/verify", {{"token", token}}).status, 200);
    const std::string access =
        first.PostJson("/api/v1/auth/login", {{"email", email}, {"password", kGoodPassword}})
            .Field("accessToken");
    resume = UploadParsedResume(first, access);
    job = AddBackendJob(first, access);
  }
  // No workers: the optimization stays queued and its stream open until the token expires.
  Env later = shared;
  later.emplace("RESUMAX_WORKERS", "0");
  later.emplace("RESUMAX_ACCESS_TOKEN_TTL", "2");
  ServerProcess server(later);
  const std::string access =
      server.PostJson("/api/v1/auth/login", {{"email", email}, {"password", kGoodPassword}})
          .Field("accessToken");
  const auto started = server.PostJson("/api/v1/optimize",
                                       {{"resumeId", resume}, {"jobDescriptionId", job}}, access);
  ASSERT_EQ(started.status, 202) << started.body;
  const auto begin = std::chrono::steady_clock::now();
  const std::string stream = server.SendRaw(
      "GET /api/v1/optimize/" + started.Field("optimizationId") +
      "/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + access + "\r\n\r\n");
  const auto seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_NE(stream.find("event: reauth"), std::string::npos) << stream;
  EXPECT_LT(seconds, 4.5);
  server.Stop();
  std::filesystem::remove_all(data_dir);
}

}  // namespace
}  // namespace resumax::testing

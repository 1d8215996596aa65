// What one user may store and send: quotas with a clear code, upload URLs that serve once and
// die with their resume, names that cannot hide what they are, and metrics behind a token.
#include <gtest/gtest.h>

#include <boost/json.hpp>

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

}  // namespace
}  // namespace resumax::testing

// The optional virus-scan hook against a real clamd (started by scripts/test-services with a
// signature database made by sigtool): a match fails the parse as malware_detected and deletes
// the file; a clean file parses; an unreachable clamd holds the parse back, it never skips the
// scan.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

constexpr const char* kPdf = "application/pdf";

std::string UploadAndParse(ServerProcess& server, const std::string& token,
                           const std::string& bytes) {
  const auto ticket =
      server.PostJson("/api/v1/resumes/presign",
                      {{"filename", "cv.pdf"}, {"mimeType", kPdf}, {"size", bytes.size()}}, token);
  EXPECT_EQ(ticket.status, 201) << ticket.body;
  EXPECT_EQ(server.Upload(ticket.Field("uploadUrl"), kPdf, bytes).status, 200);
  const std::string id = ticket.Field("resumeId");
  EXPECT_EQ(server.PostJson("/api/v1/resumes/" + id + "/parse", json::object{}, token).status, 202);
  return id;
}

bool StoredFileExists(const ServerProcess& server, const std::string& id) {
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(server.data_dir() / "objects")) {
    if (entry.is_regular_file() && entry.path().string().find(id) != std::string::npos) {
      return true;
    }
  }
  return false;
}

TEST(ScanApi, ClamdRefusesAMatchAndPassesAGoodFile) {
  const char* clamd = std::getenv("RESUMAX_TEST_CLAMD_URL");
  const char* sample_path = std::getenv("RESUMAX_TEST_CLAMD_SAMPLE");
  if (!clamd || !sample_path) {
    GTEST_SKIP() << "RESUMAX_TEST_CLAMD_URL is not set: `make test` starts clamd";
  }
  std::ifstream in(sample_path, std::ios::binary);
  const std::string sample((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(sample.empty());
  ServerProcess server(Env{{"RESUMAX_CLAMD_URL", clamd}});
  const std::string token = server.VerifiedUser("scanned");

  const std::string bad = UploadAndParse(server, token, sample);
  const auto refused =
      WaitForField(server, "/api/v1/resumes/" + bad, token, "parseStatus", {"completed", "failed"});
  ASSERT_EQ(refused.Field("parseStatus"), "failed") << refused.body;
  EXPECT_EQ(refused.Json().at("parseError").at("code").as_string(), "malware_detected");
  EXPECT_FALSE(StoredFileExists(server, bad)) << "a harmful file is not kept";

  const std::string good = UploadAndParse(server, token, Fixture("api/resume.pdf"));
  const auto parsed = WaitForField(server, "/api/v1/resumes/" + good, token, "parseStatus",
                                   {"completed", "failed"});
  EXPECT_EQ(parsed.Field("parseStatus"), "completed") << parsed.body;
}

TEST(ScanApi, AnUnreachableScannerHoldsTheParseBack) {
  ServerProcess server(
      Env{{"RESUMAX_CLAMD_URL", "tcp://127.0.0.1:1"}, {"RESUMAX_JOB_RETRY_BASE_MS", "200"}});
  const std::string token = server.VerifiedUser("unscanned");
  const std::string id = UploadAndParse(server, token, Fixture("api/resume.pdf"));
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const auto held = server.Get("/api/v1/resumes/" + id, token);
  EXPECT_NE(held.Field("parseStatus"), "completed") << "parsed without a scan: " << held.body;
  EXPECT_TRUE(StoredFileExists(server, id));
}

}  // namespace
}  // namespace resumax::testing

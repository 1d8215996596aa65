// Optimization over real HTTP: start → status (polling and server-sent events) → changes with
// diffs → accept some → version with its own score; idempotency, limits and tenancy.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

class OptimizeApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("optimizer"));
    resume_ = new std::string(UploadParsedResume(*server_, *token_));
    job_ = new std::string(AddBackendJob(*server_, *token_));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
    delete resume_;
    delete job_;
  }

  HttpResponse Start(const std::string& strategy = "balanced", const std::string& key = "") {
    std::vector<std::string> headers{"Content-Type: application/json",
                                     "Authorization: Bearer " + *token_};
    if (!key.empty()) headers.push_back("Idempotency-Key: " + key);
    return server_->Send(
        "POST", "/api/v1/optimize",
        json::serialize(json::object{
            {"resumeId", *resume_}, {"jobDescriptionId", *job_}, {"strategy", strategy}}),
        headers);
  }

  json::object Finished(const std::string& id) {
    return WaitForField(*server_, "/api/v1/optimize/" + id, *token_, "status",
                        {"completed", "failed"})
        .Json()
        .as_object();
  }

  static ServerProcess* server_;
  static std::string* token_;
  static std::string* resume_;
  static std::string* job_;
};

ServerProcess* OptimizeApi::server_ = nullptr;
std::string* OptimizeApi::token_ = nullptr;
std::string* OptimizeApi::resume_ = nullptr;
std::string* OptimizeApi::job_ = nullptr;

bool Contains(const json::array& values, const std::string& wanted) {
  for (const auto& value : values) {
    if (value.is_string() && value.as_string() == wanted) return true;
  }
  return false;
}

TEST_F(OptimizeApi, TheWholeFlowThroughAcceptAndVersions) {
  const auto started = Start();
  ASSERT_EQ(started.status, 202) << started.body;
  const std::string id = started.Field("optimizationId");
  EXPECT_EQ(started.Field("status"), "queued");

  const auto result = Finished(id);
  ASSERT_EQ(result.at("status").as_string(), "completed") << json::serialize(result);
  const auto score = result.at("alignmentScore").to_number<double>();
  EXPECT_GE(score, 0);
  EXPECT_LE(score, 100);
  for (const char* category :
       {"hardSkills", "softSkills", "jobTitle", "education", "experience", "searchability"}) {
    EXPECT_TRUE(result.at("scoreBreakdown").as_object().contains(category)) << category;
  }
  const auto& keywords = result.at("keywords").as_object();
  EXPECT_TRUE(Contains(keywords.at("matched").as_array(), "PostgreSQL"));
  EXPECT_TRUE(Contains(keywords.at("missing").as_array(), "Terraform"));
  EXPECT_FALSE(result.at("summary").as_string().empty());
  EXPECT_EQ(result.at("provider").as_string(), "local");
  // Tips apart from the changes: what only the user can claim, each with the path it concerns.
  bool terraform_tip = false;
  for (const auto& tip : result.at("tips").as_array()) {
    const auto& object = tip.as_object();
    EXPECT_FALSE(object.at("message").as_string().empty());
    EXPECT_FALSE(object.at("path").as_string().empty());
    terraform_tip =
        terraform_tip ||
        (object.at("code").as_string() == "missing_requirement" &&
         std::string(object.at("message").as_string()).find("Terraform") != std::string::npos);
  }
  EXPECT_TRUE(terraform_tip) << json::serialize(result.at("tips"));

  const auto& changes = result.at("changes").as_array();
  ASSERT_FALSE(changes.empty());
  std::vector<std::string> ids;
  for (const auto& change : changes) {
    const auto& object = change.as_object();
    ids.emplace_back(object.at("id").as_string());
    EXPECT_FALSE(object.at("reason").as_string().empty());
    EXPECT_FALSE(object.at("diff").as_array().empty());
    const std::string after(object.at("after").as_string());
    EXPECT_EQ(after.find("Terraform"), std::string::npos) << "a missing skill was inserted";
    EXPECT_EQ(after.find("Led "), std::string::npos) << "helped with never becomes led";
  }

  // Accept all but the first change.
  json::array accepted;
  for (std::size_t i = 1; i < ids.size(); ++i) accepted.emplace_back(ids[i]);
  const auto version = server_->PostJson("/api/v1/optimize/" + id + "/accept",
                                         {{"acceptedChanges", accepted}}, *token_);
  ASSERT_EQ(version.status, 201) << version.body;
  const std::string version_id = version.Field("versionId");
  EXPECT_EQ(version.Json().at("acceptedChanges").as_array().size(), ids.size() - 1);

  const auto all =
      server_->PostJson("/api/v1/optimize/" + id + "/accept", {{"applyAll", true}}, *token_);
  ASSERT_EQ(all.status, 201);
  EXPECT_GE(all.Json().at("alignmentScore").to_number<double>(), score)
      << "accepting everything never lowers the score";

  const auto listed = server_->Get("/api/v1/versions", *token_);
  ASSERT_EQ(listed.status, 200);
  EXPECT_GE(listed.Json().at("items").as_array().size(), 2U);
  const auto fetched = server_->Get("/api/v1/versions/" + version_id, *token_);
  ASSERT_EQ(fetched.status, 200);
  EXPECT_TRUE(fetched.Json().at("optimizedSections").is_object());
  EXPECT_EQ(fetched.Field("jobTitle"), "Senior Backend Engineer");
  EXPECT_EQ(fetched.Field("jobDescriptionId"), *job_);
  EXPECT_TRUE(fetched.Json().at("alignmentScore").is_int64()) << fetched.body;
  EXPECT_EQ(fetched.Json().at("diff").as_array().size(), ids.size() - 1);

  EXPECT_EQ(server_
                ->PostJson("/api/v1/optimize/" + id + "/accept",
                           {{"acceptedChanges", json::array{"c999"}}}, *token_)
                .status,
            422);
  EXPECT_EQ(server_->PostJson("/api/v1/optimize/" + id + "/accept", json::object{}, *token_).status,
            422);
}

TEST_F(OptimizeApi, IdempotencyKeysReplayOrConflict) {
  const auto first = Start("conservative", "key-123");
  ASSERT_EQ(first.status, 202) << first.body;
  const auto again = Start("conservative", "key-123");
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.Field("optimizationId"), first.Field("optimizationId"));
  const auto different = Start("bold", "key-123");
  EXPECT_EQ(different.status, 409);
  EXPECT_EQ(different.Field("code"), "idempotency_conflict");
  Finished(first.Field("optimizationId"));
}

TEST_F(OptimizeApi, EventsStreamTheStatusUntilDone) {
  const auto started = Start("bold");
  const std::string events =
      server_
          ->Send("GET", "/api/v1/optimize/" + started.Field("optimizationId") + "/events", "",
                 {"Authorization: Bearer " + *token_})
          .body;
  EXPECT_NE(events.find("event: completed"), std::string::npos) << events;
  EXPECT_NE(events.find("\"alignmentScore\""), std::string::npos);
}

TEST_F(OptimizeApi, RefusesUnparsedForeignAndUnverified) {
  const auto unparsed = server_->PostJson(
      "/api/v1/resumes/presign",
      {{"filename", "later.pdf"}, {"mimeType", "application/pdf"}, {"size", 100}}, *token_);
  auto response = server_->PostJson(
      "/api/v1/optimize", {{"resumeId", unparsed.Field("resumeId")}, {"jobDescriptionId", *job_}},
      *token_);
  EXPECT_EQ(response.status, 409);
  EXPECT_EQ(response.Field("code"), "resume_not_parsed");

  const std::string intruder = server_->VerifiedUser("opt-intruder");
  response = server_->PostJson("/api/v1/optimize",
                               {{"resumeId", *resume_}, {"jobDescriptionId", *job_}}, intruder);
  EXPECT_EQ(response.status, 404);
  const auto mine = Start();
  const std::string id = mine.Field("optimizationId");
  for (const auto& path : {"/api/v1/optimize/" + id, "/api/v1/optimize/" + id + "/events"}) {
    EXPECT_EQ(server_->Get(path, intruder).status, 404) << path;
  }
  EXPECT_EQ(server_->PostJson("/api/v1/optimize/" + id + "/accept", {{"applyAll", true}}, intruder)
                .status,
            404);
  Finished(id);
  const auto version =
      server_->PostJson("/api/v1/optimize/" + id + "/accept", {{"applyAll", true}}, *token_);
  EXPECT_EQ(server_->Get("/api/v1/versions/" + version.Field("versionId"), intruder).status, 404);
  EXPECT_TRUE(server_->Get("/api/v1/versions", intruder).Json().at("items").as_array().empty());

  const auto registered = server_->PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("opt-unverified")}, {"password", kGoodPassword}, {"name", "U"}});
  response =
      server_->PostJson("/api/v1/optimize", {{"resumeId", *resume_}, {"jobDescriptionId", *job_}},
                        registered.Field("accessToken"));
  EXPECT_EQ(response.status, 403);
  EXPECT_EQ(
      server_
          ->PostJson("/api/v1/optimize",
                     {{"resumeId", *resume_}, {"jobDescriptionId", *job_}, {"strategy", "wild"}},
                     *token_)
          .status,
      400);
}

TEST(OptimizeLimits, AtMostThreeInFlightPerUser) {
  // Workers pause before each job, so optimizations stay in flight.
  ServerProcess server(Env{{"RESUMAX_JOB_START_DELAY_MS", "3000"}, {"RESUMAX_WORKERS", "1"}});
  const std::string token = server.VerifiedUser("busy");
  const std::string resume = UploadParsedResume(server, token);
  const std::string job = AddBackendJob(server, token);
  // Six at once: the check and the insert are one step, so exactly three get in.
  std::vector<long> statuses(6);
  std::vector<std::thread> clients;
  for (std::size_t i = 0; i < statuses.size(); ++i) {
    clients.emplace_back([&, i] {
      statuses[i] = server
                        .PostJson("/api/v1/optimize",
                                  {{"resumeId", resume}, {"jobDescriptionId", job}}, token)
                        .status;
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 202), 3);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), 3);
  const auto fourth =
      server.PostJson("/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, token);
  EXPECT_EQ(fourth.status, 429);
  EXPECT_FALSE(fourth.headers.at("retry-after").empty());
}

}  // namespace
}  // namespace resumax::testing

namespace resumax::testing {
namespace {

TEST(OptimizeCommand, RunsThePipelineOffline) {
  char pattern[] = "/tmp/resumax-cli.XXXXXX";
  const std::filesystem::path dir = ::mkdtemp(pattern);
  std::ofstream(dir / "job.html")
      << "<h1>Senior Backend Engineer</h1><h3>Requirements</h3>"
         "<ul><li>PostgreSQL and Kubernetes</li><li>Terraform</li></ul>";
  const auto out = dir / "result.json";
  const auto [status, output] =
      RunResumax("optimize " + std::string(RESUMAX_FIXTURES) + "/api/resume.pdf " +
                 (dir / "job.html").string() + " --out " + out.string());
  ASSERT_EQ(status, 0) << output;
  std::ifstream in(out);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const auto result = json::parse(text).as_object();
  EXPECT_TRUE(result.contains("alignmentScore"));
  EXPECT_GE(result.at("optimizedScore").to_number<double>(),
            result.at("alignmentScore").to_number<double>());
  EXPECT_TRUE(Contains(result.at("keywords").at("missing").as_array(), "Terraform"));
  const std::string sections = json::serialize(result.at("optimizedSections"));
  EXPECT_EQ(sections.find("Terraform"), std::string::npos) << "a missing skill was inserted";

  const auto [bad_status, bad_output] = RunResumax(
      "optimize /nonexistent.pdf " + (dir / "job.html").string() + " --out " + out.string());
  EXPECT_EQ(bad_status, 2);
  EXPECT_NE(bad_output.find("cannot read"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(TaxonomyCommand, ImportsOpenDataIntoTheDataDir) {
  const std::string source = std::string(RESUMAX_SHARED_TAXONOMY);
  if (!std::filesystem::exists(source + "/esco")) {
    GTEST_SKIP() << "the open taxonomy files are not at " << source
                 << " (they live in ../shared/data/taxonomy beside the repository)";
  }
  char pattern[] = "/tmp/resumax-taxonomy.XXXXXX";
  const std::filesystem::path dir = ::mkdtemp(pattern);
  const auto [status, output] =
      RunResumax("taxonomy import " + source + " --data-dir " + dir.string());
  ASSERT_EQ(status, 0) << output;
  EXPECT_GT(std::filesystem::file_size(dir / "taxonomy" / "imported.tsv"), 1000000U) << output;
  // The server starts with the merged taxonomy.
  ServerProcess server(Env{{"RESUMAX_DATA_DIR", dir.string()}, {"RESUMAX_LOG_LEVEL", "info"}});
  EXPECT_EQ(server.Get("/healthz").status, 200);
  server.Stop();
  std::ifstream log(dir / ("server-" + std::to_string(server.port()) + ".log"));
  const std::string text((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("taxonomy_imported"), std::string::npos) << "serve merges the import";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace resumax::testing

// One user racing their own requests must never take the service down: every mutating route is
// sent at the same moment as a DELETE of the same object, and an Idempotency-Key is replayed
// after its resume is gone. Each answer is a clear status, and the server keeps serving.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <functional>
#include <set>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

class RaceApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("racer"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
  }

  static std::vector<std::string> Headers() {
    return {"Content-Type: application/json", "Authorization: Bearer " + *token_};
  }
  static HttpResponse Call(const std::string& method, const std::string& path,
                           const json::value& body = json::object{}) {
    return server_->Send(method, path, method == "DELETE" ? "" : json::serialize(body), Headers());
  }

  // Runs both requests at the same moment, `rounds` times on fresh objects from make(); each
  // answer's status must be one of the allowed ones, and the server must answer after each round.
  static void Race(int rounds, const std::function<std::string()>& make,
                   const std::function<HttpResponse(const std::string&)>& write,
                   const std::set<long>& write_allowed, const std::string& delete_path_prefix,
                   const std::set<long>& delete_allowed = {204, 404}) {
    for (int round = 0; round < rounds; ++round) {
      const std::string id = make();
      ASSERT_FALSE(id.empty());
      HttpResponse written;
      HttpResponse deleted;
      std::thread writer([&] { written = write(id); });
      std::thread remover([&] { deleted = Call("DELETE", delete_path_prefix + id); });
      writer.join();
      remover.join();
      EXPECT_TRUE(write_allowed.contains(written.status))
          << "round " << round << ": " << written.status << " " << written.body;
      EXPECT_TRUE(delete_allowed.contains(deleted.status))
          << "round " << round << ": " << deleted.status << " " << deleted.body;
      if (written.status >= 400) {
        EXPECT_FALSE(written.Field("code").empty()) << written.body;
        EXPECT_FALSE(written.Field("requestId").empty()) << written.body;
      }
      ASSERT_EQ(server_->Get("/healthz").status, 200) << "the server died in round " << round;
    }
  }

  // Presigns a file under route and uploads it, without asking for the parse; the presign answer.
  static HttpResponse Uploaded(const std::string& route, const std::string& filename,
                               const std::string& mime, const std::string& bytes) {
    const auto ticket = Call("POST", route + "/presign",
                             {{"filename", filename},
                              {"mimeType", mime},
                              {"size", static_cast<std::int64_t>(bytes.size())}});
    server_->Upload(ticket.Field("uploadUrl"), mime, bytes);
    return ticket;
  }

  static std::string NewJob() {
    return Call("POST", "/api/v1/job-descriptions",
                {{"title", "Platform Engineer"}, {"text", kBackendJob}})
        .Field("id");
  }

  static ServerProcess* server_;
  static std::string* token_;
};

ServerProcess* RaceApi::server_ = nullptr;
std::string* RaceApi::token_ = nullptr;

TEST_F(RaceApi, JobDescriptionPatchAgainstDelete) {
  Race(
      40, NewJob,
      [](const std::string& id) {
        return Call("PATCH", "/api/v1/job-descriptions/" + id, {{"title", "Staff Engineer"}});
      },
      {200, 404}, "/api/v1/job-descriptions/");
}

TEST_F(RaceApi, JobDescriptionParseAgainstDelete) {
  const auto make = [] {
    return Uploaded("/api/v1/job-descriptions", "job.txt", "text/plain", kBackendJob)
        .Field("jobDescriptionId");
  };
  Race(
      15, make,
      [](const std::string& id) {
        return Call("POST", "/api/v1/job-descriptions/" + id + "/parse");
      },
      // 409 upload_missing: the delete took the file before the row.
      {200, 202, 404, 409}, "/api/v1/job-descriptions/");
}

TEST_F(RaceApi, ResumeRenameAndParseAgainstDelete) {
  const auto make = [] { return UploadParsedResume(*server_, *token_); };
  Race(
      8, make,
      [](const std::string& id) {
        return Call("PATCH", "/api/v1/resumes/" + id, {{"title", "Renamed"}});
      },
      {200, 404}, "/api/v1/resumes/");
  const auto presigned = [] {
    return Uploaded("/api/v1/resumes", "cv.pdf", "application/pdf", Fixture("api/resume.pdf"))
        .Field("resumeId");
  };
  Race(
      15, presigned,
      [](const std::string& id) { return Call("POST", "/api/v1/resumes/" + id + "/parse"); },
      {200, 202, 404, 409}, "/api/v1/resumes/");
}

TEST_F(RaceApi, OptimizeAgainstResumeDelete) {
  const std::string job = NewJob();
  const auto optimize = [&job](const std::string& resume) {
    return Call("POST", "/api/v1/optimize",
                {{"resumeId", resume}, {"jobDescriptionId", job}, {"strategy", "balanced"}});
  };
  Race(
      6, [] { return UploadParsedResume(*server_, *token_); }, optimize, {202, 404, 429},
      "/api/v1/resumes/");
}

TEST_F(RaceApi, ReplayedIdempotencyKeyAfterTheResumeIsDeleted) {
  const std::string resume = UploadParsedResume(*server_, *token_);
  const std::string job = NewJob();
  auto headers = Headers();
  headers.push_back("Idempotency-Key: replay-after-delete");
  const std::string body = json::serialize(
      json::object{{"resumeId", resume}, {"jobDescriptionId", job}, {"strategy", "balanced"}});
  const auto first = server_->Send("POST", "/api/v1/optimize", body, headers);
  ASSERT_EQ(first.status, 202) << first.body;
  ASSERT_EQ(Call("DELETE", "/api/v1/resumes/" + resume).status, 204);

  const auto replay = server_->Send("POST", "/api/v1/optimize", body, headers);
  EXPECT_EQ(replay.status, 404) << replay.body;
  EXPECT_EQ(replay.Field("code"), "not_found") << replay.body;
  EXPECT_EQ(server_->Get("/healthz").status, 200);
  // The optimization is gone with its resume, for reads too.
  EXPECT_EQ(Call("GET", "/api/v1/optimize/" + first.Field("optimizationId")).status, 404);
}

TEST_F(RaceApi, AcceptAndExportAgainstDeletes) {
  const std::string job = NewJob();
  const auto optimized = [&job] {
    const std::string resume = UploadParsedResume(*server_, *token_);
    const auto started =
        Call("POST", "/api/v1/optimize",
             {{"resumeId", resume}, {"jobDescriptionId", job}, {"strategy", "balanced"}});
    const std::string id = started.Field("optimizationId");
    WaitForField(*server_, "/api/v1/optimize/" + id, *token_, "status", {"completed", "failed"});
    return std::pair{resume, id};
  };
  for (int round = 0; round < 3; ++round) {
    const auto [resume, id] = optimized();
    HttpResponse accepted;
    HttpResponse deleted;
    std::thread accepter([&, id = id] {
      accepted = Call("POST", "/api/v1/optimize/" + id + "/accept", {{"applyAll", true}});
    });
    std::thread remover(
        [&, resume = resume] { deleted = Call("DELETE", "/api/v1/resumes/" + resume); });
    accepter.join();
    remover.join();
    EXPECT_TRUE(accepted.status == 201 || accepted.status == 200 || accepted.status == 404 ||
                accepted.status == 409)
        << accepted.status << " " << accepted.body;
    EXPECT_EQ(deleted.status, 204) << deleted.body;
    ASSERT_EQ(server_->Get("/healthz").status, 200);
  }
}

// Deleting a job description takes its versions: an export of one of them sent at the same
// moment answers 201/200 or 404, never a 500 from a version that vanished mid-render.
TEST_F(RaceApi, ExportAgainstJobDescriptionDelete) {
  const std::string resume = UploadParsedResume(*server_, *token_);
  for (int round = 0; round < 4; ++round) {
    const std::string job = NewJob();
    const auto started =
        Call("POST", "/api/v1/optimize",
             {{"resumeId", resume}, {"jobDescriptionId", job}, {"strategy", "balanced"}});
    const std::string id = started.Field("optimizationId");
    WaitForField(*server_, "/api/v1/optimize/" + id, *token_, "status", {"completed", "failed"});
    const auto version = Call("POST", "/api/v1/optimize/" + id + "/accept", {{"applyAll", true}});
    ASSERT_EQ(version.status, 201) << version.body;
    HttpResponse exported;
    HttpResponse deleted;
    std::thread exporter([&] {
      exported = Call("POST", "/api/v1/exports",
                      {{"versionId", version.Field("versionId")}, {"format", "pdf"}});
    });
    std::thread remover([&] { deleted = Call("DELETE", "/api/v1/job-descriptions/" + job); });
    exporter.join();
    remover.join();
    EXPECT_TRUE(exported.status == 201 || exported.status == 200 || exported.status == 404)
        << "round " << round << ": " << exported.status << " " << exported.body;
    EXPECT_EQ(deleted.status, 204) << deleted.body;
    ASSERT_EQ(server_->Get("/healthz").status, 200);
  }
}

}  // namespace
}  // namespace resumax::testing

// What an applicant tracking system reads, over real HTTP: GET /resumes/{id}/ats-report reads
// the stored file again in the parser's sandbox and checks the document as the user keeps it
// against that reading; another user's resume does not exist, an unread one is a conflict.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

class AtsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("ats"));
    stranger_ = new std::string(server_->VerifiedUser("ats-stranger"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
    delete stranger_;
  }
  ServerProcess& server() { return *server_; }
  const std::string& token() { return *token_; }

  static ServerProcess* server_;
  static std::string* token_;
  static std::string* stranger_;
};

ServerProcess* AtsApi::server_ = nullptr;
std::string* AtsApi::token_ = nullptr;
std::string* AtsApi::stranger_ = nullptr;

std::set<std::string> Codes(const json::value& report) {
  std::set<std::string> codes;
  for (const auto& finding : report.at("findings").as_array()) {
    codes.insert(std::string(finding.at("code").as_string()));
    EXPECT_FALSE(finding.at("message").as_string().empty());
    EXPECT_FALSE(finding.at("fix").as_string().empty());
  }
  return codes;
}

std::string StatusOf(const json::value& report, const std::string& path) {
  for (const auto& field : report.at("fields").as_array()) {
    if (field.at("path").as_string() == path) return std::string(field.at("status").as_string());
  }
  return "<absent>";
}

TEST_F(AtsApi, ReportOfAnUploadAndOfItsCorrections) {
  const std::string id = UploadParsedResume(server(), token());
  const std::string path = "/api/v1/resumes/" + id + "/ats-report";
  const auto report = server().Get(path, token());
  ASSERT_EQ(report.status, 200) << report.body;
  const json::value body = report.Json();
  EXPECT_EQ(body.at("resumeId").as_string(), id);
  // The file as it was read: every field of the untouched document reads back.
  const auto total = body.at("fieldsTotal").to_number<std::int64_t>();
  EXPECT_GE(total, 8);
  EXPECT_EQ(body.at("fieldsOk").to_number<std::int64_t>(), total) << report.body;
  EXPECT_FALSE(body.at("extractedText").as_string().empty());
  // The PDF's page drawn as a picture, behind a short-lived signed link.
  const auto& pages = body.at("pages").as_array();
  ASSERT_EQ(pages.size(), 1u) << report.body;
  EXPECT_EQ(pages[0].at("page").to_number<int>(), 1);
  EXPECT_GT(pages[0].at("height").to_number<int>(), pages[0].at("width").to_number<int>());
  const auto picture = server().Get(PathOf(std::string(pages[0].at("imageUrl").as_string())));
  ASSERT_EQ(picture.status, 200) << picture.body.substr(0, 200);
  EXPECT_TRUE(picture.body.starts_with("\x89PNG"));
  EXPECT_EQ(picture.headers.at("content-type"), "image/png");
  // "cv.pdf" says nothing about its owner.
  EXPECT_TRUE(Codes(body).contains("unusual_file_name")) << report.body;
  const auto score = body.at("score").as_int64();
  EXPECT_GE(score, 0);
  EXPECT_LE(score, 100);
  EXPECT_EQ(server().Get(path, token()).Json().at("score").as_int64(), score)
      << "the same file and document give the same score";

  // A correction the file does not bear out shows as a difference.
  const std::string resume_path = "/api/v1/resumes/" + id;
  json::object sections =
      server().Get(resume_path, token()).Json().at("parsedSections").as_object();
  sections["experience"].as_array()[0].as_object()["company"] = "Corrected Employer Ltd";
  const auto saved = server().Send(
      "PUT", resume_path + "/sections", json::serialize(json::object{{"sections", sections}}),
      {"Content-Type: application/json", "Authorization: Bearer " + token(), "If-Match: \"1\""});
  ASSERT_EQ(saved.status, 200) << saved.body;
  const auto corrected = server().Get(path, token());
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(StatusOf(corrected.Json(), "experience[0].company"), "different") << corrected.body;
  EXPECT_LT(corrected.Json().at("score").as_int64(), score);

  // Each PDF or DOCX export is read back before its link is handed out, and says how it went.
  const auto exported =
      server().PostJson("/api/v1/exports", {{"resumeId", id}, {"format", "pdf"}}, token());
  ASSERT_EQ(exported.status, 201) << exported.body;
  const json::value read_back = exported.Json().at("readBack");
  ASSERT_TRUE(read_back.is_object()) << exported.body;
  EXPECT_EQ(read_back.at("fieldsOk"), read_back.at("fieldsTotal")) << exported.body;
  EXPECT_EQ(std::string(read_back.at("summary").as_string()).rfind("read back 100 %: all ", 0), 0u);
  const auto again =
      server().PostJson("/api/v1/exports", {{"resumeId", id}, {"format", "pdf"}}, token());
  EXPECT_EQ(again.status, 200) << "reused";
  EXPECT_EQ(again.Json().at("readBack"), read_back) << "kept with the artifact";
  const auto text =
      server().PostJson("/api/v1/exports", {{"resumeId", id}, {"format", "text"}}, token());
  ASSERT_EQ(text.status, 201) << text.body;
  EXPECT_TRUE(text.Json().at("readBack").is_null());

  // Another user's resume, an unknown id, a deleted resume: not found.
  const auto foreign = server().Get(path, *stranger_);
  EXPECT_EQ(foreign.status, 404);
  EXPECT_EQ(foreign.Field("code"), "not_found");
  EXPECT_FALSE(foreign.Field("requestId").empty());
  EXPECT_EQ(server()
                .Get("/api/v1/resumes/00000000-0000-0000-0000-000000000000/ats-report", token())
                .status,
            404);
  EXPECT_EQ(server().Get(path).status, 401);
  ASSERT_EQ(server().Send("DELETE", resume_path, "", {"Authorization: Bearer " + token()}).status,
            204);
  EXPECT_EQ(server().Get(path, token()).status, 404);
}

TEST_F(AtsApi, DocxReportAndAResumeNotYetRead) {
  const std::string id =
      UploadParsedFile(server(), token(), "Jordan-Rivera-Resume.docx",
                       "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       Fixture("api/resume.docx"));
  const auto report = server().Get("/api/v1/resumes/" + id + "/ats-report", token());
  ASSERT_EQ(report.status, 200) << report.body;
  EXPECT_FALSE(Codes(report.Json()).contains("unusual_file_name")) << report.body;
  EXPECT_GT(report.Json().at("fieldsOk").as_int64(), 0);

  // Presigned, never uploaded nor parsed: nothing to report yet.
  const auto presigned = server().PostJson(
      "/api/v1/resumes/presign",
      {{"filename", "later.pdf"}, {"mimeType", "application/pdf"}, {"size", 1000}}, token());
  ASSERT_EQ(presigned.status, 201) << presigned.body;
  const auto early =
      server().Get("/api/v1/resumes/" + presigned.Field("resumeId") + "/ats-report", token());
  EXPECT_EQ(early.status, 409) << early.body;
  EXPECT_EQ(early.Field("code"), "resume_not_parsed");
}

// A saved version's exports, as an ATS reads them: its PDF and DOCX in the template and paper
// size asked for, each read back whole.
TEST_F(AtsApi, VersionReportReadsBackItsExports) {
  const std::string resume = UploadParsedResume(server(), token());
  const std::string job = AddBackendJob(server(), token());
  const auto started = server().PostJson(
      "/api/v1/optimize", {{"resumeId", resume}, {"jobDescriptionId", job}}, token());
  ASSERT_EQ(started.status, 202) << started.body;
  const std::string optimization = started.Field("optimizationId");
  const auto done = WaitForField(server(), "/api/v1/optimize/" + optimization, token(), "status",
                                 {"completed", "failed"});
  ASSERT_EQ(done.Field("status"), "completed") << done.body;
  const auto accepted = server().PostJson("/api/v1/optimize/" + optimization + "/accept",
                                          {{"acceptedChanges", json::array{}}}, token());
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  const std::string path = "/api/v1/versions/" + accepted.Field("versionId") + "/ats-report";

  const auto report = server().Get(path + "?template=modern&paperSize=a4", token());
  ASSERT_EQ(report.status, 200) << report.body;
  const json::value body = report.Json();
  EXPECT_EQ(body.at("template").as_string(), "modern");
  EXPECT_EQ(body.at("paperSize").as_string(), "a4");
  const auto& formats = body.at("formats").as_array();
  ASSERT_EQ(formats.size(), 2u);
  EXPECT_EQ(formats[0].at("format").as_string(), "pdf");
  EXPECT_EQ(formats[1].at("format").as_string(), "docx");
  for (const auto& format : formats) {
    const auto total = format.at("fieldsTotal").to_number<std::int64_t>();
    EXPECT_GE(total, 8);
    EXPECT_EQ(format.at("fieldsOk").to_number<std::int64_t>(), total) << json::serialize(format);
    EXPECT_EQ(format.at("readBack").as_string(),
              "read back 100 %: all " + std::to_string(total) + " fields");
    // resuMAX's own exports: one column, no tables, text boxes or icons, a name that says whose.
    for (const auto& finding : format.at("findings").as_array()) {
      EXPECT_NE(finding.at("severity").as_string(), "blocker") << json::serialize(finding);
      EXPECT_NE(finding.at("severity").as_string(), "warning") << json::serialize(finding);
    }
    EXPECT_FALSE(format.at("extractedText").as_string().empty());
  }

  const auto bad = server().Get(path + "?template=fancy", token());
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_EQ(server().Get(path, *stranger_).status, 404);
  EXPECT_EQ(server().Get("/api/v1/versions/not-a-version/ats-report", token()).status, 404);
}

// The knock-out questions of a job, answered from the resume's own facts; another user's job
// description does not exist.
TEST_F(AtsApi, KnockOutsAgainstAJobDescription) {
  const std::string id = UploadParsedResume(server(), token());
  const auto job = server().PostJson(
      "/api/v1/job-descriptions",
      {{"title", "Platform Engineer"},
       {"text",
        "Platform Engineer\nRequirements\n- Bachelor's degree in computer science.\n"
        "- 3+ years of experience with Go.\n- Must be authorized to work in the United States.\n"
        "- Kubernetes\n"}},
      token());
  ASSERT_EQ(job.status, 201) << job.body;
  const std::string path =
      "/api/v1/resumes/" + id + "/ats-report?jobDescriptionId=" + job.Field("id");
  const auto report = server().Get(path, token());
  ASSERT_EQ(report.status, 200) << report.body;
  const json::value body = report.Json();
  EXPECT_EQ(body.at("jobDescriptionId").as_string(), job.Field("id"));
  std::map<std::string, std::string> status;
  for (const auto& knock : body.at("knockOuts").as_array()) {
    status[std::string(knock.at("requirement").as_string())] =
        std::string(knock.at("status").as_string());
    EXPECT_FALSE(knock.at("asked").as_string().empty());
  }
  EXPECT_EQ(status["work_authorization"], "not_shown") << report.body;
  EXPECT_EQ(status["degree"], "met") << report.body;  // the fixture's B.S. in Computer Science
  EXPECT_TRUE(status.contains("years")) << report.body;

  // Without the parameter there is no knock-out list; another user's job is not found.
  EXPECT_FALSE(server()
                   .Get("/api/v1/resumes/" + id + "/ats-report", token())
                   .Json()
                   .as_object()
                   .contains("knockOuts"));
  const std::string foreign = AddBackendJob(server(), *stranger_);
  ASSERT_FALSE(foreign.empty());
  EXPECT_EQ(server()
                .Get("/api/v1/resumes/" + id + "/ats-report?jobDescriptionId=" + foreign, token())
                .status,
            404);
}

// Hostile use: reports asked for at once by one user (one at a time: the others wait their
// turn with 429 and Retry-After, never a failure), a report racing the resume's deletion (it
// answers the report, 404 or 409, never an error of the server's), ids that are no ids.
TEST_F(AtsApi, ConcurrentReportsAndADeleteRace) {
  const std::string id = UploadParsedResume(server(), token());
  const std::string path = "/api/v1/resumes/" + id + "/ats-report";
  std::vector<HttpResponse> answers(3);
  std::vector<std::thread> clients;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    clients.emplace_back([&, i] { answers[i] = server().Get(path, token()); });
  }
  for (auto& client : clients) client.join();
  int reports = 0;
  for (const auto& answer : answers) {
    ASSERT_TRUE(answer.status == 200 || answer.status == 429) << answer.status << answer.body;
    if (answer.status == 200) {
      ++reports;
      continue;
    }
    EXPECT_EQ(answer.Field("code"), "too_many_requests");
    EXPECT_EQ(answer.headers.at("retry-after"), "2");
    EXPECT_FALSE(answer.Field("requestId").empty());
  }
  EXPECT_GE(reports, 1);
  // Another user's reports are not held up by this user's.
  const std::string other = UploadParsedResume(server(), *stranger_);
  EXPECT_EQ(server().Get("/api/v1/resumes/" + other + "/ats-report", *stranger_).status, 200);

  HttpResponse raced;
  int deleted = 0;
  std::thread reader([&] { raced = server().Get(path, token()); });
  std::thread remover([&] {
    deleted = server()
                  .Send("DELETE", "/api/v1/resumes/" + id, "", {"Authorization: Bearer " + token()})
                  .status;
  });
  reader.join();
  remover.join();
  EXPECT_EQ(deleted, 204);
  EXPECT_TRUE(raced.status == 200 || raced.status == 404 || raced.status == 409)
      << raced.status << " " << raced.body;
  EXPECT_EQ(server().Get(path, token()).status, 404);

  for (const std::string& bad :
       std::vector<std::string>{"not-a-uuid", "..%2F..%2Fetc", std::string(300, 'a')}) {
    const auto answer = server().Get("/api/v1/resumes/" + bad + "/ats-report", token());
    EXPECT_EQ(answer.status, 404) << bad << " " << answer.body;
  }
  const std::string mine = UploadParsedResume(server(), token());
  const auto odd_job =
      server().Get("/api/v1/resumes/" + mine + "/ats-report?jobDescriptionId=not-a-uuid", token());
  EXPECT_EQ(odd_job.status, 404) << odd_job.body;
}

}  // namespace
}  // namespace resumax::testing

// The resume document over real HTTP: correcting it with revisions, restoring the parser's
// reading, editing versions, accepting changes in the user's own words, exporting a corrected
// resume (also as JSON Resume), and importing a JSON Resume file.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

class DocumentApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("editor"));
    stranger_ = new std::string(server_->VerifiedUser("stranger"));
    job_ = new std::string(AddBackendJob(*server_, *token_));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
    delete stranger_;
    delete job_;
  }
  ServerProcess& server() { return *server_; }
  const std::string& token() { return *token_; }

  HttpResponse PutSections(const std::string& path, const json::value& sections,
                           const std::string& if_match, const std::string& bearer) {
    std::vector<std::string> headers{"Content-Type: application/json",
                                     "Authorization: Bearer " + bearer};
    if (!if_match.empty()) headers.push_back("If-Match: " + if_match);
    return server().Send("PUT", path, json::serialize(json::object{{"sections", sections}}),
                         headers);
  }

  HttpResponse Export(const json::object& body) {
    return server().PostJson("/api/v1/exports", body, token());
  }

  std::string Download(const HttpResponse& created) {
    const auto file = server().Get(PathOf(created.Field("downloadUrl")));
    EXPECT_EQ(file.status, 200) << file.body;
    return file.body;
  }

  std::string Optimize(const std::string& resume_id) {
    const auto started = server().PostJson(
        "/api/v1/optimize",
        {{"resumeId", resume_id}, {"jobDescriptionId", *job_}, {"strategy", "bold"}}, token());
    EXPECT_EQ(started.status, 202) << started.body;
    const std::string id = started.Field("optimizationId");
    const auto done = WaitForField(server(), "/api/v1/optimize/" + id, token(), "status",
                                   {"completed", "failed"});
    EXPECT_EQ(done.Field("status"), "completed") << done.body;
    return id;
  }

  static ServerProcess* server_;
  static std::string* token_;
  static std::string* stranger_;
  static std::string* job_;
};

ServerProcess* DocumentApi::server_ = nullptr;
std::string* DocumentApi::token_ = nullptr;
std::string* DocumentApi::stranger_ = nullptr;
std::string* DocumentApi::job_ = nullptr;

bool HasIssue(const HttpResponse& response, const std::string& path) {
  const json::value body = response.Json();
  const auto* details = body.as_object().if_contains("details");
  if (details == nullptr || !details->is_array()) return false;
  for (const auto& issue : details->as_array()) {
    if (issue.at("path").as_string() == path) return true;
  }
  return false;
}

TEST_F(DocumentApi, CorrectionsAreSavedWithRevisionsAndCanBeUndone) {
  const std::string id = UploadParsedResume(server(), token());
  const std::string path = "/api/v1/resumes/" + id;
  const auto read = server().Get(path, token());
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.headers.at("etag"), "\"1\"");
  EXPECT_EQ(read.Json().at("revision").as_int64(), 1);
  EXPECT_FALSE(read.Json().at("edited").as_bool());
  json::object sections = read.Json().at("parsedSections").as_object();
  const std::string parsed_name(sections.at("contact").at("name").as_string());
  ASSERT_FALSE(sections.at("experience").as_array().empty());
  sections["contact"].as_object()["name"] = "Jordan Q. Rivera-Test";
  sections["experience"].as_array()[0].as_object()["company"] = "Corrected Employer Ltd";

  // A save must say which revision it replaces.
  EXPECT_EQ(PutSections(path + "/sections", sections, "", token()).status, 428);
  // Another user's resume does not exist for them.
  EXPECT_EQ(PutSections(path + "/sections", sections, "\"1\"", *stranger_).status, 404);
  EXPECT_EQ(server().PostJson(path + "/sections/reset", json::object{}, *stranger_).status, 404);

  const auto saved = PutSections(path + "/sections", sections, "\"1\"", token());
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.headers.at("etag"), "\"2\"");
  EXPECT_TRUE(saved.Json().at("edited").as_bool());
  const json::value saved_body = saved.Json();
  const auto& job = saved_body.at("parsedSections").at("experience").at(0);
  EXPECT_EQ(job.at("company").as_string(), "Corrected Employer Ltd");
  EXPECT_TRUE(job.at("confidence").is_null()) << "an edited entry is confirmed";
  EXPECT_EQ(job.at("id").as_string(), "exp1") << "ids survive an edit";

  // A save made from the old revision is refused, with the current one named.
  const auto stale = PutSections(path + "/sections", sections, "\"1\"", token());
  ASSERT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(stale.Field("code"), "revision_conflict");
  EXPECT_EQ(stale.Json().at("details").at("currentRevision").as_int64(), 2);

  // The corrected document is what scoring, optimizing and exports use.
  const auto pdf = Export({{"resumeId", id}, {"format", "text"}});
  ASSERT_EQ(pdf.status, 201) << pdf.body;
  const std::string text = Download(pdf);
  EXPECT_NE(text.find("Jordan Q. Rivera-Test"), std::string::npos) << text;
  EXPECT_NE(text.find("Corrected Employer Ltd"), std::string::npos) << text;
  EXPECT_EQ(Export({{"resumeId", id}, {"format", "text"}}).status, 200) << "rendered once";

  // Restoring puts the parser's reading back as a new revision.
  const auto reset = server().PostJson(path + "/sections/reset", json::object{}, token());
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.Json().at("revision").as_int64(), 3);
  EXPECT_FALSE(reset.Json().at("edited").as_bool());
  EXPECT_EQ(reset.Json().at("parsedSections").at("contact").at("name").as_string(), parsed_name);
  const auto again = Export({{"resumeId", id}, {"format", "text"}});
  EXPECT_EQ(again.status, 201) << "a new revision is rendered anew";
  EXPECT_EQ(Download(again).find("Corrected Employer Ltd"), std::string::npos);
}

TEST_F(DocumentApi, InvalidDocumentsAreRefusedWithEveryPath) {
  const std::string id = UploadParsedResume(server(), token());
  const std::string path = "/api/v1/resumes/" + id + "/sections";
  json::object sections =
      server().Get("/api/v1/resumes/" + id, token()).Json().at("parsedSections").as_object();
  auto& jobs = sections["experience"].as_array();
  jobs[0].as_object()["startDate"] = "2021-13";
  jobs[0].as_object()["title"] = "Engineer\u0007";
  jobs[1].as_object()["startDate"] = "2020-05";
  jobs[1].as_object()["endDate"] = "2019-01";
  jobs[1].as_object()["current"] = false;
  jobs.push_back(json::object{{"title", ""}, {"bullets", json::array{}}});
  sections["summary"] = std::string(6000, 's');
  const auto refused = PutSections(path, sections, "\"1\"", token());
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.Field("code"), "invalid_sections");
  EXPECT_TRUE(HasIssue(refused, "experience[0].startDate")) << refused.body;
  EXPECT_TRUE(HasIssue(refused, "experience[1].endDate")) << refused.body;

  // Structure first: then the rules.
  sections = server().Get("/api/v1/resumes/" + id, token()).Json().at("parsedSections").as_object();
  sections["experience"].as_array()[0].as_object()["title"] = "Engineer\u0007";
  sections["experience"].as_array().push_back(json::object{{"title", ""}});
  sections["summary"] = std::string(6000, 's');
  const auto rules = PutSections(path, sections, "\"1\"", token());
  ASSERT_EQ(rules.status, 422) << rules.body;
  EXPECT_TRUE(HasIssue(rules, "experience[0].title")) << rules.body;
  EXPECT_TRUE(HasIssue(rules, "experience[2]")) << rules.body;
  EXPECT_TRUE(HasIssue(rules, "summary")) << rules.body;

  EXPECT_EQ(PutSections(path, json::array{1, 2}, "\"1\"", token()).status, 422);
  EXPECT_EQ(server()
                .Send("PUT", path, "{\"sections\": ",
                      {"Content-Type: application/json", "Authorization: Bearer " + token(),
                       "If-Match: \"1\""})
                .status,
            400);
  EXPECT_EQ(PutSections(path, sections, "\"banana\"", token()).status, 412);
  const auto huge =
      PutSections(path, json::object{{"summary", std::string(300 * 1024, 'x')}}, "\"1\"", token());
  EXPECT_EQ(huge.status, 413) << huge.body;
  // Nothing was saved.
  EXPECT_EQ(server().Get("/api/v1/resumes/" + id, token()).Json().at("revision").as_int64(), 1);
}

TEST_F(DocumentApi, VersionsAreEditedIntoNewVersionsAndAcceptedInTheUsersWords) {
  const std::string resume = UploadParsedResume(server(), token());
  const std::string optimization = Optimize(resume);
  const auto result = server().Get("/api/v1/optimize/" + optimization, token()).Json();
  const auto& changes = result.at("changes").as_array();
  ASSERT_FALSE(changes.empty());
  std::string bullet_change;
  std::string bullet_path;
  for (const auto& change : changes) {
    const std::string path(change.at("path").as_string());
    if (path.find(".bullets[") != std::string::npos) {
      bullet_change = std::string(change.at("id").as_string());
      bullet_path = path;
      break;
    }
  }
  ASSERT_FALSE(bullet_change.empty()) << json::serialize(changes);

  // The user's own wording is kept (the guard does not judge it) and recorded as theirs.
  const std::string mine = "Wrote this line myself, with a claim only I can make";
  const auto accept_path = "/api/v1/optimize/" + optimization + "/accept";
  EXPECT_EQ(server()
                .PostJson(accept_path,
                          {{"acceptedChanges", json::array{}},
                           {"edits", json::array{{{"changeId", bullet_change}, {"after", mine}}}}},
                          token())
                .status,
            422)
      << "an edit of a change that is not accepted";
  const auto empty =
      server().PostJson(accept_path,
                        {{"acceptedChanges", json::array{bullet_change}},
                         {"edits", json::array{{{"changeId", bullet_change}, {"after", "   "}}}}},
                        token());
  EXPECT_EQ(empty.status, 422) << empty.body;
  EXPECT_EQ(empty.Field("code"), "invalid_sections");
  const auto accepted =
      server().PostJson(accept_path,
                        {{"acceptedChanges", json::array{bullet_change}},
                         {"edits", json::array{{{"changeId", bullet_change}, {"after", mine}}}}},
                        token());
  ASSERT_EQ(accepted.status, 201) << accepted.body;
  const json::value accepted_body = accepted.Json();
  const auto& diff = accepted_body.at("diff").as_array();
  ASSERT_EQ(diff.size(), 1u);
  EXPECT_TRUE(diff[0].at("editedByUser").as_bool());
  EXPECT_EQ(diff[0].at("after").as_string(), mine);
  EXPECT_NE(json::serialize(accepted_body.at("optimizedSections")).find(mine), std::string::npos);
  const std::string version_id = accepted.Field("versionId");

  // Editing a version makes a new one whose parent it is.
  const std::string path = "/api/v1/versions/" + version_id;
  const auto fetched = server().Get(path, token());
  ASSERT_EQ(fetched.status, 200);
  const std::string etag = fetched.headers.at("etag");
  EXPECT_EQ(fetched.Field("origin"), "optimization");
  json::object sections = fetched.Json().at("optimizedSections").as_object();
  sections["summary"] = "A summary I wrote for this job.";
  EXPECT_EQ(PutSections(path + "/sections", sections, "", token()).status, 428);
  EXPECT_EQ(PutSections(path + "/sections", sections, "\"other\"", token()).status, 412);
  EXPECT_EQ(PutSections(path + "/sections", sections, etag, *stranger_).status, 404);
  const auto edited = PutSections(path + "/sections", sections, etag, token());
  ASSERT_EQ(edited.status, 201) << edited.body;
  EXPECT_EQ(edited.Field("origin"), "edit");
  EXPECT_EQ(edited.Field("parentVersionId"), version_id);
  EXPECT_NE(edited.Field("versionId"), version_id);
  EXPECT_EQ(edited.Json().at("optimizedSections").at("summary").as_string(),
            "A summary I wrote for this job.");
  const json::value listed = server().Get("/api/v1/versions", token()).Json();
  bool found = false;
  for (const auto& item : listed.at("items").as_array()) {
    if (item.at("id").as_string() == edited.Field("versionId")) {
      found = true;
      EXPECT_EQ(item.at("origin").as_string(), "edit");
    }
  }
  EXPECT_TRUE(found);
  // The original version is unchanged.
  EXPECT_NE(server().Get(path, token()).Json().at("optimizedSections").at("summary"),
            json::value("A summary I wrote for this job."));
}

TEST_F(DocumentApi, JsonResumeInAndOut) {
  const std::string bytes = Fixture("json-resume/full.json");
  const auto presigned = server().PostJson(
      "/api/v1/resumes/presign",
      {{"filename", "ana.json"}, {"mimeType", "application/json"}, {"size", bytes.size()}},
      token());
  ASSERT_EQ(presigned.status, 201) << presigned.body;
  ASSERT_EQ(server().Upload(presigned.Field("uploadUrl"), "application/json", bytes).status, 200);
  const std::string id = presigned.Field("resumeId");
  server().PostJson("/api/v1/resumes/" + id + "/parse", json::object{}, token());
  const auto done = WaitForField(server(), "/api/v1/resumes/" + id, token(), "parseStatus",
                                 {"completed", "failed"});
  ASSERT_EQ(done.Field("parseStatus"), "completed") << done.body;
  const json::value done_body = done.Json();
  const auto& sections = done_body.at("parsedSections");
  // The credentials after the name are kept apart, and printed after it again on the way out.
  EXPECT_EQ(sections.at("contact").at("name").as_string(), "Ana M. Ruiz");
  EXPECT_EQ(sections.at("contact").at("postNominals").as_string(), "RN");
  EXPECT_EQ(sections.at("skills").at(0).at("group").as_string(), "Clinical");
  EXPECT_EQ(sections.at("languages").as_array().size(), 2u);

  const auto exported = Export({{"resumeId", id}, {"format", "json"}});
  ASSERT_EQ(exported.status, 201) << exported.body;
  EXPECT_TRUE(exported.Field("fileName").ends_with(".json"));
  const auto back = json::parse(Download(exported));
  EXPECT_EQ(back.at("basics").at("name").as_string(), "Ana M. Ruiz, RN");
  EXPECT_EQ(back.at("work").at(0).at("name").as_string(), "St. Mary's Hospital");
  EXPECT_EQ(back.at("certificates").as_array().size(), 2u);

  // Exports name exactly one source, and only the owner's.
  EXPECT_EQ(Export({{"format", "json"}}).status, 422);
  EXPECT_EQ(Export({{"resumeId", id}, {"versionId", id}, {"format", "json"}}).status, 422);
  EXPECT_EQ(server()
                .PostJson("/api/v1/exports", {{"resumeId", id}, {"format", "pdf"}}, *stranger_)
                .status,
            404);

  // A JSON file that is no JSON Resume, or one with values of the wrong type, fails to read.
  for (const std::string& bad :
       {std::string(R"({"name": "not a resume"})"),
        std::string(R"({"basics": {"name": 5}, "work": [{"startDate": "June 2020"}]})")}) {
    const auto ticket = server().PostJson(
        "/api/v1/resumes/presign",
        {{"filename", "bad.json"}, {"mimeType", "application/json"}, {"size", bad.size()}},
        token());
    ASSERT_EQ(ticket.status, 201);
    server().Upload(ticket.Field("uploadUrl"), "application/json", bad);
    const std::string bad_id = ticket.Field("resumeId");
    server().PostJson("/api/v1/resumes/" + bad_id + "/parse", json::object{}, token());
    const auto failed = WaitForField(server(), "/api/v1/resumes/" + bad_id, token(), "parseStatus",
                                     {"completed", "failed"});
    ASSERT_EQ(failed.Field("parseStatus"), "failed") << failed.body;
    EXPECT_EQ(failed.Json().at("parseError").at("code").as_string(), "invalid_json_resume");
  }
  const auto named = server().PostJson(
      "/api/v1/resumes/presign",
      {{"filename", "ana.pdf"}, {"mimeType", "application/json"}, {"size", 10}}, token());
  EXPECT_GE(named.status, 400) << "the extension must match";
}

TEST_F(DocumentApi, AnUnknownStrategyIsRefused) {
  const std::string resume = UploadParsedResume(server(), token());
  const auto refused = server().PostJson(
      "/api/v1/optimize",
      {{"resumeId", resume}, {"jobDescriptionId", *job_}, {"strategy", "reckless"}}, token());
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.Field("code"), "unknown_strategy");
}

}  // namespace
}  // namespace resumax::testing

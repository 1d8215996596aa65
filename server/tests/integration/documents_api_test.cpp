// Resumes and job descriptions over real HTTP: upload → parse → read, tenancy, hostile files,
// and recovery of a parse whose process was killed.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

constexpr const char* kPdf = "application/pdf";
constexpr const char* kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

class DocumentsApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("owner"));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
  }
  ServerProcess& server() { return *server_; }
  const std::string& token() { return *token_; }

  HttpResponse Presign(const std::string& filename, const std::string& type, std::size_t size,
                       const std::string& bearer) {
    return server().PostJson("/api/v1/resumes/presign",
                             {{"filename", filename}, {"mimeType", type}, {"size", size}}, bearer);
  }

  // Presign, upload and request a parse; returns the resume id.
  std::string UploadAndParse(const std::string& filename, const std::string& type,
                             const std::string& bytes) {
    const auto presigned = Presign(filename, type, bytes.size(), token());
    EXPECT_EQ(presigned.status, 201) << presigned.body;
    const auto uploaded = server().Upload(presigned.Field("uploadUrl"), type, bytes);
    EXPECT_EQ(uploaded.status, 200) << uploaded.body;
    const std::string id = presigned.Field("resumeId");
    const auto parse =
        server().PostJson("/api/v1/resumes/" + id + "/parse", json::object{}, token());
    EXPECT_EQ(parse.status, 202) << parse.body;
    return id;
  }

  json::object ParsedResume(const std::string& id) {
    const auto done = WaitForField(server(), "/api/v1/resumes/" + id, token(), "parseStatus",
                                   {"completed", "failed"});
    return done.Json().as_object();
  }

  static ServerProcess* server_;
  static std::string* token_;
};

ServerProcess* DocumentsApi::server_ = nullptr;
std::string* DocumentsApi::token_ = nullptr;

bool Contains(const json::array& values, const std::string& wanted) {
  for (const auto& value : values) {
    if (value.is_string() && value.as_string() == wanted) return true;
  }
  return false;
}

TEST_F(DocumentsApi, PdfUploadIsParsedIntoSections) {
  const std::string id = UploadAndParse("Jordan Rivera CV.pdf", kPdf, Fixture("api/resume.pdf"));
  const auto resume = ParsedResume(id);
  ASSERT_EQ(resume.at("parseStatus").as_string(), "completed") << json::serialize(resume);
  EXPECT_EQ(resume.at("title").as_string(), "Jordan Rivera CV");
  EXPECT_EQ(resume.at("originalFilename").as_string(), "Jordan Rivera CV.pdf");
  EXPECT_EQ(resume.at("mimeType").as_string(), kPdf);
  const auto& sections = resume.at("parsedSections").as_object();
  EXPECT_EQ(sections.at("contact").at("name").as_string(), "Jordan Rivera");
  EXPECT_EQ(sections.at("contact").at("email").as_string(), "jordan.rivera@example.com");
  const auto& experience = sections.at("experience").as_array();
  ASSERT_EQ(experience.size(), 2U);
  EXPECT_EQ(experience[0].at("company").as_string(), "Globex Corporation");
  EXPECT_EQ(experience[0].at("startDate").as_string(), "2021-03");
  EXPECT_TRUE(experience[0].at("current").as_bool());
  ASSERT_EQ(sections.at("skills").as_array().size(), 1U) << "one list of skills, no group name";
  EXPECT_TRUE(Contains(sections.at("skills").at(0).at("items").as_array(), "PostgreSQL"));
  EXPECT_EQ(sections.at("schemaVersion").as_int64(), 2);
  EXPECT_EQ(experience[0].at("id").as_string(), "exp1");
  EXPECT_EQ(resume.at("revision").as_int64(), 1);
  EXPECT_FALSE(resume.at("edited").as_bool());
  EXPECT_NE(resume.at("parsedText").as_string().find("Initech"), json::string::npos);
}

TEST_F(DocumentsApi, DocxUploadIsParsedIntoSections) {
  const std::string id = UploadAndParse("priya.docx", kDocx, Fixture("api/resume.docx"));
  const auto resume = ParsedResume(id);
  ASSERT_EQ(resume.at("parseStatus").as_string(), "completed") << json::serialize(resume);
  const auto& sections = resume.at("parsedSections").as_object();
  EXPECT_EQ(sections.at("contact").at("name").as_string(), "Priya Natarajan");
  const auto& experience = sections.at("experience").as_array();
  ASSERT_EQ(experience.size(), 2U);
  EXPECT_EQ(experience[0].at("title").as_string(), "Charge Nurse");
  EXPECT_EQ(experience[0].at("company").as_string(), "Mercy General Hospital");
  EXPECT_EQ(experience[1].at("startDate").as_string(), "2017-08");
  EXPECT_EQ(experience[0].at("bullets").as_array().size(), 2U);
  json::array certifications;
  for (const auto& item : sections.at("certifications").as_array()) {
    certifications.push_back(item.at("name"));
  }
  EXPECT_TRUE(Contains(certifications, "ACLS")) << json::serialize(certifications);
}

TEST_F(DocumentsApi, ListRenameAndDelete) {
  const std::string id = UploadAndParse("list-me.pdf", kPdf, Fixture("api/resume.pdf"));
  const auto list = server().Get("/api/v1/resumes?limit=100", token());
  ASSERT_EQ(list.status, 200);
  bool found = false;
  const auto list_body = list.Json();
  for (const auto& item : list_body.at("items").as_array()) {
    if (item.at("id").as_string() == id) found = true;
    EXPECT_FALSE(item.as_object().contains("parsedText")) << "lists stay small";
  }
  EXPECT_TRUE(found);

  const auto renamed =
      server().Send("PATCH", "/api/v1/resumes/" + id, R"({"title":"  Backend 2026 "})",
                    {"Content-Type: application/json", "Authorization: Bearer " + token()});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.Field("title"), "Backend 2026");
  EXPECT_EQ(server()
                .Send("PATCH", "/api/v1/resumes/" + id, R"({"title":""})",
                      {"Content-Type: application/json", "Authorization: Bearer " + token()})
                .status,
            422);

  const auto object = server().data_dir() / "objects";
  EXPECT_EQ(server()
                .Send("DELETE", "/api/v1/resumes/" + id, "", {"Authorization: Bearer " + token()})
                .status,
            204);
  EXPECT_EQ(server().Get("/api/v1/resumes/" + id, token()).status, 404);
  EXPECT_EQ(server()
                .Send("DELETE", "/api/v1/resumes/" + id, "", {"Authorization: Bearer " + token()})
                .status,
            404);
  // The stored file is removed in the background.
  const auto user_files = [&] {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(object)) {
      if (entry.path().string().find(id) != std::string::npos && entry.is_regular_file()) ++count;
    }
    return count;
  };
  for (int i = 0; i < 100 && user_files() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(user_files(), 0U);
}

TEST_F(DocumentsApi, ListsPageWithCursors) {
  const std::string bearer = server().VerifiedUser("pager");
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(server()
                  .PostJson("/api/v1/resumes/presign",
                            {{"filename", "cv" + std::to_string(i) + ".pdf"},
                             {"mimeType", kPdf},
                             {"size", 100}},
                            bearer)
                  .status,
              201);
  }
  const auto first = server().Get("/api/v1/resumes?limit=2", bearer);
  ASSERT_EQ(first.Json().at("items").as_array().size(), 2U);
  const std::string cursor = first.Field("nextCursor");
  ASSERT_FALSE(cursor.empty());
  const auto second = server().Get("/api/v1/resumes?limit=2&cursor=" + cursor, bearer);
  EXPECT_EQ(second.Json().at("items").as_array().size(), 1U);
  EXPECT_TRUE(second.Json().at("nextCursor").is_null());
  EXPECT_EQ(server().Get("/api/v1/resumes?cursor=-4", bearer).status, 422);
}

TEST_F(DocumentsApi, UnverifiedUsersCannotUpload) {
  const auto registered = server().PostJson(
      "/api/v1/auth/register",
      {{"email", UniqueEmail("unverified")}, {"password", kGoodPassword}, {"name", "New"}});
  const std::string bearer = registered.Field("accessToken");
  const auto presign = Presign("cv.pdf", kPdf, 1000, bearer);
  EXPECT_EQ(presign.status, 403);
  EXPECT_EQ(presign.Field("code"), "email_not_verified");
}

TEST_F(DocumentsApi, AnotherUsersDocumentsAre404OnEveryRoute) {
  const std::string resume = UploadAndParse("mine.pdf", kPdf, Fixture("api/resume.pdf"));
  const auto jd =
      server().PostJson("/api/v1/job-descriptions",
                        {{"title", "Backend Engineer"},
                         {"text", "We need a backend engineer with Go and PostgreSQL experience."}},
                        token());
  ASSERT_EQ(jd.status, 201) << jd.body;
  const std::string jd_id = jd.Field("id");
  const std::string intruder = server().VerifiedUser("intruder");
  const std::vector<std::string> auth{"Content-Type: application/json",
                                      "Authorization: Bearer " + intruder};
  for (const auto& [method, path, body] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"GET", "/api/v1/resumes/" + resume, ""},
           {"PATCH", "/api/v1/resumes/" + resume, R"({"title":"stolen"})"},
           {"POST", "/api/v1/resumes/" + resume + "/parse", "{}"},
           {"DELETE", "/api/v1/resumes/" + resume, ""},
           {"GET", "/api/v1/job-descriptions/" + jd_id, ""},
           {"PATCH", "/api/v1/job-descriptions/" + jd_id, R"({"title":"stolen"})"},
           {"DELETE", "/api/v1/job-descriptions/" + jd_id, ""}}) {
    const auto response = server().Send(method, path, body, auth);
    EXPECT_EQ(response.status, 404) << method << " " << path << " " << response.body;
    EXPECT_EQ(response.Field("code"), "not_found");
  }
  for (const auto& path : {"/api/v1/resumes", "/api/v1/job-descriptions"}) {
    EXPECT_TRUE(server().Get(path, intruder).Json().at("items").as_array().empty()) << path;
  }
  // Still the owner's.
  EXPECT_EQ(server().Get("/api/v1/resumes/" + resume, token()).status, 200);
  EXPECT_EQ(server().Get("/api/v1/job-descriptions/" + jd_id, token()).Field("title"),
            "Backend Engineer");
  for (const auto& garbage :
       {"not-a-uuid", "00000000-0000-0000-0000-000000000000", "%27%20OR%201%3D1"}) {
    EXPECT_EQ(server().Get(std::string("/api/v1/resumes/") + garbage, token()).status, 404)
        << garbage;
  }
}

TEST_F(DocumentsApi, PresignRefusesWrongTypesSizesAndNames) {
  auto response = Presign("photo.png", "image/png", 1000, token());
  EXPECT_EQ(response.status, 415);
  EXPECT_EQ(response.Field("code"), "unsupported_file_type");
  response = Presign("cv.docx", kPdf, 1000, token());
  EXPECT_EQ(response.status, 422);
  response = Presign("huge.pdf", kPdf, 11 * 1024 * 1024, token());
  EXPECT_EQ(response.status, 413);
  EXPECT_EQ(response.Field("code"), "file_too_large");
  EXPECT_EQ(Presign("empty.pdf", kPdf, 0, token()).status, 422);
  EXPECT_EQ(server()
                .PostJson("/api/v1/resumes/presign",
                          {{"filename", "a.pdf"}, {"mimeType", kPdf}, {"size", "12"}}, token())
                .status,
            422);
  EXPECT_EQ(server()
                .PostJson("/api/v1/resumes/presign",
                          {{"filename", "a.pdf"}, {"mimeType", kPdf}, {"size", -5}}, token())
                .status,
            422);
}

TEST_F(DocumentsApi, UploadsAreCheckedAgainstTheirUrl) {
  const std::string pdf = Fixture("api/resume.pdf");
  const auto presigned = Presign("cv.pdf", kPdf, pdf.size(), token());
  const std::string url = presigned.Field("uploadUrl");
  // Not a PDF.
  auto response = server().Upload(url, kPdf, "\x89PNG\r\n\x1a\n" + std::string(100, 'x'));
  EXPECT_EQ(response.status, 415);
  EXPECT_EQ(response.Field("code"), "unsupported_file_type");
  // Bigger than announced.
  response = server().Upload(url, kPdf, pdf + std::string(100, ' '));
  EXPECT_EQ(response.status, 413);
  // Another content type than signed.
  response = server().Upload(url, "text/plain", pdf);
  EXPECT_EQ(response.status, 400);
  // A tampered signature or key.
  std::string forged = url;
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  EXPECT_EQ(server().Upload(forged, kPdf, pdf).status, 403);
  std::string other_key = url;
  other_key.replace(other_key.find("original"), 8, "original2");
  EXPECT_EQ(server().Upload(other_key, kPdf, pdf).status, 403);
  // Parse before any upload.
  const auto parse = server().PostJson("/api/v1/resumes/" + presigned.Field("resumeId") + "/parse",
                                       json::object{}, token());
  EXPECT_EQ(parse.status, 409);
  EXPECT_EQ(parse.Field("code"), "upload_missing");
  // Then the honest upload works.
  EXPECT_EQ(server().Upload(url, kPdf, pdf).status, 200);
}

TEST_F(DocumentsApi, HostileFilesFailWithCodesUsersCanActOn) {
  struct Case {
    std::string filename, type, bytes, code;
  };
  std::string random(4096, '\0');
  for (std::size_t i = 0; i < random.size(); ++i)
    random[i] = static_cast<char>((i * 7919 + 13) % 256);
  const std::vector<Case> cases{
      {"encrypted.pdf", kPdf, Fixture("api/encrypted.pdf"), "pdf_encrypted"},
      {"bomb.docx", kDocx, Fixture("api/zip-bomb.docx"), "zip_bomb"},
      {"random.pdf", kPdf, "%PDF-1.7\n" + random, "corrupt_file"},
      {"random.docx", kDocx, std::string("PK\x03\x04", 4) + random, "corrupt_file"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.filename);
    const std::string id = UploadAndParse(c.filename, c.type, c.bytes);
    const auto resume = ParsedResume(id);
    EXPECT_EQ(resume.at("parseStatus").as_string(), "failed");
    ASSERT_TRUE(resume.at("parseError").is_object()) << json::serialize(resume);
    EXPECT_EQ(resume.at("parseError").at("code").as_string(), c.code);
    EXPECT_FALSE(resume.at("parseError").at("message").as_string().empty());
  }
  EXPECT_EQ(server().Get("/healthz").status, 200);
}

TEST_F(DocumentsApi, JobDescriptionsAreSanitizedAndAnalysed) {
  const std::string html =
      "<h2>Senior Backend Engineer</h2><p>Acme Robotics is hiring!</p><script>alert('x')</script>"
      "<p>Location: Austin, TX (Hybrid)</p><p>Salary: $140,000 - $170,000 per year</p>"
      "<h3>Requirements</h3><ul><li>5+ years of experience with Go or Python</li>"
      "<li>PostgreSQL and Kubernetes</li></ul><h3>Nice to have</h3><ul><li>Terraform</li></ul>";
  const auto created = server().PostJson(
      "/api/v1/job-descriptions",
      {{"title", "Senior Backend Engineer"}, {"company", "Acme Robotics"}, {"text", html}},
      token());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = created.Json().as_object();
  const std::string text(body.at("sanitizedText").as_string());
  EXPECT_EQ(text.find("<script>"), std::string::npos);
  EXPECT_EQ(text.find("alert"), std::string::npos);
  EXPECT_NE(text.find("PostgreSQL and Kubernetes"), std::string::npos);
  const auto& metadata = body.at("metadata").as_object();
  EXPECT_EQ(metadata.at("company").as_string(), "Acme Robotics");
  EXPECT_EQ(metadata.at("workMode").as_string(), "hybrid");
  EXPECT_EQ(metadata.at("seniority").as_string(), "senior");
  EXPECT_EQ(metadata.at("yearsExperience").at("min").as_int64(), 5);
  EXPECT_TRUE(Contains(metadata.at("requiredSkills").as_array(), "PostgreSQL"));
  EXPECT_TRUE(Contains(metadata.at("requiredSkills").as_array(), "Kubernetes"));
  EXPECT_TRUE(Contains(metadata.at("preferredSkills").as_array(), "Terraform"));

  const std::string id = body.at("id").as_string().c_str();
  const auto patched = server().Send(
      "PATCH", "/api/v1/job-descriptions/" + id, R"json({"location":"Remote (US)"})json",
      {"Content-Type: application/json", "Authorization: Bearer " + token()});
  EXPECT_EQ(patched.status, 200);
  EXPECT_EQ(patched.Field("location"), "Remote (US)");
  EXPECT_EQ(server().Get("/api/v1/job-descriptions", token()).status, 200);
  EXPECT_EQ(server()
                .Send("DELETE", "/api/v1/job-descriptions/" + id, "",
                      {"Authorization: Bearer " + token()})
                .status,
            204);
  EXPECT_EQ(server().Get("/api/v1/job-descriptions/" + id, token()).status, 404);
}

TEST_F(DocumentsApi, JobDescriptionsCanComeFromAFile) {
  const std::string text =
      "Staff Accountant\nAbout Northwind Traders: we are hiring.\nRequirements\n"
      "- 3+ years of experience in general ledger accounting\n- Strong Excel and GAAP knowledge\n"
      "Nice to have\n- CPA\n";
  const auto presigned = server().PostJson("/api/v1/job-descriptions/presign",
                                           {{"filename", "staff-accountant.txt"},
                                            {"mimeType", "text/plain"},
                                            {"size", text.size()},
                                            {"company", "Northwind Traders"}},
                                           token());
  ASSERT_EQ(presigned.status, 201) << presigned.body;
  const std::string id = presigned.Field("jobDescriptionId");
  const auto early =
      server().PostJson("/api/v1/job-descriptions/" + id + "/parse", json::object{}, token());
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.Field("code"), "upload_missing");
  ASSERT_EQ(server().Upload(presigned.Field("uploadUrl"), "text/plain", text).status, 200);
  const auto queued =
      server().PostJson("/api/v1/job-descriptions/" + id + "/parse", json::object{}, token());
  ASSERT_EQ(queued.status, 202) << queued.body;
  EXPECT_TRUE(queued.Field("parseStatus") == "pending" || queued.Field("parseStatus") == "parsing");
  // Read by a worker, never on the request's thread.
  const auto parsed = WaitForField(server(), "/api/v1/job-descriptions/" + id, token(),
                                   "parseStatus", {"completed", "failed"});
  ASSERT_EQ(parsed.Field("parseStatus"), "completed") << parsed.body;
  const auto body = parsed.Json().as_object();
  EXPECT_EQ(body.at("sourceType").as_string(), "upload");
  // No title was given: the posting's own title replaces the file name.
  EXPECT_EQ(body.at("title").as_string(), "Staff Accountant");
  EXPECT_NE(body.at("sanitizedText").as_string().find("general ledger"), json::string::npos);
  EXPECT_TRUE(Contains(body.at("metadata").at("requiredSkills").as_array(), "GAAP"));
  // Deleting it removes the stored file too.
  EXPECT_EQ(server()
                .Send("DELETE", "/api/v1/job-descriptions/" + id, "",
                      {"Authorization: Bearer " + token()})
                .status,
            204);
  bool file_left = false;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(server().data_dir() / "objects")) {
    if (entry.path().string().find(id) != std::string::npos && entry.is_regular_file())
      file_left = true;
  }
  EXPECT_FALSE(file_left);
  // Pasted ones cannot be parsed as uploads; others' ids are 404.
  const auto pasted =
      server().PostJson("/api/v1/job-descriptions",
                        {{"title", "Clerk"}, {"text", std::string(60, 'x') + " filing"}}, token());
  EXPECT_EQ(server()
                .PostJson("/api/v1/job-descriptions/" + pasted.Field("id") + "/parse",
                          json::object{}, token())
                .status,
            409);
  const std::string other = server().VerifiedUser("jd-intruder");
  EXPECT_EQ(server()
                .PostJson("/api/v1/job-descriptions/" + pasted.Field("id") + "/parse",
                          json::object{}, other)
                .status,
            404);
}

TEST_F(DocumentsApi, JobDescriptionInputIsValidated) {
  auto post = [&](const json::object& body) {
    return server().PostJson("/api/v1/job-descriptions", body, token());
  };
  EXPECT_EQ(post({{"title", "x"}}).status, 422) << "text is required";
  EXPECT_EQ(post({{"title", "x"}, {"text", "too short"}}).status, 422);
  EXPECT_EQ(post({{"title", 5}, {"text", std::string(100, 'a')}}).status, 422);
  EXPECT_EQ(
      post({{"title", std::string(300, 't')}, {"text", std::string(100, 'a') + " words"}}).status,
      422);
  EXPECT_EQ(post({{"title", "x"}, {"text", std::string(150 * 1024, 'a')}}).status, 422);
  EXPECT_EQ(server()
                .Send("POST", "/api/v1/job-descriptions", "{\"title\":",
                      {"Content-Type: application/json", "Authorization: Bearer " + token()})
                .status,
            400);
}

TEST(DocumentsRecovery, AParseSurvivesKillNine) {
  char pattern[] = "/tmp/resumax-recovery.XXXXXX";
  const std::string data_dir = ::mkdtemp(pattern);
  std::string id;
  std::string token;
  const std::string database = FreshDatabaseUrl();
  Env shared{{"RESUMAX_DATA_DIR", data_dir}, {"RESUMAX_JOB_LEASE_SECONDS", "2"}};
  if (!database.empty()) shared.emplace("RESUMAX_DATABASE_URL", database);
  {
    // Workers pause 4 s after claiming a job: long enough to kill the process mid-job.
    Env slow = shared;
    slow.emplace("RESUMAX_JOB_START_DELAY_MS", "4000");
    ServerProcess doomed(slow);
    token = doomed.VerifiedUser("crash");
    const std::string pdf = Fixture("api/resume.pdf");
    const auto presigned =
        doomed.PostJson("/api/v1/resumes/presign",
                        {{"filename", "cv.pdf"}, {"mimeType", kPdf}, {"size", pdf.size()}}, token);
    ASSERT_EQ(doomed.Upload(presigned.Field("uploadUrl"), kPdf, pdf).status, 200);
    id = presigned.Field("resumeId");
    ASSERT_EQ(doomed.PostJson("/api/v1/resumes/" + id + "/parse", json::object{}, token).status,
              202);
    std::this_thread::sleep_for(std::chrono::milliseconds(1000));  // claimed by now
    doomed.Kill();
  }
  ServerProcess revived(shared);
  const auto done =
      WaitForField(revived, "/api/v1/resumes/" + id, token, "parseStatus", {"completed", "failed"});
  EXPECT_EQ(done.Field("parseStatus"), "completed") << done.body;
  revived.Stop();
  std::filesystem::remove_all(data_dir);
}

}  // namespace
}  // namespace resumax::testing

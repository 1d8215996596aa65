// Exports over real HTTP: a saved version rendered as PDF, DOCX and text, downloaded through its
// signed link, reused when asked again, listed on the version; tenancy, hostile bodies and
// tampered or expired links.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "harness.h"

namespace resumax::testing {
namespace {

namespace json = boost::json;

// stdout of a command, or empty when it fails.
std::string Shell(const std::string& command) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  char buffer[4096];
  while (pipe != nullptr) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe);
    if (n == 0) break;
    out.append(buffer, n);
  }
  if (pipe == nullptr || ::pclose(pipe) != 0) return {};
  return out;
}

// Sort key of a change path in the order the exports lay the resume out.
std::vector<int> PathOrder(const std::string& path) {
  static const std::vector<std::string> kSections = {"summary", "experience", "education",
                                                     "skills",  "projects",   "certifications"};
  std::vector<int> key;
  const std::string section = path.substr(0, path.find_first_of("[."));
  const auto at = std::find(kSections.begin(), kSections.end(), section);
  key.push_back(static_cast<int>(at - kSections.begin()));
  for (std::size_t i = path.find('['); i != std::string::npos; i = path.find('[', i + 1)) {
    key.push_back(std::stoi(path.substr(i + 1)));
  }
  return key;
}

std::string Folded(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '\n' || c == ' ' || c == '\f') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Uploads the PDF fixture, optimizes it against kBackendJob and saves a version with every
// change accepted.
json::object SavedVersion(ServerProcess& server, const std::string& token) {
  const std::string resume = UploadParsedResume(server, token);
  const std::string job = AddBackendJob(server, token);
  const std::string id =
      server
          .PostJson("/api/v1/optimize",
                    {{"resumeId", resume}, {"jobDescriptionId", job}, {"strategy", "bold"}}, token)
          .Field("optimizationId");
  const auto result =
      WaitForField(server, "/api/v1/optimize/" + id, token, "status", {"completed", "failed"})
          .Json()
          .as_object();
  json::array accepted;
  const auto& changes = result.at("changes").as_array();
  for (const auto& change : changes) accepted.push_back(change.at("id"));
  const auto version =
      server.PostJson("/api/v1/optimize/" + id + "/accept", {{"acceptedChanges", accepted}}, token);
  return version.Json().as_object();
}

class ExportApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    server_ = new ServerProcess(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
    token_ = new std::string(server_->VerifiedUser("exporter"));
    version_ = new json::object(SavedVersion(*server_, *token_));
  }
  static void TearDownTestSuite() {
    delete server_;
    delete token_;
    delete version_;
  }

  HttpResponse Export(const json::object& body, const std::string& token = "") {
    return server_->PostJson("/api/v1/exports", body, token.empty() ? *token_ : token);
  }
  std::string VersionId() const { return std::string(version_->at("versionId").as_string()); }

  static ServerProcess* server_;
  static std::string* token_;
  static json::object* version_;
};

ServerProcess* ExportApi::server_ = nullptr;
std::string* ExportApi::token_ = nullptr;
json::object* ExportApi::version_ = nullptr;

TEST_F(ExportApi, RendersEachFormatOnceAndListsThemOnTheVersion) {
  ASSERT_GE(version_->at("diff").as_array().size(), 2u) << "the optimization proposed too little";
  struct Case {
    const char* format;
    const char* magic;
    const char* content_type;
    const char* extension;
  };
  for (const Case& c : {Case{"pdf", "%PDF-", "application/pdf", ".pdf"},
                        Case{"docx", "PK", "application/vnd.openxmlformats", ".docx"},
                        Case{"text", "", "text/plain", ".txt"}}) {
    SCOPED_TRACE(c.format);
    const auto created = Export({{"versionId", VersionId()}, {"format", c.format}});
    ASSERT_EQ(created.status, 201) << created.body;
    const auto body = created.Json().as_object();
    EXPECT_EQ(body.at("format").as_string(), c.format);
    EXPECT_TRUE(body.at("fileName").as_string().ends_with(c.extension));
    EXPECT_FALSE(body.at("expiresAt").as_string().empty());
    EXPECT_EQ(body.at("previewUrl").is_null(), std::string(c.format) != "pdf");

    const auto download = server_->Get(PathOf(std::string(body.at("downloadUrl").as_string())));
    ASSERT_EQ(download.status, 200) << download.body;
    EXPECT_TRUE(download.headers.at("content-type").starts_with(c.content_type));
    EXPECT_TRUE(download.headers.at("content-disposition").starts_with("attachment"));
    EXPECT_TRUE(download.body.starts_with(c.magic));
    EXPECT_EQ(static_cast<long long>(download.body.size()), body.at("sizeBytes").as_int64());

    // Asked again: the stored file, not a new rendering.
    const auto again = Export({{"versionId", VersionId()}, {"format", c.format}});
    ASSERT_EQ(again.status, 200) << again.body;
    EXPECT_EQ(again.Field("exportId"), created.Field("exportId"));
  }
  // Another template is another file.
  const auto modern = Export(
      {{"versionId", VersionId()}, {"format", "pdf"}, {"template", "modern"}, {"paperSize", "a4"}});
  ASSERT_EQ(modern.status, 201) << modern.body;
  EXPECT_EQ(modern.Field("template"), "modern");
  EXPECT_EQ(modern.Field("paperSize"), "a4");

  const auto fetched = server_->Get("/api/v1/versions/" + VersionId(), *token_);
  ASSERT_EQ(fetched.status, 200);
  const json::value fetched_body = fetched.Json();
  const auto& downloads = fetched_body.at("downloads").as_array();
  EXPECT_EQ(downloads.size(), 4u) << fetched.body;
  for (const auto& item : downloads) {
    EXPECT_EQ(server_->Get(PathOf(std::string(item.at("downloadUrl").as_string()))).status, 200);
  }
}

TEST_F(ExportApi, PdfHoldsEveryAcceptedChangeInOrder) {
  const auto created = Export({{"versionId", VersionId()}, {"format", "pdf"}});
  ASSERT_TRUE(created.status == 200 || created.status == 201) << created.body;
  const auto download = server_->Get(PathOf(created.Field("downloadUrl")));
  ASSERT_EQ(download.status, 200);
  if (Shell("command -v pdftotext").empty()) GTEST_SKIP() << "pdftotext is not installed";
  const auto path = std::filesystem::temp_directory_path() /
                    ("resumax-export-" + std::to_string(::getpid()) + ".pdf");
  std::ofstream(path, std::ios::binary) << download.body;
  const std::string text = Folded(Shell("pdftotext '" + path.string() + "' -"));
  std::filesystem::remove(path);
  ASSERT_FALSE(text.empty());

  std::vector<std::pair<std::vector<int>, std::string>> accepted;
  for (const auto& change : version_->at("diff").as_array()) {
    accepted.emplace_back(PathOrder(std::string(change.at("path").as_string())),
                          std::string(change.at("after").as_string()));
  }
  std::stable_sort(accepted.begin(), accepted.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  // A new order of a job's bullets (a path without a bullet's index) holds its bullets one per
  // line, in the order the PDF must show them; the bullets of that job are then in that order,
  // not in their indices'.
  std::size_t at = 0;
  std::size_t entry_start = 0;
  std::string reordered;
  for (const auto& [order, after] : accepted) {
    const bool is_order = order.size() == 2 && order[0] == 1;
    if (is_order) {
      reordered = "experience[" + std::to_string(order[1]) + "]";
      entry_start = at;
      std::size_t line_at = at;
      for (std::size_t begin = 0; begin <= after.size();) {
        const std::size_t end = std::min(after.find('\n', begin), after.size());
        const std::size_t found = text.find(Folded(after.substr(begin, end - begin)), line_at);
        ASSERT_NE(found, std::string::npos) << "'" << after << "' missing or out of order";
        line_at = found + 1;
        begin = end + 1;
      }
      continue;
    }
    const bool in_reordered = !reordered.empty() && order.size() == 3 && order[0] == 1 &&
                              "experience[" + std::to_string(order[1]) + "]" == reordered;
    const std::size_t found = text.find(Folded(after), in_reordered ? entry_start : at);
    ASSERT_NE(found, std::string::npos) << "'" << after << "' missing or out of order in\n" << text;
    if (!in_reordered) at = found + 1;
  }
}

// The same export asked for many times at once: every answer names the one stored file.
TEST_F(ExportApi, ConcurrentRequestsShareOneFile) {
  std::vector<HttpResponse> answers(8);
  std::vector<std::thread> clients;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    clients.emplace_back([&, i] {
      answers[i] = Export({{"versionId", VersionId()},
                           {"format", "docx"},
                           {"template", "compact"},
                           {"paperSize", "a4"}});
    });
  }
  for (auto& client : clients) client.join();
  std::set<std::string> ids;
  for (const auto& answer : answers) {
    EXPECT_TRUE(answer.status == 200 || answer.status == 201) << answer.body;
    ids.insert(answer.Field("exportId"));
  }
  EXPECT_EQ(ids.size(), 1u);
  const auto fetched = server_->Get("/api/v1/versions/" + VersionId(), *token_);
  std::size_t compact = 0;
  const json::value body = fetched.Json();
  for (const auto& item : body.at("downloads").as_array()) {
    if (item.at("template") == "compact" && item.at("format") == "docx") ++compact;
  }
  EXPECT_EQ(compact, 1u);
  EXPECT_EQ(server_->Get(PathOf(answers.front().Field("downloadUrl"))).status, 200);
}

TEST_F(ExportApi, PreviewLinksShowThePdfInline) {
  const auto created = Export({{"versionId", VersionId()}, {"format", "pdf"}});
  const auto preview = server_->Get(PathOf(created.Field("previewUrl")));
  ASSERT_EQ(preview.status, 200);
  EXPECT_TRUE(preview.headers.at("content-disposition").starts_with("inline"));
  EXPECT_EQ(preview.headers.at("x-frame-options"), "SAMEORIGIN");
}

TEST_F(ExportApi, TamperedLinksAreRefused) {
  const auto created = Export({{"versionId", VersionId()}, {"format", "text"}});
  const std::string url = PathOf(created.Field("downloadUrl"));
  // Another user's key, a later expiry, an inline view: each changes what was signed.
  std::string other_key = url;
  other_key.replace(other_key.find("users%2F") + 8, 4, "0000");
  std::string later = url;
  const std::size_t expires = later.find("expires=") + 8;
  later.replace(expires, 1, std::to_string((later[expires] - '0' + 1) % 10));
  std::string signature = url;
  signature.back() = signature.back() == 'A' ? 'B' : 'A';
  for (const std::string& bad : {other_key, later, signature, url + "&inline=1"}) {
    const auto refused = server_->Get(bad);
    EXPECT_EQ(refused.status, 403) << bad;
    EXPECT_EQ(refused.Field("code"), "invalid_signature");
  }
}

TEST_F(ExportApi, AnotherUsersVersionIsNotFound) {
  const std::string other = server_->VerifiedUser("other-exporter");
  const auto refused = Export({{"versionId", VersionId()}, {"format", "pdf"}}, other);
  EXPECT_EQ(refused.status, 404) << refused.body;
  EXPECT_EQ(refused.Field("code"), "not_found");
  EXPECT_FALSE(refused.Field("requestId").empty());
  EXPECT_EQ(server_->Get("/api/v1/versions/" + VersionId(), other).status, 404);
  EXPECT_EQ(Export({{"versionId", "not-a-uuid"}, {"format", "pdf"}}).status, 404);
  EXPECT_EQ(
      Export({{"versionId", "00000000-0000-4000-8000-000000000000"}, {"format", "pdf"}}).status,
      404);
}

TEST_F(ExportApi, HostileBodiesGetClearErrors) {
  const std::string id = VersionId();
  const std::pair<json::object, const char*> invalid[] = {
      {{{"format", "pdf"}}, "versionId"},
      {{{"versionId", id}}, "format"},
      {{{"versionId", id}, {"format", "rtf"}}, "format"},
      {{{"versionId", id}, {"format", 7}}, "format"},
      {{{"versionId", json::array{id}}, {"format", "pdf"}}, "versionId"},
      {{{"versionId", id}, {"format", "pdf"}, {"template", "fancy"}}, "template"},
      {{{"versionId", id}, {"format", "pdf"}, {"paperSize", "legal"}}, "paperSize"},
      {{{"versionId", id}, {"format", "pdf"}, {"template", true}}, "template"},
  };
  for (const auto& [body, field] : invalid) {
    const auto answer = Export(body);
    EXPECT_EQ(answer.status, 422) << json::serialize(body) << " " << answer.body;
    EXPECT_EQ(answer.Json().at("details").at("field").as_string(), field) << answer.body;
  }
  const std::vector<std::string> headers = {"Content-Type: application/json",
                                            "Authorization: Bearer " + *token_};
  EXPECT_EQ(server_->Send("POST", "/api/v1/exports", "{\"versionId\":", headers).status, 400);
  EXPECT_EQ(server_->Send("POST", "/api/v1/exports", "[1,2]", headers).status, 400);
  EXPECT_EQ(server_
                ->Send("POST", "/api/v1/exports",
                       "{\"versionId\":\"" + std::string(70000, 'a') + "\"}", headers)
                .status,
            413);
  EXPECT_EQ(server_
                ->Send("POST", "/api/v1/exports", "versionId=1&format=pdf",
                       {"Content-Type: application/x-www-form-urlencoded",
                        "Authorization: Bearer " + *token_})
                .status,
            415);
  EXPECT_EQ(server_->PostJson("/api/v1/exports", {{"versionId", id}, {"format", "pdf"}}).status,
            401);
}

TEST(ExportLinks, ExpireAfterTheirLifetime) {
  ServerProcess server(
      Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}, {"RESUMAX_DOWNLOAD_LINK_TTL", "1"}});
  const std::string token = server.VerifiedUser("expiring");
  const auto version = SavedVersion(server, token);
  const auto created = server.PostJson(
      "/api/v1/exports", {{"versionId", version.at("versionId")}, {"format", "text"}}, token);
  ASSERT_EQ(created.status, 201) << created.body;
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  const auto expired = server.Get(PathOf(created.Field("downloadUrl")));
  EXPECT_EQ(expired.status, 403);
  EXPECT_EQ(expired.Field("code"), "invalid_signature");
  // A new request signs a new link for the same file.
  const auto again = server.PostJson(
      "/api/v1/exports", {{"versionId", version.at("versionId")}, {"format", "text"}}, token);
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(server.Get(PathOf(again.Field("downloadUrl"))).status, 200);
}

// Exported files hold the resume's personal data: deleting the job description (and with it the
// versions tailored to it) or the resume deletes them too.
TEST(ExportCleanup, DeletingTheJobOrTheResumeDeletesTheFiles) {
  ServerProcess server(Env{{"RESUMAX_JOB_RETRY_BASE_MS", "50"}});
  const std::string token = server.VerifiedUser("cleanup");
  const std::vector<std::string> auth = {"Authorization: Bearer " + token};
  for (const std::string deleted : {"job", "resume"}) {
    SCOPED_TRACE(deleted);
    const json::object version = SavedVersion(server, token);
    const auto created = server.PostJson(
        "/api/v1/exports", {{"versionId", version.at("versionId")}, {"format", "pdf"}}, token);
    ASSERT_EQ(created.status, 201) << created.body;
    const std::string download = PathOf(created.Field("downloadUrl"));
    ASSERT_EQ(server.Get(download).status, 200);
    const auto fetched = server.Get("/api/v1/versions/" + created.Field("versionId"), token);
    const std::string path = deleted == "job"
                                 ? "/api/v1/job-descriptions/" + fetched.Field("jobDescriptionId")
                                 : "/api/v1/resumes/" + fetched.Field("resumeId");
    const auto removed = server.Send("DELETE", path, "", auth);
    ASSERT_TRUE(removed.status == 200 || removed.status == 204) << removed.body;
    // The versions made from it are gone for the user at once.
    EXPECT_EQ(server.Get("/api/v1/versions/" + created.Field("versionId"), token).status, 404);
    // The resume's files go in a background job.
    long status = 0;
    for (int attempt = 0; attempt < 100 && status != 404; ++attempt) {
      status = server.Get(download).status;
      if (status != 404) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(status, 404);
  }
}

TEST(OptimizeCommand, ExportsTheOptimizedResume) {
  char pattern[] = "/tmp/resumax-cli-export.XXXXXX";
  const std::filesystem::path dir = ::mkdtemp(pattern);
  std::ofstream(dir / "job.txt") << kBackendJob;
  const std::string inputs =
      std::string(RESUMAX_FIXTURES) + "/api/resume.pdf " + (dir / "job.txt").string();
  for (const auto& [name, magic] : {std::pair<std::string, std::string>{"cv.pdf", "%PDF-"},
                                    {"cv.docx", "PK"},
                                    {"cv.txt", ""}}) {
    const auto [status, output] = RunResumax(
        "optimize " + inputs + " --template modern --paper a4 --out " + (dir / name).string());
    ASSERT_EQ(status, 0) << output;
    std::ifstream in(dir / name, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_TRUE(bytes.starts_with(magic)) << name;
    EXPECT_GT(bytes.size(), 200u) << name;
  }
  if (!Shell("command -v pdfinfo").empty()) {
    EXPECT_NE(Shell("pdfinfo '" + (dir / "cv.pdf").string() + "'").find("(A4)"), std::string::npos);
  }
  EXPECT_EQ(RunResumax("optimize " + inputs + " --out " + (dir / "cv.rtf").string()).first, 2);
  EXPECT_EQ(
      RunResumax("optimize " + inputs + " --template fancy --out " + (dir / "cv.pdf").string())
          .first,
      2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace resumax::testing

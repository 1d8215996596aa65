// What an applicant tracking system reads, over real HTTP: GET /resumes/{id}/ats-report reads
// the stored file again in the parser's sandbox and checks the document as the user keeps it
// against that reading; another user's resume does not exist, an unread one is a conflict.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <map>
#include <set>
#include <thread>
#include <vector>

#include "../support/hostile_documents.h"
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

// Files made for each finding, as an ATS would meet them: generated here (PDFs object by object,
// DOCX packages with libzip) so that each holds exactly the trouble it is named for.
struct PdfLine {
  double x;
  double y;  // from the top of the page
  std::string text;
  std::string font = "F1";
};
struct PdfPageSpec {
  std::vector<PdfLine> lines;
  bool picture = false;  // a 400 × 300 pt picture
  std::string link;      // a link annotation over the first line, to this address
};

// Helvetica (F1), Helvetica with code 0x80 mapped to the ligature "ﬁ" (F2), a grey picture.
std::string MadePdf(const std::vector<PdfPageSpec>& pages, std::size_t padding = 0) {
  const std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lig def "
      "1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfrange <20> <7E> <0020> "
      "<80> <80> <FB01> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end";
  std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Differences [128 /fi] >> "
      "/ToUnicode 5 0 R >>",
      Stream("", cmap),
      Stream("/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
             "/BitsPerComponent 8",
             std::string(64, '\x80'))};
  std::string kids;
  for (const PdfPageSpec& page : pages) {
    std::string content;
    if (page.picture) content += "q 400 0 0 300 100 300 cm /Im1 Do Q\n";
    for (const PdfLine& line : page.lines) {
      content += "BT /" + line.font + " 10 Tf " + std::to_string(line.x) + " " +
                 std::to_string(792 - line.y) + " Td (" + line.text + ") Tj ET\n";
    }
    const std::size_t page_object = objects.size() + 1;
    std::string annotations;
    if (!page.link.empty() && !page.lines.empty()) {
      annotations = " /Annots [" + std::to_string(page_object + 2) + " 0 R]";
    }
    objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents " +
                      std::to_string(page_object + 1) +
                      " 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << /Im1 6 0 R "
                      ">> >>" +
                      annotations + " >>");
    objects.push_back(Stream("", content));
    if (!annotations.empty()) {
      const PdfLine& first = page.lines.front();
      objects.push_back("<< /Type /Annot /Subtype /Link /Rect [" + std::to_string(first.x) + " " +
                        std::to_string(790 - first.y) + " " + std::to_string(first.x + 12) + " " +
                        std::to_string(802 - first.y) + "] /A << /S /URI /URI (" + page.link +
                        ") >> >>");
    }
    kids += std::to_string(page_object) + " 0 R ";
  }
  objects[1] =
      "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages.size()) + " >>";
  // Bytes nothing refers to, for a file over a size limit; random, so they stay that big.
  if (padding > 0) {
    std::string noise(padding, '\0');
    std::uint32_t state = 12345;
    for (char& c : noise) {
      state = state * 1664525u + 1013904223u;
      c = static_cast<char>(state >> 24);
    }
    objects.push_back(Stream("", noise));
  }
  return PdfFromObjects(objects);
}

std::vector<PdfLine> OneColumn() {
  return {{72, 60, "Jordan Smith"},
          {72, 76, "jordan.smith@example.com | 415-555-0100 | Denver, CO"},
          {72, 110, "EXPERIENCE"},
          {72, 126, "Platform Engineer, Acme Corp"},
          {72, 140, "March 2021 - Present"},
          {72, 154, "Built the deployment pipeline for every team in the company."},
          {72, 186, "EDUCATION"},
          {72, 202, "B.S. in Physics, State University, 2018"},
          {72, 234, "SKILLS"},
          {72, 250, "Python, Go, Kubernetes, Terraform"}};
}

std::string MadeDocx(const std::string& body, const std::string& header = {}) {
  const std::string ns =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types "
       "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml",
       "<?xml version=\"1.0\"?><w:document" + ns + "><w:body>" + body + "</w:body></w:document>"}};
  if (!header.empty()) {
    entries.emplace_back("word/header1.xml",
                         "<?xml version=\"1.0\"?><w:hdr" + ns + ">" + header + "</w:hdr>");
  }
  return ZipArchive(entries);
}

std::string Paragraph(const std::string& text) {
  return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>";
}

// Each finding the issue names, from a file made to hold it, over HTTP; a clean one-column file
// has no blocker. ctest runs this on SQLite and on PostgreSQL.
TEST_F(AtsApi, EachFindingFromAFileMadeForIt) {
  const std::string user = server().VerifiedUser("ats-findings");
  const std::string docx_type =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  auto report_of = [&](const std::string& filename, const std::string& type,
                       const std::string& bytes) {
    const std::string id = UploadParsedFile(server(), user, filename, type, bytes);
    const auto report = server().Get("/api/v1/resumes/" + id + "/ats-report", user);
    EXPECT_EQ(report.status, 200) << filename << ": " << report.body;
    return report.status == 200 ? report.Json()
                                : json::value(json::object{{"findings", json::array{}}});
  };
  auto severity_of = [](const json::value& report, const std::string& code) {
    for (const auto& finding : report.at("findings").as_array()) {
      if (finding.at("code").as_string() == code)
        return std::string(finding.at("severity").as_string());
    }
    return std::string("<absent>");
  };

  // Clean: one column, readable text, a name that says whose it is. No blocker.
  const json::value clean =
      report_of("Jordan-Smith-Resume.pdf", "application/pdf", MadePdf({{OneColumn()}}));
  for (const auto& finding : clean.at("findings").as_array()) {
    EXPECT_NE(finding.at("severity").as_string(), "blocker") << json::serialize(clean);
  }
  EXPECT_EQ(clean.at("fieldsOk"), clean.at("fieldsTotal")) << json::serialize(clean);

  // Two columns side by side, their lines at heights of their own.
  std::vector<PdfLine> columns = {
      {220, 50, "Jordan Smith"}, {40, 120, "SKILLS"}, {320, 122, "EXPERIENCE"}};
  const char* left[] = {"Python",    "Go",           "Kubernetes",       "Terraform",
                        "EDUCATION", "B.S. Physics", "State University", "jordan@example.com"};
  const char* right[] = {"Platform Engineer",
                         "Acme Corp",
                         "Built the deployment pipeline",
                         "for every team in the company",
                         "Cut cloud spend by a third",
                         "Support Engineer",
                         "Initech Inc.",
                         "Answered escalations daily"};
  for (int i = 0; i < 8; ++i) {
    columns.push_back({40, 140.0 + 15 * i, left[i]});
    columns.push_back({320, 145.0 + 17 * i, right[i]});
  }
  EXPECT_EQ(
      severity_of(report_of("Jordan-Smith-Resume.pdf", "application/pdf", MadePdf({{columns}})),
                  "multiple_columns"),
      "blocker");

  // A second page that is a picture alone; a picture beside the text on the first.
  const json::value pictured = report_of("Jordan-Smith-Resume.pdf", "application/pdf",
                                         MadePdf({{OneColumn(), true}, {{}, true}}));
  EXPECT_EQ(severity_of(pictured, "image_only_page"), "blocker") << json::serialize(pictured);
  EXPECT_EQ(severity_of(pictured, "pictures"), "warning") << json::serialize(pictured);

  // A LinkedIn profile behind an icon, and a ligature in a word.
  std::vector<PdfLine> iconic = OneColumn();
  iconic.insert(iconic.begin(), {72, 92, "in"});
  iconic.push_back({72, 280, "Certi\\200ed Kubernetes Administrator, 2022", "F2"});
  const json::value linked =
      report_of("Jordan-Smith-Resume.pdf", "application/pdf",
                MadePdf({{iconic, false, "https://www.linkedin.com/in/jordan-smith-42"}}));
  EXPECT_EQ(severity_of(linked, "icon_links"), "warning") << json::serialize(linked);
  EXPECT_EQ(severity_of(linked, "ligatures"), "warning") << json::serialize(linked);

  // Over Greenhouse's 2.5 MB.
  EXPECT_EQ(severity_of(report_of("Jordan-Smith-Resume.pdf", "application/pdf",
                                  MadePdf({{OneColumn()}}, 2'700'000)),
                        "file_too_large"),
            "warning");

  // Encrypted with an owner password that forbids copying text.
  EXPECT_EQ(severity_of(report_of("Jordan-Smith-Resume.pdf", "application/pdf",
                                  Fixture("resumes/encrypted-no-copy.pdf")),
                        "encrypted_file"),
            "blocker");

  // A DOCX laid out in a table, with the contact details only in the page header.
  const std::string table =
      "<w:tbl><w:tr><w:tc>" + Paragraph("Skills") + Paragraph("SQL, Python") + "</w:tc><w:tc>" +
      Paragraph("Experience") + Paragraph("Data Analyst, Brightside Dental, June 2020 - Present") +
      Paragraph("Built the weekly revenue dashboard.") + "</w:tc></w:tr></w:tbl>";
  const json::value docx = report_of("Riley-Chen-Resume.docx", docx_type,
                                     MadeDocx(Paragraph("Riley Chen") + table,
                                              Paragraph("riley.chen@example.com | 206-555-0143")));
  EXPECT_EQ(severity_of(docx, "layout_table"), "warning") << json::serialize(docx);
  EXPECT_EQ(severity_of(docx, "contact_in_header"), "blocker") << json::serialize(docx);
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

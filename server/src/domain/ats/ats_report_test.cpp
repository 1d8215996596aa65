#include "domain/ats/ats_report.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace resumax::ats {
namespace {

document::ResumeDocument Person() {
  document::ResumeDocument doc;
  doc.contact.name = "Ana M. Ruiz";
  doc.contact.email = "ana.ruiz@example.org";
  doc.contact.phone = "(303) 555-0142";
  document::Experience job;
  job.title = "Staff Nurse";
  job.company = "Mercy Hospital";
  job.period.start = document::Date{2019, 3, 0};
  job.period.current = true;
  doc.experience.push_back(job);
  job.title = "Nursing Assistant";
  job.company = "Denver Health";
  job.period.start = document::Date{2016, 6, 0};
  job.period.current = false;
  job.period.end = document::Date{2019, 2, 0};
  doc.experience.push_back(job);
  document::Education school;
  school.degree = "BSN";
  school.school = "University of Colorado";
  school.period.end = document::Date{2016, 0, 0};
  doc.education.push_back(school);
  doc.skills.push_back({"", "", {"Triage", "Telemetry", "Epic"}});
  return doc;
}

std::vector<std::string> Statuses(const Report& report) {
  std::vector<std::string> out;
  for (const FieldCheck& field : report.fields) out.push_back(field.path + "=" + field.status);
  return out;
}

std::vector<std::string> Codes(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& finding : report.findings) {
    out.push_back(finding.code + ":" + std::string(SeverityName(finding.severity)));
  }
  return out;
}

// Read back the same: every field ok, no finding for a plain name, the score 100.
TEST(AtsReport, EveryFieldReadBackScoresFull) {
  ReportInput input{"Ana-Ruiz-Resume.pdf", 120'000, "text", {}, Person(), Person()};
  const Report report = BuildReport(input);
  EXPECT_EQ(report.fields.size(), 16u);  // 3 contact, 2 × 4 job, 2 school, 3 skills
  EXPECT_EQ(report.fields_ok, 16);
  EXPECT_TRUE(report.findings.empty());
  EXPECT_EQ(report.score, 100);
  const boost::json::object json = ToJson(report).as_object();
  EXPECT_EQ(json.at("score").as_int64(), 100);
  EXPECT_EQ(json.at("fieldsTotal").as_uint64(), 16u);
  EXPECT_EQ(json.at("extractedText").as_string(), "text");
}

// Jobs are matched by what they share, not by their place; a coarser date that agrees is the
// same date; the rest is missing or different, and the score follows the share read.
TEST(AtsReport, FieldsMissingOrDifferent) {
  document::ResumeDocument back = Person();
  std::swap(back.experience[0], back.experience[1]);
  back.experience[0].period.start = document::Date{2016, 0, 0};  // "2016" for "2016-06"
  back.experience[1].company = "Mercy";                          // read short
  back.contact.phone = "303.555.0142";                           // same digits
  back.contact.email.clear();
  back.education.clear();
  back.skills[0].items = {"Triage", "Epic"};
  const Report report = BuildReport({"Ana-Ruiz-Resume.pdf", 1000, "", {}, back, Person()});
  EXPECT_EQ(
      Statuses(report),
      (std::vector<std::string>{
          "contact.name=ok", "contact.email=missing", "contact.phone=ok", "experience[0].title=ok",
          "experience[0].company=different", "experience[0].startDate=ok",
          "experience[0].endDate=ok", "experience[1].title=ok", "experience[1].company=ok",
          "experience[1].startDate=ok", "experience[1].endDate=ok", "education[0].degree=missing",
          "education[0].school=missing", "skills[0]=ok", "skills[1]=missing", "skills[2]=ok"}));
  EXPECT_EQ(report.fields_ok, 11);
  EXPECT_EQ(report.score, 69);  // round(100 × 11 / 16) = 69, no findings
}

// The file's size and name, headings no system knows and jobs without dates are findings; each
// code counts once in the score, by its severity.
TEST(AtsReport, FileSizeNameHeadingsAndDates) {
  document::ResumeDocument back = Person();
  back.experience[1].period = {};
  back.custom.push_back({"", "My Journey", {{"", "Started in 2010", {}}}});
  back.custom.push_back({"", "Things I Love", {{"", "Hiking", {}}}});
  const Report big = BuildReport({"scan0001.pdf", 3'000'000, "", {}, back, Person()});
  EXPECT_EQ(Codes(big),
            (std::vector<std::string>{"file_too_large:warning", "job_without_dates:warning",
                                      "unusual_file_name:tip", "nonstandard_heading:tip",
                                      "nonstandard_heading:tip"}));
  // 14 of 16 fields (not the second job's two dates): round(87.5) = 88, less 7 + 7 + 2 + 2.
  EXPECT_EQ(big.score, 88 - 18);
  // The job without dates is named where the user's document has it, whatever order the file's
  // reading found the jobs in.
  std::swap(back.experience[0], back.experience[1]);
  const Report swapped = BuildReport({"Ana-Ruiz.pdf", 1000, "", {}, back, Person()});
  ASSERT_EQ(swapped.findings.size(), 3u);
  EXPECT_EQ(swapped.findings[0].code, "job_without_dates");
  EXPECT_EQ(swapped.findings[0].where, "experience[1]");
  const Report huge = BuildReport({"Ana Ruiz résumé?.pdf", 11u << 20, "", {}, Person(), Person()});
  EXPECT_EQ(Codes(huge),
            (std::vector<std::string>{"file_too_large:blocker", "unusual_file_name:tip"}));
  EXPECT_EQ(huge.score, 100 - 20 - 2);
  EXPECT_EQ(huge.findings[1].fix,
            "Name it with your name and the word resume, such as \"Ana-M-Ruiz-Resume.pdf\".");
  for (const char* fine : {"Ana Ruiz - Resume (2026).pdf", "ana_ruiz_cv.docx", "AnaRuiz.pdf"}) {
    EXPECT_TRUE(BuildReport({fine, 1000, "", {}, Person(), Person()}).findings.empty()) << fine;
  }
  for (const char* odd :
       {"resume.pdf", "Document1.docx", "CV.pdf", "12345.pdf", "untitled 3.pdf"}) {
    EXPECT_EQ(Codes(BuildReport({odd, 1000, "", {}, Person(), Person()})),
              std::vector<std::string>{"unusual_file_name:tip"})
        << odd;
  }
}

// No job read at all is a blocker; the document's jobs are all missing.
TEST(AtsReport, NoJobReadIsABlocker) {
  document::ResumeDocument back = Person();
  back.experience.clear();
  const Report report = BuildReport({"Ana-Ruiz.pdf", 1000, "", {}, back, Person()});
  EXPECT_EQ(Codes(report), std::vector<std::string>{"experience_not_found:blocker"});
  EXPECT_EQ(report.fields_ok, 8);
  EXPECT_EQ(report.score, 50 - 20);  // 8 of 16 fields, less a blocker
}

// The file's findings from its reading: contact only in a page header, characters that are no
// letters, fonts left out; the sandbox's JSON carries them over unchanged.
TEST(AtsReport, FileFindingsAndTheirJson) {
  parsing::DocumentText text;
  parsing::TextLine header;
  header.text = "ana.ruiz@example.org | (303) 555-0142";
  header.style = "Header";
  text.lines.push_back(header);
  parsing::TextLine body;
  body.text = "Ana M. Ruiz";
  text.lines.push_back(body);
  text.facts.plain_text = "Ana M. Ruiz\n\x01\x02 \xEF\xBF\xBD \xEE\x80\x81";
  text.facts.fonts_not_embedded = {"Helvetica", "Times-Roman"};
  const std::vector<Finding> findings = FileFindings(text);
  std::vector<std::string> codes;
  for (const Finding& finding : findings) codes.push_back(finding.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"contact_in_header", "unreadable_characters",
                                             "private_use_characters", "fonts_not_embedded"}));
  EXPECT_NE(findings[1].message.find("3 characters"), std::string::npos);
  EXPECT_NE(findings[3].message.find("Helvetica, Times-Roman"), std::string::npos);
  EXPECT_EQ(FindingsFromJson(FindingsToJson(findings)), findings);
  EXPECT_TRUE(FindingsFromJson(boost::json::parse(R"([1, {"code": 2}, {"x": "y"}])")).empty());
}

}  // namespace
}  // namespace resumax::ats

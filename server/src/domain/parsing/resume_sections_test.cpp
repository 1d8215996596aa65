#include "domain/parsing/resume_sections.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "domain/parsing/headings.h"
#include "domain/parsing/plain_text.h"

namespace resumax::parsing {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(RESUMAX_FIXTURES_DIR) / name, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Str(const boost::json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : "<null>";
}

ParsedResume ParseText(std::string_view text) { return ParseDocument(DocumentFromPlainText(text)); }

TEST(ParseDocument, ChronologicalFixtureInManyOrders) {
  const ParsedResume parsed = ParseText(Fixture("chronological.txt"));
  const boost::json::object& contact = parsed.sections.at("contact").as_object();
  EXPECT_EQ(Str(contact.at("name")), "Alex Rivera");
  EXPECT_EQ(Str(contact.at("email")), "alex.rivera@example.com");
  EXPECT_EQ(Str(contact.at("phone")), "(512) 555-0199");
  EXPECT_EQ(Str(contact.at("location")), "Austin, TX");
  EXPECT_EQ(contact.at("links").as_array().size(), 1u);
  EXPECT_EQ(Str(parsed.sections.at("summary")),
            "Backend engineer who ships reliable payment systems.");

  struct Job {
    std::string_view title, company, start, end;
    bool current;
  };
  const Job expected[] = {
      {"Senior Software Engineer", "Lumen Payments", "2021-03", "<null>", true},
      {"Software Engineer", "Brightline Labs", "2019-08", "2021-02", false},
      {"Data Analyst", "Northwind Traders", "2017-01", "<null>", true},
      {"Support Engineer", "Globex Corporation", "2013", "2017", false},
      {"Junior Developer", "Initech Inc.", "2012-09", "2013-03", false},
  };
  const boost::json::array& jobs = parsed.sections.at("experience").as_array();
  ASSERT_EQ(jobs.size(), std::size(expected));
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const boost::json::object& job = jobs[i].as_object();
    EXPECT_EQ(Str(job.at("title")), expected[i].title) << i;
    EXPECT_EQ(Str(job.at("company")), expected[i].company) << i;
    EXPECT_EQ(Str(job.at("startDate")), expected[i].start) << i;
    EXPECT_EQ(Str(job.at("endDate")), expected[i].end) << i;
    EXPECT_EQ(job.at("current").as_bool(), expected[i].current) << i;
    EXPECT_FALSE(job.at("bullets").as_array().empty()) << i;
  }
  EXPECT_EQ(Str(jobs[0].as_object().at("location")), "Austin, TX");
  EXPECT_EQ(Str(jobs[3].as_object().at("location")), "Denver, CO");
  EXPECT_EQ(jobs[0].as_object().at("bullets").as_array().size(), 2u);

  const boost::json::array& schools = parsed.sections.at("education").as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(Str(schools[0].as_object().at("degree")), "Bachelor of Science in Computer Science");
  EXPECT_EQ(Str(schools[0].as_object().at("school")), "University of Texas at Austin");
  EXPECT_EQ(Str(schools[0].as_object().at("endDate")), "2013");

  std::vector<std::string> skills;
  for (const auto& skill : parsed.sections.at("skills").as_array()) skills.push_back(Str(skill));
  EXPECT_EQ(skills,
            (std::vector<std::string>{"Go", "Python", "SQL", "Docker", "Kubernetes", "Terraform",
                                      "Mentoring", "Public speaking", "Code review"}));
  EXPECT_EQ(parsed.sections.at("certifications").as_array().size(), 1u);
  const boost::json::array& other = parsed.sections.at("other").as_array();
  ASSERT_EQ(other.size(), 1u);
  EXPECT_EQ(Str(other[0].as_object().at("heading")), "Volunteer");
  EXPECT_NE(parsed.text.find("Code coach at Austin Coding Club"), std::string::npos);
}

TEST(ParseDocument, AlwaysHasEveryKey) {
  const ParsedResume parsed = ParseText("just some words\n");
  for (const char* key : {"contact", "summary", "experience", "education", "skills", "projects",
                          "certifications", "other"}) {
    EXPECT_TRUE(parsed.sections.contains(key)) << key;
  }
}

TEST(ParseDocument, ProjectsAndInlineSkills) {
  const ParsedResume parsed = ParseText(
      "Sam Lee\nsam@example.com\n\nSkills: C++, Rust; Linux\n\nProjects\nDevFlow | CLI tool\n"
      "- Automates pull requests\n- 2.5K stars\nTransit App\n- Predicts bus arrivals\n");
  const boost::json::array& projects = parsed.sections.at("projects").as_array();
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(Str(projects[0].as_object().at("name")), "DevFlow");
  EXPECT_EQ(projects[0].as_object().at("bullets").as_array().size(), 2u);
  EXPECT_EQ(Str(projects[1].as_object().at("name")), "Transit App");
  EXPECT_EQ(parsed.sections.at("skills").as_array().size(), 3u);
}

TEST(ClassifyHeading, RecognisesRealForms) {
  EXPECT_EQ(ClassifyHeading("Work History", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("PROFESSIONAL EXPERIENCE", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("Employment", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("Core Competencies", true), SectionKind::kSkills);
  EXPECT_EQ(ClassifyHeading("Skills & Tools", true), SectionKind::kSkills);
  EXPECT_EQ(ClassifyHeading("Licenses & Certifications", true), SectionKind::kCertifications);
  EXPECT_EQ(ClassifyHeading("Profile:", true), SectionKind::kSummary);
  EXPECT_EQ(ClassifyHeading("About", true), SectionKind::kSummary);
  EXPECT_EQ(ClassifyHeading("Education & Training", true), SectionKind::kEducation);
  EXPECT_EQ(ClassifyHeading("Projects", true), SectionKind::kProjects);
  EXPECT_EQ(ClassifyHeading("Awards", true), SectionKind::kOther);
  EXPECT_EQ(ClassifyHeading("Volunteer Experience", true), SectionKind::kOther);
  EXPECT_EQ(ClassifyHeading("Publications", true), SectionKind::kOther);
  EXPECT_EQ(ClassifyHeading("Cloud Skills", false), SectionKind::kSkills);
  EXPECT_EQ(ClassifyHeading("Cloud Skills", true), std::nullopt);
  EXPECT_EQ(ClassifyHeading("Software Engineer", false), std::nullopt);
}

TEST(Contact, FindsEmailPhoneAndName) {
  EXPECT_EQ(FindEmail("mailto:posquit0.bj@gmail.com | x"), "posquit0.bj@gmail.com");
  EXPECT_EQ(FindEmail("no address here @ all"), "");
  EXPECT_EQ(FindPhone("tel:(+82) 10-9030-1843 |"), "(+82) 10-9030-1843");
  EXPECT_EQ(FindPhone("Mobile: +1-123-456-7890"), "+1-123-456-7890");
  EXPECT_EQ(FindPhone("607.379.5733 | dd367@cornell.edu"), "607.379.5733");
  EXPECT_EQ(FindPhone("2013 - 2017"), "");
  EXPECT_EQ(FindPhone("GPA: 3.83 / 4.0"), "");
  EXPECT_TRUE(LooksLikeName("Byungjin Park"));
  EXPECT_TRUE(LooksLikeName("ANDERSON"));
  EXPECT_FALSE(LooksLikeName("DevOps Engineer"));
  EXPECT_FALSE(LooksLikeName("Summary"));
  EXPECT_FALSE(LooksLikeName("Austin, TX"));
}

TEST(SplitSkills, DropsCategoryLabelsButKeepsNamedOnes) {
  EXPECT_EQ(SplitSkills("Languages: Python, Go and Rust"),
            (std::vector<std::string>{"Python", "Go and Rust"}));
  EXPECT_EQ(SplitSkills("Microsoft Office: Word, PowerPoint, and basic Excel"),
            (std::vector<std::string>{"Microsoft Office", "Word", "PowerPoint", "basic Excel"}));
  EXPECT_EQ(SplitSkills("Java \u2022 Shell \u2022 Python"),
            (std::vector<std::string>{"Java", "Shell", "Python"}));
  EXPECT_EQ(SplitSkills("Go\tPython\tNode.js"),
            (std::vector<std::string>{"Go", "Python", "Node.js"}));
  EXPECT_EQ(SplitSkills("Containers (Docker, Kubernetes) | CI/CD"),
            (std::vector<std::string>{"Containers (Docker, Kubernetes)", "CI/CD"}));
}

}  // namespace
}  // namespace resumax::parsing

#include "domain/parsing/resume_sections.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "domain/parsing/headings.h"
#include "domain/parsing/places.h"
#include "domain/parsing/plain_text.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::filesystem::path(RESUMAX_FIXTURES_DIR) / name, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Date(const std::optional<document::Date>& date) {
  return date ? document::FormatDate(*date) : "<null>";
}

ParsedResume ParseText(std::string_view text) { return ParseDocument(DocumentFromPlainText(text)); }

TEST(ParseDocument, ChronologicalFixtureInManyOrders) {
  const ParsedResume parsed = ParseText(Fixture("chronological.txt"));
  const document::ResumeDocument& resume = parsed.document;
  EXPECT_EQ(resume.contact.name, "Alex Rivera");
  EXPECT_EQ(resume.contact.email, "alex.rivera@example.com");
  EXPECT_EQ(resume.contact.phone, "(512) 555-0199");
  EXPECT_EQ(resume.contact.location, "Austin, TX");
  EXPECT_EQ(resume.contact.links.size(), 1u);
  EXPECT_EQ(resume.summary, "Backend engineer who ships reliable payment systems.");

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
  const auto& jobs = resume.experience;
  ASSERT_EQ(jobs.size(), std::size(expected));
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    EXPECT_EQ(jobs[i].title, expected[i].title) << i;
    EXPECT_EQ(jobs[i].company, expected[i].company) << i;
    EXPECT_EQ(Date(jobs[i].period.start), expected[i].start) << i;
    EXPECT_EQ(Date(jobs[i].period.end), expected[i].end) << i;
    EXPECT_EQ(jobs[i].period.current, expected[i].current) << i;
    EXPECT_FALSE(jobs[i].bullets.empty()) << i;
    EXPECT_EQ(jobs[i].id, "exp" + std::to_string(i + 1)) << "ids are numbered per section";
  }
  EXPECT_EQ(jobs[0].location, "Austin, TX");
  EXPECT_EQ(jobs[3].location, "Denver, CO");
  EXPECT_EQ(jobs[0].bullets.size(), 2u);

  ASSERT_EQ(resume.education.size(), 1u);
  EXPECT_EQ(resume.education[0].degree, "Bachelor of Science in Computer Science");
  EXPECT_EQ(resume.education[0].school, "University of Texas at Austin");
  EXPECT_EQ(Date(resume.education[0].period.end), "2013");

  EXPECT_EQ(document::AllSkills(resume),
            (std::vector<std::string>{"Go", "Python", "SQL", "Docker", "Kubernetes", "Terraform",
                                      "Mentoring", "Public speaking", "Code review"}));
  EXPECT_EQ(resume.certifications.size(), 1u);
  ASSERT_EQ(resume.custom.size(), 1u);
  EXPECT_EQ(resume.custom[0].title, "Volunteer");
  EXPECT_NE(parsed.text.find("Code coach at Austin Coding Club"), std::string::npos);
}

TEST(ParseDocument, AnyTextGivesAValidDocument) {
  const ParsedResume parsed = ParseText("just some words\n");
  EXPECT_TRUE(document::Validate(parsed.document).empty());
}

TEST(ParseDocument, ProjectsAndInlineSkills) {
  const ParsedResume parsed = ParseText(
      "Sam Lee\nsam@example.com\n\nSkills: C++, Rust; Linux\n\nProjects\nDevFlow | CLI tool\n"
      "- Automates pull requests\n- 2.5K stars\nTransit App\n- Predicts bus arrivals\n");
  const auto& projects = parsed.document.projects;
  ASSERT_EQ(projects.size(), 2u);
  EXPECT_EQ(projects[0].name, "DevFlow");
  EXPECT_EQ(projects[0].bullets.size(), 2u);
  EXPECT_EQ(projects[1].name, "Transit App");
  EXPECT_EQ(document::AllSkills(parsed.document).size(), 3u);
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

// Letter-spaced capitals extracted in fragments still name their section; prose does not.
TEST(ClassifyHeading, ReadsLetterSpacedFragments) {
  EXPECT_EQ(ClassifyHeading("WO RK EXP ERIENC E", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("E MPLOYMENT HISTORY", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("E D UC ATIO N", true), SectionKind::kEducation);
  EXPECT_EQ(ClassifyHeading("L IC ENSES & C ERTIFIC ATIO NS", false), SectionKind::kCertifications);
  EXPECT_EQ(ClassifyHeading("CO RE CO MP ETENC IES", false), SectionKind::kSkills);
  EXPECT_EQ(ClassifyHeading("A CAD EMIC B ACKGROUND", false), SectionKind::kEducation);
  EXPECT_EQ(ClassifyHeading("Led a team of six on a new skills programme", false), std::nullopt);
}

// A numbered section's heading is its name after the number: "1. Experience" as ms or Word's
// numbered headings print it, "1\tExperience" as LaTeX's \section sets it, a Roman numeral with
// its full stop. A year, a count of years or a Roman "I" before words names nothing.
TEST(ClassifyHeading, ReadsNumberedHeadings) {
  EXPECT_EQ(ClassifyHeading("1. Experience", true), SectionKind::kExperience);
  EXPECT_EQ(ClassifyHeading("2.  EDUCATION", true), SectionKind::kEducation);
  EXPECT_EQ(ClassifyHeading("3\tSkills", true), SectionKind::kSkills);
  EXPECT_EQ(ClassifyHeading("4) Languages", true), SectionKind::kLanguages);
  EXPECT_EQ(ClassifyHeading("1.2 Projects", false), SectionKind::kProjects);
  EXPECT_EQ(ClassifyHeading("IV. Certifications", true), SectionKind::kCertifications);
  EXPECT_EQ(ClassifyHeading("10 years experience", false), std::nullopt);
  EXPECT_EQ(ClassifyHeading("2019 Experience", true), std::nullopt);
  EXPECT_EQ(ClassifyHeading("I Education", true), std::nullopt);
  EXPECT_EQ(ClassifyHeading("1. Led the night shift", false), std::nullopt);
  EXPECT_EQ(SectionNumberLength("12. Awards"), 4u);
  EXPECT_EQ(SectionNumberLength("123 Main Street"), 0u);
  EXPECT_EQ(SectionNumberLength("3."), 0u);
}

// Headings numbered by the typesetter open their sections, and a section of no known kind keeps
// its name without the number.
TEST(ParseDocument, NumberedHeadingsOpenTheirSections) {
  const ParsedResume parsed = ParseText(
      "Ana M. Ruiz, RN\nana@example.org\n\n1.  Experience\n\n"
      "Staff Nurse \u2014 Mercy Hospital\tJan 2019 \u2013 Present\nDenver, CO\n"
      "\u2022 Cared for 24 telemetry patients a shift.\n\n"
      "2.  Education\n\nBSN, University of Colorado\t2018\n\n"
      "3.  Skills\n\nClinical\tTriage, IV therapy, Telemetry\n\n"
      "4\tVolunteer Work\n\nFirst aid trainer, Red Cross, 2015\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].title, "Staff Nurse");
  EXPECT_EQ(resume.experience[0].company, "Mercy Hospital");
  ASSERT_EQ(resume.education.size(), 1u);
  EXPECT_EQ(resume.education[0].school, "University of Colorado");
  EXPECT_EQ(document::AllSkills(resume),
            (std::vector<std::string>{"Triage", "IV therapy", "Telemetry"}));
  ASSERT_EQ(resume.custom.size(), 1u);
  EXPECT_EQ(resume.custom[0].title, "Volunteer Work");
}

TEST(Contact, FindsEmailPhoneAndName) {
  EXPECT_EQ(FindEmail("mailto:posquit0.bj@gmail.com | x"), "posquit0.bj@gmail.com");
  EXPECT_EQ(FindEmail("no address here @ all"), "");
  EXPECT_EQ(FindPhone("tel:(+82) 10-9030-1843 |"), "(+82) 10-9030-1843");
  EXPECT_EQ(FindPhone("Mobile: +1-123-456-7890"), "+1-123-456-7890");
  EXPECT_EQ(FindPhone("607.379.5733 | dd367@cornell.edu"), "607.379.5733");
  EXPECT_EQ(FindPhone("2013 - 2017"), "");
  EXPECT_EQ(FindPhone("2020-09 - 2024-06"), "");
  EXPECT_EQ(FindPhone("09/2012 - 02/2017"), "");
  EXPECT_EQ(FindPhone("Miami, FL \u2022 305-555-0147"), "305-555-0147");
  EXPECT_EQ(FindPhone("GPA: 3.83 / 4.0"), "");
  // A contact line run together with spaces: the number ends where the place begins.
  EXPECT_EQ(FindPhone("c.lefevre@example.net +33 1 23 45 67 89 Paris, France"),
            "+33 1 23 45 67 89");
  EXPECT_EQ(FindPhone("sj@example.net 206-555-0113 Seattle, WA"), "206-555-0113");
  EXPECT_EQ(FindPhone("12345 6789 Main Street"), "");
  EXPECT_EQ(FindPhone("5550123456x"), "");
  // Openers with no digits before a word: nothing, and no read past the text.
  EXPECT_EQ(FindPhone("( Paris"), "");
  EXPECT_EQ(FindPhone("+ x"), "");
  EXPECT_EQ(FindPhone("("), "");
}

TEST(Contact, PhonesAsTypesettersAndFlattenedLinesLeaveThem) {
  // Dashes that typesetting made of hyphens; a range of years stays a range.
  EXPECT_EQ(FindPhone("(212) 555\u20130172 \u00b7 a@b.com"), "(212) 555\u20130172");
  EXPECT_EQ(FindPhone("+1 (512) 555\u20140143"), "+1 (512) 555\u20140143");
  EXPECT_EQ(FindPhone("2013\u20132017"), "");
  EXPECT_EQ(FindPhone("(212) 555-0172 \u2013 2019"), "(212) 555-0172");
  // Dots: after a country code, or in pairs as French numbers are written; not a version.
  EXPECT_EQ(FindPhone("+33.1.23.45.67.89"), "+33.1.23.45.67.89");
  EXPECT_EQ(FindPhone("06.12.34.56.78"), "06.12.34.56.78");
  EXPECT_EQ(FindPhone("Version 10.2.1.4 2019"), "");
  // A postcode run into the number when an icon between them was dropped.
  EXPECT_EQ(FindPhone("Boston, MA 02110 +1 (512) 555-0143"), "+1 (512) 555-0143");
  EXPECT_EQ(FindPhone("Boston, MA 02110 (212) 555-0172"), "(212) 555-0172");
  EXPECT_EQ(FindPhone("Boston, MA 02110 206-555-0113"), "206-555-0113");
  EXPECT_EQ(FindPhone("Leeds LS1 4AP 07700 900123"), "07700 900123");
  EXPECT_EQ(FindPhone("Berlin 10115 +49 30 901820"), "+49 30 901820");
  EXPECT_EQ(FindPhone("+44 (0)20 7946 0321"), "+44 (0)20 7946 0321");
  EXPECT_EQ(FindPhone("0044 (0) 20 7946 0321"), "0044 (0) 20 7946 0321");
  // A label run into the number; other words are not labels.
  EXPECT_EQ(FindPhone("Phone07700 900123"), "07700 900123");
  EXPECT_EQ(FindPhone("Tel+44 20 7946 0321"), "+44 20 7946 0321");
  EXPECT_EQ(FindPhone("Order12345678"), "");
}

TEST(Contact, NamesLookLikeNames) {
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

// Job headers read field by field, in any order, with departments, legal forms and places.
// Fields set apart by en dashes lose the dash whole, never part of its bytes.
TEST(ParseDocument, FieldsBetweenEnDashesStayValidText) {
  const ParsedResume parsed = ParseText(
      "Sarah Whitaker\nsarah@example.net\n\nExperience\n"
      "2019-03 - 2025-01 \u2013 Evergreen Outdoor Co. \u2013 Content Marketing Manager \u2013 "
      "Seattle, WA\n- Ran the content calendar.\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].company, "Evergreen Outdoor Co.");
  EXPECT_EQ(resume.experience[0].title, "Content Marketing Manager");
  EXPECT_TRUE(IsValidUtf8(resume.experience[0].company));
}

// "Highlights", "Key responsibilities:" over a job's points label them: no point, no header.
TEST(ParseDocument, LabelsOverAJobsPointsAreNoPoints) {
  const ParsedResume parsed = ParseText(
      "Ana Ruiz\nana@example.org\n\nExperience\n"
      "Staff Nurse, St. David's Medical Center      Jun 2019 - Present\n"
      "Highlights\n"
      "- Cared for telemetry patients.\n"
      "- Trained new graduates.\n"
      "Nurse, Bellevue Hospital      2015 - 2019\n"
      "Key responsibilities:\n"
      "- Ran the night shift.\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.experience.size(), 2u);
  EXPECT_EQ(resume.experience[0].bullets,
            (std::vector<std::string>{"Cared for telemetry patients.", "Trained new graduates."}));
  EXPECT_EQ(resume.experience[1].company, "Bellevue Hospital");
  EXPECT_EQ(resume.experience[1].bullets, std::vector<std::string>{"Ran the night shift."});
}

// Job titles set in bold like the headings (a Word document in one size throughout) are the
// jobs' first lines, not sections of their own: their dates follow within a few lines.
TEST(ParseDocument, EntryHeadersSetLikeTheHeadings) {
  DocumentText document;
  auto add = [&document](std::string text, bool bold, double size = 11) {
    TextLine line;
    line.text = std::move(text);
    line.bold = bold;
    line.font_size = size;
    line.first_style = kStyleKnown | (bold ? kStyleBold : 0);
    line.last_style = line.first_style;
    document.lines.push_back(std::move(line));
  };
  add("Lucas Moreau", true, 26);
  add("lucas@example.net", false);
  add("Employment History", true);
  add("Front Desk Intern", true);
  add("Hôtel Saône & Rhône, Lyon, France", false);
  add("2024 to 2024", false, 9);
  add("Checked in guests at a four-star hotel.", false, 10);
  add("Server (Part-time)", true);
  add("Brasserie des Célestins, Lyon, France", false);
  add("2021 to 2023", false, 9);
  add("Served lunch and dinner on weekends.", false, 10);
  add("Education", true);
  add("BTS Management en Hôtellerie-Restauration", true);
  add("Lycée Hôtelier de Lyon, Lyon, France", false);
  add("2022 to 2024", false, 9);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 2u);
  EXPECT_EQ(resume.experience[0].title, "Front Desk Intern");
  EXPECT_EQ(resume.experience[1].title, "Server (Part-time)");
  ASSERT_EQ(resume.education.size(), 1u);
  EXPECT_EQ(resume.education[0].school, "Lycée Hôtelier de Lyon");
  EXPECT_TRUE(resume.custom.empty());
}

// A degree set in bold larger than the body but smaller than most section headings, whose
// words name a section ("Certificate of Achievement …"), is the education's first entry.
TEST(ParseDocument, LineSmallerThanTheHeadingsIsNoHeadingByItsWords) {
  DocumentText document;
  auto add = [&document](std::string text, bool bold, double size) {
    TextLine line;
    line.text = std::move(text);
    line.bold = bold;
    line.font_size = size;
    line.first_style = kStyleKnown | (bold ? kStyleBold : 0);
    line.last_style = line.first_style;
    document.lines.push_back(std::move(line));
  };
  add("Jose Nunez", true, 23);
  add("jnunez@example.org", false, 9);
  add("WORK EXPERIENCE", true, 13);
  add("Receiving Clerk", true, 11);
  add("Valley Foods", false, 9);
  add("July 2006 to February 2009", false, 8);
  add("Checked in inbound trailers against purchase orders.", false, 9);
  add("SKILLS", true, 13);
  add("Tools", true, 9);  // a known section's name, set small: a group, no model of the headings
  add("Manhattan WMS\tSAP", false, 9);
  add("EDUCATION", true, 13);
  add("Certificate of Achievement", true, 11);
  add("Chaffey College", true, 9);
  add("January 2017 to May 2018", false, 8);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.education.size(), 1u);
  EXPECT_EQ(resume.education[0].degree, "Certificate of Achievement");
  EXPECT_EQ(resume.education[0].school, "Chaffey College");
  EXPECT_TRUE(resume.certifications.empty());
}

// A heading of no known name set like the known ones ("MY LIFE PHILOSOPHY") still opens a
// section when the paragraph under it mentions years: a year inside a sentence dates no entry.
TEST(ParseDocument, UnknownHeadingOverAParagraphWithYears) {
  DocumentText document;
  auto add = [&document](std::string text, bool bold, double size) {
    TextLine line;
    line.text = std::move(text);
    line.bold = bold;
    line.font_size = size;
    line.first_style = kStyleKnown | (bold ? kStyleBold : 0);
    line.last_style = line.first_style;
    document.lines.push_back(std::move(line));
  };
  add("Jose Nunez", true, 23);
  add("jnunez@example.org", false, 9);
  add("WORK EXPERIENCE", true, 13);
  add("Receiving Clerk", true, 11);
  add("Valley Foods", false, 9);
  add("July 2006 to February 2009", false, 8);
  add("Checked in inbound trailers against purchase orders.", false, 9);
  add("MY LIFE PHILOSOPHY", true, 13);
  add("Warehouse leader who started on the receiving dock and now runs a distribution center.",
      false, 9);
  add("Took two years out (2016-2018) as a family caregiver and finished a certificate then.",
      false, 9);
  add("EDUCATION", true, 13);
  add("Chaffey College", true, 11);
  add("January 2017 to May 2018", false, 8);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].bullets.size(), 1u);
  EXPECT_TRUE(resume.experience[0].summary.empty());
}

// The school and its place in brackets after the degree.
TEST(ParseDocument, SchoolInBracketsAfterItsDegree) {
  const ParsedResume parsed = ParseText(
      "Nkechi Adeyemi\nnkechi@example.org\n\nEducation\n"
      "2015 - 2019      PhD in Statistics (University of Leeds, Leeds, UK)\n"
      "2009 - 2014      B.B.A., Accounting (Florida International University, Miami, FL)\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.education.size(), 2u);
  EXPECT_EQ(resume.education[0].degree, "PhD in Statistics");
  EXPECT_EQ(resume.education[0].school, "University of Leeds");
  EXPECT_EQ(resume.education[1].degree, "B.B.A., Accounting");
  EXPECT_EQ(resume.education[1].school, "Florida International University");
}

// The degree in brackets after its school and place.
TEST(ParseDocument, DegreeInBracketsAfterItsSchool) {
  const ParsedResume parsed = ParseText(
      "Amara Okafor\namara@example.org\n\nEducation\n"
      "2014-09 - 2015-06      The University of Law, London, UK (Legal Practice Course (LPC))\n"
      "2011-09 - 2014-06      King's College London, London, UK (LLB (Hons) Law)\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.education.size(), 2u);
  EXPECT_EQ(resume.education[0].degree, "Legal Practice Course (LPC)");
  EXPECT_EQ(resume.education[0].school, "The University of Law");
  EXPECT_EQ(resume.education[1].degree, "LLB (Hons) Law");
  EXPECT_EQ(resume.education[1].school, "King's College London");
}

// A degree's abbreviation wrapped to the next line stays with the degree.
TEST(ParseDocument, DegreeAbbreviationWrappedToTheNextLine) {
  const ParsedResume parsed = ParseText(
      "Li K. Wei\nli@example.org\n\nEducation\n"
      "Doctor of Pharmacy\n(PharmD)\nUniversity of California, San Francisco      2014 - 2018\n"
      "B.S., Molecular and Cell Biology\nUniversity of California, Berkeley      2010 - 2014\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.education.size(), 2u);
  EXPECT_EQ(resume.education[0].degree, "Doctor of Pharmacy (PharmD)");
  EXPECT_EQ(resume.education[0].school, "University of California, San Francisco");
  EXPECT_EQ(resume.education[1].degree, "B.S., Molecular and Cell Biology");
}

// A school's town after it is its place; a campus after "University of …" is its name.
TEST(ParseDocument, SchoolWithoutItsTown) {
  const ParsedResume parsed = ParseText(
      "Callum MacLeod\ncallum@example.org\n\nEducation\n"
      "BSc Diagnostic Radiography\nGlasgow Caledonian University, Glasgow      2012 - 2016\n"
      "MSc Logistics\nKühne Logistics University, Hamburg      2017 - 2018\n"
      "B.S., Molecular and Cell Biology\nUniversity of California, Berkeley      2008 - 2012\n");
  const document::ResumeDocument& resume = parsed.document;
  ASSERT_EQ(resume.education.size(), 3u);
  EXPECT_EQ(resume.education[0].school, "Glasgow Caledonian University");
  EXPECT_EQ(resume.education[1].school, "Kühne Logistics University");
  EXPECT_EQ(resume.education[2].school, "University of California, Berkeley");
}

TEST(ParseDocument, JobHeadersInAnyOrderWithDepartmentsAndLegalForms) {
  const ParsedResume parsed = ParseText(
      "Ana M. Ruiz, RN\nana@example.org\n\nWork History\n"
      "Staff Nurse, Cardiac Unit, St. David's Medical Center, Austin, TX      Jun 2019 - Present\n"
      "- Cared for telemetry patients.\n"
      "Kensington Reed LLP, Senior Associate, Employment      Sep 2016 - May 2019\n"
      "- Ran tribunal claims.\n"
      "Account Executive, Mid-Market, Orbis      2014 - 2016\n"
      "- Closed new accounts.\n"
      "Regional Vice President, Sales, Summitline Software, Inc.      2010 - 2014\n"
      "- Led the region.\n"
      "Software Engineer, Embedded Systems, Isarwerk Technik AG      2008 - 2010\n"
      "- Wrote firmware.\n");
  const document::ResumeDocument& resume = parsed.document;
  EXPECT_EQ(resume.contact.name, "Ana M. Ruiz");
  EXPECT_EQ(resume.contact.post_nominals, "RN");
  ASSERT_EQ(resume.experience.size(), 5u);
  EXPECT_EQ(resume.experience[0].title, "Staff Nurse, Cardiac Unit");
  EXPECT_EQ(resume.experience[0].company, "St. David's Medical Center");
  EXPECT_EQ(resume.experience[0].location, "Austin, TX");
  EXPECT_EQ(resume.experience[1].title, "Senior Associate, Employment");
  EXPECT_EQ(resume.experience[1].company, "Kensington Reed LLP");
  EXPECT_EQ(resume.experience[2].title, "Account Executive, Mid-Market");
  EXPECT_EQ(resume.experience[2].company, "Orbis");
  EXPECT_EQ(resume.experience[3].title, "Regional Vice President, Sales");
  EXPECT_EQ(resume.experience[3].company, "Summitline Software, Inc.");
  // "Systems" reads as an organisation, but the piece with the legal form is the employer.
  EXPECT_EQ(resume.experience[4].title, "Software Engineer, Embedded Systems");
  EXPECT_EQ(resume.experience[4].company, "Isarwerk Technik AG");
  // "Orbis" was a guess: the editor is told so, at that field.
  bool guessed = false;
  for (const document::ReadWarning& warning : resume.warnings) {
    guessed =
        guessed || (warning.entry_id == resume.experience[2].id && warning.field == "company");
  }
  EXPECT_TRUE(guessed);
}

// "dates ⇥Employer, City, Country" over "Title, Department": the first part of what reads as
// a place is the employer when nothing else names one.
TEST(ParseDocument, EmployerWithItsPlaceOverATitleWithItsDepartment) {
  const ParsedResume parsed = ParseText(
      "Anna Vogt\nanna@example.org\n\nEmployment\n"
      "Aug 2015 - Jan 2018\tSpreewerk Digital, Berlin, Germany\nSEA Manager\n"
      "Managed search advertising for clients.\n"
      "Aug 2014 - Jul 2015\tSpreewerk Digital, Berlin, Germany\nTrainee, Online Marketing\n"
      "Completed a one-year agency traineeship.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[1].title, "Trainee, Online Marketing");
  EXPECT_EQ(jobs[1].company, "Spreewerk Digital");
  EXPECT_EQ(jobs[1].location, "Berlin, Germany");
  // The employer was a guess: the editor is told so, at that field.
  bool guessed = false;
  for (const document::ReadWarning& warning : parsed.document.warnings) {
    guessed = guessed || (warning.entry_id == jobs[1].id && warning.field == "company");
  }
  EXPECT_TRUE(guessed);
}

TEST(ParseDocument, SkillGroupsLanguagesAndWarnings) {
  const ParsedResume parsed = ParseText(
      "JOB APPLIED FOR\nLi Wei, CPA\n\nSkills\nClinical: Telemetry monitoring, IV therapy\n"
      "Systems: Epic, Pyxis\n\nLanguages\nEnglish (Native), Spanish (B2)\n\n"
      "Education\nBachelor of Science in Nursing\n");
  const document::ResumeDocument& resume = parsed.document;
  EXPECT_EQ(resume.contact.name, "Li Wei");
  EXPECT_EQ(resume.contact.post_nominals, "CPA");
  ASSERT_EQ(resume.skills.size(), 2u);
  EXPECT_EQ(resume.skills[0].group, "Clinical");
  EXPECT_EQ(resume.skills[0].items,
            (std::vector<std::string>{"Telemetry monitoring", "IV therapy"}));
  EXPECT_EQ(resume.skills[1].group, "Systems");
  ASSERT_EQ(resume.languages.size(), 2u);
  EXPECT_EQ(resume.languages[0].language, "English");
  EXPECT_EQ(resume.languages[0].fluency, "Native");
  EXPECT_EQ(resume.languages[1].fluency, "B2");
  std::set<std::string> fields;
  for (const document::ReadWarning& warning : resume.warnings) {
    fields.insert(warning.section + "." + warning.field);
  }
  EXPECT_TRUE(fields.contains("contact.email")) << "no email found";
  EXPECT_TRUE(fields.contains("education.school")) << "a degree without its school";
}

// A line as a PDF reader lays it out: about 5 points a letter at 10 points.
TextLine Laid(std::string text, double x, double y, double size = 10, bool bold = false,
              bool right_aligned_at = false) {
  TextLine line;
  line.width = static_cast<double>(text.size()) * size * 0.5;
  line.x = right_aligned_at ? x - line.width : x;
  line.y = y;
  line.font_size = size;
  line.gap_before = 2;
  line.bold = bold;
  line.text = std::move(text);
  return line;
}

// Skills wrapped in a narrow column: a comma list broken inside an item, and one item a line
// right-aligned with the item broken before a word in lower case.
TEST(ParseDocument, SkillListsWrappedInANarrowColumn) {
  DocumentText document;
  document.lines.push_back(Laid("Anna Vogt", 40, 40, 20, true));
  document.lines.push_back(Laid("Skills", 40, 80, 12, true));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("Google Ads, Meta Ads, TikTok", 40, 96));
  document.lines.push_back(Laid("Ads, SEO", 40, 108));
  document.lines.push_back(Laid("Looker Studio", 40, 120));
  document.lines.push_back(Laid("Tools", 40, 140, 12, true));
  document.lines.back().gap_before = 12;
  for (const char* item : {"Mobile and theatre", "imaging", "PACS", "Radiation", "protection"}) {
    document.lines.push_back(
        Laid(item, 200, 156 + 10 * static_cast<double>(document.lines.size()), 10, false, true));
  }
  const ParsedResume parsed = ParseDocument(document);
  const std::vector<std::string> skills = document::AllSkills(parsed.document);
  EXPECT_EQ(skills, (std::vector<std::string>{"Google Ads", "Meta Ads", "TikTok Ads", "SEO",
                                              "Looker Studio", "Mobile and theatre imaging", "PACS",
                                              "Radiation protection"}));
}

// Points set as paragraphs without marks, spaced apart: a sentence wrapped onto a short line
// that ends in a year ("…to Epic" over "ASAP in 2010.") goes on its paragraph; it is no job.
// A qualification named a course, on a line of its own, is a degree.
TEST(ParseDocument, WrappedSentenceEndingInAYearIsNoJob) {
  DocumentText document;
  double y = 40;
  auto add = [&](std::string text, double gap, double size = 10, bool bold = false) {
    y += gap + size;
    document.lines.push_back(Laid(std::move(text), 60, y, size, bold));
    document.lines.back().gap_before = gap;
  };
  add("Mary-Jo Carter", 0, 20, true);
  add("Experience", 12, 12, true);
  add("Charge Nurse, Lakeshore Community Hospital\t2006 - 2012", 8, 10, true);
  add("Coordinated patient flow and bed assignments on night shift.", 5);
  add("Trained 40 nurses in the Emergency Severity Index each month.", 5);
  add("Served as the department's super-user during the move from paper charts to Epic", 5);
  add("ASAP in 2010.", 1);
  add("Staff Nurse, Cook County Health\t2000 - 2006", 12, 10, true);
  add("Cared for critically injured adults in the trauma bays.", 5);
  add("Precepted new trauma nurses.", 5);
  add("Education", 12, 12, true);
  add("Legal Practice Course (LPC)", 8, 10, true);
  add("The University of Law, 2012", 2);
  const ParsedResume parsed = ParseDocument(document);
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u) << parsed.text;
  EXPECT_EQ(jobs[0].company, "Lakeshore Community Hospital");
  ASSERT_EQ(jobs[0].bullets.size(), 3u);
  EXPECT_TRUE(jobs[0].bullets[2].ends_with("to Epic ASAP in 2010."));
  EXPECT_EQ(jobs[1].company, "Cook County Health");
  ASSERT_EQ(parsed.document.education.size(), 1u);
  EXPECT_EQ(parsed.document.education[0].degree, "Legal Practice Course (LPC)");
  EXPECT_EQ(parsed.document.education[0].school, "The University of Law");
}

// The employer in bold on a line of its own over "Title, Department ⇥dates".
TEST(ParseDocument, EmployerOverATitleWithItsDepartment) {
  DocumentText document;
  double y = 40;
  auto add = [&](std::string text, bool bold = false, bool bullet = false) {
    y += 14;
    document.lines.push_back(Laid(std::move(text), 60, y, 10, bold));
    document.lines.back().is_bullet = bullet;
  };
  add("Katrin Albers", true);
  add("Work Experience", true);
  add("Nordwind GmbH — Hamburg, Germany", true);
  add("Supply Chain Manager\t07/2019 - Present");
  add("Run supply planning for two plants.", false, true);
  add("Elbe Container Lines AG — Hamburg, Germany", true);
  add("Logistics Planner, Ocean Freight\t04/2014 - 06/2019");
  add("Planned container flows for 40 key accounts.", false, true);
  add("Trained new planners.", false, true);
  const ParsedResume parsed = ParseDocument(document);
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u) << parsed.text;
  EXPECT_EQ(jobs[0].company, "Nordwind GmbH");
  EXPECT_EQ(jobs[0].bullets.size(), 1u);
  EXPECT_EQ(jobs[1].title, "Logistics Planner, Ocean Freight");
  EXPECT_EQ(jobs[1].company, "Elbe Container Lines AG");
  EXPECT_EQ(jobs[1].bullets.size(), 2u);
}

// A name set large in a narrow sidebar wraps; a first line that cannot end a name goes on.
TEST(ParseDocument, NameWrappedInANarrowColumn) {
  for (const auto& [first, second, want] : std::vector<std::array<std::string, 3>>{
           {"ELEANOR", "VOSS", "Eleanor Voss"},
           {"Rebecca Tran-", "Holloway", "Rebecca Tran-Holloway"},
           {"Marcus T.", "Bell", "Marcus T. Bell"}}) {
    DocumentText document;
    document.lines.push_back(Laid(first, 20, 30, 20, true));
    document.lines.push_back(Laid(second, 20, 54, 20, true));
    document.lines.push_back(Laid("Performance Marketing Lead", 20, 80, 11));
    document.lines.push_back(Laid("Experience", 200, 100, 12, true));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, want);
  }
}

// Names that share their lines with small contact details: given and family names set apart
// in the same type, and given names over a larger family name under a small headline.
TEST(ParseDocument, NameBesideContactDetails) {
  auto sized = [](TextLine line, std::vector<std::pair<std::size_t, double>> runs) {
    line.size_runs = std::move(runs);
    return line;
  };
  {
    DocumentText document;
    document.lines.push_back(sized(Laid("JAN\tVAN DER BERG\t+44 161 496 0752", 60, 54, 9.5),
                                   {{0, 22}, {4, 22}, {17, 9.5}}));
    document.lines.push_back(Laid("Head of Mathematics", 60, 83, 9.5));
    document.lines.push_back(Laid("Experience", 60, 114, 11.5, true));
    EXPECT_EQ(ParseDocument(document).document.contact.name, "Jan van der Berg");
  }
  {
    DocumentText document;
    document.lines.push_back(
        sized(Laid("Jane Doe\tSoftware Engineer", 60, 54, 18), {{0, 18}, {9, 18}}));
    document.lines.push_back(Laid("Experience", 60, 114, 11.5, true));
    EXPECT_EQ(ParseDocument(document).document.contact.name, "Jane Doe");
  }
  {
    DocumentText document;
    document.lines.push_back(Laid("EMPLOYMENT SOLICITOR", 40, 40, 9));
    document.lines.push_back(
        sized(Laid("AMARA\t+44 20 7946 0321", 40, 53, 8.5), {{0, 20}, {6, 8.5}}));
    document.lines.push_back(Laid("London, United Kingdom", 446, 78, 8.5));
    document.lines.push_back(
        sized(Laid("OKAFOR\tuk.linkedin.com/in/amara-okafor", 40, 75, 8.5), {{0, 24}, {7, 8.5}}));
    document.lines.push_back(Laid("Employment solicitor acting for employers.", 40, 117, 10.5));
    EXPECT_EQ(ParseDocument(document).document.contact.name, "Amara Okafor");
  }
}

// The main column, read before a narrower sidebar at its right, goes on at the top of the next
// page: those lines are the main column's, not the sidebar's last section's. The sidebar's own
// lines on that page go on in its last section.
TEST(ParseDocument, MainColumnGoesOnPastASidebarReadAfterIt) {
  DocumentText document;
  auto add = [&document](TextLine line, int page, int column) {
    line.page = page;
    line.column = column;
    document.lines.push_back(std::move(line));
  };
  add(Laid("Brandon Ellis", 30, 30, 24, true), 0, 1);
  add(Laid("Work History", 30, 80, 12, true), 0, 1);
  add(Laid("Regional Vice President, Sales\t2021 - Present", 30, 100, 10, true), 0, 1);
  add(Laid("Summitline Software, Inc. - Denver, CO", 30, 114), 0, 1);
  add(Laid("Lead four sales managers and 32 account executives across the region.", 40, 128), 0, 1);
  add(Laid("Account Manager\t2006 - 2010", 30, 700, 10, true), 0, 1);
  add(Laid("Peak Office Solutions - Denver, CO", 30, 714), 0, 1);
  add(Laid("Contact", 400, 60, 10, true), 0, 2);
  add(Laid("brandon.ellis@example.com", 400, 76, 9), 0, 2);
  add(Laid("Skills", 400, 140, 10, true), 0, 2);
  add(Laid("Salesforce", 400, 156, 9), 0, 2);
  add(Laid("Negotiation", 400, 170, 9), 0, 2);
  add(Laid("Managed 140 business accounts for managed print services.", 30, 30), 1, 0);
  add(Laid("Sales Representative\t2003 - 2006", 30, 60, 10, true), 1, 0);
  add(Laid("Front Range Copier & Supply - Colorado Springs, CO", 30, 74), 1, 0);
  add(Laid("Prospected small businesses door to door and by phone.", 30, 88), 1, 0);
  add(Laid("Education", 30, 130, 12, true), 1, 0);
  add(Laid("B.S., Business Administration\t1996 - 2000", 30, 150, 10, true), 1, 0);
  add(Laid("University of Nebraska", 30, 164), 1, 0);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 3u);
  EXPECT_EQ(resume.experience[1].bullets,
            std::vector<std::string>{"Managed 140 business accounts for managed print services."});
  EXPECT_EQ(resume.experience[2].title, "Sales Representative");
  const std::vector<std::string> skills = document::AllSkills(resume);
  EXPECT_EQ(skills, (std::vector<std::string>{"Salesforce", "Negotiation"}));
  ASSERT_EQ(resume.education.size(), 1u);

  // The sidebar's last skill beside the main column's first line on the next page, read after
  // that page's main column (which opened a section of its own).
  for (TextLine& line : document.lines) {
    if (line.page == 1) line.column = 1;
  }
  add(Laid("Forecasting", 400, 30, 9), 1, 2);
  const document::ResumeDocument split = ParseDocument(document).document;
  ASSERT_EQ(split.experience.size(), 3u);
  EXPECT_EQ(split.experience[1].bullets,
            std::vector<std::string>{"Managed 140 business accounts for managed print services."});
  const std::vector<std::string> all = document::AllSkills(split);
  EXPECT_EQ(all, (std::vector<std::string>{"Salesforce", "Negotiation", "Forecasting"}));
  ASSERT_EQ(split.education.size(), 1u);
  EXPECT_EQ(split.education[0].school, "University of Nebraska");
  ASSERT_EQ(resume.education.size(), 1u);
}

// Given names over the family name, both in the name's large type; a title set as large under a
// one-line name is no part of it.
TEST(ParseDocument, NameStackedOnTwoLines) {
  for (const auto& [first, second, want] : std::vector<std::array<std::string, 3>>{
           {"Ana María", "Ruiz Ortega", "Ana María Ruiz Ortega"},
           {"Ana María Ruiz", "Registered Nurse", "Ana María Ruiz"},
           {"Ana Ruiz", "ana.ruiz@example.org", "Ana Ruiz"}}) {
    DocumentText document;
    document.lines.push_back(Laid(first, 40, 30, 24, true));
    document.lines.push_back(Laid(second, 40, 58, 24, true));
    document.lines.push_back(Laid("+44 7700 900123 | Leeds, UK", 40, 90, 10));
    document.lines.push_back(Laid("Experience", 40, 120, 13, true));
    EXPECT_EQ(ParseDocument(document).document.contact.name, want) << first;
  }
}

// Given names light over the family name larger and bold, small contact details beside each,
// credentials after the family name without a comma; the family name in capitals is written
// as in running text.
TEST(ParseDocument, NameStackedBesideContactDetails) {
  for (const auto& [family, want, credentials] : std::vector<std::array<std::string, 3>>{
           {"ÅSTRÖM", "Björn Åström", ""},
           {"DE LA CRUZ", "Björn de la Cruz", ""},
           {"SOLBERG LEED AP BD+C", "Björn Solberg", "LEED AP BD+C"},
           {"ADEYEMI PhD", "Björn Adeyemi", "PhD"}}) {
    DocumentText document;
    document.lines.push_back(Laid("SENIOR DESIGNER", 40, 30, 9));
    document.lines.push_back(Laid("Björn\t+46 8 555 0100", 40, 46, 20));
    document.lines.back().size_runs = {{0, 20}, {7, 8.5}};
    document.lines.push_back(Laid(family + "\tStockholm, Sweden", 40, 68, 24, true));
    document.lines.back().size_runs = {{0, 24}, {family.size() + 1, 8.5}};
    document.lines.push_back(Laid("Experience", 40, 120, 13, true));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, want) << family;
    EXPECT_EQ(parsed.document.contact.post_nominals, credentials) << family;
  }
}

// Credentials on a line of their own right under the name, in smaller type, are its
// post-nominals; in the name's own line, smaller type after the name sets them apart too; a
// chief's title under the name is a headline, no credential.
TEST(ParseDocument, PostNominalsUnderTheNameOrSetSmallerAfterIt) {
  for (const auto& [first, second, credentials] : std::vector<std::array<std::string, 3>>{
           {"Björn Åström", "MCSP", "MCSP"},
           {"Björn Åström", "PhD, CFA", "PhD, CFA"},
           {"Björn Åström", "CEO", ""},
           {"Björn Åström PharmD, BCIDP", "Infection Specialist", "PharmD, BCIDP"}}) {
    DocumentText document;
    document.lines.push_back(Laid(first, 40, 30, 24, true));
    if (first.find("PharmD") != std::string::npos) {
      document.lines.back().size_runs = {{0, 24}, {first.find("PharmD"), 12}};
    }
    document.lines.push_back(Laid(second, 40, 58, 12));
    document.lines.push_back(Laid("+44 7700 900123 | Leeds, UK", 40, 90, 10));
    document.lines.push_back(Laid("Experience", 40, 120, 13, true));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, "Björn Åström") << first << " / " << second;
    EXPECT_EQ(parsed.document.contact.post_nominals, credentials) << first << " / " << second;
  }
}

// Post-nominals set apart from a name that is not the first line read: after a sidebar read
// first, under a name stacked over several lines in the same type, or two lines lower, first on
// a line aligned with the name.
// The name in bold capitals, its comma, then the post-nominals in the body's type on its line
// (a type change makes them a segment of their own), with the contact tabbed to the right.
TEST(ParseDocument, PostNominalsAfterTheNamesCommaInATypeOfTheirOwn) {
  for (const char* printed : {"LUIS DE LA CRUZ,\tCPA", "Nkechi Adeyemi,\tPhD\tnkechi@example.com",
                              "Li K. Wei,\tPharmD, BCIDP"}) {
    DocumentText document;
    document.lines.push_back(Laid(printed, 60, 90, 18, true));
    document.lines.push_back(Laid("Corporate Controller", 60, 112));
    document.lines.push_back(Laid("person@example.com | 305-555-0147", 60, 124));
    document.lines.push_back(Laid("Experience", 60, 160, 13, true));
    const ParsedResume parsed = ParseDocument(document);
    const std::string first(printed);
    const std::string expected = first.starts_with("LUIS")     ? "CPA"
                                 : first.starts_with("Nkechi") ? "PhD"
                                                               : "PharmD, BCIDP";
    EXPECT_EQ(parsed.document.contact.post_nominals, expected) << printed;
    EXPECT_EQ(parsed.document.contact.name.find(','), std::string::npos) << printed;
  }
}

TEST(ParseDocument, PostNominalsUnderANameSetBesideASidebarOrStacked) {
  {
    DocumentText document;
    for (int row = 0; row < 9; ++row) {
      document.lines.push_back(
          Laid(row == 0 ? "CONTACT" : "Skill number " + std::to_string(row), 20, 40 + 15 * row));
      document.lines.back().column = 1;
    }
    document.lines.push_back(Laid("SIOBHÁN", 460, 35, 18, true));
    document.lines.push_back(Laid("NÍ", 470, 55, 18, true));
    document.lines.push_back(Laid("BHRIAIN,", 460, 75, 18, true));
    document.lines.push_back(Laid("RGN", 470, 96, 18, true));
    document.lines.push_back(Laid("siobhan@example.ie", 460, 123, 9));
    document.lines.push_back(Laid("Experience", 200, 160, 13, true));
    for (std::size_t k = 9; k < document.lines.size(); ++k) document.lines[k].column = 2;
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.post_nominals, "RGN");
  }
  {
    DocumentText document;
    document.lines.push_back(Laid("Ingrid Solberg\t312-555-0147", 90, 140, 25));
    document.lines.push_back(Laid("ingrid.solberg@example.com", 380, 165, 11));
    document.lines.push_back(Laid("LEED AP BD+C\tbehance.example.net/ingrid", 90, 176, 11));
    document.lines.push_back(Laid("Senior Architectural Designer", 226, 193, 12));
    document.lines.push_back(Laid("Experience", 90, 236, 14));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, "Ingrid Solberg");
    EXPECT_EQ(parsed.document.contact.post_nominals, "LEED AP BD+C");
  }
  for (const bool bold : {true, false}) {
    // A heading or a headline in capitals under the name is no credential.
    DocumentText document;
    document.lines.push_back(Laid("Jordan Rivera", 56, 36, 20, true));
    document.lines.push_back(Laid("jordan@example.com | (555) 201-3344 | Austin, TX", 56, 71));
    document.lines.push_back(Laid(bold ? "SUMMARY" : "HEAD CHEF", 56, 95, 13, bold));
    document.lines.push_back(Laid("Backend engineer with seven years in payments.", 56, 118));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, "Jordan Rivera");
    EXPECT_EQ(parsed.document.contact.post_nominals, "") << bold;
  }
}

// A resume typed as plain text and printed: rules drawn with "=" under the headings are no
// text; the line under the name is its headline.
TEST(ParseDocument, RulesDrawnWithCharactersAndAHeadlineUnderTheName) {
  DocumentText document;
  double y = 30;
  for (const char* text : {"MARISOL T. AGUILAR", "HVAC Service Technician",
                           "Tucson, AZ 85705  |  (520) 555-0184  |  marisol@example.com", "SUMMARY",
                           "=======", "EPA 608 Universal certified HVAC technician.", "SKILLS",
                           "======", "Heat pumps, Mini-splits, Brazing"}) {
    document.lines.push_back(Laid(text, 40, y, 10));
    y += 14;
  }
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.name, "Marisol T. Aguilar");
  EXPECT_EQ(parsed.document.contact.headline, "HVAC Service Technician");
  EXPECT_EQ(parsed.document.summary, "EPA 608 Universal certified HVAC technician.");
  ASSERT_EQ(parsed.document.skills.size(), 1u);
  EXPECT_EQ(parsed.document.skills[0].group, "");
  EXPECT_EQ(parsed.document.skills[0].items.size(), 3u);
}

// A sidebar read after the main column, opened by the name in the page's largest type and the
// contact details (the name and the address each broken over two lines): those lines are the
// header's, not the end of the main column's last section.
TEST(ParseDocument, ASidebarOpenedByTheNameReadAfterTheMainColumn) {
  DocumentText document;
  auto add = [&document](std::string text, double y, double size, int column, bool bold = false) {
    document.lines.push_back(Laid(std::move(text), column == 1 ? 40 : 420, y, size, bold));
    document.lines.back().column = column;
  };
  add("PERSONAL SUMMARY", 40, 12, 1, true);
  add("Head chef with twenty years in hotel and restaurant kitchens.", 60, 9, 1);
  add("SKILLS", 90, 12, 1, true);
  add("Menu development", 110, 9, 1);
  add("Food costing", 130, 9, 1);
  add("Giulia", 20, 18, 2, true);
  add("Romano", 40, 18, 2, true);
  add("Head Chef", 62, 10, 2);
  add("giulia.romano.chef@exampl", 72, 8, 2);
  add("e.com", 82, 8, 2);
  add("+61 491 570 156", 95, 8, 2);
  add("LANGUAGES", 130, 10, 2, true);
  add("Italian (Native)", 150, 8, 2);
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.name, "Giulia Romano");
  const std::vector<std::string> skills = document::AllSkills(parsed.document);
  EXPECT_EQ(skills, (std::vector<std::string>{"Menu development", "Food costing"}));
}

// A physician's name before "MD" in the header's largest type is a name, not "City, MD"; a
// title before it is no part of it; the place is found on its own line.
TEST(ParseDocument, NameBeforeADegreeThatIsAlsoAStatesCode) {
  DocumentText document;
  document.lines.push_back(Laid("Dr. Hannah Schmidt-Okoro, MD", 40, 30, 22, true));
  document.lines.push_back(
      Laid("Berlin, Germany \u00B7 hannah@example.de \u00B7 +49 30 1234 5678", 40, 60, 10));
  document.lines.push_back(Laid("Experience", 40, 90, 13, true));
  const document::ResumeDocument resume = ParseDocument(document).document;
  EXPECT_EQ(resume.contact.name, "Hannah Schmidt-Okoro");
  EXPECT_EQ(resume.contact.post_nominals, "MD");
  EXPECT_EQ(resume.contact.location, "Berlin, Germany");
  // In body type, "Baltimore, MD" stays a place.
  DocumentText plain;
  plain.lines.push_back(Laid("Sam Lee", 40, 30, 22, true));
  plain.lines.push_back(Laid("Silver Spring, MD", 40, 60, 10));
  plain.lines.push_back(Laid("Experience", 40, 90, 13, true));
  const document::ResumeDocument sam = ParseDocument(plain).document;
  EXPECT_EQ(sam.contact.name, "Sam Lee");
  EXPECT_EQ(sam.contact.location, "Silver Spring, MD");
}

// A form's label before the name, and the family name first in capitals before a comma.
TEST(ParseDocument, NameAfterALabelOrFamilyNameFirst) {
  for (const auto& [line, want] :
       std::vector<std::array<std::string, 2>>{{"Name: Ana María Ruiz", "Ana María Ruiz"},
                                               {"RUIZ, Ana María", "Ana María Ruiz"},
                                               {"VOSS, Esq.", "VOSS"}}) {
    DocumentText document;
    document.lines.push_back(Laid(line, 40, 30, 20, true));
    document.lines.push_back(Laid("ana.ruiz@example.org | +44 7700 900123", 40, 60, 10));
    document.lines.push_back(Laid("Experience", 40, 90, 13, true));
    EXPECT_EQ(ParseDocument(document).document.contact.name, want) << line;
  }
}

// A name and its credentials set large over two lines with small contact lines beside them.
TEST(ParseDocument, NameGoesOnPastContactLinesBesideIt) {
  DocumentText document;
  document.lines.push_back(Laid("MARY-JO O'NEIL, MSN,", 60, 67, 34));
  document.lines.push_back(Laid("Chicago, IL", 480, 92));
  document.lines.push_back(Laid("RN\t(312) 555-0199", 60, 96, 10));
  document.lines.back().size_runs = {{0, 34}, {3, 10}};
  document.lines.push_back(Laid("Nurse Manager", 60, 135, 17));
  document.lines.push_back(Laid("Experience", 60, 180, 14, true));
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.name, "Mary-Jo O'Neil");
  EXPECT_EQ(parsed.document.contact.post_nominals, "MSN, RN");
  EXPECT_EQ(parsed.document.contact.phone, "(312) 555-0199");
}

// "Name, credentials, title" on the header's largest line: the title is the headline. Smaller
// lines of the same shape ("Bright Horizons, Lead Teacher") are entries, not the name.
TEST(ParseDocument, NameWithATitleAfterItOnOneLine) {
  for (const auto& [line, name, credentials, headline] : std::vector<std::array<std::string, 4>>{
           {"Felix Braun, Senior Software Engineer (C++)", "Felix Braun", "",
            "Senior Software Engineer (C++)"},
           {"Mary-Jo O'Neil, MSN, RN, Nurse Manager, Emergency Department", "Mary-Jo O'Neil",
            "MSN, RN", "Nurse Manager, Emergency Department"},
           {"PRIYA RAMAN, Freelance Graphic Designer", "Priya Raman", "",
            "Freelance Graphic Designer"},
           {"Li Wei, CPA", "Li Wei", "CPA", ""}}) {
    DocumentText document;
    document.lines.push_back(Laid(line, 40, 30, 16));
    document.lines.push_back(Laid("li.wei@example.com | Chicago, IL", 40, 52, 9));
    document.lines.push_back(Laid("Experience", 40, 80, 12, true));
    document.lines.push_back(Laid("Bright Horizons, Lead Teacher\t2019 - 2021", 40, 100, 10));
    const ParsedResume parsed = ParseDocument(document);
    EXPECT_EQ(parsed.document.contact.name, name) << line;
    EXPECT_EQ(parsed.document.contact.post_nominals, credentials) << line;
    EXPECT_EQ(parsed.document.contact.headline, headline) << line;
  }
  DocumentText small;
  small.lines.push_back(Laid("Dana Whitfield", 40, 30, 16));
  small.lines.push_back(Laid("Bright Horizons, Lead Teacher", 40, 52, 10));
  small.lines.push_back(Laid("Experience", 40, 80, 12, true));
  EXPECT_EQ(ParseDocument(small).document.contact.name, "Dana Whitfield");
  EXPECT_EQ(ParseDocument(small).document.contact.headline, "");
}

// A name in a right-hand sidebar, read after the main column and wrapped centred over three
// lines with its credentials: the largest type of the first page is the name.
TEST(ParseDocument, NameInASidebarReadAfterTheMainColumn) {
  DocumentText document;
  document.lines.push_back(Laid("PERSONAL SUMMARY", 40, 60, 12, true));
  document.lines.push_back(Laid("Registered nurse with nine years on cardiac units.", 40, 80));
  document.lines.push_back(Laid("WORK EXPERIENCE", 40, 110, 12, true));
  document.lines.push_back(Laid("Staff Nurse, Cardiac Unit\t2019 - Present", 40, 130));
  document.lines.push_back(Laid("St. David's Medical Center, Austin, TX", 40, 144));
  document.lines.push_back(Laid("Ana M.", 440, 40, 16, true));
  document.lines.push_back(Laid("Ruiz, RN,", 432, 60, 16, true));
  document.lines.push_back(Laid("BSN", 452, 80, 16, true));
  document.lines.push_back(Laid("Registered Nurse", 430, 104, 9));
  document.lines.push_back(Laid("ana.ruiz@example.org", 420, 130, 9));
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.name, "Ana M. Ruiz");
  EXPECT_EQ(parsed.document.contact.post_nominals, "RN, BSN");
  EXPECT_EQ(parsed.document.experience.size(), 1u);
}

// "BRANDON ELLIS," over a sidebar heading, its credential on the line after: the name goes on
// past the heading's line; "Jan van der" goes on to "Berg".
TEST(ParseDocument, NameGoesOnToItsCredentialsAndAfterAParticle) {
  DocumentText document;
  document.lines.push_back(Laid("BRANDON ELLIS,", 40, 30, 22, true));
  document.lines.push_back(Laid("Contact", 420, 60, 12, true));
  document.lines.push_back(Laid("MBA\tbrandon.ellis@example.com", 40, 60, 22));
  document.lines.back().size_runs = {{0, 22}, {4, 9}};
  document.lines.push_back(Laid("Experience", 40, 120, 12, true));
  EXPECT_EQ(ParseDocument(document).document.contact.name, "Brandon Ellis");
  EXPECT_EQ(ParseDocument(document).document.contact.post_nominals, "MBA");

  DocumentText particle;
  particle.lines.push_back(Laid("Jan van der", 40, 30, 20, true));
  particle.lines.push_back(Laid("Berg", 40, 54, 20, true));
  particle.lines.push_back(Laid("Head of Mathematics", 40, 80, 11));
  particle.lines.push_back(Laid("Experience", 40, 110, 12, true));
  EXPECT_EQ(ParseDocument(particle).document.contact.name, "Jan van der Berg");
}

// "Company | Title⇥dates" over "London, UK" in the same type: the place is the job's.
TEST(ParseDocument, PlaceUnderAJobHeaderIsNoJobOfItsOwn) {
  DocumentText document;
  document.lines.push_back(Laid("Bjorn Astrom", 40, 30, 24, true));
  document.lines.push_back(Laid("EXPERIENCE", 40, 80, 11.5, true));
  double y = 100;
  for (const char* header : {"Thamesbank NHS Trust | Senior Physiotherapist\tApr 2019 - Current",
                             "Fysiocentrum AB | Physiotherapist\tAug 2012 - Oct 2015"}) {
    document.lines.push_back(Laid(header, 40, y, 11));
    document.lines.push_back(Laid("London, UK", 40, y + 14, 11));
    for (int bullet = 0; bullet < 2; ++bullet) {
      document.lines.push_back(
          Laid("Treated patients with sports injuries every week", 50, y + 28 + 14 * bullet, 10.5));
      document.lines.back().is_bullet = true;
    }
    y += 70;
  }
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.experience.size(), 2u);
  EXPECT_EQ(parsed.document.experience[0].company, "Thamesbank NHS Trust");
  EXPECT_EQ(parsed.document.experience[0].location, "London, UK");
  EXPECT_EQ(parsed.document.experience[0].bullets.size(), 2u);
}

// "Brand Manager" over "Maison Célestine, Paris, France" over its dates: no city stands beside
// a city, so the first part of that line is the employer, the rest its place; a place line of
// city, region and country under a header that names the employer stays the place.
TEST(ParseDocument, EmployerBeforeCityAndCountryOnOneLine) {
  DocumentText document;
  document.lines.push_back(Laid("Zoe Dubois", 40, 30, 24, true));
  document.lines.push_back(Laid("EXPERIENCE", 40, 80, 11.5, true));
  double y = 100;
  for (const auto& [title, place, dates] : std::vector<std::array<std::string, 3>>{
           {"Brand Manager", "Maison Célestine, Paris, France", "2020-10 to present"},
           {"Marketing Assistant at Agence Trèfle", "Lyon, Auvergne, France", "2015 to 2016"}}) {
    document.lines.push_back(Laid(title, 40, y, 11, true));
    document.lines.push_back(Laid(place, 40, y + 14, 11));
    document.lines.push_back(Laid(dates, 40, y + 28, 11));
    document.lines.push_back(Laid("Ran the brand plan for a skincare label", 50, y + 42, 10.5));
    document.lines.back().is_bullet = true;
    y += 70;
  }
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.experience.size(), 2u);
  EXPECT_EQ(parsed.document.experience[0].title, "Brand Manager");
  EXPECT_EQ(parsed.document.experience[0].company, "Maison Célestine");
  EXPECT_EQ(parsed.document.experience[0].location, "Paris, France");
  EXPECT_EQ(parsed.document.experience[1].company, "Agence Trèfle");
  EXPECT_EQ(parsed.document.experience[1].location, "Lyon, Auvergne, France");
}

// "Trainee, Online Marketing⇥dates" over "Spreewerk Digital | Berlin, Germany": the title keeps
// its department and the employer comes from the next line.
TEST(ParseDocument, TitleWithDepartmentOverTheEmployerLine) {
  const ParsedResume parsed = ParseText(
      "Anna Vogt\n\nExperience\nTrainee, Online Marketing\tAugust 2014 - July 2015\n"
      "Spreewerk Digital | Berlin, Germany\n- Completed a one-year agency traineeship.\n");
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].title, "Trainee, Online Marketing");
  EXPECT_EQ(parsed.document.experience[0].company, "Spreewerk Digital");
  EXPECT_EQ(parsed.document.experience[0].location, "Berlin, Germany");
  EXPECT_EQ(parsed.document.experience[0].bullets.size(), 1u);
}

// Degrees and schools set right-aligned in a narrow column wrap where the box runs out of room;
// a line that starts a degree or a school starts a field of its own.
TEST(ParseDocument, EducationWrappedInANarrowColumn) {
  DocumentText document;
  document.lines.push_back(Laid("Katrin Schafer", 40, 40, 20, true));
  document.lines.push_back(Laid("Education", 560, 80, 12, true, true));
  document.lines.back().gap_before = 12;
  double y = 96;
  for (const char* text :
       {"MSc Logistics and Supply Chain", "Management", "Kühne Logistics University",
        "B.Sc. Industrial Engineering", "Universität Bremen"}) {
    document.lines.push_back(Laid(text, 560, y, 10, false, true));
    y += 12;
  }
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.education.size(), 2u);
  EXPECT_EQ(parsed.document.education[0].degree, "MSc Logistics and Supply Chain Management");
  EXPECT_EQ(parsed.document.education[0].school, "Kühne Logistics University");
  EXPECT_EQ(parsed.document.education[1].degree, "B.Sc. Industrial Engineering");
  EXPECT_EQ(parsed.document.education[1].school, "Universität Bremen");
}

// A school's name that ran out of room after the dates or a heading set on its line goes on
// alone on the next: after a word that leaves the phrase open, or with a word no name starts
// with ("of Business"). A name broken at its own dash closes up.
TEST(ParseDocument, SchoolNameWrappedAfterTheFieldsBesideIt) {
  DocumentText document;
  document.lines.push_back(Laid("Brandon Ellis", 40, 40, 20, true));
  document.lines.push_back(Laid("Education", 40, 80, 12, true));
  document.lines.back().gap_before = 12;
  double y = 96;
  for (const char* text :
       {"2008 – 2011 · Master of Business Administration (MBA),\tUniversity of Denver, Daniels "
        "College",
        "of Business", "1996 – 2000 · B.S., Business Administration,\tUniversity of Nebraska\u2013",
        "Lincoln", "Juris Doctor\tSchool of Law and\t2002 – 2005", "Public Policy"}) {
    document.lines.push_back(Laid(text, 40, y));
    y += 12;
  }
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.education.size(), 3u);
  EXPECT_EQ(parsed.document.education[0].degree, "Master of Business Administration (MBA)");
  EXPECT_EQ(parsed.document.education[0].school,
            "University of Denver, Daniels College of Business");
  EXPECT_EQ(parsed.document.education[1].school, "University of Nebraska\u2013Lincoln");
  EXPECT_EQ(parsed.document.education[2].degree, "Juris Doctor");
  EXPECT_EQ(parsed.document.education[2].school, "School of Law and Public Policy");
  EXPECT_EQ(Date(parsed.document.education[2].period.end), "2005");
}

// Education written as a list of bullets, a school named in capitals or with a capital letter
// that carries a mark, a school whose kind ends a compound, and a keyword-less school under
// its degree that is no school for the next one.
TEST(ParseDocument, EducationAsBulletsAndSchoolsWithoutAPlainKeyword) {
  const ParsedResume bullets = ParseText(
      "Jordan Reyes\njordan@example.com\n\nEducation\n"
      "• Bachelor of Science in Nursing — Miami Dade College, 2018\n"
      "• Dean's List, four semesters\n"
      "• Diplôme d'ingénieur, École Centrale de Lyon, 2013\n");
  ASSERT_EQ(bullets.document.education.size(), 2u);
  EXPECT_EQ(bullets.document.education[0].degree, "Bachelor of Science in Nursing");
  EXPECT_EQ(bullets.document.education[0].school, "Miami Dade College");
  EXPECT_EQ(Date(bullets.document.education[0].period.end), "2018");
  EXPECT_EQ(bullets.document.education[1].degree, "Diplôme d'ingénieur");
  EXPECT_EQ(bullets.document.education[1].school, "École Centrale de Lyon");

  const ParsedResume stacked = ParseText(
      "Jordan Reyes\njordan@example.com\n\nEducation\n"
      "MBA\nINSEAD, Fontainebleau, France\nJanuary 2018 – December 2018\n\n"
      "Abitur\nGoethe-Gymnasium Frankfurt, Frankfurt, Germany\n2009\n\n"
      "01/2015 – 12/2016\tDiploma of Early Childhood Education\nTAFE NSW\n\n"
      "2012\tBachelor of Design\nParsons\n");
  ASSERT_EQ(stacked.document.education.size(), 4u);
  EXPECT_EQ(stacked.document.education[0].degree, "MBA");
  EXPECT_EQ(stacked.document.education[0].school, "INSEAD");
  EXPECT_EQ(stacked.document.education[0].location, "Fontainebleau, France");
  EXPECT_EQ(stacked.document.education[1].degree, "Abitur");
  EXPECT_EQ(stacked.document.education[1].school, "Goethe-Gymnasium Frankfurt");
  EXPECT_EQ(stacked.document.education[2].school, "TAFE NSW");
  EXPECT_EQ(stacked.document.education[3].degree, "Bachelor of Design");
  EXPECT_EQ(stacked.document.education[3].school, "Parsons");
}

// An employer named after an occupation ("Baker McKenzie", "Cook County …") is no title: a
// title ends in its occupation or goes on with a link ("Chef de Partie"); a social worker's
// title is a title.
TEST(ParseDocument, EmployerWhoseNameOpensWithAnOccupation) {
  const ParsedResume parsed = ParseText(
      "Jordan Reyes\njordan@example.com\n\nExperience\n"
      "Baker McKenzie\tChicago, IL\nParalegal\tOctober 2019 – Present\n- Filed motions.\n\n"
      "Cook County Department of Family Services\tChicago, IL\n"
      "Social Worker\tMay 2015 – September 2019\n- Carried 30 cases.\n\n"
      "The Ledbury\tLondon, UK\nChef de Partie\tJanuary 2013 – April 2015\n- Ran the fish "
      "section.\n");
  ASSERT_EQ(parsed.document.experience.size(), 3u);
  EXPECT_EQ(parsed.document.experience[0].title, "Paralegal");
  EXPECT_EQ(parsed.document.experience[0].company, "Baker McKenzie");
  EXPECT_EQ(parsed.document.experience[1].title, "Social Worker");
  EXPECT_EQ(parsed.document.experience[1].company, "Cook County Department of Family Services");
  EXPECT_EQ(parsed.document.experience[2].title, "Chef de Partie");
  EXPECT_EQ(parsed.document.experience[2].company, "The Ledbury");
}

// A running header that names the candidate, set once at the top of the second page, falls
// inside the skills list it broke: it is no skill.
TEST(ParseDocument, RunningHeaderWithTheNameIsNoSkill) {
  DocumentText document;
  document.lines.push_back(Laid("Katarzyna Zielinska", 40, 40, 20, true));
  document.lines.push_back(Laid("k.zielinska@example.pl", 40, 70, 10));
  document.lines.push_back(Laid("Skills", 40, 700, 13, true));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("Payroll", 40, 716));
  document.lines.push_back(Laid("Katarzyna Zielinska Resume", 40, 30, 8));
  document.lines.back().page = 1;
  document.lines.push_back(Laid("IFRS reporting", 40, 60));
  document.lines.back().page = 1;
  const ParsedResume parsed = ParseDocument(document);
  for (const document::SkillGroup& group : parsed.document.skills) {
    for (const std::string& item : group.items) {
      EXPECT_EQ(item.find("Zielinska"), std::string::npos) << item;
    }
  }
  EXPECT_EQ(parsed.document.contact.name, "Katarzyna Zielinska");
}

// A place named like a state ("New York, NY") after a school, and degrees written as their
// dotted letters ("A.B.", "B.B.A.").
TEST(ParseDocument, SchoolBeforeAPlaceNamedLikeAState) {
  const ParsedResume parsed = ParseText(
      "Eleanor Voss\n\nEducation\nJuris Doctor, Columbia Law School, New York, NY\t2002 – 2005\n"
      "A.B., Government | Georgetown University, Washington, DC | 1996 – 2000\n"
      "B.B.A., Accounting\tUniversity of Texas, Austin, Texas, USA\t2010\n");
  ASSERT_EQ(parsed.document.education.size(), 3u);
  EXPECT_EQ(parsed.document.education[0].degree, "Juris Doctor");
  EXPECT_EQ(parsed.document.education[0].school, "Columbia Law School");
  EXPECT_EQ(parsed.document.education[0].location, "New York, NY");
  EXPECT_EQ(parsed.document.education[1].degree, "A.B., Government");
  EXPECT_EQ(parsed.document.education[1].school, "Georgetown University");
  EXPECT_EQ(parsed.document.education[1].location, "Washington, DC");
  EXPECT_EQ(parsed.document.education[2].degree, "B.B.A., Accounting");
  EXPECT_EQ(parsed.document.education[2].school, "University of Texas");
  EXPECT_EQ(parsed.document.education[2].location, "Austin, Texas, USA");
}

// Jobs set alike: an employer line, a title with its specialty, the dates. A block that stopped
// short at "Title, Specialty" takes the employer line above it as the others do.
TEST(ParseDocument, JobsSetAlikeTakeTheSameLines) {
  const ParsedResume parsed = ParseText(
      "Siobhan Ni Bhriain\n\nProfessional Experience\n"
      "St. Brigid's University Hospital, Dublin, Ireland\nClinical Nurse Specialist, Oncology\n"
      "02/2020 - Now\n- Run a nurse-led clinic.\n"
      "Health Service Executive, Galway, Ireland\nStaff Nurse, Haematology Ward\n"
      "10/2015 - 01/2020\n- Cared for patients.\n"
      "Wellmead Private Hospital, Perth, Australia\nRegistered Nurse\n01/2013 - 09/2015\n"
      "- Worked nights.\n");
  ASSERT_EQ(parsed.document.experience.size(), 3u);
  EXPECT_EQ(parsed.document.experience[0].title, "Clinical Nurse Specialist, Oncology");
  EXPECT_EQ(parsed.document.experience[0].company, "St. Brigid's University Hospital");
  EXPECT_EQ(parsed.document.experience[0].location, "Dublin, Ireland");
  EXPECT_EQ(parsed.document.experience[1].title, "Staff Nurse, Haematology Ward");
  EXPECT_EQ(parsed.document.experience[1].company, "Health Service Executive");
  EXPECT_EQ(parsed.document.experience[2].company, "Wellmead Private Hospital");
}

// Firms named for their partners keep every name before the legal form; a company line with a
// legal form is no place.
TEST(ParseDocument, FirmsNamedForTheirPartners) {
  const ParsedResume parsed = ParseText(
      "Eleanor Voss\n\nExperience\nAssociate | Whitman, Crane & Abernathy LLP | New York, NY | "
      "2005 - 2011\n- Drafted motions.\n"
      "Kensington Reed LLP, London, UK\t2021 - Now\nSenior Associate, Employment\n"
      "- Ran a caseload.\n");
  ASSERT_EQ(parsed.document.experience.size(), 2u);
  EXPECT_EQ(parsed.document.experience[0].title, "Associate");
  EXPECT_EQ(parsed.document.experience[0].company, "Whitman, Crane & Abernathy LLP");
  EXPECT_EQ(parsed.document.experience[1].title, "Senior Associate, Employment");
  EXPECT_EQ(parsed.document.experience[1].company, "Kensington Reed LLP");
  EXPECT_EQ(parsed.document.experience[1].location, "London, UK");
}

// The line under a header: a place whose state's code is also a legal form ("NV"), or the end
// of an employer's name that ran out of width before the place.
TEST(ParseDocument, LineUnderAHeaderFinishesItsPlaceOrEmployer) {
  const ParsedResume parsed = ParseText(
      "Patricia Gomez\n\nExperience\nThe Desert Rose Hotel & Spa,\tGeneral Manager\t2020-11 - "
      "Current\nHenderson, NV\n- Run a 320-room resort.\n"
      "2019 - 2021\tSenior Physiotherapist, Outpatients,\tThamesbank NHS\n"
      "Foundation Trust,\tLondon, UK\n- Manage a caseload.\n");
  ASSERT_EQ(parsed.document.experience.size(), 2u);
  EXPECT_EQ(parsed.document.experience[0].location, "Henderson, NV");
  EXPECT_EQ(parsed.document.experience[0].bullets.size(), 1u);
  EXPECT_EQ(parsed.document.experience[1].company, "Thamesbank NHS Foundation Trust");
  EXPECT_EQ(parsed.document.experience[1].location, "London, UK");
  EXPECT_EQ(parsed.document.experience[1].bullets.size(), 1u);
}

// A header that opens with its dates in a column of their own and runs out of room in the
// employer's type goes on under the text beside the dates, not under the dates.
TEST(ParseDocument, HeaderBesideItsDatesWrapsUnderItsText) {
  DocumentText document;
  double y = 80;
  auto add = [&document, &y](std::string text, double x, double size, int first, int last,
                             std::vector<std::pair<std::size_t, int>> runs = {}) {
    TextLine line;
    line.text = std::move(text);
    line.x = x;
    line.y = y;
    line.width = 300;
    line.font_size = size;
    line.gap_before = 2;
    line.first_style = first;
    line.last_style = last;
    line.style_runs = std::move(runs);
    y += size + 3;
    document.lines.push_back(std::move(line));
  };
  constexpr int kPlain = kStyleKnown;
  constexpr int kItalic = kStyleKnown | kStyleItalic;
  add("Mary Jo Hale", 190, 17, kPlain, kPlain);
  add("maryjo@example.com", 190, 10, kPlain, kPlain);
  add("Employment History", 190, 14, kPlain, kPlain);
  const std::string header = "03/2017 - Present\tNurse Manager, Emergency Department,\tNorthlake";
  add(header, 90, 11, kPlain, kItalic, {{0, kPlain}, {header.find("Northlake"), kItalic}});
  add("Memorial Hospital,\tChicago, IL.", 194, 11, kItalic, kPlain,
      {{0, kItalic}, {std::string("Memorial Hospital,\t").size(), kPlain}});
  add("Lead 112 nurses in a 48-bed emergency department.", 205, 10, kPlain, kPlain);
  add("Cut median door-to-provider time from 41 to 19 minutes.", 205, 10, kPlain, kPlain);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].title, "Nurse Manager, Emergency Department");
  EXPECT_EQ(resume.experience[0].company, "Northlake Memorial Hospital");
  EXPECT_EQ(resume.experience[0].bullets.size(), 2u);
}

// A plain-text resume: headings framed by dashes or underlined, dates pushed right with spaces.
TEST(ParseDocument, PlainTextHeadingsFramedOrUnderlined) {
  const ParsedResume parsed = ParseText(
      "Anna Vogt\nanna@example.org\n\n--- CAREER ---\n\n"
      "Kiezbox GmbH - Marketing Lead          Apr. 2022 to Current\nBerlin, Germany\n"
      "* Lead a team of five.\n* Manage the media budget.\n\n"
      "EDUCATION\n=========\nB.A. Media Studies - Universitat Leipzig, 2014\n");
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].company, "Kiezbox GmbH");
  EXPECT_EQ(parsed.document.experience[0].title, "Marketing Lead");
  EXPECT_EQ(parsed.document.experience[0].bullets.size(), 2u);
  ASSERT_EQ(parsed.document.education.size(), 1u);
  EXPECT_EQ(parsed.document.education[0].school, "Universitat Leipzig");
}

// An employer on a line of its own over its roles, each a title with its department over its
// dates: every role is the employer's, the department stays in the title.
TEST(ParseDocument, EmployerOverRolesWithDepartments) {
  const ParsedResume parsed = ParseText(
      "Brandon Ellis\nbrandon@example.com\n\nEXPERIENCE\nSummitline Software, Inc.\n"
      "Regional Vice President, Sales\nJan 2021 - Present\nDenver, CO\n"
      "- Lead four sales managers.\nSales Manager, Enterprise Accounts\nApr 2017 - Dec 2020\n"
      "Denver, CO\n- Built the enterprise team.\nSenior Account Executive\n"
      "Clearwater Data Systems\nJun 2013 - Mar 2017\nRemote\n- Sold data software.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 3u);
  EXPECT_EQ(jobs[0].title, "Regional Vice President, Sales");
  EXPECT_EQ(jobs[0].company, "Summitline Software, Inc.");
  EXPECT_EQ(jobs[1].title, "Sales Manager, Enterprise Accounts");
  EXPECT_EQ(jobs[1].company, "Summitline Software, Inc.");
  EXPECT_EQ(jobs[2].title, "Senior Account Executive");
  EXPECT_EQ(jobs[2].company, "Clearwater Data Systems");
}

// "Title, Company" on one line where the company has a department's word ("Office") or a comma
// of its own (a partnership named after its partners), and a title with its function before a
// partnership.
TEST(ParseDocument, OneLineHeadersWithFirmNamesThatLookLikeMore) {
  const ParsedResume parsed = ParseText(
      "Jan Lis\njan@example.com\n\nEXPERIENCE\nAccount Manager, Peak Office Solutions\n"
      "2006-Aug - 2010-Jan\n- Managed 140 accounts.\n"
      "Associate, Nowicki, Lis i Wsp\u00f3lnicy Sp.k.\n2014-Oct - 2018-Dec\n- Advised clients.\n"
      "Senior Associate, Audit, Grant & Whitfield LLP\n2005-Sep - 2009-May\n- Ran fieldwork.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 3u);
  EXPECT_EQ(jobs[0].title, "Account Manager");
  EXPECT_EQ(jobs[0].company, "Peak Office Solutions");
  EXPECT_EQ(Date(jobs[0].period.start), "2006-08");
  EXPECT_EQ(jobs[1].title, "Associate");
  EXPECT_EQ(jobs[1].company, "Nowicki, Lis i Wsp\u00f3lnicy Sp.k.");
  EXPECT_EQ(jobs[2].title, "Senior Associate, Audit");
  EXPECT_EQ(jobs[2].company, "Grant & Whitfield LLP");
}

// " @ " between a title and its employer splits them; between a unit and its organisation it is
// part of the employer's name.
TEST(ParseDocument, AtSignSplitsATitleFromItsEmployerOnly) {
  const ParsedResume parsed = ParseText(
      "Brendan Herger\nbrendan@example.com\n\nEXPERIENCE\nData Scientist\n"
      "Data Innovation Lab @ Capital One (San Francisco, Ca.) 06/15 - Now\n"
      "- Lead research team modeling for fraud.\nSoftware Engineer @ Lawfty\n"
      "Jan 2013 - May 2015\n- Built the intake forms.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].title, "Data Scientist");
  EXPECT_EQ(jobs[0].company, "Data Innovation Lab @ Capital One");
  EXPECT_EQ(jobs[1].title, "Software Engineer");
  EXPECT_EQ(jobs[1].company, "Lawfty");
}

// A dot leader typed between the header and its dates sets them apart; dots in a sentence stay.
TEST(ParseDocument, PlainTextDotLeadersSetDatesApart) {
  const ParsedResume parsed = ParseText(
      "Rosa Lind\nrosa@example.org\n\nEXPERIENCE\n"
      "Staff Nurse, Northgate Hospital .............. Jan 2019 - Present\n"
      "- Cared for twelve patients a shift... and trained new staff.\n\nEDUCATION\n"
      "BSc Nursing, Aston University ........ 2014 - 2018\n");
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].title, "Staff Nurse");
  EXPECT_EQ(parsed.document.experience[0].company, "Northgate Hospital");
  EXPECT_EQ(Date(parsed.document.experience[0].period.start), "2019-01");
  ASSERT_EQ(parsed.document.experience[0].bullets.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].bullets[0],
            "Cared for twelve patients a shift... and trained new staff.");
  ASSERT_EQ(parsed.document.education.size(), 1u);
  EXPECT_EQ(parsed.document.education[0].school, "Aston University");
}

// Dates in brackets after a school or an employer: the brackets go with the dates.
TEST(ParseDocument, DatesInBracketsTakeTheirBrackets) {
  const ParsedResume parsed = ParseText(
      "Mary Hale\nmary@example.org\n\nExperience\nCharge Nurse \u2014 Lakeshore Hospital "
      "(May 2006 \u2013 Aug 2012)\n- Ran the night shift.\n\nEducation\n"
      "Master of Science in Nursing \u2014 Loyola University Chicago (2008 to 2011)\n"
      "Practical Nursing Diploma, Milwaukee Area Technical College [1990 - 1991]\n");
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].company, "Lakeshore Hospital");
  ASSERT_EQ(parsed.document.education.size(), 2u);
  EXPECT_EQ(parsed.document.education[0].school, "Loyola University Chicago");
  EXPECT_EQ(parsed.document.education[1].school, "Milwaukee Area Technical College");
}

// Group names set apart by their type: one bold name over one item a line, and a row of names
// heading the columns below it. Names are no skills.
TEST(ParseDocument, SkillGroupNamesSetApartByTheirType) {
  DocumentText document;
  document.lines.push_back(Laid("Katrin Schafer", 20, 30, 20, true));
  document.lines.push_back(Laid("Core Competencies", 20, 80, 12, true));
  document.lines.back().gap_before = 12;
  double y = 96;
  auto add = [&](std::string text, bool bold, double size = 9) {
    document.lines.push_back(Laid(std::move(text), 20, y, size, bold));
    y += 12;
  };
  add("Supply chain", true);
  add("Demand planning", false);
  add("Incoterms", false);
  add("Systems", true);
  add("SAP IBP", false);
  add("Power BI", false);
  add("Tools", true, 12);
  add("Clinical\tSoftware", true);
  add("MSK assessment · Gait analysis\tSystmOne · Rio", false);
  const ParsedResume parsed = ParseDocument(document);
  const std::vector<std::string> skills = document::AllSkills(parsed.document);
  EXPECT_EQ(skills,
            (std::vector<std::string>{"Demand planning", "Incoterms", "SAP IBP", "Power BI",
                                      "MSK assessment", "Gait analysis", "SystmOne", "Rio"}));
  ASSERT_GE(parsed.document.skills.size(), 2u);
  EXPECT_EQ(parsed.document.skills[0].group, "Supply chain");
  EXPECT_EQ(parsed.document.skills[1].group, "Systems");
}

// "Teaching⇥EFL teaching, …" under a skills heading set in another look names a group of
// skills, though "Teaching" alone could name a section; a known section's name still opens it.
TEST(ParseDocument, MinorSectionNamesLabelSkillGroups) {
  DocumentText document;
  document.lines.push_back(Laid("Chloe Lefevre", 20, 30, 20, true));
  document.lines.push_back(Laid("Core Competencies", 20, 80, 12, true));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("Teaching\tEFL teaching, Task-based learning", 20, 96));
  document.lines.push_back(Laid("Digital\tPronote, Moodle", 20, 108));
  document.lines.push_back(Laid("Languages\tFrench (native), English (fluent)", 20, 120));
  for (TextLine& line : document.lines) line.first_style = line.last_style = kStyleKnown;
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(document::AllSkills(parsed.document),
            (std::vector<std::string>{"EFL teaching", "Task-based learning", "Pronote", "Moodle"}));
  ASSERT_FALSE(parsed.document.skills.empty());
  EXPECT_EQ(parsed.document.skills[0].group, "Teaching");
  EXPECT_EQ(parsed.document.languages.size(), 2u);
}

// The same group names on lines of their own, in bold at the body's size, under a skills
// heading set larger in capitals: groups, not sections.
TEST(ParseDocument, MinorSectionNamesOnTheirOwnLinesLabelSkillGroups) {
  DocumentText document;
  document.lines.push_back(Laid("Chloe Lefevre", 20, 30, 20, true));
  document.lines.push_back(Laid("TECHNICAL SKILLS", 20, 80, 11.5, true));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("Teaching", 20, 96, 10, true));
  document.lines.push_back(Laid("EFL teaching, Task-based learning", 20, 108, 10));
  document.lines.push_back(Laid("Digital", 20, 120, 10, true));
  document.lines.push_back(Laid("Pronote, Moodle", 20, 132, 10));
  for (TextLine& line : document.lines) {
    line.first_style = line.last_style = kStyleKnown | (line.bold ? kStyleBold : 0);
  }
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(document::AllSkills(parsed.document),
            (std::vector<std::string>{"EFL teaching", "Task-based learning", "Pronote", "Moodle"}));
  EXPECT_TRUE(parsed.document.custom.empty());
}

// A sidebar read first ends with its certificates; the main column opens with a paragraph and no
// heading: that paragraph is the summary, not one more certificate.
TEST(ParseDocument, MainColumnsOpeningParagraphAfterASidebarIsTheSummary) {
  DocumentText document;
  document.lines.push_back(Laid("Kenji Mori", 20, 30, 20, true));
  document.lines.push_back(Laid("kmori@example.net", 20, 80, 9.5));
  document.lines.back().column = 1;
  document.lines.push_back(Laid("Certifications", 20, 100, 10.5, true));
  document.lines.back().column = 1;
  document.lines.back().gap_before = 10;
  document.lines.push_back(Laid("Microsoft Certified: Azure Solutions Architect", 20, 115, 9.5));
  document.lines.back().column = 1;
  const std::string summary =
      "Backend engineer with more than twenty years on distributed systems, from insurance back "
      "offices to payments.";
  document.lines.push_back(Laid(summary, 220, 80, 10.5));
  document.lines.back().column = 2;
  document.lines.push_back(Laid("Professional Experience", 220, 140, 12.5, true));
  document.lines.back().column = 2;
  document.lines.back().gap_before = 10;
  document.lines.push_back(Laid("Cobalt Ledger, Inc.\tMar. 2021 - present", 220, 160, 11, true));
  document.lines.back().column = 2;
  document.lines.push_back(Laid("Principal Software Engineer", 220, 175, 10.5));
  document.lines.back().column = 2;
  for (TextLine& line : document.lines) {
    line.first_style = line.last_style = kStyleKnown | (line.bold ? kStyleBold : 0);
  }
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.summary, summary);
  ASSERT_EQ(parsed.document.certifications.size(), 1u);
  ASSERT_EQ(parsed.document.experience.size(), 1u);
}

// Items without marks, each a paragraph whose first line is indented, the next line back at the
// margin: four items, not eight lines.
TEST(ParseDocument, ItemsWithAFirstLineIndentWrapUnderTheMargin) {
  DocumentText document;
  document.lines.push_back(Laid("Amara Okafor", 20, 30, 20, true));
  document.lines.push_back(Laid("amara@example.org", 20, 55, 10.5));
  document.lines.push_back(Laid("Work", 20, 90, 18));
  document.lines.back().gap_before = 15;
  document.lines.push_back(
      Laid("Pembury & Shah Solicitors\tSep 2018 - Apr 2021", 20, 115, 12, true));
  document.lines.back().gap_before = 19;
  document.lines.push_back(Laid("Solicitor", 20, 133, 10.5, true));
  const char* items[][2] = {
      {"Advised SMEs and individuals on contracts, grievances, disciplinaries and",
       "TUPE transfers."},
      {"Conducted preliminary hearings and full hearings as advocate in the",
       "Employment Tribunal."},
      {"Grew the firm's fixed-fee HR retainer service for small employers from 6 to",
       "19 clients."},
      {"Drafted the responses and the witness statements of the firm's clients in",
       "two appeals."}};
  double y = 157;
  for (const auto& item : items) {
    document.lines.push_back(Laid(item[0], 34, y, 10.5));
    document.lines.back().gap_before = 6.3;
    document.lines.push_back(Laid(item[1], 20, y + 15, 10.5));
    document.lines.back().gap_before = 3.3;
    y += 33;
  }
  document.lines[5].gap_before = 12.3;
  for (TextLine& line : document.lines) {
    line.first_style = line.last_style = kStyleKnown | (line.bold ? kStyleBold : 0);
  }
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].bullets.size(), 4u)
      << ::testing::PrintToString(parsed.document.experience[0].bullets);
}

// A bold title with its department that ran out of room before its dates goes on in bold on the
// next line, over the employer in plain type; a bold employer under a bold title stays apart.
TEST(ParseDocument, BoldTitleWrappedBeforeItsDates) {
  DocumentText document;
  document.lines.push_back(Laid("Bjorn Astrom", 20, 30, 20, true));
  document.lines.push_back(Laid("bjorn@example.org", 20, 55, 10));
  document.lines.push_back(Laid("EMPLOYMENT", 20, 90, 11.5, true));
  document.lines.back().gap_before = 12;
  auto add = [&](std::string text, double y, bool bold, int last_style = -1) {
    document.lines.push_back(Laid(std::move(text), 20, y, 10, bold));
    TextLine& line = document.lines.back();
    line.gap_before = 1.8;
    line.first_style = kStyleKnown | (bold ? kStyleBold : 0);
    line.last_style = last_style >= 0 ? last_style : line.first_style;
  };
  add("Senior Physiotherapist, Musculoskeletal\tApr. 2019 - Present", 110, true, kStyleKnown);
  add("Outpatients", 124, true);
  add("Thamesbank NHS Foundation Trust, London, UK", 138, false);
  add("Manage a caseload of complex spinal patients.", 152, false);
  document.lines.back().is_bullet = true;
  add("Senior Account Executive\tJun 2013 - Mar 2017", 180, true, kStyleKnown);
  add("Clearwater Data Systems", 194, true);
  add("Remote", 208, false);
  add("Sold data integration software.", 222, false);
  document.lines.back().is_bullet = true;
  document.lines[2].first_style = document.lines[2].last_style = kStyleKnown | kStyleBold;
  const ParsedResume parsed = ParseDocument(document);
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].title, "Senior Physiotherapist, Musculoskeletal Outpatients");
  EXPECT_EQ(jobs[0].company, "Thamesbank NHS Foundation Trust");
  EXPECT_EQ(jobs[0].bullets.size(), 1u);
  EXPECT_EQ(jobs[1].title, "Senior Account Executive");
  EXPECT_EQ(jobs[1].company, "Clearwater Data Systems");
}

// A row of group names over the columns of skills they head, set larger than the items: no
// skills themselves, and "Languages" among them names the programming languages.
TEST(ParseDocument, RowOfGroupNamesOverColumnsOfSkills) {
  DocumentText document;
  document.lines.push_back(Laid("Felix Braun", 20, 30, 20, true));
  document.lines.push_back(Laid("felix@example.com", 20, 55, 9.5));
  document.lines.push_back(Laid("SKILLS", 20, 90, 9, true));
  document.lines.back().gap_before = 15;
  document.lines.push_back(Laid("Languages\tPlatforms\tPractices", 20, 108, 11, true));
  document.lines.push_back(Laid("C++ \u00b7 Rust\tLinux \u00b7 Docker\tCode review", 20, 124, 9.5));
  document.lines.push_back(Laid("Design\tTools", 20, 140, 9.5));
  document.lines.push_back(Laid("Prototyping\tFigma\tFramer", 20, 154, 9));
  document.lines.push_back(Laid("WORK EXPERIENCE", 20, 180, 9, true));
  document.lines.back().gap_before = 15;
  for (TextLine& line : document.lines) {
    line.first_style = line.last_style = kStyleKnown | (line.bold ? kStyleBold : 0);
  }
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(document::AllSkills(parsed.document),
            (std::vector<std::string>{"C++", "Rust", "Linux", "Docker", "Code review",
                                      "Prototyping", "Figma", "Framer"}));
  EXPECT_TRUE(parsed.document.languages.empty());
}

// An address broken over two lines of a narrow column reads on over the break, keeping the
// hyphen at it (a browser breaks an address only after its own hyphens); the file's mailto: link
// behind it, the same address without that hyphen, holds it as it is. A link to another address
// leaves the text's alone.
TEST(ParseDocument, MailtoLinkCompletesAnAddressBrokenOverTwoLines) {
  auto parse = [](std::string shown, std::string uri) {
    DocumentText document;
    document.lines.push_back(Laid("Siobhan Ni Bhriain", 20, 30, 20, true));
    document.lines.push_back(Laid("siob-", 20, 60));
    document.lines.push_back(Laid(std::move(shown), 20, 72));
    document.lines.push_back(Laid("+353 1 555 0123", 20, 84));
    document.links.push_back({std::move(uri), 0, 72, 2});
    return ParseDocument(document).document.contact.email;
  };
  EXPECT_EQ(parse("han.nibhriain@example.net", "mailto:siobhan.nibhriain@example.net"),
            "siobhan.nibhriain@example.net");
  EXPECT_EQ(parse("han.nibhriain@example.net", "mailto:office@example.net"),
            "siob-han.nibhriain@example.net");
  EXPECT_EQ(parse("han.nibhriain@example.net", "mailto:siob-han.nibhriain@example.net"),
            "siob-han.nibhriain@example.net");
}

// "Languages" in small bold type under CORE COMPETENCIES names the programming languages'
// group; the LANGUAGES heading set like the others after it is the spoken languages' section.
TEST(ParseDocument, LanguagesSetSmallUnderSkillsNamesAGroup) {
  DocumentText document;
  document.lines.push_back(Laid("Felix Braun", 20, 30, 20, true));
  document.lines.push_back(Laid("CONTACT", 20, 60, 10.5, true));
  document.lines.push_back(Laid("felix@example.com", 20, 75, 9.5));
  document.lines.push_back(Laid("CORE COMPETENCIES", 20, 100, 10.5, true));
  document.lines.back().gap_before = 10;
  document.lines.push_back(Laid("Languages", 20, 115, 9.5, true));
  document.lines.push_back(Laid("C++, Python, Rust", 20, 128, 9.5));
  document.lines.push_back(Laid("Practices", 20, 143, 9.5, true));
  document.lines.push_back(Laid("Code review, Fuzzing", 20, 156, 9.5));
  document.lines.push_back(Laid("LANGUAGES", 20, 180, 10.5, true));
  document.lines.back().gap_before = 10;
  document.lines.push_back(Laid("German (Native)", 20, 195, 9.5));
  for (TextLine& line : document.lines) {
    line.first_style = line.last_style = kStyleKnown | (line.bold ? kStyleBold : 0);
  }
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(document::AllSkills(parsed.document),
            (std::vector<std::string>{"C++", "Python", "Rust", "Code review", "Fuzzing"}));
  ASSERT_EQ(parsed.document.languages.size(), 1u);
  EXPECT_EQ(parsed.document.languages[0].language, "German");
}

// A skill that reads like a section's name ("Employment"), set in the body's plain type under
// headings set large, is a skill.
TEST(ParseDocument, SectionNameInPlainTypeAmongSkillsIsASkill) {
  DocumentText document;
  document.lines.push_back(Laid("Amara Okafor", 20, 30, 20, true));
  document.lines.push_back(Laid("Skills", 20, 80, 18));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("Employment", 20, 110, 10.5));
  document.lines.push_back(Laid("TUPE", 20, 125, 10.5));
  document.lines.push_back(Laid("Languages", 20, 150, 18));
  document.lines.back().gap_before = 12;
  document.lines.push_back(Laid("English (native)", 20, 180, 10.5));
  for (TextLine& line : document.lines) line.first_style = line.last_style = kStyleKnown;
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(document::AllSkills(parsed.document), (std::vector<std::string>{"Employment", "TUPE"}));
  EXPECT_TRUE(parsed.document.experience.empty());
  EXPECT_EQ(parsed.document.languages.size(), 1u);
}

// A summary's first line set larger than the bullets, holding a section's word ("Employment
// solicitor acting for em-"), is a paragraph's first line: its sentence runs on below.
TEST(ParseDocument, SentenceThatRunsOnIsNoHeading) {
  DocumentText document;
  document.lines.push_back(Laid("Amara Okafor", 40, 40, 20, true));
  document.lines.push_back(Laid("amara@example.org", 40, 70, 10));
  document.lines.push_back(Laid("SUMMARY", 40, 100, 14));
  document.lines.push_back(Laid("Employment solicitor acting for em-", 40, 120, 11));
  document.lines.push_back(Laid("ployers and senior executives on day-to-day", 40, 133, 11));
  document.lines.push_back(Laid("HR advice. Started in a law centre", 40, 146, 11));
  document.lines.push_back(Laid("and still do pro bono tribunal work.", 40, 159, 11));
  document.lines.push_back(Laid("EXPERIENCE", 40, 190, 14));
  document.lines.push_back(Laid("Solicitor, Pembury & Shah\t2018 - 2021", 40, 210, 11));
  for (int i = 0; i < 4; ++i) {
    TextLine bullet = Laid("Advised small employers on contracts.", 50, 224 + 12 * i, 10);
    bullet.is_bullet = true;
    document.lines.push_back(bullet);
  }
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].title, "Solicitor");
  EXPECT_TRUE(resume.summary.starts_with("Employment solicitor acting for em")) << resume.summary;
}

// "Trainee Solicitor, Pembury & Shah ⇥2016 – 2018" over "Solicitors, Croydon, UK.": the
// employer's name wraps onto the next line, whose full stop closes the header; the paragraph
// under it is the job's text, however short its lines.
TEST(ParseDocument, HeaderClosedByAFullStopTakesNoMoreLines) {
  DocumentText document;
  double y = 80;
  auto add = [&document, &y](std::string text, double size, int first, int last,
                             std::vector<std::pair<std::size_t, int>> runs = {}) {
    TextLine line;
    line.text = std::move(text);
    line.x = 250;
    line.y = y;
    line.width = 170;
    line.font_size = size;
    line.gap_before = 1;
    line.first_style = first;
    line.last_style = last;
    line.style_runs = std::move(runs);
    y += size + 1;
    document.lines.push_back(std::move(line));
  };
  constexpr int kPlain = kStyleKnown;
  constexpr int kBold = kStyleKnown | kStyleBold;
  constexpr int kItalic = kStyleKnown | kStyleItalic;
  add("Amara Okafor", 20, kPlain, kPlain);
  add("amara@example.org", 10, kPlain, kPlain);
  add("EMPLOYMENT HISTORY", 14, kPlain, kPlain);
  const std::string header = "Trainee Solicitor,\tPembury & Shah\t2016 - 2018";
  add(header, 11, kBold, kPlain,
      {{0, kBold}, {header.find("Pembury"), kItalic}, {header.find("2016"), kPlain}});
  const std::string place = "Solicitors,\tCroydon, UK.";
  add(place, 11, kItalic, kPlain, {{0, kItalic}, {place.find("Croydon"), kPlain}});
  add("Completed seats in employment, commer-", 10, kPlain, kPlain);
  add("cial property, private client and litigation.", 10, kPlain, kPlain);
  add("Drafted ET3 responses and witness state-", 10, kPlain, kPlain);
  add("ments under supervision.", 10, kPlain, kPlain);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 1u);
  EXPECT_EQ(resume.experience[0].title, "Trainee Solicitor");
  EXPECT_EQ(resume.experience[0].company, "Pembury & Shah Solicitors");
  EXPECT_EQ(Date(resume.experience[0].period.start), "2016");
  ASSERT_FALSE(resume.experience[0].bullets.empty());
  EXPECT_TRUE(resume.experience[0].bullets[0].starts_with("Completed seats"));
}

// A profile saved as PDF: the employer once over its roles with the time spent there, each role
// its title, its dates with their length, its city; typed bullets wrap under their mark.
TEST(ParseDocument, RolesUnderOneEmployerWithTheirLengths) {
  DocumentText document;
  document.lines.push_back(Laid("Dean McAllister", 190, 40, 26));
  document.lines.push_back(Laid("dean@example.com", 20, 60, 10));
  document.lines.push_back(Laid("Experience", 190, 130, 14));
  document.lines.push_back(Laid("Hargreaves & Sons Electrical Ltd.", 190, 157, 12.5, true));
  document.lines.push_back(Laid("Approved Electrician", 190, 175, 11.5));
  document.lines.push_back(Laid("February 2014 - March 2019 (5 years 2 months)", 190, 190, 10.5));
  document.lines.push_back(Laid("Bradford, UK", 190, 203, 10.5));
  TextLine item =
      Laid("Led two-person teams on school and office fit-outs, including", 198, 220, 11);
  item.is_bullet = true;
  document.lines.push_back(item);
  document.lines.push_back(Laid("containment and emergency lighting.", 190, 234, 11));
  item = Laid("Tested and certified completed installations.", 198, 248, 11);
  item.is_bullet = true;
  document.lines.push_back(item);
  document.lines.push_back(Laid("Pennine Building Services Ltd.", 190, 280, 12.5, true));
  document.lines.push_back(Laid("5 years 5 months", 190, 297, 10.5));
  document.lines.push_back(Laid("Electrician", 190, 316, 11.5));
  document.lines.push_back(
      Laid("September 2011 - January 2014 (2 years 5 months)", 190, 331, 10.5));
  document.lines.push_back(Laid("Leeds, UK", 190, 345, 10.5));
  item = Laid("Installed electrics in social housing.", 198, 362, 11);
  item.is_bullet = true;
  document.lines.push_back(item);
  document.lines.push_back(Laid("Apprentice Electrician", 190, 384, 11.5));
  document.lines.push_back(Laid("September 2008 - August 2011 (3 years)", 190, 399, 10.5));
  document.lines.push_back(Laid("Leeds, UK", 190, 413, 10.5));
  for (TextLine& line : document.lines) line.gap_before = line.font_size > 11.6 ? 11 : 2;
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 3u);
  EXPECT_EQ(resume.experience[0].title, "Approved Electrician");
  EXPECT_EQ(resume.experience[0].company, "Hargreaves & Sons Electrical Ltd.");
  EXPECT_EQ(resume.experience[0].bullets.size(), 2u);
  EXPECT_EQ(resume.experience[1].title, "Electrician");
  EXPECT_EQ(resume.experience[1].company, "Pennine Building Services Ltd.");
  EXPECT_EQ(Date(resume.experience[1].period.end), "2014-01");
  EXPECT_EQ(resume.experience[1].bullets.size(), 1u);
  EXPECT_EQ(resume.experience[2].title, "Apprentice Electrician");
  EXPECT_EQ(resume.experience[2].company, "Pennine Building Services Ltd.");
  EXPECT_EQ(resume.experience[2].location, "Leeds, UK");
}

// "ACADEMIC" over "BACKGROUND" in a narrow sidebar: one section's name on two lines.
TEST(ParseDocument, SectionNameWrappedInANarrowColumn) {
  DocumentText document;
  document.lines.push_back(Laid("Felix Braun", 200, 70, 36));
  document.lines.push_back(Laid("felix@example.com", 110, 120, 9));
  document.lines.push_back(Laid("ACADEMIC", 54, 150, 12));
  document.lines.push_back(Laid("BACKGROUND", 54, 162, 12));
  document.lines.push_back(Laid("Technical University of Munich", 54, 180, 10, true));
  document.lines.push_back(Laid("M.Sc. Informatics", 54, 191, 9));
  document.lines.push_back(Laid("2013 - 2015 | Munich, Germany", 54, 204, 8));
  for (std::size_t i = 2; i < document.lines.size(); ++i) document.lines[i].column = 1;
  document.lines[3].gap_before = 0;
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.education.size(), 1u);
  EXPECT_EQ(resume.education[0].degree, "M.Sc. Informatics");
  EXPECT_EQ(resume.education[0].school, "Technical University of Munich");
}

// A range set in a narrow date column: "September 2000" at the end of the header, "to June
// 2002" at the end of the line under it, beside the rest of the header or the first bullet.
TEST(ParseDocument, RangeSplitOverTwoLinesOfADateColumn) {
  DocumentText document;
  document.lines.push_back(Laid("Kenji Mori", 40, 40, 20, true));
  document.lines.push_back(Laid("kenji@example.com", 40, 70, 10));
  document.lines.push_back(Laid("Experience", 40, 100, 14, true));
  document.lines.push_back(Laid("Kitsap Logic, Software Developer\tFebruary 2005", 40, 120, 11));
  TextLine item = Laid("Developed web applications\tto April 2008", 56, 134, 10);
  item.is_bullet = true;
  document.lines.push_back(item);
  document.lines.push_back(
      Laid("University of Washington, IT Support\tSeptember 2000", 40, 160, 11));
  document.lines.push_back(Laid("Technician (Part-time), Seattle, WA\tto June 2002", 40, 172, 11));
  document.lines.push_back(Laid("Supported student computer labs.", 40, 186, 10));
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 2u);
  EXPECT_EQ(Date(resume.experience[0].period.end), "2008-04");
  ASSERT_EQ(resume.experience[0].bullets.size(), 1u);
  EXPECT_EQ(resume.experience[0].bullets[0], "Developed web applications");
  EXPECT_EQ(Date(resume.experience[1].period.start), "2000-09");
  EXPECT_EQ(Date(resume.experience[1].period.end), "2002-06");
}

// Two lists of skills side by side in a narrow column, an item of the first wrapping onto the
// next line ("Bank" over "reconciliations") beside the second's next item.
TEST(ParseDocument, SideBySideSkillListsWithAWrappedItem) {
  DocumentText document;
  document.lines.push_back(Laid("Grace Ng", 40, 40, 20, true));
  document.lines.push_back(Laid("grace@example.com", 40, 70, 10));
  document.lines.push_back(Laid("Skills", 450, 150, 13));
  document.lines.push_back(Laid("Bank\tQuickBooks", 478, 190, 7));
  document.lines.push_back(Laid("reconciliations\tMicrosoft Excel", 449, 200, 7));
  document.lines.push_back(Laid("Accounts payable\tXero", 438, 210, 7));
  for (std::size_t i = 3; i < document.lines.size(); ++i) document.lines[i].gap_before = 1.7;
  const std::vector<std::string> skills = document::AllSkills(ParseDocument(document).document);
  EXPECT_EQ(std::set<std::string>(skills.begin(), skills.end()),
            (std::set<std::string>{"Bank reconciliations", "QuickBooks", "Microsoft Excel",
                                   "Accounts payable", "Xero"}));
}

// Skill tags one a line, the last two sharing a line: the tag above them is one more skill, not
// the name of a group over them.
TEST(ParseDocument, SkillTagsOneALineEndingWithTwoOnALine) {
  const ParsedResume parsed = ParseText(
      "Niamh Gallagher\nniamh@example.ie\n\nKey Skills\nConsultative selling\n"
      "Key account management\nTender submissions\nProduct demonstrations\n"
      "Veeva CRM\tSalesforce\n");
  const std::vector<std::string> skills = document::AllSkills(parsed.document);
  EXPECT_EQ(
      std::set<std::string>(skills.begin(), skills.end()),
      (std::set<std::string>{"Consultative selling", "Key account management", "Tender submissions",
                             "Product demonstrations", "Veeva CRM", "Salesforce"}));
}

// "Tools" in bold under SKILLS set larger in capitals names a group of skills (no second skills
// section), and the first skill under it is no group's name, though a line of two follows it.
TEST(ParseDocument, SkillsSectionNameAsAGroupOverItsFirstSkill) {
  DocumentText document;
  auto add = [&document](std::string text, bool bold, double size) {
    document.lines.push_back(
        Laid(std::move(text), 400, 100 + 12 * document.lines.size(), size, bold));
    document.lines.back().first_style = kStyleKnown | (bold ? kStyleBold : 0);
    document.lines.back().last_style = document.lines.back().first_style;
  };
  add("Zoe Dubois", true, 24);
  add("zoe@example.fr", false, 9);
  add("SKILLS", true, 14.5);
  add("Marketing", true, 10);
  add("Brand strategy", false, 9);
  add("Market research\tGo-to-market", false, 9);
  add("Tools", true, 10);
  add("Google Analytics 4", false, 9);
  add("Meta Ads Manager\tFigma", false, 9);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.skills.size(), 2u);
  EXPECT_EQ(resume.skills[0].group, "Marketing");
  EXPECT_EQ(resume.skills[1].group, "Tools");
  EXPECT_EQ(resume.skills[1].items,
            (std::vector<std::string>{"Google Analytics 4", "Meta Ads Manager", "Figma"}));
}

// A heading letter-spaced into more pieces than a heading has words ("L IC ENSES & C ERTIFIC
// ATIO NS") still opens its section.
TEST(ParseDocument, HeadingLetterSpacedIntoManyPieces) {
  const ParsedResume parsed = ParseText(
      "Ana Ruiz\nana@example.org\n\nSKILLS\nEpic, Pyxis\n\nL IC ENSES & C ERTIFIC ATIO NS\n"
      "Registered Nurse License, Texas Board of Nursing\n");
  EXPECT_EQ(document::AllSkills(parsed.document), (std::vector<std::string>{"Epic", "Pyxis"}));
  EXPECT_EQ(parsed.document.certifications.size(), 1u);
}

// A job header of more than twelve words that names its place last is still a header; a long
// line that does not is a bullet's sentence.
TEST(ParseDocument, LongHeaderEndingInItsPlace) {
  const ParsedResume parsed = ParseText(
      "Lukasz Wisniewski\nlukasz@example.org\n\nExperience\n03/2021 to present\n"
      "Senior Accountant, General Ledger at Vistula Business Services Sp. z o.o., Warsaw, Poland\n"
      "- Own the month-end close for 11 legal entities in Poland, Czechia and Slovakia.\n"
      "- Reconcile intercompany balances of about 40M a month with regional finance teams\n"
      "09/2016 to 02/2021\nAccountant at Baltic Shared Services, Gdansk, Poland\n"
      "- Posted accruals and prepayments for four Scandinavian clients.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].title, "Senior Accountant, General Ledger");
  EXPECT_EQ(jobs[0].company, "Vistula Business Services Sp. z o.o.");
  EXPECT_EQ(jobs[0].bullets.size(), 2u);
  EXPECT_EQ(jobs[1].company, "Baltic Shared Services");
}

// Languages as a table: the languages in one row, their levels in the row under them.
TEST(ParseDocument, LanguagesInARowOverTheirLevels) {
  const ParsedResume parsed = ParseText(
      "Jan van der Berg\njan@example.com\n\nSkills\nDesmos, GeoGebra\n\nLanguages\n"
      "Dutch English German\nNative Fluent\tIntermediate\n");
  ASSERT_EQ(parsed.document.languages.size(), 3u);
  EXPECT_EQ(parsed.document.languages[0].language, "Dutch");
  EXPECT_EQ(parsed.document.languages[0].fluency, "Native");
  EXPECT_EQ(parsed.document.languages[2].language, "German");
  EXPECT_EQ(parsed.document.languages[2].fluency, "Intermediate");
  EXPECT_EQ(document::AllSkills(parsed.document), (std::vector<std::string>{"Desmos", "GeoGebra"}));
}

// A bullet's sentence wrapped over three lines under its text, the last starting with a digit
// or a capital ("…on ROS" over "2."): still the same item.
TEST(ParseDocument, BulletWrappedOverLinesStartingWithDigitsOrCapitals) {
  DocumentText document;
  document.lines.push_back(Laid("Felix Braun", 40, 40, 20, true));
  document.lines.push_back(Laid("felix@example.com", 40, 70, 10));
  document.lines.push_back(Laid("Experience", 40, 100, 14, true));
  document.lines.push_back(
      Laid("Senior Engineer, Alpenrad Mobility GmbH\t2020 - 2024", 40, 120, 11));
  auto add = [&document](std::string text, double y, bool bullet) {
    TextLine line = Laid(std::move(text), 56, y, 10);
    line.is_bullet = bullet;
    line.gap_before = 0;
    document.lines.push_back(line);
  };
  add("Lead development of the sensor fusion", 134, true);
  add("pipeline for delivery robots, written on ROS", 146, false);
  add("2.", 158, false);
  add("Wrote firmware for controllers on ARM", 170, true);
  add("Cortex-M microcontrollers.", 182, false);
  add("Built a test bench that runs nightly.", 194, true);
  const document::ResumeDocument resume = ParseDocument(document).document;
  ASSERT_EQ(resume.experience.size(), 1u);
  ASSERT_EQ(resume.experience[0].bullets.size(), 3u);
  EXPECT_TRUE(resume.experience[0].bullets[0].ends_with("on ROS 2."));
  EXPECT_TRUE(resume.experience[0].bullets[1].ends_with("ARM Cortex-M microcontrollers."));
}

// The e-mail address names the person: name-shaped words set larger than the name (a practice's
// name as a letterhead) give way to the name the address shares ("Björn Åström" and
// "bjorn.astrom@…", accents folded).
TEST(ParseDocument, NameCheckedAgainstTheEmailAddress) {
  DocumentText document;
  document.lines.push_back(Laid("Maple Grove", 40, 40, 24));
  document.lines.push_back(Laid("Senior Physiotherapist", 40, 70, 14));
  document.lines.push_back(Laid("Björn Åström", 40, 90, 12));
  document.lines.push_back(Laid("bjorn.astrom@example.se", 40, 110, 10));
  document.lines.push_back(Laid("Experience", 40, 140, 14, true));
  document.lines.push_back(Laid("Physiotherapist, Karolinska\t2019 - 2024", 40, 160, 10));
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.name, "Björn Åström");
}

// A name that shares a word with the address stays, whatever else the page holds.
TEST(ParseDocument, NameSharingAWordWithTheAddressStays) {
  const ParsedResume parsed = ParseText(
      "Mateo Herrera\nhello.herrera@example.net\nAnna Lind, Reference\n\nExperience\n"
      "Designer, Brightpath\t2019 - 2024\n");
  EXPECT_EQ(parsed.document.contact.name, "Mateo Herrera");
}

// A header closed by a full stop after its place ("…, Oakland, CA."): the place is still a
// place; an employer's legal form keeps its own ("Acme Co.").
TEST(ParseDocument, PlaceBeforeTheHeadersFullStop) {
  const ParsedResume parsed = ParseText(
      "Li Wei\nli@example.com\n\nExperience\n"
      "Golden Gate Pharmacy,\tPharmacy Intern, Oakland, CA.\tJun 2014 - May 2017\n"
      "Filled prescriptions.\nAcme Co.\tEngineer, Boston, MA\t2010 - 2012\nDid things.\n");
  ASSERT_EQ(parsed.document.experience.size(), 2u);
  EXPECT_EQ(parsed.document.experience[0].title, "Pharmacy Intern");
  EXPECT_EQ(parsed.document.experience[0].location, "Oakland, CA");
  EXPECT_EQ(parsed.document.experience[1].company, "Acme Co.");
}

// "St.⇥David's Medical Center": the wide space after a full stop set an abbreviation apart
// from the name it begins.
TEST(ParseDocument, AbbreviationSetApartFromTheNameItBegins) {
  const ParsedResume parsed = ParseText(
      "Ana Ruiz\nana@example.com\n\nExperience\n"
      "Staff Nurse, Cardiac Unit,\tSt.\tDavid's Medical Center,\t06/2019 - Now\n"
      "Cared for patients.\n");
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].title, "Staff Nurse, Cardiac Unit");
  EXPECT_EQ(parsed.document.experience[0].company, "St. David's Medical Center");
}
// A header longer than a sentence's worth of words is still a header when it is set in bold
// (a clerkship named with its whole court); the same words in plain type read as a sentence.
TEST(ParseDocument, LongBoldHeaderNamesTheEntry) {
  DocumentText document;
  document.lines.push_back(Laid("Priya Raman", 20, 30, 20, true));
  document.lines.push_back(Laid("priya@example.org", 20, 55, 10));
  document.lines.push_back(Laid("EXPERIENCE", 20, 90, 11.5, true));
  document.lines.back().gap_before = 12;
  auto add = [&](std::string text, double y, bool bold) {
    document.lines.push_back(Laid(std::move(text), 20, y, 10, bold));
    TextLine& line = document.lines.back();
    line.gap_before = 1.8;
    line.first_style = line.last_style = kStyleKnown | (bold ? kStyleBold : 0);
  };
  add("Judicial Law Clerk, United States District Court for the Southern District of New York", 110,
      true);
  add("Sep 2019 \u2013 Aug 2021", 124, false);
  add("Drafted bench memoranda on motions to dismiss and for summary judgment.", 138, false);
  document.lines.back().is_bullet = true;
  add("Paralegal, Baker McKenzie", 166, true);
  add("Jun 2016 \u2013 Aug 2019", 180, false);
  add("Managed discovery for three antitrust matters.", 194, false);
  document.lines.back().is_bullet = true;
  const ParsedResume parsed = ParseDocument(document);
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].title, "Judicial Law Clerk");
  EXPECT_EQ(jobs[0].company, "United States District Court for the Southern District of New York");
  EXPECT_EQ(jobs[0].bullets.size(), 1u);
  EXPECT_EQ(jobs[1].title, "Paralegal");
  EXPECT_EQ(jobs[1].company, "Baker McKenzie");
}

// A school's name that ran out of room leaves one word on the next line ("…, - Chaffey" over
// "College"): the word ends the name above; it is no school of its own.
TEST(ParseDocument, LoneWordOfASchoolsNameWrappedAlone) {
  DocumentText document;
  document.lines.push_back(Laid("Jose Nunez", 66, 40, 20, true));
  document.lines.push_back(Laid("jnunez@example.org", 66, 65, 10));
  document.lines.push_back(Laid("EDUCATION", 66, 100, 22, true));
  document.lines.back().gap_before = 20;
  auto add = [&](std::string text, double y, double size) {
    document.lines.push_back(Laid(std::move(text), 66, y, size, true));
    TextLine& line = document.lines.back();
    line.gap_before = 0.5;
    line.first_style = line.last_style = kStyleKnown | kStyleBold;
  };
  add("Certificate of Achievement in Supply Chain Management, - Chaffey", 140, 15);
  add("College", 157, 15);
  add("January 2017 - May 2018", 174, 11);
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.education.size(), 1u);
  EXPECT_EQ(parsed.document.education[0].degree,
            "Certificate of Achievement in Supply Chain Management");
  EXPECT_EQ(parsed.document.education[0].school, "Chaffey College");
  EXPECT_EQ(Date(parsed.document.education[0].period.end), "2018-05");
}

// Bullets drawn as graphics, so only the spacing tells them apart: a line that ends a clause
// with a semicolon goes on when the next line, close under it, opens no sentence.
TEST(ParseDocument, SentenceWrappedAfterASemicolonGoesOn) {
  DocumentText document;
  document.lines.push_back(Laid("Brandon Ellis", 24, 40, 20, true));
  document.lines.push_back(Laid("brandon@example.com", 24, 65, 10));
  document.lines.push_back(Laid("EXPERIENCE", 24, 100, 14, true));
  document.lines.back().gap_before = 20;
  auto add = [&](std::string text, double x, double y, double gap, bool bold = false) {
    document.lines.push_back(Laid(std::move(text), x, y, 12, bold));
    TextLine& line = document.lines.back();
    line.gap_before = gap;
    line.first_style = line.last_style = kStyleKnown | (bold ? kStyleBold : 0);
  };
  add("Regional Vice President, Sales", 24, 125, 6.7, true);
  add("Summitline Software, Inc.", 24, 142, 2.9);
  add("January 2021 - Present", 24, 159, 2.9);
  add("Lead four sales managers and 32 account executives in two regions.", 54, 182, 6.7);
  add("Grew regional annual recurring revenue from $31M to $74M in four years;", 54, 205, 6.7);
  add("118% of plan in 2023 and 109% in 2024.", 54, 222, 2.9);
  add("Introduced weekly deal reviews; forecasts now land within 4% of the close.", 54, 245, 6.7);
  add("Partner with marketing on campaigns for the top 200 accounts.", 54, 268, 6.7);
  const ParsedResume parsed = ParseDocument(document);
  ASSERT_EQ(parsed.document.experience.size(), 1u);
  EXPECT_EQ(parsed.document.experience[0].bullets,
            (std::vector<std::string>{
                "Lead four sales managers and 32 account executives in two regions.",
                "Grew regional annual recurring revenue from $31M to $74M in four years; 118% of "
                "plan in 2023 and 109% in 2024.",
                "Introduced weekly deal reviews; forecasts now land within 4% of the close.",
                "Partner with marketing on campaigns for the top 200 accounts."}));
}

// A spaced dash between an employer and a title: the plainer title after it is a field of its
// own ("Health Service Executive – Staff Nurse"); words that only qualify a title stay on it.
TEST(ParseDocument, EmployerDashTitleSplitsAtTheDash) {
  const ParsedResume parsed = ParseText(
      "Siobhan Ni Bhriain\nsiobhan@example.net\n\nExperience\n"
      "Health Service Executive \u2013 Staff Nurse\nMarch 2015 \u2013 Present\n"
      "- Cared for 28 patients on a medical ward.\n\n"
      "Director \u2013 IT Operations\nBrightline Labs\n2010 \u2013 2015\n"
      "- Ran the service desk.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 2u);
  EXPECT_EQ(jobs[0].title, "Staff Nurse");
  EXPECT_EQ(jobs[0].company, "Health Service Executive");
  EXPECT_EQ(jobs[1].title, "Director \u2013 IT Operations");
  EXPECT_EQ(jobs[1].company, "Brightline Labs");
}

// An address a browser broke after its own hyphen reads on over the line break.
TEST(ParseDocument, EmailBrokenAfterItsOwnHyphen) {
  DocumentText document;
  document.lines.push_back(Laid("Mateo Herrera", 20, 30, 20, true));
  document.lines.push_back(Laid("hello.mateo-", 20, 55, 10));
  document.lines.push_back(Laid("herrera@example.net", 20, 67, 10));
  document.lines.push_back(Laid("+1 305 555 0142", 20, 79, 10));
  const ParsedResume parsed = ParseDocument(document);
  EXPECT_EQ(parsed.document.contact.email, "hello.mateo-herrera@example.net");
  EXPECT_EQ(FindEmail("reach me at herrera@example.net"), "herrera@example.net");
  EXPECT_EQ(FindEmail("Sales -\nherrera@example.net"), "herrera@example.net");
  EXPECT_EQ(FindEmail("siân.morgan@example.co.uk · Cardiff"), "siân.morgan@example.co.uk");
  EXPECT_EQ(FindEmail("\uF0E0 ana@example.com"), "ana@example.com");
  EXPECT_EQ(FindEmail("\uF0E0ana@example.com"), "ana@example.com") << "an icon glued to it";
}

// A town without its region or country after the employer is the job's place, whichever
// separator comes between the title and the employer; a town is never taken for an employer
// standing alone, nor torn from a title it does not follow.
TEST(ParseDocument, TownAloneAfterTheEmployerIsThePlace) {
  const ParsedResume parsed = ParseText(
      "Tom Hughes\ntom.hughes@example.co.uk | 07700 900123 | Bristol\n\nExperience\n"
      "Heating Engineer, WarmHome Services, Bristol - 03/2019 to present\n"
      "- Service and repair 6-8 domestic boilers a day.\n\n"
      "Apprentice Plumber, Avon Plumbing, Bath - 09/2015 to 02/2019\n"
      "- Fitted bathrooms and central heating systems.\n\n"
      "Junior Sous Chef - The Larder House, Salford (May 2012 - Aug 2015)\n"
      "- Ran the pastry section.\n\n"
      "Store Manager | Tesco | Reading | 2010 - 2012\n"
      "- Led a team of 40.\n\n"
      "Branch Manager, Enterprise\n2008 - 2010\n"
      "- Grew rentals by a fifth.\n");
  const auto& jobs = parsed.document.experience;
  ASSERT_EQ(jobs.size(), 5u);
  EXPECT_EQ(jobs[0].title, "Heating Engineer");
  EXPECT_EQ(jobs[0].company, "WarmHome Services");
  EXPECT_EQ(jobs[0].location, "Bristol");
  EXPECT_EQ(jobs[1].title, "Apprentice Plumber");
  EXPECT_EQ(jobs[1].company, "Avon Plumbing");
  EXPECT_EQ(jobs[1].location, "Bath");
  EXPECT_EQ(jobs[2].title, "Junior Sous Chef");
  EXPECT_EQ(jobs[2].company, "The Larder House");
  EXPECT_EQ(jobs[2].location, "Salford");
  EXPECT_EQ(jobs[3].title, "Store Manager");
  EXPECT_EQ(jobs[3].company, "Tesco");
  EXPECT_EQ(jobs[3].location, "Reading");
  EXPECT_EQ(jobs[4].title, "Branch Manager");
  EXPECT_EQ(jobs[4].company, "Enterprise");
  EXPECT_EQ(parsed.document.contact.location, "Bristol") << "a known town among the contacts";
  EXPECT_TRUE(IsKnownTown("Kraków"));
  EXPECT_TRUE(IsKnownTown("krakow"));
  EXPECT_FALSE(IsKnownTown("WarmHome Services"));
}

// "Qualifications" heads certificates and tickets in one resume and a summary in sentences in
// another: the section's lines decide which.
TEST(ParseDocument, QualificationsSectionReadByItsLines) {
  const ParsedResume tickets = ParseText(
      "Tom Hughes\ntom.hughes@example.co.uk\n\nQualifications\n"
      "NVQ Level 3 Plumbing and Heating\nGas Safe registered (ACS CCN1, COCN1, CENWAT)\n"
      "CSCS card\n\nExperience\nHeating Engineer, WarmHome Services\n2019 - Present\n"
      "- Service and repair boilers.\n");
  ASSERT_EQ(tickets.document.experience.size(), 1u);
  EXPECT_EQ(tickets.document.experience[0].title, "Heating Engineer");
  ASSERT_EQ(tickets.document.certifications.size(), 3u);
  EXPECT_EQ(tickets.document.certifications[0].name, "NVQ Level 3 Plumbing and Heating");
  EXPECT_EQ(tickets.document.certifications[1].name,
            "Gas Safe registered (ACS CCN1, COCN1, CENWAT)")
      << "commas inside its parentheses list a certificate's parts";
  const ParsedResume summary = ParseText(
      "Dana Price\ndana.price@example.com\n\nQualifications\n"
      "Eight years of experience running accounts payable for multi-site retailers.\n"
      "Proven record of closing the books in five days with no audit adjustments.\n\n"
      "Experience\nAP Supervisor, Northgate Stores\n2019 - Present\n- Run the AP team.\n");
  EXPECT_TRUE(summary.document.certifications.empty());
  EXPECT_NE(summary.document.summary.find("Eight years of experience"), std::string::npos);
  ASSERT_EQ(summary.document.experience.size(), 1u);
}
}  // namespace
}  // namespace resumax::parsing

#include "domain/matching/scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <numeric>
#include <sstream>

#include "domain/document/document_json.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/matching/job_analysis.h"
#include "domain/matching/score_formula.h"
#include "domain/matching/scoring_test_fixtures.h"

namespace resumax::optimize {
namespace {

using namespace std::chrono_literals;
constexpr std::chrono::year_month_day kToday{std::chrono::year{2025}, std::chrono::month{6},
                                             std::chrono::day{15}};

JobAnalysis Analyze(std::string_view raw) {
  const std::string text = jobs::SanitizeJobText(raw);
  return AnalyzeJob(
      text, jobs::ExtractJobMetadata(text, std::nullopt, std::nullopt, std::nullopt).ToJson(),
      Taxonomy::Builtin());
}

ScoreResult ScoreOf(const boost::json::object& resume, const JobAnalysis& job) {
  return Score(document::FromJson(resume), fixtures::PlainText(resume), job, Taxonomy::Builtin(),
               kToday);
}

bool Has(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// Everything a ScoreResult holds, as text, to compare two results.
std::string Describe(const ScoreResult& result) {
  std::ostringstream out;
  out << result.total << '\n';
  for (const auto& [name, category] : result.breakdown) {
    out << name << ' ' << category.score << ' ' << category.weight << ' ' << category.explanation
        << '\n';
    for (const auto& item : category.counted) out << "  + " << item << '\n';
    for (const auto& item : category.missing) out << "  - " << item << '\n';
  }
  for (const auto& item : result.keywords.matched) out << "matched " << item << '\n';
  for (const auto& item : result.keywords.evidenced) out << "evidenced " << item << '\n';
  for (const auto& item : result.keywords.missing) out << "missing " << item << '\n';
  return out.str();
}

TEST(ScoreFormula, WeightsSumToOne) {
  double sum = 0;
  for (const auto& category : formula::kCategories) sum += category.weight;
  EXPECT_DOUBLE_EQ(sum, 1.0);
}

TEST(Score, AMatchingResumeScoresHigh) {
  const ScoreResult result =
      ScoreOf(fixtures::BackendEngineerResume(), Analyze(fixtures::kBackendEngineerJob));
  EXPECT_GE(result.total, 80) << Describe(result);
  EXPECT_EQ(result.breakdown.size(), 6u);
  EXPECT_TRUE(Has(result.keywords.matched, "Go"));
  EXPECT_TRUE(Has(result.keywords.matched, "Kubernetes"));
  EXPECT_TRUE(Has(result.keywords.evidenced, "Terraform"));  // bullets only
  EXPECT_TRUE(Has(result.keywords.evidenced, "Kafka"));      // a project only
  EXPECT_TRUE(Has(result.keywords.missing, "AWS Certified Solutions Architect"));
  EXPECT_GE(result.breakdown.at("jobTitle").score, 80);  // "Backend engineer" in the summary
  EXPECT_EQ(result.breakdown.at("education").score, 100);
  EXPECT_EQ(result.breakdown.at("experience").score, 100);
  EXPECT_GE(result.breakdown.at("searchability").score, 90) << Describe(result);  // short
  double weights = 0;
  for (const auto& [name, category] : result.breakdown) {
    weights += category.weight;
    EXPECT_FALSE(category.explanation.empty()) << name;
  }
  EXPECT_NEAR(weights, 1.0, 1e-9);
}

TEST(Score, AnUnrelatedResumeScoresLow) {
  const ScoreResult result =
      ScoreOf(fixtures::EmergencyNurseResume(), Analyze(fixtures::kBackendEngineerJob));
  EXPECT_LE(result.total, 35) << Describe(result);
  EXPECT_LE(result.breakdown.at("hardSkills").score, 10);
  EXPECT_LE(result.breakdown.at("jobTitle").score, 20);
  EXPECT_TRUE(result.keywords.matched.empty()) << Describe(result);
}

TEST(Score, TheNurseFitsTheNursingJob) {
  const ScoreResult nurse =
      ScoreOf(fixtures::EmergencyNurseResume(), Analyze(fixtures::kEmergencyNurseJob));
  const ScoreResult engineer =
      ScoreOf(fixtures::BackendEngineerResume(), Analyze(fixtures::kEmergencyNurseJob));
  EXPECT_GE(nurse.total, 70) << Describe(nurse);
  EXPECT_LE(engineer.total, 35) << Describe(engineer);
  EXPECT_TRUE(Has(nurse.keywords.matched, "ACLS"));
  EXPECT_TRUE(Has(nurse.keywords.matched, "RN license"));
  EXPECT_TRUE(Has(nurse.keywords.matched, "Triage"));
  EXPECT_TRUE(Has(nurse.keywords.evidenced, "Emergency Severity Index"));
  EXPECT_TRUE(Has(nurse.keywords.evidenced, "PALS"));  // only in "other"
  EXPECT_GE(nurse.breakdown.at("jobTitle").score, 90);
}

// Where a screener looks also holds the letters after the name, the headline, the languages
// and each degree with its field; a licence shows by its name alone ("RN") or the title it
// abbreviates; an acronym the taxonomy lacks matches only in its capitals.
TEST(Score, CredentialsLanguagesAndDegreesAreWhereAScreenerLooks) {
  const JobAnalysis job = Analyze(
      "ICU Registered Nurse\nRequirements\n- Active RN license\n- Spanish\n- Accounting\n"
      "- An Enhanced DBS check\n- SEND experience\n");
  ASSERT_NE(std::find_if(job.keywords.begin(), job.keywords.end(),
                         [](const Keyword& k) { return k.term == "SEND"; }),
            job.keywords.end());
  boost::json::object resume = {
      {"contact", {{"name", "Ana Ruiz"}, {"postNominals", "RN, BSN"}, {"email", "a@example.com"}}},
      {"experience", boost::json::array{{{"title", "Staff Nurse"},
                                         {"company", "St. Mary's"},
                                         {"startDate", "2019-01"},
                                         {"current", true},
                                         {"bullets", {"Send discharge notes to the DBS desk"}}}}},
      {"education", boost::json::array{{{"degree", "BBA"}, {"field", "Accounting"}}}},
      {"languages", boost::json::array{{{"language", "Spanish"}, {"fluency", "Native"}}}}};
  const ScoreResult score = ScoreOf(resume, job);
  EXPECT_TRUE(Has(score.keywords.matched, "RN license")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.matched, "Spanish")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.matched, "Accounting")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.evidenced, "Enhanced DBS check")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.missing, "SEND")) << "\"Send\" is not SEND: " << Describe(score);
  // The title the letters stand for shows the licence too.
  resume["contact"].as_object()["postNominals"] = "";
  resume["contact"].as_object()["headline"] = "Registered Nurse";
  EXPECT_TRUE(Has(ScoreOf(resume, job).keywords.matched, "RN license"));
  resume["contact"].as_object()["headline"] = "";
  EXPECT_TRUE(Has(ScoreOf(resume, job).keywords.missing, "RN license"))
      << "\"Staff Nurse\" alone does not say which licence";
}

// A degree at the level asked for but in another field than the job names earns half.
TEST(Score, ADegreeInAnotherFieldThanTheJobNamesEarnsHalf) {
  const JobAnalysis job = Analyze(
      "Staff Accountant\nRequirements\n- Bachelor's degree in Accounting or Finance\n"
      "- GAAP\n");
  ASSERT_EQ(job.education_fields, (std::vector<std::string>{"Accounting", "Finance"}));
  boost::json::object resume = {
      {"contact", {{"name", "Dev Patel"}, {"email", "dev@example.com"}}},
      {"education", boost::json::array{{{"degree", "BA"}, {"field", "History"}}}}};
  ScoreResult score = ScoreOf(resume, job);
  EXPECT_EQ(score.breakdown.at("education").score, formula::kEducationOtherFieldScore);
  EXPECT_EQ(score.breakdown.at("education").missing,
            std::vector<std::string>{"a degree in Accounting or Finance"});
  resume["education"].as_array()[0].as_object()["field"] = "Accounting";
  score = ScoreOf(resume, job);
  EXPECT_EQ(score.breakdown.at("education").score, 100);
  EXPECT_TRUE(score.breakdown.at("education").missing.empty());
}

// A degree only preferred: shown, it counts in the education category; not shown, it costs
// nothing. Its field is judged there and is no keyword of its own.
TEST(Score, APreferredDegreeCountsWhenShownAndCostsNothingWhenNot) {
  const JobAnalysis job = Analyze(
      "Store Manager\nRequirements\n- Visual merchandising\n- Loss prevention\n"
      "Nice to have\n- A degree in business, commerce or retail management\n");
  EXPECT_EQ(job.education, std::nullopt);
  ASSERT_EQ(job.preferred_education, std::optional<std::string>("bachelor"));
  EXPECT_EQ(job.preferred_education_fields,
            (std::vector<std::string>{"business", "commerce", "retail management"}));
  EXPECT_TRUE(std::none_of(job.keywords.begin(), job.keywords.end(),
                           [](const Keyword& k) { return k.term == "Retail management"; }));
  boost::json::object resume = {
      {"contact", {{"name", "Aoife Byrne"}, {"email", "aoife@example.com"}}},
      {"skills", boost::json::array{{{"items", boost::json::array{"Visual merchandising"}}}}},
      {"education",
       boost::json::array{{{"degree", "Bachelor of Business Studies"}, {"field", "Business"}}}}};
  ScoreResult score = ScoreOf(resume, job);
  EXPECT_EQ(score.preferred_education_met, std::optional<bool>(true));
  EXPECT_EQ(score.breakdown.at("education").score, 100);
  EXPECT_GT(score.breakdown.at("education").weight, 0);
  EXPECT_EQ(score.breakdown.at("education").counted,
            std::vector<std::string>{
                "a bachelor's degree in business, commerce or retail management (preferred)"});
  const int with_degree = score.total;
  resume["education"].as_array()[0].as_object()["field"] = "History";
  resume["education"].as_array()[0].as_object()["degree"] = "BA";
  score = ScoreOf(resume, job);
  EXPECT_EQ(score.preferred_education_met, std::optional<bool>(false));
  EXPECT_EQ(score.breakdown.at("education").weight, 0);
  EXPECT_LE(score.total, with_degree);
  // A higher degree preferred beside the one required: named in the explanation only.
  const JobAnalysis master = Analyze(
      "Financial Analyst\nRequirements\n- Bachelor's degree in Finance\n- Budgeting\n"
      "Preferred\n- Master's degree in Finance\n");
  EXPECT_EQ(master.preferred_education, std::optional<std::string>("master"));
  score = ScoreOf(resume, master);
  EXPECT_EQ(score.preferred_education_met, std::optional<bool>(false));
  EXPECT_NE(score.breakdown.at("education")
                .explanation.find(
                    "It prefers a master's degree in Finance, which your resume does not show."),
            std::string::npos);
}

// A narrower concept shows the broader one it belongs to, as shown, not matched.
TEST(Score, ANarrowerConceptShowsTheBroaderOne) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "Inventory management\thard\toperations\tstock control\n"
      "Physical inventory\thard\toperations\tstocktake|stocktakes\tInventory management\n");
  const std::string text = "Store Supervisor\nRequirements\n- Stock control\n";
  const JobAnalysis job = AnalyzeJob(text, {}, taxonomy);
  ASSERT_EQ(job.keywords.size(), 1u);
  boost::json::object resume = {
      {"contact", {{"name", "Ola Nowak"}, {"email", "ola@example.com"}}},
      {"experience", boost::json::array{{{"title", "Sales Assistant"},
                                         {"startDate", "2022-01"},
                                         {"current", true},
                                         {"bullets", {"Ran the spring stocktake"}}}}}};
  ScoreResult score =
      Score(document::FromJson(resume), fixtures::PlainText(resume), job, taxonomy, kToday);
  EXPECT_TRUE(Has(score.keywords.evidenced, "Inventory management")) << Describe(score);
  resume["skills"] = boost::json::array{"Stocktakes"};
  score = Score(document::FromJson(resume), fixtures::PlainText(resume), job, taxonomy, kToday);
  EXPECT_TRUE(Has(score.keywords.evidenced, "Inventory management")) << Describe(score);
}

// Any alternative the job accepts meets the keyword, under the name the resume shows; when none
// does, the category names them all.
TEST(Score, AnyAlternativeMeetsAKeyword) {
  const JobAnalysis job = Analyze(
      "Performance Marketing Manager\nRequirements\n- Google Ads\n"
      "Nice to have\n- Conversational French or German\n");
  boost::json::object resume = {
      {"contact", {{"name", "Lena Vogel"}, {"email", "lena@example.com"}}},
      {"skills", boost::json::array{"Google Ads"}},
      {"languages", boost::json::array{{{"language", "German"}, {"fluency", "Native"}}}}};
  ScoreResult score = ScoreOf(resume, job);
  EXPECT_TRUE(Has(score.keywords.matched, "German")) << Describe(score);
  EXPECT_FALSE(Has(score.keywords.missing, "French")) << Describe(score);
  resume.erase("languages");
  score = ScoreOf(resume, job);
  EXPECT_TRUE(Has(score.keywords.missing, "French or German")) << Describe(score);
  EXPECT_TRUE(Has(score.breakdown.at("hardSkills").missing, "French or German")) << Describe(score);

  // Letters the taxonomy lacks too; and a credential named in words by its name alone.
  const JobAnalysis vet = Analyze(
      "Veterinary Assistant\nRequirements\n- Credentialed assistant (CVA, RVA or LVA)\n"
      "- Gentle Paws certification\n");
  const boost::json::object assistant = {
      {"contact", {{"name", "Marisol Ortega"}, {"postNominals", "RVA"}}},
      {"certifications", boost::json::array{{{"name", "Gentle Paws Certified Professional"}}}}};
  score = ScoreOf(assistant, vet);
  EXPECT_TRUE(Has(score.keywords.matched, "RVA")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.matched, "Gentle Paws certification")) << Describe(score);
  // Letters the taxonomy knows are one credential whichever of them the resume prints.
  const boost::json::object technician = {
      {"contact", {{"name", "Marisol Ortega"}, {"postNominals", "RVT"}}}};
  score = ScoreOf(technician, Analyze("Veterinary Technician\nRequirements\n"
                                      "- Credentialed technician (CVT, RVT or LVT)\n"));
  EXPECT_TRUE(score.keywords.missing.empty()) << Describe(score);
  EXPECT_EQ(score.keywords.matched.size(), 1u) << Describe(score);
}

// A spoken language in a bullet shows only where it is spoken: "a Polish foundry" says where
// the work went, "calls in Spanish" and "fluent Polish" say the person speaks it.
TEST(Score, ALanguageShowsOnlyWhereItIsSpoken) {
  const JobAnalysis job = Analyze("Buyer\nRequirements\n- Polish or Spanish\n- Excel\n");
  const auto with_bullet = [](const char* bullet) {
    return boost::json::object{{"experience", boost::json::array{{{"title", "Buyer"},
                                                                  {"company", "Kestrel"},
                                                                  {"startDate", "2020-01"},
                                                                  {"current", true},
                                                                  {"bullets", {bullet}}}}}};
  };
  ScoreResult score =
      ScoreOf(with_bullet("Moved the pump casings to a Polish foundry for an 11% saving."), job);
  EXPECT_TRUE(Has(score.keywords.missing, "Polish language or Spanish")) << Describe(score);
  for (const char* spoken :
       {"Took supplier calls in Spanish every week.", "Negotiated with suppliers in fluent Polish.",
        "Ran Spanish-speaking supplier reviews."}) {
    score = ScoreOf(with_bullet(spoken), job);
    EXPECT_FALSE(Has(score.keywords.missing, "Polish language or Spanish"))
        << spoken << ": " << Describe(score);
  }
  // In the summary too: a nationality is no language; a list names one outright.
  boost::json::object summary = {{"summary", "Polish national with eight years as a buyer."}};
  score = ScoreOf(summary, job);
  EXPECT_TRUE(Has(score.keywords.missing, "Polish language or Spanish")) << Describe(score);
  summary["summary"] = "Buyer, native Polish speaker, eight years in castings.";
  EXPECT_TRUE(Has(ScoreOf(summary, job).keywords.matched, "Polish language"));
  summary["summary"] = "Buyer with eight years in castings.";
  summary["skills"] = boost::json::array{"Polish", "Excel"};
  EXPECT_TRUE(Has(ScoreOf(summary, job).keywords.matched, "Polish language"));
}

// A credential the resume says is only worked towards is not held, wherever it is named.
TEST(Score, ACredentialStillToComeIsMissing) {
  const JobAnalysis job =
      Analyze("Project Manager\nRequirements\n- PMP certification\n- CPA\n- Budgeting\n");
  boost::json::object resume = {
      {"contact", {{"name", "Rafael Ibáñez"}, {"email", "rafael@example.com"}}},
      {"summary", "CPA candidate with five years in budgeting."},
      {"skills", boost::json::array{"PMP (in progress)", "Budgeting"}},
      {"experience", boost::json::array{{{"title", "Project Engineer"},
                                         {"company", "Aho Builders"},
                                         {"startDate", "2021-01"},
                                         {"current", true},
                                         {"bullets", {"Studying for the PMP exam, due 2027"}}}}}};
  ScoreResult score = ScoreOf(resume, job);
  EXPECT_TRUE(Has(score.keywords.missing, "PMP")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.missing, "CPA")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.matched, "Budgeting")) << Describe(score);
  resume["skills"].as_array()[0] = "PMP";
  EXPECT_TRUE(Has(ScoreOf(resume, job).keywords.matched, "PMP"));

  // A certificate programme under way gives no credential; a title with "student" after it
  // names no licence.
  const JobAnalysis pharmacy = Analyze(
      "Pharmacy Technician\nRequirements\n- CPhT\n- Pharmacy technician license\n"
      "- Pharmacy calculations\n");
  boost::json::object student = {
      {"contact", {{"name", "Khoa Tran"}, {"email", "khoa@example.com"}}},
      {"summary", "Pharmacy technician student finishing my certificate."},
      {"education", boost::json::array{{{"degree", "Certified Pharmacy Technician programme"},
                                        {"field", "Pharmacy calculations"},
                                        {"startDate", "2026-01"},
                                        {"current", true}}}}};
  score = ScoreOf(student, pharmacy);
  EXPECT_TRUE(Has(score.keywords.missing, "CPhT")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.missing, "Pharmacy technician license")) << Describe(score);
  EXPECT_TRUE(Has(score.keywords.matched, "Pharmacy calculations")) << Describe(score);

  // A degree under way meets no education requirement yet, required or preferred.
  const JobAnalysis designer = Analyze(
      "Product Designer\nRequirements\n- Bachelor's degree\n- Figma\nPreferred\n- A master's "
      "degree in Interaction Design, HCI or a related field\n");
  boost::json::object part_time = {
      {"contact", {{"name", "Priya Nair"}, {"email", "priya@example.com"}}},
      {"education", boost::json::array{{{"degree", "MSc Human-Computer Interaction"},
                                        {"startDate", "2025-10"},
                                        {"current", true}}}}};
  score = ScoreOf(part_time, designer);
  EXPECT_EQ(score.breakdown.at("education").score, 0) << Describe(score);
  EXPECT_EQ(score.preferred_education_met, std::optional<bool>(false));
  part_time["education"].as_array()[0].as_object()["current"] = false;
  part_time["education"].as_array()[0].as_object()["endDate"] = "2025-05";
  score = ScoreOf(part_time, designer);
  EXPECT_EQ(score.breakdown.at("education").score, 100) << Describe(score);
  EXPECT_EQ(score.preferred_education_met, std::optional<bool>(true));
}

// Experience the posting says does not count earns no years; a job of another title counts a
// tenth for each hard skill asked for that it shows, up to half.
TEST(Score, ExperienceThePostingExcludesCountsNothing) {
  const JobAnalysis job = Analyze(
      "Project Manager - Construction\nRequirements\n"
      "- 3+ years as a construction Project Manager (project engineer time does not count)\n"
      "- Primavera P6\n- Submittals\n");
  EXPECT_EQ(job.uncounted_experience, std::vector<std::string>{"project engineer time"});
  const auto resume_with = [](const char* earlier_title, const char* bullet) {
    return boost::json::object{
        {"contact", {{"name", "Kristin Aho"}, {"email", "kristin@example.com"}}},
        {"experience", boost::json::array{{{"title", "Project Manager"},
                                           {"company", "Aho Builders"},
                                           {"startDate", "2023-06"},
                                           {"current", true}},
                                          {{"title", earlier_title},
                                           {"company", "Halvorsen"},
                                           {"startDate", "2020-06"},
                                           {"endDate", "2023-05"},
                                           {"bullets", {bullet}}}}}};
  };
  // Two years and a month as Project Manager by kToday; none of the three as Project Engineer.
  EXPECT_NEAR(ScoreOf(resume_with("Project Engineer", "Tracked submittals"), job).relevant_years,
              25.0 / 12, 0.01);
  // Three years as a site clerk who kept the P6 schedule and the submittals: 0.2 of them.
  EXPECT_NEAR(
      ScoreOf(resume_with("Site Clerk", "Kept the Primavera P6 schedule and submittals"), job)
          .relevant_years,
      25.0 / 12 + 0.2 * 3, 0.01);
}

// A certificate is no degree, and a field counts only on a degree at the level asked for.
TEST(Score, TheFieldCountsOnTheDegreeThatMeetsTheLevel) {
  const JobAnalysis job = Analyze(
      "Staff Accountant\nRequirements\n- Bachelor's degree in Accounting or Finance\n- GAAP\n");
  boost::json::object resume = {
      {"contact", {{"name", "Brianna Holt"}, {"email", "brianna@example.com"}}},
      {"education",
       boost::json::array{{{"degree", "Post-Baccalaureate Certificate"}, {"field", "Accounting"}},
                          {{"degree", "Bachelor of Arts"}, {"field", "Business Administration"}}}}};
  ScoreResult score = ScoreOf(resume, job);
  EXPECT_EQ(score.breakdown.at("education").score, formula::kEducationOtherFieldScore)
      << Describe(score);
  resume["education"].as_array()[1].as_object()["field"] = "Finance";
  EXPECT_EQ(ScoreOf(resume, job).breakdown.at("education").score, 100);
  // The certificate alone is no degree.
  resume["education"].as_array().erase(resume["education"].as_array().begin() + 1);
  EXPECT_EQ(ScoreOf(resume, job).breakdown.at("education").score, 0);
}

// Scope raises what a title says: a latest role that led a team reads as a lead's; a number of
// projects or subcontractors is no team.
TEST(Score, ALatestRoleThatLedATeamReadsAsLead) {
  const JobAnalysis job = Analyze(
      "Front Office Manager\nRequirements\n- 3+ years in front office operations\n"
      "- Opera PMS\n");
  ASSERT_TRUE(job.seniority.has_value());
  const auto resume_with = [](const char* bullet) {
    return boost::json::object{
        {"contact", {{"name", "Aoife Byrne"}, {"email", "aoife@example.com"}}},
        {"experience", boost::json::array{{{"title", "Guest Services Agent"},
                                           {"company", "The Liffeyside"},
                                           {"startDate", "2019-01"},
                                           {"current", true},
                                           {"bullets", {bullet}}}}}};
  };
  const ScoreResult team = ScoreOf(resume_with("Led a team of 12 across reception"), job);
  const ScoreResult projects = ScoreOf(resume_with("Managed 12 projects and 4 suppliers"), job);
  EXPECT_NE(team.breakdown.at("experience").explanation.find("reads as lead"), std::string::npos)
      << team.breakdown.at("experience").explanation;
  EXPECT_EQ(projects.breakdown.at("experience").explanation.find("reads as lead"),
            std::string::npos)
      << projects.breakdown.at("experience").explanation;
  EXPECT_GE(team.breakdown.at("experience").score, projects.breakdown.at("experience").score);
}

TEST(Score, ListingAnEvidencedSkillRaisesTheScore) {
  const JobAnalysis job = Analyze(fixtures::kBackendEngineerJob);
  boost::json::object resume = fixtures::BackendEngineerResume();
  const std::string text = fixtures::PlainText(resume);
  ScoreResult before = Score(document::FromJson(resume), text, job, Taxonomy::Builtin(), kToday);
  ASSERT_FALSE(before.keywords.evidenced.empty());
  const std::vector<std::string> evidenced = before.keywords.evidenced;
  for (const std::string& skill : evidenced) {
    resume["skills"].as_array().emplace_back(skill);
    const ScoreResult after =
        Score(document::FromJson(resume), text, job, Taxonomy::Builtin(), kToday);
    EXPECT_TRUE(Has(after.keywords.matched, skill)) << skill;
    EXPECT_GT(after.breakdown.at("hardSkills").score + after.breakdown.at("softSkills").score,
              before.breakdown.at("hardSkills").score + before.breakdown.at("softSkills").score)
        << skill;
    EXPECT_GE(after.total, before.total) << skill;
    for (const auto& [name, category] : after.breakdown) {
      EXPECT_GE(category.score, before.breakdown.at(name).score) << skill << " " << name;
    }
    before = after;
  }
  const ScoreResult start = Score(document::FromJson(fixtures::BackendEngineerResume()), text, job,
                                  Taxonomy::Builtin(), kToday);
  EXPECT_GT(before.total, start.total);
}

TEST(Score, AddingAnyKeywordToSkillsNeverLowersTheScore) {
  for (const std::string_view raw :
       {fixtures::kBackendEngineerJob, fixtures::kEmergencyNurseJob, fixtures::kStaffAccountantJob,
        fixtures::kWarehouseAssociateJob, fixtures::kMarketingManagerJob}) {
    const JobAnalysis job = Analyze(raw);
    for (boost::json::object resume :
         {fixtures::BackendEngineerResume(), fixtures::EmergencyNurseResume()}) {
      const std::string text = fixtures::PlainText(resume);
      int previous =
          Score(document::FromJson(resume), text, job, Taxonomy::Builtin(), kToday).total;
      for (const Keyword& keyword : job.keywords) {
        resume["skills"].as_array().emplace_back(keyword.term);
        const int total =
            Score(document::FromJson(resume), text, job, Taxonomy::Builtin(), kToday).total;
        EXPECT_GE(total, previous) << keyword.term;
        previous = total;
      }
    }
  }
}

TEST(Score, MoreExperienceNeverLowersTheExperienceScore) {
  const JobAnalysis job = Analyze(fixtures::kBackendEngineerJob);
  int previous = -1;
  for (const char* start : {"2025-01", "2024-01", "2022-06", "2021-01", "2019-01", "2015-01"}) {
    boost::json::object resume = fixtures::BackendEngineerResume();
    boost::json::array& jobs = resume["experience"].as_array();
    jobs.erase(jobs.begin() + 1);
    jobs[0].as_object()["startDate"] = start;
    const int score = ScoreOf(resume, job).breakdown.at("experience").score;
    EXPECT_GE(score, previous) << start;
    previous = score;
  }
  EXPECT_EQ(previous, 100);
}

TEST(Score, MergesOverlappingJobsAndEndsCurrentJobsToday) {
  JobAnalysis job;  // no title: every job counts as relevant
  job.years_min = 10;
  const boost::json::object resume = boost::json::parse(R"({
    "experience": [
      {"title": "Accountant", "startDate": "2020-06", "endDate": null, "current": true},
      {"title": "Bookkeeper", "startDate": "2019-06", "endDate": "2021-05", "current": false},
      {"title": "Clerk", "startDate": "2019-07", "endDate": "2020-01", "current": false}
    ]})")
                                         .as_object();
  // 2019-06 through 2025-06: 73 months, not the 97 the three jobs add up to.
  const CategoryScore experience =
      Score(document::FromJson(resume), "", job, Taxonomy::Builtin(), kToday)
          .breakdown.at("experience");
  EXPECT_TRUE(Has(experience.counted, "6.1 years of relevant experience"))
      << experience.explanation;
  EXPECT_EQ(experience.score, 61);  // 73/120 of the years; no seniority asked, so years count alone
}

TEST(Score, AHigherDegreeNeverLowersTheEducationScore) {
  JobAnalysis job;
  job.education = "bachelor";
  int previous = -1;
  for (const char* degree :
       {"", "High School Diploma", "Associate of Science", "B.A. History", "MBA", "PhD"}) {
    const boost::json::object resume = {
        {"education", boost::json::array{boost::json::object{{"degree", degree}}}}};
    const int score = Score(document::FromJson(resume), "", job, Taxonomy::Builtin(), kToday)
                          .breakdown.at("education")
                          .score;
    EXPECT_GE(score, previous) << degree;
    previous = score;
  }
  EXPECT_EQ(previous, 100);
}

TEST(Score, CategoriesTheJobDoesNotAskAboutAreLeftOut) {
  JobAnalysis job;
  job.title = "Barista";
  job.keywords = {{"Espresso preparation", SkillKind::kHard, true, 3}};
  const boost::json::object resume = boost::json::parse(R"({
    "contact": {"email": "sam@example.com", "phone": "555-0100"},
    "experience": [{"title": "Barista", "startDate": "2023-01", "current": true,
                    "bullets": ["Pulled espresso shots"]}],
    "skills": ["Espresso", "Latte art"],
    "education": [{"degree": "High School Diploma"}]})")
                                         .as_object();
  const ScoreResult result =
      Score(document::FromJson(resume), "", job, Taxonomy::Builtin(), kToday);
  EXPECT_EQ(result.breakdown.at("softSkills").weight, 0);
  EXPECT_EQ(result.breakdown.at("education").weight, 0);
  EXPECT_EQ(result.breakdown.at("experience").weight, 0);
  EXPECT_NEAR(result.breakdown.at("hardSkills").weight, 0.35 / 0.65, 1e-9);
  EXPECT_EQ(result.breakdown.at("hardSkills").score, 100);
  EXPECT_EQ(result.breakdown.at("jobTitle").score, 100);
  EXPECT_TRUE(result.breakdown.at("education").explanation.starts_with("Not counted"));
}

TEST(Score, SearchabilityNamesWhatIsMissing) {
  const JobAnalysis job = Analyze(fixtures::kBackendEngineerJob);
  boost::json::object resume = fixtures::BackendEngineerResume();
  resume["contact"].as_object()["phone"] = nullptr;
  resume["skills"] = boost::json::array{};
  resume["experience"].as_array()[1].as_object()["startDate"] = nullptr;
  // The document had far more text than the sections hold.
  const std::string text = fixtures::PlainText(resume) + std::string(3000, 'x') + "\n";
  const CategoryScore searchability =
      Score(document::FromJson(resume), text, job, Taxonomy::Builtin(), kToday)
          .breakdown.at("searchability");
  EXPECT_LT(searchability.score, 70);
  EXPECT_TRUE(Has(searchability.missing, "phone number"));
  EXPECT_TRUE(Has(searchability.missing, "Skills section"));
  EXPECT_TRUE(Has(searchability.missing, "readable job dates"));
  EXPECT_TRUE(Has(searchability.missing, "all text read into sections"));
  EXPECT_TRUE(Has(searchability.counted, "email address"));
}

TEST(Score, IsDeterministic) {
  const JobAnalysis job = Analyze(fixtures::kEmergencyNurseJob);
  const boost::json::object resume = fixtures::EmergencyNurseResume();
  EXPECT_EQ(Describe(ScoreOf(resume, job)), Describe(ScoreOf(resume, job)));
}

TEST(Score, ToleratesAnEmptyOrOddResume) {
  const JobAnalysis job = Analyze(fixtures::kStaffAccountantJob);
  const ScoreResult empty = Score(document::ResumeDocument{}, "", job, Taxonomy::Builtin(), kToday);
  EXPECT_LE(empty.total, 10);
  const boost::json::object odd = boost::json::parse(R"({
    "contact": "nobody", "summary": 7, "experience": [null, {"title": 3}],
    "skills": [1, "Excel"], "education": {}, "certifications": [{"name": "CPA"}]})")
                                      .as_object();
  const ScoreResult result =
      Score(document::FromJson(odd), "text", job, Taxonomy::Builtin(), kToday);
  EXPECT_TRUE(Has(result.keywords.matched, "Microsoft Excel"));
  EXPECT_TRUE(Has(result.keywords.matched, "CPA"));
}

TEST(Score, IsFast) {
  const std::string text = jobs::SanitizeJobText(fixtures::kBackendEngineerJob);
  const boost::json::object metadata =
      jobs::ExtractJobMetadata(text, std::nullopt, std::nullopt, std::nullopt).ToJson();
  const boost::json::object resume = fixtures::BackendEngineerResume();
  const std::string resume_text = fixtures::PlainText(resume);
  Taxonomy::Builtin();  // loaded once per process, not per request
  constexpr int kRounds = 50;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < kRounds; ++round) {
    const JobAnalysis job = AnalyzeJob(text, metadata, Taxonomy::Builtin());
    Score(document::FromJson(resume), resume_text, job, Taxonomy::Builtin(), kToday);
  }
  const auto each = (std::chrono::steady_clock::now() - start) / kRounds;
  std::cout << "AnalyzeJob + Score: "
            << std::chrono::duration_cast<std::chrono::microseconds>(each).count()
            << " us per resume/job pair\n";
  // Generous for this sanitizer build; a release build is an order of magnitude faster.
  EXPECT_LT(each, 100ms);
}

}  // namespace
}  // namespace resumax::optimize

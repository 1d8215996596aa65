#include "domain/rewriting/rewrite_engine.h"

#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <string>
#include <vector>

#include "domain/document/document_json.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/rewrite_test_resumes.h"
#include "domain/rewriting/rewrite_text.h"

namespace resumax::optimize {
namespace {

using testing::kToday;

const RewriteOptions kOptions{kToday, nullptr};

// The `after` of the change to `path`, or "(unchanged)".
std::string After(const std::vector<Change>& changes, std::string_view path) {
  for (const Change& change : changes) {
    if (change.path == path) return change.after;
  }
  return "(unchanged)";
}

const Change* Find(const std::vector<Change>& changes, std::string_view path) {
  for (const Change& change : changes) {
    if (change.path == path) return &change;
  }
  return nullptr;
}

// A resume with one job holding `bullets`; ended unless `current`.
boost::json::object OneJob(const std::vector<std::string>& bullets, bool current = false) {
  boost::json::array list;
  for (const std::string& bullet : bullets) list.emplace_back(bullet);
  boost::json::object job{
      {"title", "Analyst"},     {"company", "Acme Corp"},
      {"startDate", "2019-01"}, {"endDate", current ? boost::json::value(nullptr) : "2022-06"},
      {"current", current},     {"bullets", std::move(list)}};
  return boost::json::object{{"summary", nullptr},
                             {"experience", boost::json::array{std::move(job)}},
                             {"skills", boost::json::array{}}};
}

std::vector<Change> Propose(const boost::json::object& resume,
                            Strategy strategy = Strategy::kConservative,
                            const JobAnalysis& job = {}, const KeywordReport& report = {}) {
  return ProposeLocalChanges(document::FromJson(resume), job, report, strategy, kOptions);
}

std::string FirstBullet(const std::string& bullet, bool current = false,
                        Strategy strategy = Strategy::kConservative, const JobAnalysis& job = {}) {
  return After(Propose(OneJob({bullet}, current), strategy, job), "experience[0].bullets[0]");
}

TEST(ProposeLocalChanges, HelpedWithBecomesContributedToNeverLed) {
  EXPECT_EQ(FirstBullet("Helped with the migration to the new billing system"),
            "Contributed to the migration to the new billing system");
  EXPECT_EQ(FirstBullet("Assisted with month-end reconciliations"),
            "Contributed to month-end reconciliations");
  EXPECT_EQ(FirstBullet("Assisted in designing the event schema"),
            "Contributed to designing the event schema");
  EXPECT_EQ(FirstBullet("Participated in the hospital's sepsis task force"),
            "Contributed to the hospital's sepsis task force");
  EXPECT_EQ(FirstBullet("Was involved in the ERP rollout"), "Contributed to the ERP rollout");
  EXPECT_EQ(FirstBullet("Helped reduce patient wait times"),
            "Contributed to reducing patient wait times");
  EXPECT_EQ(FirstBullet("Responsible for helping with the quarterly audit"),
            "Contributed to the quarterly audit");
  // A past-tense opener stays past even in a current job.
  EXPECT_EQ(FirstBullet("Helped with the rollout of the new EHR", true),
            "Contributed to the rollout of the new EHR");
  // Helping to lead is not leading, and "contributed to leading" would read as a claim.
  EXPECT_EQ(FirstBullet("Helped lead the vendor selection"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Helped patients manage chronic pain"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Assisted physicians during procedures"), "(unchanged)");

  // Across every resume and strategy no supporting opener turns into leading.
  const std::vector<std::pair<boost::json::object, JobAnalysis>> resumes = {
      {testing::SoftwareEngineerResume(), testing::SoftwareEngineerJob()},
      {testing::NurseResume(), testing::NurseJob()},
      {testing::AccountantResume(), testing::AccountantJob()},
      {testing::MarketingManagerResume(), testing::MarketingManagerJob()}};
  for (const auto& [resume, job] : resumes) {
    for (Strategy strategy : {Strategy::kConservative, Strategy::kBalanced, Strategy::kBold}) {
      for (const Change& change : Propose(resume, strategy, job)) {
        const std::string before = rewrite::LowerAscii(change.before);
        if (!before.starts_with("helped") && !before.starts_with("assisted") &&
            !before.starts_with("participated")) {
          continue;
        }
        const std::string after = rewrite::LowerAscii(change.after);
        for (std::string_view lead : {"led ", "lead ", "managed ", "owned ", "oversaw "}) {
          EXPECT_FALSE(after.starts_with(lead)) << change.after;
        }
      }
    }
  }
}

TEST(ProposeLocalChanges, ResponsibleForBecomesAVerbTheBulletSupports) {
  EXPECT_EQ(FirstBullet("Responsible for managing the unit's staffing schedule"),
            "Managed the unit's staffing schedule");
  EXPECT_EQ(FirstBullet("Responsible for maintaining the CI/CD pipeline", true),
            "Maintain the CI/CD pipeline");
  EXPECT_EQ(FirstBullet("Responsible for a team of 5 support engineers"),
            "Led a team of 5 support engineers");
  EXPECT_EQ(FirstBullet("Responsible for the data warehouse migration project"),
            "Led the data warehouse migration project");
  EXPECT_EQ(FirstBullet("Responsible for a caseload of 5 acute patients", true),
            "Manage a caseload of 5 acute patients");
  EXPECT_EQ(FirstBullet("Responsible for the month-end close for 3 entities"),
            "Ran the month-end close for 3 entities");
  EXPECT_EQ(FirstBullet("Responsible for the ward's infusion equipment"),
            "Maintained the ward's infusion equipment");
  EXPECT_EQ(FirstBullet("Responsible for quality across the ward"),
            "Oversaw quality across the ward");
  EXPECT_EQ(FirstBullet("Was responsible for the payroll of 40 staff", true),
            "Managed the payroll of 40 staff");
  EXPECT_EQ(FirstBullet("Tasked with reporting weekly KPIs to leadership"),
            "Reported weekly KPIs to leadership");
  EXPECT_EQ(FirstBullet("My role was to reconcile vendor statements"),
            "Reconciled vendor statements");
  // Nothing follows the opener, or nothing honest replaces it.
  EXPECT_EQ(FirstBullet("Responsible for"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Tasked with the audit"), "(unchanged)");
}

// "Worked on" claims taking part, never building: it becomes "Contributed to", whatever the
// object, and stays when it names the team rather than the work.
TEST(ProposeLocalChanges, WorkedOnNeverBecomesAStrongerClaim) {
  EXPECT_EQ(FirstBullet("Worked on a Slack bot that files on-call tickets"),
            "Contributed to a Slack bot that files on-call tickets");
  EXPECT_EQ(FirstBullet("Worked on the internal billing service"),
            "Contributed to the internal billing service");
  EXPECT_EQ(FirstBullet("Working on the customer portal", true),
            "Contribute to the customer portal");
  EXPECT_EQ(FirstBullet("Worked on the customer portal", true),
            "Contributed to the customer portal");
  EXPECT_EQ(FirstBullet("Worked on improving onboarding conversion"),
            "Contributed to improving onboarding conversion");
  EXPECT_EQ(FirstBullet("Worked on month-end reporting"), "Contributed to month-end reporting");
  EXPECT_EQ(FirstBullet("Worked on a team that built the payments API"), "(unchanged)");
}

TEST(ProposeLocalChanges, OpenerTenseFollowsTheJob) {
  // Ended job: past tense.
  EXPECT_EQ(FirstBullet("Manage a portfolio of 30 accounts"), "Managed a portfolio of 30 accounts");
  EXPECT_EQ(FirstBullet("Educates patients on discharge plans"),
            "Educated patients on discharge plans");
  EXPECT_EQ(FirstBullet("Lead a team of 4 marketers"), "Led a team of 4 marketers");
  // "Lead" or "Design" may be a noun or adjective: only changed before "the", "a", … .
  EXPECT_EQ(FirstBullet("Lead engineer for the billing rewrite"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Design reviews for every release"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Set up the monitoring stack"), "(unchanged)");
  // Current job: standing duties in the present, one-off results stay past.
  EXPECT_EQ(FirstBullet("Managed the on-call rotation", true), "Manage the on-call rotation");
  EXPECT_EQ(FirstBullet("Prepares journal entries and accruals", true),
            "Prepare journal entries and accruals");
  EXPECT_EQ(FirstBullet("Migrated the order service to Go", true), "(unchanged)");
  EXPECT_EQ(FirstBullet("Reduced close time by 4 days", true), "(unchanged)");
  // Each sentence of a bullet has its own opener.
  EXPECT_EQ(FirstBullet("Led the on-call rotation. Responsible for the runbooks."),
            "Led the on-call rotation. Maintained the runbooks.");
  // Projects have no dates: only weak openers change.
  auto project = OneJob({});
  project["projects"] = boost::json::array{boost::json::object{
      {"name", "pgwatch"},
      {"bullets", boost::json::array{"Build alerts for slow queries",
                                     "Worked on an open-source tool for DBAs"}}}};
  const auto changes = Propose(project);
  EXPECT_EQ(After(changes, "projects[0].bullets[0]"), "(unchanged)");
  EXPECT_EQ(After(changes, "projects[0].bullets[1]"),
            "Contributed to an open-source tool for DBAs");
}

TEST(ProposeLocalChanges, DropsTheFirstPerson) {
  EXPECT_EQ(FirstBullet("I wrote integration tests for the billing API"),
            "Wrote integration tests for the billing API");
  EXPECT_EQ(FirstBullet("I manage the night shift", false), "Managed the night shift");
  EXPECT_EQ(FirstBullet("I was responsible for triaging walk-in patients"),
            "Triaged walk-in patients");
  EXPECT_EQ(FirstBullet("I have led three audits"), "Led three audits");
  // Mid-sentence "my" goes in balanced and bold, not conservative.
  EXPECT_EQ(FirstBullet("Presented my findings to my team"), "(unchanged)");
  EXPECT_EQ(FirstBullet("Presented my findings to my team", false, Strategy::kBalanced),
            "Presented findings to the team");
  EXPECT_EQ(FirstBullet("Built my own compiler", false, Strategy::kBalanced), "(unchanged)");
  // A singular noun keeps an article.
  EXPECT_EQ(
      FirstBullet("Installed unvented cylinders under my G3 ticket", false, Strategy::kBalanced),
      "Installed unvented cylinders under the G3 ticket");

  const auto nurse = Propose(testing::NurseResume());
  EXPECT_EQ(After(nurse, "summary"), "(unchanged)");
  auto summary = testing::NurseResume();
  summary["summary"] = "I am a registered nurse with trauma experience. I thrive under pressure.";
  EXPECT_EQ(After(Propose(summary), "summary"),
            "Registered nurse with trauma experience. Thrive under pressure.");
  const auto marketing = Propose(testing::MarketingManagerResume());
  EXPECT_EQ(After(marketing, "summary"),
            "Marketing manager with a track record of growing organic traffic. Specializes in "
            "SEO and lifecycle email.");
  EXPECT_EQ(Find(marketing, "summary")->reason, "Drops the first person.");
}

TEST(ProposeLocalChanges, ConservativeOnlyFixesOpeners) {
  const auto changes = Propose(testing::SoftwareEngineerResume(), Strategy::kConservative,
                               testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport());
  EXPECT_EQ(Find(changes, "skills"), nullptr);
  EXPECT_EQ(After(changes, "experience[0].bullets[3]"),
            "Contributed to the rollout of k8s across three regions");
  EXPECT_EQ(After(changes, "experience[0].bullets[2]"), "(unchanged)");
  EXPECT_EQ(After(changes, "summary"), "Backend engineer who likes building reliable systems.");
  for (const Change& change : changes) EXPECT_TRUE(change.keywords.empty()) << change.path;
}

TEST(ProposeLocalChanges, UsesTheJobsTerminology) {
  const auto changes = Propose(testing::SoftwareEngineerResume(), Strategy::kBalanced,
                               testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport());
  EXPECT_EQ(After(changes, "experience[0].bullets[2]"),
            "Migrated the order service from MySQL to PostgreSQL, cutting p99 latency by 35%");
  const Change* rollout = Find(changes, "experience[0].bullets[3]");
  ASSERT_NE(rollout, nullptr);
  EXPECT_EQ(rollout->after, "Contributed to the rollout of Kubernetes across three regions");
  EXPECT_EQ(rollout->keywords, std::vector<std::string>{"Kubernetes"});
  EXPECT_EQ(rollout->reason,
            "Opens with 'Contributed to' instead of 'Helped with' and uses the job's term "
            "'Kubernetes'.");
  EXPECT_EQ(After(changes, "experience[1].bullets[1]"),
            "Built internal dashboards with React and TypeScript");

  const auto marketing = Propose(testing::MarketingManagerResume(), Strategy::kBalanced,
                                 testing::MarketingManagerJob(), testing::MarketingManagerReport());
  // Longest spelling first: no "Google Google Ads".
  EXPECT_EQ(After(marketing, "experience[0].bullets[2]"),
            "Managed the $1.2M annual paid media budget across Google Ads and Meta Ads");
  // An acronym and its expansion keep the resume's words and add the job's.
  EXPECT_EQ(After(marketing, "experience[0].bullets[1]"),
            "Grew organic search traffic 120% in 18 months through search engine optimization "
            "(SEO) and content refreshes");
  const auto accountant = Propose(testing::AccountantResume(), Strategy::kBalanced,
                                  testing::AccountantJob(), testing::AccountantReport());
  EXPECT_EQ(After(accountant, "experience[1].bullets[0]"),
            "Worked with accounts payable (AP) and AR teams to resolve vendor disputes");

  JobAnalysis job;
  job.keywords = {{"Emergency department"}, {"PostgreSQL"}};
  // Short spellings match only in their case and as whole words.
  EXPECT_EQ(FirstBullet("Covered overtime shifts", false, Strategy::kBalanced, job), "(unchanged)");
  EXPECT_EQ(FirstBullet("Tuned Postgres and PostgreSQL replicas", false, Strategy::kBalanced, job),
            "(unchanged)");
  EXPECT_EQ(FirstBullet("ER charge rotation every third week", false, Strategy::kBalanced, job),
            "Emergency department (ER) charge rotation every third week");
}

TEST(ProposeLocalChanges, SurfacesSkillsTheBulletsShowAndNeverMissingOnes) {
  const auto changes = Propose(testing::SoftwareEngineerResume(), Strategy::kBalanced,
                               testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport());
  const Change* skills = Find(changes, "skills");
  ASSERT_NE(skills, nullptr);
  EXPECT_EQ(skills->section, "skills");
  EXPECT_EQ(skills->before, "Python, Go, Postgres, Docker, Terraform, React.js, TypeScript");
  // Balanced keeps the order: respelled in place, new ones appended.
  EXPECT_EQ(skills->after,
            "Python, Go, PostgreSQL, Docker, Terraform, React, TypeScript, Kubernetes, CI/CD");
  EXPECT_EQ(skills->keywords,
            (std::vector<std::string>{"PostgreSQL", "React", "Kubernetes", "CI/CD"}));

  // Nothing the report calls missing appears anywhere it was not before.
  const std::vector<std::tuple<boost::json::object, JobAnalysis, KeywordReport>> cases = {
      {testing::SoftwareEngineerResume(), testing::SoftwareEngineerJob(),
       testing::SoftwareEngineerReport()},
      {testing::NurseResume(), testing::NurseJob(), testing::NurseReport()},
      {testing::AccountantResume(), testing::AccountantJob(), testing::AccountantReport()},
      {testing::MarketingManagerResume(), testing::MarketingManagerJob(),
       testing::MarketingManagerReport()}};
  for (const auto& [resume, job, report] : cases) {
    for (Strategy strategy : {Strategy::kConservative, Strategy::kBalanced, Strategy::kBold}) {
      for (const Change& change : Propose(resume, strategy, job, report)) {
        for (const std::string& missing : report.missing) {
          EXPECT_EQ(MentionsTerm(change.after, missing, TermAliases::BuiltIn()),
                    MentionsTerm(change.before, missing, TermAliases::BuiltIn()))
              << missing << " in " << change.after;
        }
      }
    }
  }

  // Certifications (CPA) are not skills; SOX compliance is missing though "SOX testing" is there.
  const auto accountant = Propose(testing::AccountantResume(), Strategy::kBalanced,
                                  testing::AccountantJob(), testing::AccountantReport());
  EXPECT_EQ(After(accountant, "skills"),
            "GAAP, Excel, QuickBooks Online, Account reconciliation, Financial reporting, "
            "Month-end close, Journal entries, Accounts payable");
}

TEST(ProposeLocalChanges, BoldReordersSkillsByRelevance) {
  const auto changes = Propose(testing::SoftwareEngineerResume(), Strategy::kBold,
                               testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport());
  EXPECT_EQ(After(changes, "skills"),
            "Python, Go, PostgreSQL, Kubernetes, CI/CD, Docker, Terraform, React, TypeScript");
  EXPECT_EQ(Find(changes, "skills")->reason,
            "Uses the job's terms 'PostgreSQL' and 'React'; adds 'Kubernetes' and 'CI/CD', which "
            "your experience shows; puts the skills this job asks for first.");

  // Reordering alone is a change of its own.
  auto resume = OneJob({"Wrote SQL reports"});
  resume["skills"] = boost::json::array{"Excel", "Tableau", "SQL"};
  JobAnalysis job;
  job.keywords = {{"SQL", SkillKind::kHard, true}, {"Tableau", SkillKind::kHard, false}};
  const auto reordered = Propose(resume, Strategy::kBold, job);
  EXPECT_EQ(After(reordered, "skills"), "SQL, Tableau, Excel");
  EXPECT_EQ(After(Propose(resume, Strategy::kBalanced, job), "skills"), "(unchanged)");

  // Letters the taxonomy lacks ("GP" of "GP targets") are not added as skills.
  auto chef = OneJob({"Kept GP at 72% with weekly stock takes"});
  chef["skills"] = boost::json::array{"Butchery"};
  JobAnalysis kitchen;
  kitchen.keywords = {{"GP", SkillKind::kHard, true, 3, {}, /*known=*/false}};
  EXPECT_EQ(After(Propose(chef, Strategy::kBalanced, kitchen), "skills"), "(unchanged)");
}

TEST(ProposeLocalChanges, BoldSummaryUsesOnlyFactsFromTheResume) {
  // The user's own summary keeps its facts: it is only edited (here, the first person dropped).
  const auto engineer = Propose(testing::SoftwareEngineerResume(), Strategy::kBold,
                                testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport());
  ASSERT_FALSE(engineer.empty());
  EXPECT_EQ(engineer[0].path, "summary");
  EXPECT_EQ(engineer[0].after, "Backend engineer who likes building reliable systems.");
  EXPECT_EQ(engineer[0].reason, "Drops the first person.");
  EXPECT_EQ(After(Propose(testing::NurseResume(), Strategy::kBold, testing::NurseJob(),
                          testing::NurseReport()),
                  "summary"),
            "(unchanged)");

  // Without one, a summary is written from the resume's facts.
  auto no_summary = testing::SoftwareEngineerResume();
  no_summary["summary"] = "";
  // 2017-06..2021-02 and 2021-03..2025-06: 95 months.
  EXPECT_EQ(After(Propose(no_summary, Strategy::kBold, testing::SoftwareEngineerJob(),
                          testing::SoftwareEngineerReport()),
                  "summary"),
            "Senior Software Engineer with 7+ years of experience. Skilled in Kubernetes, "
            "PostgreSQL, Python, Go and CI/CD.");
  auto nurse = testing::NurseResume();
  nurse["summary"] = nullptr;
  EXPECT_EQ(After(Propose(nurse, Strategy::kBold, testing::NurseJob(), testing::NurseReport()),
                  "summary"),
            "Emergency Room RN with 8+ years of experience. Skilled in emergency department, "
            "Triage, IV therapy and Epic. Holds BLS, ACLS and TNCC.");

  // A new graduate is introduced by the degree and the role applied for, not a part-time job.
  auto graduate = OneJob({"Served 200 customers a day"}, true);
  graduate["experience"].as_array()[0].as_object()["title"] = "Barista (part-time)";
  graduate["experience"].as_array()[0].as_object()["startDate"] = "2023-09";
  graduate["education"] = boost::json::array{{{"degree", "BSc"},
                                              {"field", "Economics"},
                                              {"school", "University of Leeds"},
                                              {"startDate", "2021-09"},
                                              {"endDate", "2025-05"}}};
  graduate["skills"] = boost::json::array{"SQL", "Python"};
  JobAnalysis analyst;
  analyst.title = "Junior Data Analyst - Commercial Analytics";
  analyst.keywords = {{"SQL", SkillKind::kHard, true}, {"Python", SkillKind::kHard, true}};
  EXPECT_EQ(After(Propose(graduate, Strategy::kBold, analyst), "summary"),
            "BSc in Economics graduate (2025), looking for a first role as a Junior Data "
            "Analyst. Skilled in SQL and Python.");

  // No summary yet: the new one is the first change, replacing "".
  const auto accountant = Propose(testing::AccountantResume(), Strategy::kBold,
                                  testing::AccountantJob(), testing::AccountantReport());
  ASSERT_FALSE(accountant.empty());
  EXPECT_EQ(accountant[0].id, "c1");
  EXPECT_EQ(accountant[0].before, "");
  EXPECT_EQ(accountant[0].after,
            "Senior Accountant with 8+ years of experience. Skilled in GAAP, month-end close, "
            "journal entries, Excel and QuickBooks. Holds CPA.");

  // No employer, school, missing skill or figure beyond the computed years.
  for (const auto& [resume, job, report] :
       std::vector<std::tuple<boost::json::object, JobAnalysis, KeywordReport>>{
           {testing::SoftwareEngineerResume(), testing::SoftwareEngineerJob(),
            testing::SoftwareEngineerReport()},
           {testing::NurseResume(), testing::NurseJob(), testing::NurseReport()},
           {testing::AccountantResume(), testing::AccountantJob(), testing::AccountantReport()},
           {testing::MarketingManagerResume(), testing::MarketingManagerJob(),
            testing::MarketingManagerReport()}}) {
    const std::string summary = After(Propose(resume, Strategy::kBold, job, report), "summary");
    for (const auto& entry : resume.at("experience").as_array()) {
      EXPECT_EQ(summary.find(entry.at("company").as_string().c_str()), std::string::npos);
    }
    for (const auto& entry : resume.at("education").as_array()) {
      EXPECT_EQ(summary.find(entry.at("school").as_string().c_str()), std::string::npos);
    }
    const auto numbers = rewrite::Numbers(summary);
    EXPECT_LE(numbers.size(), 1u) << summary;
  }

  // Without dates or matching skills there is nothing to say: no summary, no invented years.
  auto undated = OneJob({"Answered phones"});
  undated["experience"].as_array()[0].as_object()["startDate"] = nullptr;
  EXPECT_EQ(After(Propose(undated, Strategy::kBold, testing::NurseJob()), "summary"),
            "(unchanged)");
}

TEST(ProposeLocalChanges, ChangesAreNumberedInDocumentOrderWithValidPathsAndDiffs) {
  const auto resume = testing::MarketingManagerResume();
  const auto changes = Propose(resume, Strategy::kBold, testing::MarketingManagerJob(),
                               testing::MarketingManagerReport());
  ASSERT_EQ(changes.size(), 11u);
  // Each job's new order of bullets follows the changes to its bullets.
  const std::vector<std::string> paths = {"summary",
                                          "experience[0].bullets[0]",
                                          "experience[0].bullets[1]",
                                          "experience[0].bullets[2]",
                                          "experience[0].bullets[3]",
                                          "experience[0].bullets",
                                          "experience[1].bullets[0]",
                                          "experience[1].bullets[1]",
                                          "experience[1].bullets[2]",
                                          "experience[1].bullets",
                                          "skills"};
  for (std::size_t k = 0; k < changes.size(); ++k) {
    const Change& change = changes[k];
    EXPECT_EQ(change.id, "c" + std::to_string(k + 1));
    EXPECT_EQ(change.path, paths[k]);
    EXPECT_EQ(change.section, change.path.substr(0, change.path.find_first_of(".[")));
    EXPECT_EQ(testing::TextAt(document::FromJson(resume), change.path), change.before);
    EXPECT_NE(change.before, change.after);
    EXPECT_FALSE(change.reason.empty());
    EXPECT_EQ(change.reason.back(), '.');
    std::string before;
    std::string after;
    for (const DiffPart& part : change.diff) {
      if (part.op != "insert") before += part.text;
      if (part.op != "delete") after += part.text;
    }
    EXPECT_EQ(before, change.before);
    EXPECT_EQ(after, change.after);
  }
}

// Bold puts first, within a job, the bullets that show what the job asks for; the bullets stay
// word for word, and the guard keeps the change.
TEST(ProposeLocalChanges, BoldPutsTheBulletsThatShowTheJobFirst) {
  auto resume = OneJob({"Answered 40 calls a day", "Wrote SQL reports for 3 teams",
                        "Built Tableau dashboards for sales"});
  JobAnalysis job;
  job.keywords = {{"SQL", SkillKind::kHard, true}, {"Tableau", SkillKind::kHard, false}};
  const auto changes = Propose(resume, Strategy::kBold, job);
  const Change* order = Find(changes, "experience[0].bullets");
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->after,
            "Wrote SQL reports for 3 teams\nBuilt Tableau dashboards for sales\nAnswered 40 calls "
            "a day");
  EXPECT_EQ(order->reason,
            "Puts first the bullets that show what this job asks for ('SQL' and 'Tableau').");
  EXPECT_EQ(Find(Propose(resume, Strategy::kBalanced, job), "experience[0].bullets"), nullptr);
  // Already in that order: nothing to propose.
  resume["experience"].as_array()[0].as_object()["bullets"] =
      boost::json::array{"Wrote SQL reports for 3 teams", "Answered 40 calls a day"};
  EXPECT_EQ(Find(Propose(resume, Strategy::kBold, job), "experience[0].bullets"), nullptr);
}

TEST(ProposeLocalChanges, ToleratesOddSections) {
  const auto odd = boost::json::parse(R"json({
    "summary": 42, "experience": [null, "text", {"bullets": [7, null, "Responsible for QA"]}],
    "skills": [1, 2], "projects": {"name": "x"}, "other": [{"heading": "x", "text": "I am here"}]
  })json")
                       .as_object();
  const auto changes = Propose(odd, Strategy::kBold, testing::SoftwareEngineerJob());
  // Entries and items of the wrong type are skipped when the document is read.
  EXPECT_EQ(After(changes, "experience[0].bullets[0]"), "Oversaw QA");
  EXPECT_EQ(Find(changes, "skills"), nullptr);
  EXPECT_TRUE(Propose(boost::json::object{}, Strategy::kBold).empty());
}

}  // namespace
}  // namespace resumax::optimize

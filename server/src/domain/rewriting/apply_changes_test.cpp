#include "domain/rewriting/apply_changes.h"

#include <gtest/gtest.h>

#include "domain/document/document_json.h"
#include "domain/rewriting/rewrite_engine.h"
#include "domain/rewriting/rewrite_test_resumes.h"

namespace resumax::optimize {
namespace {

const RewriteOptions kOptions{testing::kToday, nullptr};

TEST(ParseChangePath, ReadsFieldsAndIndices) {
  const auto path = ParseChangePath("experience[0].bullets[12]");
  ASSERT_TRUE(path);
  ASSERT_EQ(path->size(), 4u);
  EXPECT_EQ((*path)[0].field, "experience");
  EXPECT_EQ((*path)[1].index, 0u);
  EXPECT_EQ((*path)[2].field, "bullets");
  EXPECT_EQ((*path)[3].index, 12u);
  EXPECT_TRUE(IsEditablePath(*path));
  EXPECT_TRUE(IsEditablePath(*ParseChangePath("summary")));
  EXPECT_TRUE(IsEditablePath(*ParseChangePath("skills")));
  EXPECT_TRUE(IsEditablePath(*ParseChangePath("projects[1].bullets[0]")));
  EXPECT_TRUE(IsEditablePath(*ParseChangePath("volunteer[0].bullets[2]")));
  EXPECT_FALSE(IsEditablePath(*ParseChangePath("other[0].text")));
  // The order of an entry's bullets.
  EXPECT_TRUE(IsEditablePath(*ParseChangePath("experience[0].bullets")));
  EXPECT_TRUE(IsBulletOrderPath(*ParseChangePath("projects[2].bullets")));
  EXPECT_FALSE(IsBulletOrderPath(*ParseChangePath("experience[0].bullets[1]")));
  EXPECT_FALSE(IsBulletOrderPath(*ParseChangePath("contact.bullets")));
  EXPECT_FALSE(IsEditablePath(*ParseChangePath("custom[0].entries[0].title")));
  for (std::string_view fact :
       {"contact.email", "contact", "experience[0].title", "experience[0].company",
        "experience[0].startDate", "education[0].degree", "certifications[0]", "skills[0]",
        "experience[0].bullets[0].text", "experience"}) {
    EXPECT_FALSE(IsEditablePath(*ParseChangePath(fact))) << fact;
  }
  for (std::string_view malformed :
       {"", ".summary", "summary.", "experience[]", "experience[0", "experience[a]",
        "experience[-1]", "experience[0]bullets[0]", "experience[1e3]", "9lives",
        "experience[184467440737095516160]", "summary\n"}) {
    EXPECT_FALSE(ParseChangePath(malformed)) << malformed;
  }
  EXPECT_FALSE(ParseChangePath(std::string(500, 'a')));
}

TEST(SplitSkills, KeepsParenthesesTogether) {
  EXPECT_EQ(SplitSkills("Python, AWS (EC2, S3), Docker"),
            (std::vector<std::string>{"Python", "AWS (EC2, S3)", "Docker"}));
  EXPECT_EQ(SplitSkills(" Go ,  , Rust, "), (std::vector<std::string>{"Go", "Rust"}));
  EXPECT_EQ(SplitSkills("C, C++, C#"), (std::vector<std::string>{"C", "C++", "C#"}));
  EXPECT_TRUE(SplitSkills("").empty());
}

TEST(ApplyChanges, AppliesEveryLocalChangeExactly) {
  const std::vector<std::tuple<boost::json::object, JobAnalysis, KeywordReport>> cases = {
      {testing::SoftwareEngineerResume(), testing::SoftwareEngineerJob(),
       testing::SoftwareEngineerReport()},
      {testing::NurseResume(), testing::NurseJob(), testing::NurseReport()},
      {testing::AccountantResume(), testing::AccountantJob(), testing::AccountantReport()},
      {testing::MarketingManagerResume(), testing::MarketingManagerJob(),
       testing::MarketingManagerReport()}};
  for (const auto& [resume_json, job, report] : cases) {
    const auto resume = document::FromJson(resume_json);
    const auto changes = ProposeLocalChanges(resume, job, report, Strategy::kBold, kOptions);
    const auto applied = ApplyChanges(resume, changes);
    ASSERT_TRUE(applied) << applied.error().message;
    // An entry whose bullets a change reorders holds each rewritten bullet somewhere in it.
    std::vector<std::string> reordered;
    std::vector<Change> rewrites;
    for (const Change& change : changes) {
      const auto steps = ParseChangePath(change.path);
      if (IsBulletOrderPath(*steps)) {
        reordered.push_back(change.path);
      } else {
        rewrites.push_back(change);
      }
    }
    for (const Change& change : rewrites) {
      const std::string entry = change.path.substr(0, change.path.rfind('['));
      if (std::find(reordered.begin(), reordered.end(), entry) == reordered.end()) {
        EXPECT_EQ(testing::TextAt(*applied, change.path), change.after) << change.path;
      } else {
        EXPECT_NE(CurrentText(*applied, entry)->find(change.after), std::string::npos)
            << change.path;
      }
    }
    // Only the changed items differ: reverting every rewrite gives the original back.
    const auto rewritten = ApplyChanges(resume, rewrites);
    ASSERT_TRUE(rewritten);
    std::vector<Change> reverts;
    for (const Change& change : rewrites) {
      Change revert = change;
      std::swap(revert.before, revert.after);
      reverts.push_back(revert);
    }
    auto reverted = ApplyChanges(*rewritten, reverts);
    ASSERT_TRUE(reverted);
    EXPECT_TRUE(*reverted == resume);
  }
}

TEST(ApplyChanges, AppliesOnlyTheAcceptedChanges) {
  const auto resume = document::FromJson(testing::SoftwareEngineerResume());
  const auto changes =
      ProposeLocalChanges(resume, testing::SoftwareEngineerJob(), testing::SoftwareEngineerReport(),
                          Strategy::kBalanced, kOptions);
  std::vector<Change> accepted;
  for (const Change& change : changes) {
    if (change.path == "skills" || change.path == "experience[0].bullets[3]") {
      accepted.push_back(change);
    }
  }
  ASSERT_EQ(accepted.size(), 2u);
  const auto applied = ApplyChanges(resume, accepted);
  ASSERT_TRUE(applied);
  const auto skills = document::AllSkills(*applied);
  ASSERT_EQ(skills.size(), 9u);
  EXPECT_EQ(skills[2], "PostgreSQL");
  EXPECT_EQ(skills[8], "CI/CD");
  ASSERT_EQ(applied->skills.size(), 1u) << "one list stays one list";
  const auto& bullets = applied->experience[0].bullets;
  EXPECT_EQ(bullets[3], "Contributed to the rollout of Kubernetes across three regions");
  EXPECT_EQ(bullets[0], resume.experience[0].bullets[0]);
  EXPECT_EQ(applied->summary, resume.summary);
  EXPECT_TRUE(applied->contact == resume.contact);
  const auto unchanged = ApplyChanges(resume, {});
  ASSERT_TRUE(unchanged);
  EXPECT_TRUE(*unchanged == resume);
}

TEST(ApplyChanges, CreatesASummaryOrSkillsListThatWasMissing) {
  const document::ResumeDocument resume;
  const auto applied =
      ApplyChanges(resume, {Change{"c1", "summary", "summary", "", "Registered nurse."},
                            Change{"c2", "skills", "skills", "", "Triage, AWS (EC2, S3)"}});
  ASSERT_TRUE(applied);
  EXPECT_EQ(applied->summary, "Registered nurse.");
  EXPECT_EQ(document::AllSkills(*applied), (std::vector<std::string>{"Triage", "AWS (EC2, S3)"}));
}

TEST(SetSkills, KeepsEachSkillInItsGroupAndAddsNewOnesToTheUnnamedOne) {
  document::ResumeDocument resume;
  resume.skills = {{"skl1", "Clinical", {"Telemetry", "IV therapy"}},
                   {"skl2", "Languages", {"Spanish"}}};
  // A respelled item takes the place of the one it replaces; a new one gets an unnamed group.
  SetSkills(resume, "Telemetry, Intravenous (IV) therapy, Spanish, ACLS");
  ASSERT_EQ(resume.skills.size(), 3u);
  EXPECT_EQ(resume.skills[0].items,
            (std::vector<std::string>{"Telemetry", "Intravenous (IV) therapy"}));
  EXPECT_EQ(resume.skills[1].items, (std::vector<std::string>{"Spanish"}));
  EXPECT_EQ(resume.skills[2].group, "");
  EXPECT_EQ(resume.skills[2].items, (std::vector<std::string>{"ACLS"}));
  EXPECT_EQ(resume.skills[2].id, "skl3");
  // Reordered across groups: each keeps its group.
  SetSkills(resume, "ACLS, spanish, Telemetry");
  EXPECT_EQ(resume.skills[0].items, (std::vector<std::string>{"Telemetry"}));
  EXPECT_EQ(resume.skills[1].items, (std::vector<std::string>{"spanish"}));
  EXPECT_EQ(resume.skills[2].items, (std::vector<std::string>{"ACLS"}));
}

TEST(ApplyChanges, RefusesStaleChanges) {
  const auto resume = document::FromJson(testing::NurseResume());
  Change stale{"c3", "experience", "experience[0].bullets[0]", "Triaged patients",
               "Triage patients"};
  const auto refused = ApplyChanges(resume, {stale});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "stale_change");
  EXPECT_EQ(refused.error().kind, ErrorKind::kConflict);
  EXPECT_EQ(refused.error().details.at("changeId").as_string(), "c3");

  // Two changes to one item: the second was made against text that is gone.
  const auto changes = ProposeLocalChanges(resume, testing::NurseJob(), testing::NurseReport(),
                                           Strategy::kBalanced, kOptions);
  Change twice = changes.front();
  twice.id = "c99";
  twice.after += " Again.";
  const auto conflict = ApplyChanges(resume, {changes.front(), twice});
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().details.at("changeId").as_string(), "c99");

  // Skills compare as the joined list.
  Change skills{"c4", "skills", "skills", "Triage, ACLS", "ACLS, Triage"};
  EXPECT_EQ(ApplyChanges(resume, {skills}).error().code, "stale_change");
}

// A new order of an entry's bullets moves them word for word, after the other accepted changes
// rewrote them; an order that drops, adds or rewords a bullet is refused.
TEST(ApplyChanges, ReordersBulletsAfterRewritingThem) {
  boost::json::object json{
      {"experience",
       boost::json::array{{{"title", "Nurse"},
                           {"company", "St. Mary's"},
                           {"startDate", "2020-01"},
                           {"bullets", {"Stocked supplies", "Worked on triage", "Ran audits"}}}}}};
  const auto resume = document::FromJson(json);
  EXPECT_EQ(*CurrentText(resume, "experience[0].bullets"),
            "Stocked supplies\nWorked on triage\nRan audits");
  const Change order{"c2", "experience", "experience[0].bullets",
                     "Stocked supplies\nWorked on triage\nRan audits",
                     "Worked on triage\nRan audits\nStocked supplies"};
  const Change rewrite{"c1", "experience", "experience[0].bullets[1]", "Worked on triage",
                       "Contributed to triage"};
  auto both = ApplyChanges(resume, {order, rewrite});
  ASSERT_TRUE(both) << both.error().message;
  EXPECT_EQ(both->experience[0].bullets,
            (std::vector<std::string>{"Contributed to triage", "Ran audits", "Stocked supplies"}));
  auto alone = ApplyChanges(resume, {order});
  ASSERT_TRUE(alone);
  EXPECT_EQ(alone->experience[0].bullets,
            (std::vector<std::string>{"Worked on triage", "Ran audits", "Stocked supplies"}));
  for (const char* after :
       {"Worked on triage\nRan audits", "Led triage\nRan audits\nStocked supplies",
        "Ran audits\nRan audits\nStocked supplies"}) {
    Change bad = order;
    bad.after = after;
    const auto refused = ApplyChanges(resume, {bad});
    ASSERT_FALSE(refused) << after;
    EXPECT_EQ(refused.error().code, "invalid_change") << after;
  }
  Change stale = order;
  stale.before = "Stocked supplies\nWorked on triage";
  EXPECT_EQ(ApplyChanges(resume, {stale}).error().code, "stale_change");
}

TEST(ApplyChanges, RefusesPathsThatAreMissingOrFacts) {
  const auto resume = document::FromJson(testing::AccountantResume());
  for (std::string path : {"experience[7].bullets[0]", "experience[0].bullets[3]", "contact.name",
                           "experience[0].endDate", "education[0].school", "certifications[0]",
                           "nonsense[", "projects[0].bullets[0]"}) {
    Change change{"c1", "", path, "", "x"};
    const auto refused = ApplyChanges(resume, {change});
    ASSERT_FALSE(refused) << path;
    EXPECT_EQ(refused.error().code, "invalid_change_path") << path;
    EXPECT_EQ(refused.error().details.at("path").as_string(), path);
  }
  // A later refusal leaves nothing half-applied: the input is never modified.
  const auto copy = resume;
  Change good{"c1", "experience", "experience[0].bullets[0]",
              "Responsible for the month-end close for 3 business units",
              "Own the month-end close for 3 business units"};
  Change bad{"c2", "contact", "contact.email", "j.okafor@example.net", "x@example.net"};
  EXPECT_FALSE(ApplyChanges(resume, {good, bad}));
  EXPECT_TRUE(resume == copy);
}

}  // namespace
}  // namespace resumax::optimize

#include "domain/rewriting/rewrite_tips.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>

#include "domain/document/document_json.h"

namespace resumax::optimize {
namespace {

std::vector<Tip> TipsOf(const boost::json::object& resume, const JobAnalysis& job = {},
                        const KeywordReport& report = {}) {
  return LocalTips(document::FromJson(resume), job, report);
}

std::vector<std::string> Lines(const std::vector<Tip>& tips) {
  std::vector<std::string> lines;
  for (const Tip& tip : tips) lines.push_back(tip.code + " " + tip.path);
  return lines;
}

boost::json::object Jobs(std::vector<std::vector<std::string>> bullets,
                         std::vector<std::string> starts = {}) {
  boost::json::array jobs;
  for (std::size_t i = 0; i < bullets.size(); ++i) {
    boost::json::array list;
    for (const std::string& bullet : bullets[i]) list.emplace_back(bullet);
    jobs.push_back({{"title", "Nurse"},
                    {"company", "St. Mary's"},
                    {"startDate", i < starts.size() ? starts[i] : "2020-01"},
                    {"endDate", "2022-06"},
                    {"bullets", std::move(list)}});
  }
  return {{"experience", std::move(jobs)}};
}

TEST(LocalTips, BulletsWithoutANumberPassiveFirstPersonLongAndCliches) {
  const auto tips = Lines(TipsOf(Jobs({{
      "Cared for 6 patients a shift on a cardiac ward",
      "Cared for post-operative patients",
      "Was given the unit's rota to plan",
      "We cut falls by a third",
      "Known as a team player on every shift I worked, 24 of them a month",
      "Charted 40 assessments a day in Epic across the medical, surgical, cardiac, renal and "
      "oncology units of a 600-bed teaching hospital with two sites, a level one trauma "
      "centre and a busy emergency department, covering nights and weekends for the whole team",
  }})));
  EXPECT_EQ(tips, (std::vector<std::string>{
                      "add_a_number experience[0].bullets[1]",
                      "add_a_number experience[0].bullets[2]",
                      "passive_opening experience[0].bullets[2]",
                      "first_person experience[0].bullets[3]",
                      "cliche experience[0].bullets[4]",
                      "long_bullet experience[0].bullets[5]",
                  }));
}

TEST(LocalTips, RepeatedOpeningVerbsAndMixedDateFormats) {
  const auto tips = Lines(
      TipsOf(Jobs({{"Managed 4 nurses", "Managed 2 budgets", "Managed 30 beds", "Led 3 audits"},
                   {"Managed 12 rotas"}},
                  {"2019-03", "2016"})));
  EXPECT_EQ(tips, (std::vector<std::string>{"repeated_verb experience[0].bullets[2]",
                                            "repeated_verb experience[1].bullets[0]",
                                            "date_format experience[1]"}));
}

TEST(LocalTips, MissingRequirementsAreForTheUserToClaim) {
  JobAnalysis job;
  job.keywords = {{"TNCC", SkillKind::kCertification, false, 1.25, {"CEN"}},
                  {"Epic", SkillKind::kHard, true},
                  {"Teamwork", SkillKind::kSoft, true},
                  {"ACLS", SkillKind::kCertification, true}};
  KeywordReport report;
  report.missing = {"TNCC or CEN", "Epic", "Teamwork"};
  report.matched = {"ACLS"};
  const auto tips = TipsOf(Jobs({{"Triaged 40 patients a shift"}}), job, report);
  ASSERT_EQ(tips.size(), 2u);
  EXPECT_EQ(tips[0], (Tip{"missing_requirement", "certifications",
                          "The job would like TNCC or CEN; add it only if you hold it."}));
  EXPECT_EQ(tips[1], (Tip{"missing_requirement", "skills",
                          "The job asks for Epic; add it only if you have it."}));
}

TEST(LocalTips, AtMostEightOfOneCode) {
  std::vector<std::string> bullets(12, "Cared for patients");
  for (std::size_t i = 0; i < bullets.size(); ++i)
    bullets[i] += " on ward " + std::string(1, 'A' + static_cast<char>(i));
  const auto tips = TipsOf(Jobs({bullets}));
  EXPECT_EQ(std::count_if(tips.begin(), tips.end(),
                          [](const Tip& tip) { return tip.code == "add_a_number"; }),
            8);
  EXPECT_TRUE(TipsOf({}).empty());
}

}  // namespace
}  // namespace resumax::optimize

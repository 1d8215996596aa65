#include "domain/ats/knock_outs.h"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/matching/job_analysis.h"
#include "domain/matching/taxonomy.h"

namespace resumax::ats {
namespace {

const document::Date kToday{2026, 12, 0};

JobFacts Job(std::string text, std::optional<std::string> location = std::nullopt,
             std::optional<std::string> work_mode = std::nullopt) {
  JobFacts job;
  job.analysis = optimize::AnalyzeJob(text, boost::json::object{}, optimize::Taxonomy::Builtin());
  job.text = std::move(text);
  job.location = std::move(location);
  job.work_mode = std::move(work_mode);
  return job;
}

document::ResumeDocument Nurse() {
  document::ResumeDocument doc;
  doc.contact.name = "Ana M. Ruiz";
  doc.contact.post_nominals = "RN";
  doc.contact.location = "Denver, CO";
  document::Experience job;
  job.title = "Staff Nurse";
  job.company = "Mercy Hospital";
  job.period.start = document::Date{2019, 3, 0};
  job.period.current = true;
  doc.experience.push_back(job);
  job.title = "Nursing Assistant";
  job.company = "Denver Health";
  job.period = {document::Date{2016, 6, 0}, document::Date{2019, 5, 0}, false};  // overlaps
  doc.experience.push_back(job);
  document::Education school;
  school.degree = "Bachelor of Science in Nursing";
  school.school = "University of Colorado";
  doc.education.push_back(school);
  doc.certifications.push_back({"", "BLS", "American Heart Association", std::nullopt});
  return doc;
}

std::vector<std::string> Lines(const std::vector<KnockOut>& knock_outs) {
  std::vector<std::string> out;
  for (const KnockOut& knock : knock_outs) {
    out.push_back(knock.requirement + "=" + knock.status + " [" + knock.shown + "]" +
                  (knock.requirement == "license" ? " for " + knock.asked : ""));
  }
  return out;
}

// A nursing job's screening questions, answered from the resume's facts: the licence and the
// certification it names, the degree and the years (overlapping jobs counted once) are met;
// the right to work is not shown; an on-site job in another city is not met.
TEST(KnockOuts, NursingJobAgainstANursesResume) {
  const JobFacts job =
      Job("Registered Nurse, Cardiac Unit\nRequirements\n"
          "- Active RN license in Colorado.\n- BLS certification required.\n"
          "- Bachelor's degree in nursing.\n- 5+ years of acute care experience.\n"
          "- Must be authorized to work in the United States.\n",
          "Boulder, CO", "onsite");
  const auto knock_outs = KnockOuts(job, Nurse(), kToday);
  EXPECT_EQ(
      Lines(knock_outs),
      (std::vector<std::string>{
          "work_authorization=not_shown []", "location=not_met [Denver, CO]",
          "license=met [\"RN\" in the resume] for RN license", "license=met [BLS] for BLS",
          "degree=met [Bachelor of Science in Nursing]", "years=met [10.5 years of dated jobs]"}));
  EXPECT_EQ(knock_outs[0].asked, "Must be authorized to work in the United States.");
  EXPECT_EQ(knock_outs[5].asked, "5+ years of experience");
}

// Said in the resume: the right to work, willingness to relocate; a lower degree and fewer years
// than asked are not met; a sponsorship the resume needs where the job gives none is not met.
TEST(KnockOuts, WhatTheResumeSaysAndFallsShortOf) {
  document::ResumeDocument doc = Nurse();
  doc.summary = "Authorized to work in the US. Open to relocation.";
  doc.education[0].degree = "Associate Degree in Nursing";
  doc.experience.resize(1);
  doc.experience[0].period.start = document::Date{2024, 1, 0};
  const JobFacts job =
      Job("Charge Nurse\nRequirements\n- Master's degree (MSN).\n- 8 years of nursing experience.\n"
          "- Candidates must be authorized to work in the US.\n",
          "Boulder, CO", "onsite");
  EXPECT_EQ(Lines(KnockOuts(job, doc, kToday)),
            (std::vector<std::string>{"work_authorization=met [Authorized to work in the US.]",
                                      "location=met [Denver, CO]",
                                      "degree=not_met [Associate Degree in Nursing]",
                                      "years=not_met [3 years of dated jobs]"}));

  doc.summary = "I will require sponsorship for an H-1B visa.";
  const JobFacts no_sponsor =
      Job("Nurse\nRequirements\n- We are unable to sponsor visas for this role.\n");
  EXPECT_EQ(Lines(KnockOuts(no_sponsor, doc, kToday)),
            (std::vector<std::string>{
                "work_authorization=not_met [I will require sponsorship for an H-1B visa.]"}));
}

// A remote job asks nothing about location, optional wishes are no knock-outs, a resume without
// dates or schools shows nothing either way, and a job that asks nothing has no knock-outs.
TEST(KnockOuts, RemoteOptionalAndNothingShown) {
  document::ResumeDocument bare;
  bare.contact.name = "Li Wei";
  const JobFacts job = Job(
      "Accountant\nRequirements\n- Bachelor's degree in accounting.\n- 3+ years of experience.\n"
      "- CPA license preferred.\n- Sponsorship is not available.\n",
      "Chicago, IL", "remote");
  EXPECT_EQ(Lines(KnockOuts(job, bare, kToday)),
            (std::vector<std::string>{"work_authorization=not_shown []", "degree=not_shown []",
                                      "years=not_shown []"}));
  EXPECT_TRUE(KnockOuts(Job("We bake bread.\nJoin us."), Nurse(), kToday).empty());
  const boost::json::array json = KnockOutsToJson(KnockOuts(job, bare, kToday)).as_array();
  ASSERT_EQ(json.size(), 3u);
  EXPECT_EQ(json[1].at("requirement").as_string(), "degree");
  EXPECT_EQ(json[1].at("status").as_string(), "not_shown");
}

// A credential only worked towards is named but not met; "TNCC or CEN" is met by either.
TEST(KnockOuts, CredentialsStillToComeAndAlternatives) {
  document::ResumeDocument doc = Nurse();
  doc.contact.post_nominals = "";
  doc.certifications.push_back({"", "CCRN (exam scheduled March 2027)", "AACN", std::nullopt});
  doc.certifications.push_back({"", "CEN", "BCEN", std::nullopt});
  const JobFacts job =
      Job("ICU Nurse\nRequirements\n- CCRN certification required\n- TNCC or CEN certification\n");
  EXPECT_EQ(Lines(KnockOuts(job, doc, kToday)),
            (std::vector<std::string>{"license=not_met [CCRN (exam scheduled March 2027)] for CCRN",
                                      "license=met [CEN] for TNCC or CEN"}));
}

}  // namespace
}  // namespace resumax::ats

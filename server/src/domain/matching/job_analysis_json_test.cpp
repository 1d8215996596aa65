#include "domain/matching/job_analysis_json.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace resumax::optimize {
namespace {

TEST(JobAnalysisJson, RoundTripsEveryField) {
  JobAnalysis analysis;
  analysis.title = "Staff Nurse";
  analysis.seniority = "mid";
  analysis.years_min = 3;
  analysis.education = "bachelor";
  analysis.education_fields = {"Nursing"};
  analysis.preferred_education = "master";
  analysis.preferred_education_fields = {"Public Health"};
  analysis.uncounted_experience = {"student placements"};
  analysis.keywords.push_back({"ACLS", SkillKind::kCertification, true, 3.0, {}, true});
  analysis.keywords.push_back({"French", SkillKind::kHard, false, 1.5, {"German"}, false});
  const auto back = JobAnalysisFromJson(JobAnalysisToJson(analysis));
  ASSERT_TRUE(back);
  EXPECT_EQ(back->title, "Staff Nurse");
  EXPECT_EQ(back->seniority, "mid");
  EXPECT_EQ(back->years_min, 3);
  EXPECT_EQ(back->education, "bachelor");
  EXPECT_EQ(back->education_fields, analysis.education_fields);
  EXPECT_EQ(back->preferred_education, "master");
  EXPECT_EQ(back->preferred_education_fields, analysis.preferred_education_fields);
  EXPECT_EQ(back->uncounted_experience, analysis.uncounted_experience);
  ASSERT_EQ(back->keywords.size(), 2U);
  EXPECT_EQ(back->keywords[0].kind, SkillKind::kCertification);
  EXPECT_DOUBLE_EQ(back->keywords[0].weight, 3.0);
  EXPECT_FALSE(back->keywords[1].required);
  EXPECT_FALSE(back->keywords[1].known);
  EXPECT_EQ(back->keywords[1].alternatives, std::vector<std::string>{"German"});

  JobAnalysis empty;
  const auto none = JobAnalysisFromJson(JobAnalysisToJson(empty));
  ASSERT_TRUE(none);
  EXPECT_FALSE(none->seniority);
  EXPECT_FALSE(none->years_min);
}

// A cache entry of another shape is recomputed, never trusted or a crash.
TEST(JobAnalysisJson, RefusesWhatItDidNotWrite) {
  for (const char* text :
       {"{}", R"({"title":1})", R"({"title":"x","seniority":null,"yearsMin":null,"education":null,
           "keywords":[{"term":"Go","kind":9,"required":true,"weight":1,"alternatives":[],
           "known":true}],"educationFields":[],"preferredEducation":null,
           "preferredEducationFields":[],"uncountedExperience":[]})",
        R"({"title":"x","seniority":null,"yearsMin":"3","education":null,"keywords":[],
           "educationFields":[],"preferredEducation":null,"preferredEducationFields":[],
           "uncountedExperience":[]})"}) {
    EXPECT_FALSE(JobAnalysisFromJson(boost::json::parse(text).as_object())) << text;
  }
}

}  // namespace
}  // namespace resumax::optimize

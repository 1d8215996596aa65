#include "domain/matching/job_titles.h"

#include <gtest/gtest.h>

#include "domain/matching/taxonomy.h"

namespace resumax::optimize {
namespace {

TEST(TitleWords, DropsSeniorityAndNormalisesVariants) {
  EXPECT_EQ(TitleKey("Sr. Software Developer II"), TitleKey("software engineer"));
  EXPECT_EQ(TitleKey("Lead Front-End Developer"), TitleKey("Frontend Engineer"));
  EXPECT_EQ(TitleKey("Junior Accountant"), TitleKey("Accountants"));
  EXPECT_EQ(TitleKey("RN"), TitleKey("Registered Nurse"));
  EXPECT_EQ(TitleKey("Head of Marketing"), TitleKey("marketing"));
  EXPECT_EQ(TitleKey("Team Lead"), "team lead");  // the role itself stays
  EXPECT_EQ(TitleKey("Principal"), "princip");
}

TEST(TitleSimilarity, ScoresSameRoleHighAndOtherRolesLow) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  EXPECT_DOUBLE_EQ(TitleSimilarity("Senior Software Engineer", "Software Engineer", taxonomy), 1.0);
  EXPECT_GE(TitleSimilarity("Software Engineer", "Application Developer", taxonomy), 0.9);
  EXPECT_GE(TitleSimilarity("ER Nurse", "Registered Nurse - Emergency Department", taxonomy), 0.5);
  EXPECT_GE(TitleSimilarity("Staff Accountant", "Accountant", taxonomy), 0.99);
  EXPECT_GE(TitleSimilarity("Registered Nurse", "Nurse", taxonomy), 0.7);
  const double partial = TitleSimilarity("Backend Engineer", "Data Engineer", taxonomy);
  EXPECT_GT(partial, 0.3);
  EXPECT_LT(partial, 0.8);
  EXPECT_LT(TitleSimilarity("Software Engineer", "Registered Nurse", taxonomy), 0.1);
  EXPECT_LT(TitleSimilarity("Accountant", "Warehouse Associate", taxonomy), 0.1);
  EXPECT_EQ(TitleSimilarity("", "Accountant", taxonomy), 0.0);
}

TEST(Seniority, ReadsTitlesLikeTheJobMetadata) {
  EXPECT_EQ(SeniorityOfTitle("Senior Accountant"), "senior");
  EXPECT_EQ(SeniorityOfTitle("Director of Nursing"), "director");
  EXPECT_EQ(SeniorityOfTitle("Warehouse Associate"), "junior");
  EXPECT_EQ(SeniorityOfTitle("Registered Nurse"), std::nullopt);
  EXPECT_EQ(SeniorityOfTitle(""), std::nullopt);
  EXPECT_LT(SeniorityRank("junior"), SeniorityRank("senior"));
  EXPECT_EQ(SeniorityRank("lead"), SeniorityRank("manager"));
  EXPECT_EQ(SeniorityRank("wizard"), std::nullopt);
}

}  // namespace
}  // namespace resumax::optimize

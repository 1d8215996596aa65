#include "domain/matching/education_level.h"

#include <gtest/gtest.h>

namespace resumax::optimize {
namespace {

std::string Level(std::optional<DegreeLevel> level) {
  return level ? std::string(DegreeLevelName(*level)) : "none";
}

TEST(DegreeLevelOf, ReadsResumeDegreeLines) {
  EXPECT_EQ(Level(DegreeLevelOf("Bachelor of Science in Nursing")), "bachelor");
  EXPECT_EQ(Level(DegreeLevelOf("BSN")), "bachelor");
  EXPECT_EQ(Level(DegreeLevelOf("B.S. Computer Science")), "bachelor");
  EXPECT_EQ(Level(DegreeLevelOf("BA, Economics")), "bachelor");
  EXPECT_EQ(Level(DegreeLevelOf("MBA")), "master");
  EXPECT_EQ(Level(DegreeLevelOf("M.S. in Statistics")), "master");
  EXPECT_EQ(Level(DegreeLevelOf("Master's degree in Education")), "master");
  EXPECT_EQ(Level(DegreeLevelOf("Ph.D., Chemistry")), "phd");
  EXPECT_EQ(Level(DegreeLevelOf("Juris Doctor")), "phd");
  EXPECT_EQ(Level(DegreeLevelOf("J.D., Harvard Law School")), "phd");
  EXPECT_EQ(Level(DegreeLevelOf("Associate of Applied Science")), "associate");
  EXPECT_EQ(Level(DegreeLevelOf("A.S. Accounting")), "associate");
  EXPECT_EQ(Level(DegreeLevelOf("ADN")), "associate");
  EXPECT_EQ(Level(DegreeLevelOf("High School Diploma")), "high_school");
  EXPECT_EQ(Level(DegreeLevelOf("Lincoln High School")), "high_school");
  EXPECT_EQ(Level(DegreeLevelOf("GED")), "high_school");
  EXPECT_EQ(Level(DegreeLevelOf("BS and MS in Computer Science")), "master");
}

TEST(DegreeLevelOf, IgnoresLookalikes) {
  EXPECT_EQ(Level(DegreeLevelOf("MS Excel and MS Office")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("Boston, MA")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("Sales Associate")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("Certified Scrum Master")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("Master Electrician")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("JD Edwards")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("as soon as possible")), "none");
  EXPECT_EQ(Level(DegreeLevelOf("Baltimore, MD")), "none");
}

TEST(RequiredDegreeLevel, TakesTheLowestRequiredLevel) {
  EXPECT_EQ(Level(RequiredDegreeLevel("• Bachelor's degree in Accounting or Finance")), "bachelor");
  EXPECT_EQ(Level(RequiredDegreeLevel("• Bachelor's or Master's degree in Computer Science")),
            "bachelor");
  EXPECT_EQ(Level(RequiredDegreeLevel("• BSN required; MSN preferred")), "bachelor");
  EXPECT_EQ(Level(RequiredDegreeLevel("Bachelor's degree required. M.S. preferred.")), "bachelor");
  EXPECT_EQ(Level(RequiredDegreeLevel("• High school diploma or GED")), "high_school");
  EXPECT_EQ(Level(RequiredDegreeLevel("• Master's degree in Social Work (MSW)")), "master");
  EXPECT_EQ(Level(RequiredDegreeLevel("• PhD in Machine Learning or related field")), "phd");
}

TEST(RequiredDegreeLevel, OptionalDegreesAreNoRequirement) {
  EXPECT_EQ(Level(RequiredDegreeLevel("• Bachelor's degree preferred")), "none");
  EXPECT_EQ(Level(RequiredDegreeLevel("• MBA a plus")), "none");
  EXPECT_EQ(Level(RequiredDegreeLevel("• 3+ years of Python")), "none");
}

TEST(SoundsOptional, RecognisesHedges) {
  EXPECT_TRUE(SoundsOptional("Kubernetes is a plus"));
  EXPECT_TRUE(SoundsOptional("Nice to have: Terraform"));
  EXPECT_TRUE(SoundsOptional("CPA preferred"));
  EXPECT_FALSE(SoundsOptional("CPA required"));
}

}  // namespace
}  // namespace resumax::optimize

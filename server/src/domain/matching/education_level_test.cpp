#include "domain/matching/education_level.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

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

// "A degree in …" without its level is a bachelor's, as employers use the word.
TEST(RequiredDegreeLevel, ADegreeWithoutItsLevelIsABachelors) {
  EXPECT_EQ(RequiredDegreeLevel("- A degree in Mathematics or a closely related subject"),
            DegreeLevel::kBachelor);
  EXPECT_EQ(RequiredDegreeLevel("A university degree"), DegreeLevel::kBachelor);
  EXPECT_EQ(RequiredDegreeLevel("An associate degree in nursing"), DegreeLevel::kAssociate);
  EXPECT_EQ(RequiredDegreeLevel("A high degree of autonomy"), std::nullopt);
  EXPECT_EQ(RequiredDegreeLevel("360-degree feedback; a degree of flexibility"), std::nullopt);
}

TEST(RequiredDegreeFields, ReadsTheFieldsARequiredDegreeNames) {
  using Fields = std::vector<std::string>;
  EXPECT_EQ(RequiredDegreeFields("- Bachelor's degree in Finance, Economics or Accounting"),
            (Fields{"Finance", "Economics", "Accounting"}));
  EXPECT_EQ(RequiredDegreeFields("- A BS in Computer Science or equivalent practical experience"),
            (Fields{"Computer Science"}));
  EXPECT_EQ(RequiredDegreeFields("A degree in Mathematics or a closely related subject"),
            (Fields{"Mathematics"}));
  // "or another engineering discipline": any field of that kind.
  EXPECT_EQ(RequiredDegreeFields("Bachelor's degree in Construction Management, Civil "
                                 "Engineering or another engineering discipline"),
            (Fields{"Construction Management", "Civil Engineering", "Engineering"}));
  // Examples of a kind, a related field, an optional degree, no field: none asked for.
  EXPECT_TRUE(RequiredDegreeFields("A bachelor's in a quantitative field such as statistics or "
                                   "economics")
                  .empty());
  EXPECT_TRUE(RequiredDegreeFields("Master's in Data Science preferred").empty());
  EXPECT_TRUE(RequiredDegreeFields("Bachelor's degree required").empty());
  EXPECT_TRUE(RequiredDegreeFields("5+ years in sales").empty());
}

// What a posting prefers: its preferred blocks whole, and its requirements' optional clauses.
TEST(PreferredDegree, ReadsPreferredBlocksAndOptionalClauses) {
  using Fields = std::vector<std::string>;
  EXPECT_EQ(PreferredDegreeLevel("- A degree in business, commerce or retail management\n", ""),
            DegreeLevel::kBachelor);
  EXPECT_EQ(PreferredDegreeFields("- A degree in business, commerce or retail management\n", ""),
            (Fields{"business", "commerce", "retail management"}));
  EXPECT_EQ(PreferredDegreeLevel("", "- 3+ years of FP&A\n- Master's in Finance preferred\n"),
            DegreeLevel::kMaster);
  EXPECT_EQ(PreferredDegreeFields("", "- 3+ years of FP&A\n- Master's in Finance preferred\n"),
            (Fields{"Finance"}));
  // A firm requirement is no preference; "any field" names none.
  EXPECT_EQ(PreferredDegreeLevel("", "- Bachelor's degree in Finance\n"), std::nullopt);
  EXPECT_EQ(PreferredDegreeLevel("- Spanish\n", ""), std::nullopt);
  EXPECT_TRUE(PreferredDegreeFields("- A bachelor's degree in any field\n", "").empty());
}

TEST(DegreeFieldShown, ComparesTheWordsOfAField) {
  EXPECT_TRUE(DegreeFieldShown("BBA\nAccounting", {"Finance", "Accounting"}));
  EXPECT_TRUE(DegreeFieldShown("B.S. Computer Science\n", {"Computer Science"}));
  EXPECT_TRUE(DegreeFieldShown("BSc (Hons) Maths\n", {"Mathematics"}));
  EXPECT_FALSE(DegreeFieldShown("BSc Physics\n", {"Mathematics"}));
  EXPECT_FALSE(DegreeFieldShown("BA\nComputer Graphics", {"Computer Science"}));
  EXPECT_FALSE(DegreeFieldShown("", {"Nursing"}));
  // A field's letters are the initials of the words that spell it.
  EXPECT_TRUE(DegreeFieldShown("MSc Human-Computer Interaction\n", {"Interaction Design", "HCI"}));
  EXPECT_TRUE(DegreeFieldShown("Bachelor of Science in Information Technology", {"IT"}));
  EXPECT_FALSE(DegreeFieldShown("MSc Human Geography\n", {"HCI"}));
}

TEST(SoundsOptional, RecognisesHedges) {
  EXPECT_TRUE(SoundsOptional("Kubernetes is a plus"));
  EXPECT_TRUE(SoundsOptional("Nice to have: Terraform"));
  EXPECT_TRUE(SoundsOptional("CPA preferred"));
  EXPECT_FALSE(SoundsOptional("CPA required"));
}

}  // namespace
}  // namespace resumax::optimize

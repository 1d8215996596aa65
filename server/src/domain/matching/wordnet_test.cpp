#include "domain/matching/wordnet.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "domain/matching/skill_matcher.h"
#include "domain/matching/taxonomy.h"

namespace resumax::optimize {
namespace {

constexpr const char* kWordNetDir = "/usr/share/wordnet";

bool Contains(const std::vector<std::string>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

TEST(WordNet, MissingFilesMeanUnavailableNotAnError) {
  const WordNet wordnet = WordNet::Open("/nonexistent/wordnet");
  EXPECT_FALSE(wordnet.available());
  EXPECT_TRUE(wordnet.Synsets("collaboration", WordNet::Pos::kNoun, 3).empty());
  EXPECT_TRUE(wordnet.RelatedVerbs("collaboration", 1).empty());
  EXPECT_EQ(wordnet.SenseCount("talk"), 0);

  Taxonomy taxonomy = Taxonomy::FromTsv("Collaboration\tsoft\t\tcollaborative\n");
  EXPECT_EQ(taxonomy.AddWordNetSynonyms(wordnet), 0u);
  EXPECT_EQ(SkillMatcher(taxonomy).FindCanonical("collaborative team").size(), 1u);
}

class InstalledWordNet : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(std::filesystem::path(kWordNetDir) / "data.noun")) {
      GTEST_SKIP() << "WordNet is not installed in " << kWordNetDir
                   << " (Debian package wordnet-base); the scorer works without it";
    }
    wordnet_ = WordNet::Open(kWordNetDir);
  }
  WordNet wordnet_;
};

TEST_F(InstalledWordNet, ReadsSynsetsInSenseOrder) {
  ASSERT_TRUE(wordnet_.available());
  const auto synsets = wordnet_.Synsets("collaboration", WordNet::Pos::kNoun, 1);
  ASSERT_EQ(synsets.size(), 1u);
  EXPECT_TRUE(Contains(synsets[0].words, "collaboration"));
  EXPECT_TRUE(Contains(synsets[0].words, "coaction"));
  EXPECT_TRUE(wordnet_.IsFirstSense("coaction", synsets[0]));
  EXPECT_TRUE(wordnet_.Synsets("no-such-lemma-xyz", WordNet::Pos::kNoun, 1).empty());
  // Lemmas at both ends of the index are found too.
  EXPECT_FALSE(wordnet_.Synsets("a", WordNet::Pos::kNoun, 1).empty());
  EXPECT_FALSE(wordnet_.Synsets("zymurgy", WordNet::Pos::kNoun, 1).empty());
}

TEST_F(InstalledWordNet, FollowsDerivationsToVerbs) {
  std::vector<std::string> verbs;
  for (const WordNet::Synset& synset : wordnet_.RelatedVerbs("collaboration", 1)) {
    EXPECT_EQ(synset.pos, WordNet::Pos::kVerb);
    verbs.insert(verbs.end(), synset.words.begin(), synset.words.end());
  }
  EXPECT_TRUE(Contains(verbs, "collaborate"));
  EXPECT_TRUE(Contains(verbs, "cooperate"));
  EXPECT_GT(wordnet_.SenseCount("talk"), wordnet_.SenseCount("cooperate"));
}

TEST_F(InstalledWordNet, ExpandsSoftSkillsWithUnambiguousSynonyms) {
  Taxonomy taxonomy = Taxonomy::FromTsv(
      "Collaboration\tsoft\t\t\n"
      "Negotiation\tsoft\t\t\n"
      "Initiative\tsoft\t\t\n"
      "Python\thard\t\t\n");
  EXPECT_GT(taxonomy.AddWordNetSynonyms(wordnet_), 0u);
  const SkillMatcher matcher(taxonomy);
  EXPECT_EQ(matcher.FindCanonical("Cooperated with the night shift"),
            std::vector<std::string>{"Collaboration"});
  // "talks" is a synonym of negotiation, but far too ambiguous to count.
  EXPECT_TRUE(matcher.FindCanonical("Gave talks at meetups").empty());
  // "enterprise" names initiative only in a rare sense.
  EXPECT_TRUE(matcher.FindCanonical("Enterprise customers").empty());
  EXPECT_TRUE(taxonomy.Find("Python")->synonyms.empty());
}

}  // namespace
}  // namespace resumax::optimize

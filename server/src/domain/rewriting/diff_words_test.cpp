#include "domain/rewriting/diff_words.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace resumax::optimize {
namespace {

std::string Join(const std::vector<DiffPart>& parts, std::string_view skip) {
  std::string text;
  for (const DiffPart& part : parts) {
    if (part.op != skip) text += part.text;
  }
  return text;
}

// The properties every diff keeps: both texts come back byte for byte, no part is empty,
// neighbours differ in kind, and an insertion never comes before the deletion it replaces.
void ExpectWellFormed(std::string_view before, std::string_view after) {
  const std::vector<DiffPart> parts = WordDiff(before, after);
  SCOPED_TRACE("before: \"" + std::string(before) + "\" after: \"" + std::string(after) + "\"");
  EXPECT_EQ(Join(parts, "insert"), before);
  EXPECT_EQ(Join(parts, "delete"), after);
  for (std::size_t k = 0; k < parts.size(); ++k) {
    EXPECT_FALSE(parts[k].text.empty());
    EXPECT_TRUE(parts[k].op == "equal" || parts[k].op == "insert" || parts[k].op == "delete");
    if (k > 0) {
      EXPECT_NE(parts[k].op, parts[k - 1].op);
      EXPECT_FALSE(parts[k - 1].op == "insert" && parts[k].op == "delete");
    }
  }
}

TEST(WordDiff, SwapsOneWordAndKeepsTheRest) {
  const auto parts = WordDiff("Migrated the service to Postgres, cutting latency",
                              "Migrated the service to PostgreSQL, cutting latency");
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0].op, "equal");
  EXPECT_EQ(parts[0].text, "Migrated the service to ");
  EXPECT_EQ(parts[1].op, "delete");
  EXPECT_EQ(parts[1].text, "Postgres");
  EXPECT_EQ(parts[2].op, "insert");
  EXPECT_EQ(parts[2].text, "PostgreSQL");
  EXPECT_EQ(parts[3].op, "equal");
  EXPECT_EQ(parts[3].text, ", cutting latency");
}

TEST(WordDiff, ReplacesAnOpenerAsOneDeleteAndOneInsert) {
  const auto parts =
      WordDiff("Helped with the rollout of k8s", "Contributed to the rollout of Kubernetes");
  ASSERT_EQ(parts.size(), 5u);
  // Words carry the whitespace after them.
  EXPECT_EQ(parts[0].text, "Helped with ");
  EXPECT_EQ(parts[1].text, "Contributed to ");
  EXPECT_EQ(parts[2].op, "equal");
  EXPECT_EQ(parts[2].text, "the rollout of ");
  EXPECT_EQ(parts[3].text, "k8s");
  EXPECT_EQ(parts[4].text, "Kubernetes");
}

TEST(WordDiff, AppendedWordsAreOneInsert) {
  const auto parts = WordDiff("Python, Go", "Python, Go, Docker, Kubernetes");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].op, "equal");
  EXPECT_EQ(parts[0].text, "Python, Go");
  EXPECT_EQ(parts[1].op, "insert");
  EXPECT_EQ(parts[1].text, ", Docker, Kubernetes");
}

TEST(WordDiff, EmptySides) {
  EXPECT_TRUE(WordDiff("", "").empty());
  const auto inserted = WordDiff("", "A new summary.");
  ASSERT_EQ(inserted.size(), 1u);
  EXPECT_EQ(inserted[0].op, "insert");
  const auto deleted = WordDiff("Old text", "");
  ASSERT_EQ(deleted.size(), 1u);
  EXPECT_EQ(deleted[0].op, "delete");
  const auto same = WordDiff("Same text.", "Same text.");
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].op, "equal");
}

TEST(WordDiff, RoundTripsHandPickedTexts) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Responsible for the month-end close", "Own the month-end close"},
      {"  leading spaces", "leading spaces  "},
      {"tabs\tand\nnewlines\r\n", "tabs and newlines"},
      {"Triaged 30+ patients per shift", "Triage 30+ patients per shift"},
      {"Café crème — naïve résumé", "Café au lait — naïve résumé!"},
      {"日本語のテキスト と 英語", "日本語 の テキスト と English"},
      {"Emoji 🚀 launch 🎉", "Emoji 🚀 launches 🎉🎉"},
      {"Grew traffic 120% in 18 months", "Grew organic traffic 120% in 18 months."},
      {"a b c d e f", "f e d c b a"},
      {"don't stop; team's work", "do not stop: the team's work"},
      {"...,,,;;;", ";;;,,,..."},
      {"x", "y"},
      {"same", "same "},
      {" ", "  "},
  };
  for (const auto& [before, after] : cases) {
    ExpectWellFormed(before, after);
    ExpectWellFormed(after, before);
  }
}

TEST(WordDiff, RoundTripsRandomTexts) {
  const std::vector<std::string> pieces = {
      "Led",   "the", "team",  "Postgres", "PostgreSQL", "k8s",     ",",       ".",
      " ",     "  ",  "\n",    "\t",       "équipe",     "naïve",   "—",       "日本",
      "🚀",     "40%", "$1.2M", "C++",      "C#",         "Node.js", "(",       ")",
      "don't", "'",   "\"",    "a",        "b",          "ß",       "\xC2\xA0"};
  std::mt19937 random(20250601);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(0, 30);
  auto text = [&]() {
    std::string out;
    const int words = length(random);
    for (int k = 0; k < words; ++k) {
      out += pieces[pick(random)];
      if (random() % 2 == 0) out += ' ';
    }
    return out;
  };
  for (int round = 0; round < 500; ++round) {
    const std::string before = text();
    // Half the time an edit of `before`, so the texts share words.
    std::string after = text();
    if (round % 2 == 0 && !before.empty()) {
      after = before.substr(0, before.size() / 2) + text() + before.substr(before.size() / 2);
    }
    ExpectWellFormed(before, after);
  }
}

TEST(WordDiff, HandlesLongTexts) {
  std::string before;
  std::string after;
  for (int k = 0; k < 3000; ++k) {
    before += "word" + std::to_string(k % 97) + " ";
    after += (k % 10 == 0 ? "changed" : "word" + std::to_string(k % 97)) + " ";
  }
  ExpectWellFormed(before, after);
}

}  // namespace
}  // namespace resumax::optimize

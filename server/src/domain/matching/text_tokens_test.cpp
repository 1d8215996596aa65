#include "domain/matching/text_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace resumax::optimize {
namespace {

std::vector<std::string> Surfaces(std::string_view text) {
  std::vector<std::string> surfaces;
  for (const Token& token : Tokenize(text)) surfaces.emplace_back(token.surface);
  return surfaces;
}

TEST(Tokenize, KeepsProgrammingLanguageSymbols) {
  EXPECT_EQ(Surfaces("C++, C# and .NET; Node.js"),
            (std::vector<std::string>{"C++", "C#", "and", ".NET", "Node", "js"}));
  EXPECT_EQ(Surfaces("ASP.NET Core"), (std::vector<std::string>{"ASP", "NET", "Core"}));
  EXPECT_EQ(Surfaces("CompTIA A+ and Security+"),
            (std::vector<std::string>{"CompTIA", "A+", "and", "Security+"}));
}

TEST(Tokenize, DropsPossessives) {
  EXPECT_EQ(Surfaces("Bachelor's degree, master’s"),
            (std::vector<std::string>{"Bachelor", "degree", "master"}));
}

TEST(Tokenize, MarksPhraseBreaksAndJoiners) {
  const std::vector<Token> tokens = Tokenize("R&D, go-to-market\nPython. Java");
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_EQ(tokens[1].joiner_before, '&');  // "D" of R&D
  EXPECT_TRUE(tokens[2].breaks_before);     // "go" after the comma
  EXPECT_EQ(tokens[3].joiner_before, '-');  // "to"
  EXPECT_TRUE(tokens[5].breaks_before);     // "Python" on a new line
  EXPECT_TRUE(tokens[6].breaks_before);     // "Java" after a sentence
  EXPECT_FALSE(tokens[4].breaks_before);    // "market"
}

TEST(Tokenize, TreatsUnicodePunctuationAsSeparators) {
  EXPECT_EQ(Surfaces("• Kubernetes – Docker “quoted” café"),
            (std::vector<std::string>{"Kubernetes", "Docker", "quoted", "café"}));
  const std::vector<Token> tokens = Tokenize("Sales • Marketing – Growth");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[1].breaks_before);   // a bullet separates
  EXPECT_FALSE(tokens[2].breaks_before);  // a dash does not
}

TEST(StemWord, ReducesInflections) {
  EXPECT_EQ(StemWord("reconciliations"), StemWord("reconciliation"));
  EXPECT_EQ(StemWord("communications"), StemWord("communication"));
  EXPECT_EQ(StemWord("managed"), StemWord("manage"));
  EXPECT_EQ(StemWord("c++"), "c++");
  EXPECT_EQ(StemWord("go"), "go");
}

TEST(StemKey, IgnoresCasePunctuationAndInflection) {
  EXPECT_EQ(StemKey("Accounts Payable"), StemKey("accounts-payable"));
  EXPECT_EQ(StemKey("Sr. Software Engineers"), StemKey("sr software engineer"));
}

}  // namespace
}  // namespace resumax::optimize

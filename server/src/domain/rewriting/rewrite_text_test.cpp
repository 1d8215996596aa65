#include "domain/rewriting/rewrite_text.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "domain/document/document_json.h"
#include "domain/rewriting/rewrite_terms.h"

namespace resumax::optimize::rewrite {
namespace {

std::size_t Count(std::string_view text, std::string_view written, bool plural = false) {
  return FindWord(text, MakeSpelling(written), plural).size();
}

TEST(FindWord, MatchesWholeWordsOnly) {
  EXPECT_EQ(Count("Python, Java and JavaScript", "Java"), 1u);
  EXPECT_EQ(Count("C, C++, C# and Objective-C", "C"), 1u);
  EXPECT_EQ(Count("Node.js services; node scripts", "=Node"), 0u);
  EXPECT_EQ(Count("ASP.NET and .NET", ".NET"), 1u);
  EXPECT_EQ(Count("React-based UI", "React"), 1u);
  EXPECT_EQ(Count("postgres and POSTGRES", "Postgres"), 2u);
  // Short and "=" spellings keep their case.
  EXPECT_EQ(Count("ER shifts, er, overtime", "ER"), 1u);
  EXPECT_EQ(Count("excel at Excel", "=Excel"), 1u);
  EXPECT_EQ(Count("tracked KPIs", "KPI"), 0u);
  EXPECT_EQ(Count("tracked KPIs", "KPI", true), 1u);
  EXPECT_EQ(Count("", "KPI"), 0u);
}

TEST(Numbers, FindsFiguresButNotNames) {
  std::vector<std::string> values;
  for (const auto& number : Numbers("Cut 2,000 tickets by 40% in Q3 on EC2 and k8s; $1.2M; 007."))
    values.push_back(number.value);
  EXPECT_EQ(values, (std::vector<std::string>{"2000", "40", "1.2", "7"}));
}

TEST(ExperienceYears, CountsOverlapsOnceAndNeverOverstates) {
  const auto sections = boost::json::parse(R"json({"experience": [
    {"startDate": "2018-01", "endDate": "2020-01"},
    {"startDate": "2019-06", "endDate": "2021-01"},
    {"startDate": "2023-01", "endDate": null, "current": true},
    {"startDate": "2015", "endDate": "2016"},
    {"startDate": "garbage", "endDate": "2016"},
    {"startDate": "2010-01", "endDate": null, "current": false}]})json")
                            .as_object();
  // 36 months + 29 months (to 2025-06) + 1 month (Dec 2015 to Jan 2016) = 66.
  const ExperienceSpan span = ExperienceYears(document::FromJson(sections), {2025, 6});
  EXPECT_EQ(span.years, 5);
  EXPECT_TRUE(span.partial_year);
  EXPECT_EQ(ExperienceYears(document::ResumeDocument{}, {2025, 6}).years, 0);
  EXPECT_EQ(CurrentMonth("2024-02").Index(), (YearMonth{2024, 2}.Index()));
  EXPECT_GE(CurrentMonth("").year, 2024);
}

TEST(IsValidUtf8, RejectsMalformedSequences) {
  EXPECT_TRUE(IsValidUtf8("naïve 日本 🚀"));
  EXPECT_FALSE(IsValidUtf8("\xC3"));
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(TermAliases, GroupsSpellingsOfOneSkill) {
  const TermAliases& aliases = TermAliases::BuiltIn();
  EXPECT_TRUE(MentionsTerm("Deployed on k8s", "Kubernetes", aliases));
  EXPECT_TRUE(MentionsTerm("Deployed on Kubernetes", "k8s", aliases));
  EXPECT_TRUE(MentionsTerm("Tuned postgres", "PostgreSQL", aliases));
  EXPECT_FALSE(MentionsTerm("Let's go", "Go", aliases));
  EXPECT_TRUE(MentionsTerm("Wrote Go and golang", "Go", aliases));
  EXPECT_FALSE(MentionsTerm("Could excel at it", "Excel", aliases));
  EXPECT_TRUE(MentionsTerm("Unknown skill here", "Unknown skill", aliases));

  const TermAliases custom =
      TermAliases::Parse("# comment\r\nWidget\tgizmo| doohickey \r\n\n=Thing\n\tstray\n");
  const auto spellings = custom.SpellingsOf("GIZMO");
  ASSERT_EQ(spellings.size(), 3u);
  EXPECT_EQ(spellings[0].text, "GIZMO");
  EXPECT_EQ(spellings[1].text, "Widget");
  EXPECT_EQ(spellings[2].text, "doohickey");
  EXPECT_TRUE(custom.SpellingsOf("Thing")[0].exact_case);
  EXPECT_EQ(custom.AllSpellings().size(), 4u);
}

}  // namespace
}  // namespace resumax::optimize::rewrite

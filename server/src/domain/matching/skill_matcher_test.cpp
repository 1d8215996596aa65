#include "domain/matching/skill_matcher.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace resumax::optimize {
namespace {

using Names = std::vector<std::string>;

Names Find(std::string_view text) { return SkillMatcher(Taxonomy::Builtin()).FindCanonical(text); }

bool Mentions(std::string_view text, std::string_view canonical) {
  const Names names = Find(text);
  return std::find(names.begin(), names.end(), canonical) != names.end();
}

TEST(SkillMatcher, MatchesAliasesAndAcronyms) {
  EXPECT_EQ(Find("Ran k8s clusters"), Names{"Kubernetes"});
  EXPECT_EQ(Find("Kubernetes"), Names{"Kubernetes"});
  EXPECT_EQ(Find("JS and TS"), (Names{"JavaScript", "TypeScript"}));
  EXPECT_EQ(Find("Postgres, psql"), Names{"PostgreSQL"});
  EXPECT_EQ(Find("MS Excel"), Names{"Microsoft Excel"});
  EXPECT_EQ(Find("Microsoft Excel"), Names{"Microsoft Excel"});
  EXPECT_EQ(Find("Excel"), Names{"Microsoft Excel"});
  EXPECT_EQ(Find("Triage using the Emergency Severity Index"),
            (Names{"Triage", "Emergency Severity Index"}));
  EXPECT_EQ(Find("ESI levels 1-5"), Names{"Emergency Severity Index"});
  EXPECT_EQ(Find("Current ACLS, BLS and PALS"), (Names{"ACLS", "BLS", "PALS"}));
  EXPECT_EQ(Find("Golang services"), Names{"Go"});
  EXPECT_EQ(Find("AWS Certified Solutions Architect"), Names{"AWS Certified Solutions Architect"});
}

// A two-word skill written as its verb and object, a few words apart in one phrase; a term the
// object or a word between begins wins.
TEST(SkillMatcher, ReadsAVerbAndItsObjectAsTheSkill) {
  EXPECT_EQ(Find("Managed 14 subcontractors on two school projects"),
            Names{"Subcontractor management"});
  EXPECT_EQ(Find("Manage intubated patients on ventilators"), Names{"Ventilator management"});
  EXPECT_TRUE(Find("Managed; subcontractors").empty()) << "not across a phrase break";
  EXPECT_EQ(Find("Prepared budget-to-actual packages"), Names{"Variance analysis"});
  EXPECT_TRUE(Find("Managed the canteen and its four cooks").empty());
}

TEST(SkillMatcher, AngleBracketsKeepAStandardsNumber) {
  EXPECT_EQ(Find("working knowledge of USP <797>"), Names{"Sterile compounding"});
}

TEST(SkillMatcher, MatchesMultiWordPhrasesAcrossPunctuationInsideThem) {
  EXPECT_EQ(Find("accounts-payable"), Names{"Accounts payable"});
  EXPECT_EQ(Find("CI/CD pipelines"), Names{"CI/CD"});
  EXPECT_EQ(Find("Stakeholder Management"), Names{"Stakeholder management"});
  EXPECT_EQ(Find("C++ and C#"), (Names{"C++", "C#"}));
  EXPECT_EQ(Find("Node.js"), Names{"Node.js"});  // not also JavaScript for "js"
}

TEST(SkillMatcher, StemsInflectedForms) {
  EXPECT_EQ(Find("Prepared monthly reconciliations"), Names{"Account reconciliation"});
  EXPECT_EQ(Find("bank reconciliations"), Names{"Account reconciliation"});
  EXPECT_EQ(Find("Reconciled vendor accounts"), Names{"Account reconciliation"});
  EXPECT_TRUE(Mentions("Strong communications skills", "Communication skills"));
  EXPECT_TRUE(Mentions("Built dashboards in Tableau", "Data visualization"));
  EXPECT_TRUE(Mentions("Managed the accounts payables", "Accounts payable"));
}

TEST(SkillMatcher, ShortAmbiguousTermsNeedTheirUsualCapitalisation) {
  EXPECT_FALSE(Mentions("ready to go to market fast", "Go"));
  EXPECT_FALSE(Mentions("we go above and beyond", "Go"));
  EXPECT_TRUE(Mentions("Backend in Go and Python", "Go"));
  EXPECT_EQ(Find("Go-to-market plan"), Names{"Go-to-market strategy"});
  EXPECT_FALSE(Mentions("Go-getter with grit", "Go"));
  EXPECT_FALSE(Mentions("C-suite reporting", "C"));
  EXPECT_TRUE(Mentions("Systems programming in C and C++", "C"));
  EXPECT_FALSE(Mentions("R&D budget", "R"));
  EXPECT_TRUE(Mentions("Statistics in R and Python", "R"));
  EXPECT_FALSE(Mentions("the esi file", "Emergency Severity Index"));
  EXPECT_FALSE(Mentions("I excel at teamwork", "Microsoft Excel"));
  EXPECT_FALSE(Mentions("a positive outlook", "Outlook"));
  EXPECT_FALSE(Mentions("spring cleaning", "Spring"));
  EXPECT_FALSE(Mentions("old pals", "PALS"));
}

TEST(SkillMatcher, RejectsStemCollisionsBetweenDifferentWords) {
  EXPECT_FALSE(Mentions("the target market for the product", "Marketing"));
  EXPECT_TRUE(Mentions("Five years in marketing", "Marketing"));
  EXPECT_FALSE(Mentions("organ donation", "Organizational skills"));
  EXPECT_TRUE(Mentions("highly organized", "Organizational skills"));
  EXPECT_FALSE(Mentions("our accounts", "Accounting"));
  EXPECT_FALSE(Mentions("solid SQL", "Solidity"));
  EXPECT_TRUE(Mentions("Solidity smart contracts", "Solidity"));
  EXPECT_TRUE(Mentions("Triaged walk-in patients", "Triage"));
  EXPECT_TRUE(Mentions("negotiated rates", "Negotiation"));
  EXPECT_TRUE(Mentions("cost accounting", "Cost accounting"));
  // A function word is no inflection of a term's word.
  EXPECT_FALSE(Mentions("New teachers will receive a mentor", "Estate planning"));
  EXPECT_TRUE(Mentions("Drafted wills and trusts", "Estate planning"));
  EXPECT_TRUE(Mentions("Drafted wills", "Estate planning"));
}

TEST(SkillMatcher, DoesNotMatchAcrossLinesOrCommas) {
  EXPECT_TRUE(Mentions("general ledger", "General ledger"));
  EXPECT_FALSE(Mentions("general\nledger", "General ledger"));
  EXPECT_FALSE(Mentions("general, ledger", "General ledger"));
  EXPECT_FALSE(Mentions("general (ledger)", "General ledger"));
}

TEST(SkillMatcher, ReportsPositions) {
  const std::string text = "Uses k8s daily";
  const std::vector<SkillMatch> matches = SkillMatcher(Taxonomy::Builtin()).FindAll(text);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(text.substr(matches[0].begin, matches[0].end - matches[0].begin), "k8s");
}

TEST(SkillMatcher, WorksOnAHandWrittenTaxonomy) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "Widget tuning\thard\tmfg\twidget tweaking|=WT\n"
      "Teamwork\tsoft\t\tteam player\n");
  const SkillMatcher matcher(taxonomy);
  EXPECT_EQ(matcher.FindCanonical("Did widget tweaking as a team player; WT"),
            (Names{"Widget tuning", "Teamwork"}));
  EXPECT_TRUE(matcher.FindCanonical("wt").empty());
}

TEST(SkillMatcher, ReadsTheWordsSoThatTermsCoverTheMost) {
  // A term that swallows the first word of a longer one gives way: "pricing change" would
  // leave "orders" alone, "pricing" and "change orders" cover all three words.
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "Pricing strategy\thard\t\tpricing\n"
      "Markdown management\thard\t\tpricing changes\n"
      "Change order management\thard\t\tchange orders\n"
      "Machine learning\thard\t\t\n"
      "Machine learning engineering\thard\t\tmachine learning engineer\n"
      "Learning\thard\t\t\n");
  const SkillMatcher matcher(taxonomy);
  EXPECT_EQ(matcher.FindCanonical("Was involved in pricing change orders"),
            (Names{"Pricing strategy", "Change order management"}));
  EXPECT_EQ(matcher.FindCanonical("Reviewed pricing changes weekly"),
            (Names{"Markdown management"}));
  // On equal cover, the fewer and longer terms.
  EXPECT_EQ(matcher.FindCanonical("Senior machine learning engineer"),
            (Names{"Machine learning engineering"}));
  EXPECT_EQ(matcher.FindCanonical("machine learning"), (Names{"Machine learning"}));
}

// A verb and its object never take the place of a term: "Earned value management on public
// projects" is earned value management, not "public management" read backwards.
TEST(SkillMatcher, AVerbAndItsObjectGiveWayToATerm) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "Earned value management\thard\t\tearned value|EVM\n"
      "Public administration\thard\t\tpublic management\n"
      "Subcontractor management\thard\t\t\n");
  const SkillMatcher matcher(taxonomy);
  EXPECT_EQ(matcher.FindCanonical("Earned value management on public projects"),
            (Names{"Earned value management"}));
  EXPECT_EQ(matcher.FindCanonical("Managed 14 subcontractors on site"),
            (Names{"Subcontractor management"}));
}

}  // namespace
}  // namespace resumax::optimize

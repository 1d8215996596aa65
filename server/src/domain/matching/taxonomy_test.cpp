#include "domain/matching/taxonomy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "domain/matching/skill_matcher.h"

namespace resumax::optimize {
namespace {

std::string ReadFile(const char* path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

TEST(Taxonomy, ReadsTheTsvFormat) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "# a comment\n"
      "\n"
      "Kubernetes\thard\tsoftware,cloud\tk8s|kube\r\n"
      "Go\thard\tsoftware\t=Go|Golang\n"
      "Leadership\tsoft\n"
      "Nonsense\tmaybe\tx\ty\n"
      "\tsoft\t\t\n"
      "Software Engineer\ttitle\tsoftware\tSoftware Developer|SWE\n");
  EXPECT_EQ(taxonomy.size(), 4u);
  EXPECT_EQ(taxonomy.skipped_lines(), 2u);
  const TaxonomyEntry* kubernetes = taxonomy.Find("K8S");
  ASSERT_NE(kubernetes, nullptr);
  EXPECT_EQ(kubernetes->canonical, "Kubernetes");
  EXPECT_EQ(kubernetes->professions, (std::vector<std::string>{"software", "cloud"}));
  EXPECT_EQ(kubernetes->aliases, (std::vector<std::string>{"k8s", "kube"}));
  ASSERT_NE(taxonomy.Find("leadership"), nullptr);
  EXPECT_EQ(taxonomy.Find("leadership")->kind, EntryKind::kSoft);
  EXPECT_EQ(taxonomy.Find("Software Developer"), nullptr);  // titles are no skills
  EXPECT_EQ(taxonomy.FindTitles("Senior Software Developer").size(), 1u);
  // "=Go" turns off the canonical's case-insensitive match.
  const SkillMatcher matcher(taxonomy);
  EXPECT_TRUE(matcher.FindCanonical("let's go").empty());
  EXPECT_EQ(matcher.FindCanonical("Go").size(), 1u);
}

TEST(Taxonomy, RepeatedCanonicalNamesMergeTheirAliases) {
  const Taxonomy taxonomy = Taxonomy::FromTsv(
      "PostgreSQL\thard\tdata\tPostgres\n"
      "postgresql\thard\tdata\tpsql|Postgres\n");
  ASSERT_EQ(taxonomy.size(), 1u);
  EXPECT_EQ(taxonomy.entries()[0].aliases, (std::vector<std::string>{"Postgres", "psql"}));
}

TEST(Taxonomy, MergeKeepsExistingEntriesAndDropsTakenAliases) {
  Taxonomy base = Taxonomy::FromTsv(
      "Kubernetes\thard\tsoftware\tk8s\n"
      "Docker\thard\tsoftware\t\n");
  const Taxonomy other = Taxonomy::FromTsv(
      "kubernetes\tsoft\tother\tkube|k8s\n"
      "Podman\thard\tsoftware\tdocker|containers\n");
  base.Merge(other);
  ASSERT_EQ(base.size(), 3u);
  const TaxonomyEntry* kubernetes = base.Find("Kubernetes");
  ASSERT_NE(kubernetes, nullptr);
  EXPECT_EQ(kubernetes->kind, EntryKind::kHard);
  EXPECT_EQ(kubernetes->professions, std::vector<std::string>{"software"});
  EXPECT_EQ(kubernetes->aliases, (std::vector<std::string>{"k8s", "kube"}));
  EXPECT_EQ(base.Find("docker")->canonical, "Docker");
  EXPECT_EQ(base.Find("containers")->canonical, "Podman");
  EXPECT_EQ(SkillMatcher(base).FindCanonical("kube"), std::vector<std::string>{"Kubernetes"});
}

TEST(Taxonomy, WritesWhatItReads) {
  const std::string tsv =
      "Kubernetes\thard\tsoftware,cloud\tk8s|kube\n"
      "Go\thard\tsoftware\t=Go|Golang\n"
      "Registered Nurse\ttitle\thealthcare\tRN\n";
  std::ostringstream out;
  Taxonomy::FromTsv(tsv).WriteTsv(out);
  std::ostringstream again;
  Taxonomy::FromTsv(out.str()).WriteTsv(again);
  EXPECT_EQ(out.str(), again.str());
  EXPECT_NE(out.str().find("Go\thard\tsoftware\t=Go|Golang\n"), std::string::npos);
}

// Broader concepts: by name (canonical or alias), transitively, nearest first, each once; a
// name no entry has, a title and a cycle are harmless.
TEST(Taxonomy, ReadsBroaderConcepts) {
  const std::string tsv =
      "Pivot tables\thard\tdata\tpivot table\tExcel|Nothing such\n"
      "Microsoft Excel\thard\tdata\tExcel\tSpreadsheets\n"
      "Spreadsheets\thard\tdata\t\tPivot tables\n"
      "Analyst\ttitle\tdata\t\tMicrosoft Excel\n"
      "SQL\thard\tdata\t\tAnalyst\n";
  const Taxonomy taxonomy = Taxonomy::FromTsv(tsv);
  const auto names = [&](std::string_view name) {
    std::vector<std::string> out;
    for (const std::uint32_t entry : taxonomy.Broader(*taxonomy.FindIndex(name))) {
      out.push_back(taxonomy.entries()[entry].canonical);
    }
    return out;
  };
  EXPECT_EQ(names("Pivot tables"), (std::vector<std::string>{"Microsoft Excel", "Spreadsheets"}));
  EXPECT_EQ(names("Spreadsheets"), (std::vector<std::string>{"Pivot tables", "Microsoft Excel"}));
  EXPECT_TRUE(names("SQL").empty()) << "a title is no broader skill";
  std::ostringstream out;
  taxonomy.WriteTsv(out);
  EXPECT_NE(out.str().find("Pivot tables\thard\tdata\tpivot table\tExcel|Nothing such\n"),
            std::string::npos);
}

TEST(Taxonomy, FindsByWholeNameMatch) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  ASSERT_NE(taxonomy.Find("KPIs"), nullptr);
  EXPECT_EQ(taxonomy.Find("KPIs")->canonical, "KPIs");
  ASSERT_NE(taxonomy.Find("bank reconciliations"), nullptr);
  EXPECT_EQ(taxonomy.Find("bank reconciliations")->canonical, "Account reconciliation");
  EXPECT_EQ(taxonomy.Find("Kubernetes and Docker"), nullptr);
  EXPECT_EQ(taxonomy.Find(""), nullptr);
}

TEST(BuiltinTaxonomy, TheShippedFileIsWellFormed) {
  const Taxonomy file = Taxonomy::FromTsv(ReadFile(RESUMAX_SKILLS_TSV));
  EXPECT_EQ(file.skipped_lines(), 0u);
  EXPECT_GE(file.size(), 2500u);
  EXPECT_EQ(Taxonomy::Builtin().size(), file.size()) << "the embedded copy is the shipped file";
  std::set<std::string> professions;
  std::size_t kinds[4] = {};
  for (const TaxonomyEntry& entry : file.entries()) {
    ++kinds[static_cast<int>(entry.kind)];
    professions.insert(entry.professions.begin(), entry.professions.end());
    // "=" marks an exact-case alias; a canonical name is what the product shows.
    EXPECT_FALSE(entry.canonical.starts_with("=")) << entry.canonical;
  }
  EXPECT_GE(kinds[static_cast<int>(EntryKind::kHard)], 1500u);
  EXPECT_GE(kinds[static_cast<int>(EntryKind::kSoft)], 60u);
  EXPECT_GE(kinds[static_cast<int>(EntryKind::kCertification)], 150u);
  EXPECT_GE(kinds[static_cast<int>(EntryKind::kTitle)], 300u);
  for (const char* tag : {"software", "data", "cloud", "security", "healthcare", "marketing",
                          "finance", "sales", "operations", "logistics", "trades", "education",
                          "hr", "legal", "support", "admin", "design"}) {
    EXPECT_TRUE(professions.count(tag)) << tag;
  }
}

TEST(BuiltinTaxonomy, KnowsTheCommonSpellings) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  const auto canonical = [&](std::string_view name) -> std::string {
    const TaxonomyEntry* entry = taxonomy.Find(name);
    return entry ? entry->canonical : "(none)";
  };
  EXPECT_EQ(canonical("k8s"), "Kubernetes");
  EXPECT_EQ(canonical("JS"), "JavaScript");
  EXPECT_EQ(canonical("Postgres"), "PostgreSQL");
  EXPECT_EQ(canonical("MS Excel"), "Microsoft Excel");
  EXPECT_EQ(canonical("Emergency Severity Index"), "Emergency Severity Index");
  EXPECT_EQ(canonical("ESI"), "Emergency Severity Index");
  EXPECT_EQ(canonical("EHR"), "EMR");
  EXPECT_EQ(canonical("Certified Public Accountant"), "CPA");
  EXPECT_EQ(canonical("generally accepted accounting principles"), "GAAP");
  EXPECT_EQ(canonical("A/P"), "Accounts payable");
  EXPECT_EQ(canonical("OSHA 30-Hour"), "OSHA 30");
  EXPECT_EQ(canonical("forklift certified"), "Forklift certification");
  EXPECT_EQ(canonical("Lean Six Sigma Green Belt"), "Six Sigma Green Belt");
  EXPECT_EQ(canonical("Project Management Professional"), "PMP");
  EXPECT_EQ(canonical("stakeholder engagement"), "Stakeholder management");
  EXPECT_EQ(taxonomy.Find("CISSP")->kind, EntryKind::kCertification);
  EXPECT_EQ(taxonomy.Find("Communication")->kind, EntryKind::kSoft);
}

TEST(BuiltinTaxonomy, CoversTheJobMetadataSkillNames) {
  // Names jobs::CollectSkills reports; AnalyzeJob maps them through the taxonomy.
  for (const char* name : {"REST APIs",
                           "CI/CD",
                           "Go",
                           "Excel",
                           "Reconciliation",
                           "Month-end close",
                           "EMR",
                           "Epic",
                           "RN license",
                           "Communication skills",
                           "Team leadership",
                           "Go-to-market strategy",
                           "Forklift",
                           "Teaching certification",
                           "KPIs",
                           "P&L management",
                           "Six Sigma",
                           "OSHA",
                           "HAZMAT",
                           "CDL",
                           "Spanish",
                           "Data analysis",
                           "Machine learning",
                           "LLMs",
                           "Auditing"}) {
    EXPECT_NE(Taxonomy::Builtin().Find(name), nullptr) << name;
  }
}

}  // namespace
}  // namespace resumax::optimize

#include "domain/matching/taxonomy_import.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "domain/matching/skill_matcher.h"

namespace resumax::optimize {
namespace {

namespace fs = std::filesystem;

class TaxonomyImportFixture : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() /
        ("resumax-taxonomy-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         "-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(dir_ / "esco");
    fs::create_directories(dir_ / "onet");
    Write("esco/esco_v1.1.1_skills_labels_tabiya.csv",
          "preferredLabel,altLabels,skillType\n"
          "manage musical staff,\"manage staff of music\n"
          "coordinate duties of musical staff\",skill/competence\n"
          "Python (computer programming),\"Python\n"
          "python programming\",knowledge\n"
          "Scratch (computer programming),Scratch programming,knowledge\n"
          "show initiative,\"take the initiative\n"
          "be a driving force\",skill/competence\n");
    Write("esco/esco_v1.2.0_transversalSkillsCollection_en.csv",
          "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
          "KnowledgeSkillCompetence,http://x/1,skill/competence,transversal,show initiative,\n");
    Write("esco/esco_v1.2.0_digitalSkillsCollection_en.csv",
          "conceptType,conceptUri,preferredLabel\n"
          "KnowledgeSkillCompetence,http://x/2,Scratch (computer programming)\n");
    Write("onet/technology_skills_v30.2.txt",
          "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\r\n"
          "15-1252.00\tKubernetes\t43232701\tApplication server software\tY\tY\r\n"
          "15-1252.00\tWidgetDB\t43232605\tDatabase software\tN\tN\r\n"
          "29-1141.00\tWidgetDB\t43232605\tDatabase software\tN\tN\r\n");
    std::string tools =
        "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\n"
        "29-1141.00\tStethoscopes\t42181604\tStethoscopes\n";
    for (int occupation = 0; occupation < 60; ++occupation) {
      tools += "11-" + std::to_string(1000 + occupation) + ".00\tPersonal computers\t1\tPCs\n";
    }
    Write("onet/tools_used_v29.2.txt", tools);
    Write("onet/alternate_titles_v29.2.txt",
          "O*NET-SOC Code\tAlternate Title\tShort Title\tSource(s)\n"
          "29-1141.00\tStaff Nurse\tn/a\t02\n"
          "29-1141.00\tRN (Registered Nurse)\tRN\t02,04\n"
          "15-1252.00\tSoftware Developer\tn/a\t08\n"
          "15-1252.00\tApplication Developer\tn/a\t08\n");
    Write("onet/occupation_data_v29.2.txt",
          "O*NET-SOC Code\tTitle\tDescription\n"
          "29-1141.00\tRegistered Nurses\tAssess patient health problems.\n"
          "15-1252.00\tSoftware Developers\tResearch, design, and develop software.\n");
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
  }
  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  fs::path dir_;
};

TEST_F(TaxonomyImportFixture, MergesTheSourcesWithBuiltInEntriesWinning) {
  const Taxonomy builtin = Taxonomy::FromTsv(
      "Kubernetes\thard\tsoftware\tk8s\n"
      "Python\thard\tsoftware\t\n"
      "Software Engineer\ttitle\tsoftware\tSoftware Developer\n");
  std::ostringstream out;
  const auto stats = ImportOpenTaxonomies(dir_, out, builtin);
  ASSERT_TRUE(stats.has_value()) << stats.error().message;
  EXPECT_EQ(stats->builtin_entries, 3u);
  EXPECT_EQ(stats->esco_concepts, 4u);
  EXPECT_EQ(stats->onet_technologies, 2u);
  EXPECT_EQ(stats->onet_tools, 1u);
  EXPECT_EQ(stats->onet_generic_tools, 1u);
  EXPECT_EQ(stats->onet_occupations, 2u);
  EXPECT_EQ(stats->duplicates, 2u);       // Python (ESCO) and Kubernetes (O*NET)
  EXPECT_EQ(stats->aliases_dropped, 1u);  // "Software Developer" is a built-in title's
  EXPECT_EQ(stats->entries_written, 10u);

  const std::string tsv = out.str();
  EXPECT_TRUE(tsv.starts_with("# Built-in resuMAX entries"));
  EXPECT_NE(tsv.find("O*NET"), std::string::npos);
  EXPECT_NE(tsv.find("ESCO classification of the European Commission"), std::string::npos);

  const Taxonomy merged = Taxonomy::FromTsv(tsv);
  EXPECT_EQ(merged.size(), 10u);
  EXPECT_EQ(merged.skipped_lines(), 0u);
  EXPECT_EQ(merged.Find("Kubernetes")->professions, std::vector<std::string>{"software"});
  const TaxonomyEntry* widget = merged.Find("widgetdb");
  ASSERT_NE(widget, nullptr);
  EXPECT_EQ(widget->professions, (std::vector<std::string>{"software", "healthcare"}));
  EXPECT_EQ(merged.Find("take the initiative")->kind, EntryKind::kSoft);
  EXPECT_EQ(merged.Find("manage staff of music")->canonical, "manage musical staff");
  EXPECT_EQ(merged.Find("Stethoscopes")->kind, EntryKind::kHard);
  EXPECT_EQ(merged.Find("Personal computers"), nullptr);
  const TaxonomyEntry* scratch = merged.Find("Scratch");
  ASSERT_NE(scratch, nullptr);
  EXPECT_EQ(scratch->professions, std::vector<std::string>{"software"});
  const SkillMatcher matcher(merged);
  EXPECT_TRUE(matcher.FindCanonical("built it from scratch").empty());
  EXPECT_EQ(matcher.FindCanonical("taught Scratch"), std::vector<std::string>{"Scratch"});
  ASSERT_EQ(merged.FindTitles("RN").size(), 1u);
  EXPECT_EQ(merged.entries()[merged.FindTitles("RN")[0]].canonical, "Registered Nurses");
  EXPECT_EQ(merged.entries()[merged.FindTitles("Staff Nurse")[0]].canonical, "Registered Nurses");
  EXPECT_EQ(merged.entries()[merged.FindTitles("Software Developer")[0]].canonical,
            "Software Engineer");
}

TEST(TaxonomyImport, FailsWithoutSourceFiles) {
  std::ostringstream out;
  const auto stats = ImportOpenTaxonomies("/nonexistent/taxonomy", out, Taxonomy::FromTsv(""));
  ASSERT_FALSE(stats.has_value());
  EXPECT_EQ(stats.error().code, "taxonomy_sources_missing");
  EXPECT_TRUE(out.str().empty());
}

TEST(TaxonomyImport, ImportsTheRealOpenDataSets) {
  const fs::path dir = RESUMAX_TAXONOMY_DIR;
  if (!fs::exists(dir / "esco") || !fs::exists(dir / "onet")) {
    GTEST_SKIP() << "The ESCO / O*NET files are not at " << dir
                 << " (see shared/data/taxonomy/SOURCES.md); nothing to import";
  }
  const Taxonomy& builtin = Taxonomy::Builtin();
  std::ostringstream out;
  const auto stats = ImportOpenTaxonomies(dir, out, builtin);
  ASSERT_TRUE(stats.has_value()) << stats.error().message;
  std::cout << "imported: " << stats->esco_concepts << " ESCO skills, " << stats->onet_technologies
            << " O*NET technologies, " << stats->onet_tools << " tools ("
            << stats->onet_generic_tools << " generic left out), " << stats->onet_occupations
            << " occupations' titles; " << stats->duplicates << " duplicates, "
            << stats->aliases_dropped << " aliases dropped; " << stats->entries_written
            << " entries written\n";
  EXPECT_EQ(stats->builtin_entries, builtin.size());
  EXPECT_GE(stats->esco_concepts, 13000u);
  EXPECT_LE(stats->esco_concepts, 15000u);
  EXPECT_GE(stats->onet_technologies, 8000u);
  EXPECT_LE(stats->onet_technologies, 9500u);
  EXPECT_GE(stats->onet_tools, 15000u);
  EXPECT_LE(stats->onet_tools, 18500u);
  EXPECT_GE(stats->onet_generic_tools, 10u);
  EXPECT_LE(stats->onet_generic_tools, 200u);
  EXPECT_GE(stats->onet_occupations, 900u);
  EXPECT_LE(stats->onet_occupations, 1100u);
  EXPECT_GE(stats->duplicates, 100u);
  EXPECT_GE(stats->entries_written, builtin.size() + 30000u);
  EXPECT_LE(stats->entries_written, builtin.size() + 45000u);

  const Taxonomy merged = Taxonomy::FromTsv(out.str());
  EXPECT_EQ(merged.skipped_lines(), 0u);
  EXPECT_GE(merged.size() + 200, stats->entries_written);  // a few canonical names repeat
  // Built-in entries win: the kind and canonical spelling stay ours.
  EXPECT_EQ(merged.Find("Kubernetes")->canonical, "Kubernetes");
  EXPECT_EQ(merged.Find("k8s")->canonical, "Kubernetes");
  EXPECT_EQ(merged.Find("Microsoft Excel")->kind, EntryKind::kHard);
  // Imported concepts: ESCO skills, O*NET products and tools, O*NET titles.
  ASSERT_NE(merged.Find("triage clients for physiotherapy"), nullptr);
  ASSERT_NE(merged.Find("Defibrillators"), nullptr);
  EXPECT_FALSE(merged.FindTitles("Triage Nurse").empty());
}

}  // namespace
}  // namespace resumax::optimize

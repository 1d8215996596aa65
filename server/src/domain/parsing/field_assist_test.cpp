#include "domain/parsing/field_assist.h"

#include <gtest/gtest.h>

namespace resumax::parsing {
namespace {

constexpr std::string_view kText =
    "PRIYA RAMAN 2024\n"
    "priya@example.com\n"
    "Experience\n"
    "Designer\tNorthwind Studio\tMarch 2019 – Present\n"
    "Made posters\n"
    "Education\n"
    "BA Graphic Design, Central Saint Martins\n";

document::ResumeDocument Parsed() {
  document::ResumeDocument document;
  document.contact.email = "priya@example.com";
  document.experience.push_back({"exp1", "Designer", "", "", {}, "", {"Made posters"}, 0.3});
  document.education.push_back({"edu1", "", "", "Central Saint Martins", "", {}, {}, 0.3});
  document.warnings = {
      {"contact", "", "name", "We could not find your name. Add it here.", 0},
      {"experience", "exp1", "company", "We found no employer here.", 0.3},
      {"experience", "exp1", "startDate", "We found no dates for this job.", 0.3},
      {"education", "edu1", "degree", "We found no degree here.", 0.3},
      {"skills", "skl1", "items", "Check them.", 0.5},
      {"experience", "gone", "title", "An entry that is not there.", 0.3},
  };
  return document;
}

TEST(FieldAssist, AsksAboutEachFlaggedFieldWithItsEntry) {
  const std::vector<FieldQuestion> questions = QuestionsFor(Parsed());
  std::vector<std::string> paths;
  for (const FieldQuestion& question : questions) paths.push_back(question.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"contact.name", "experience[0].company",
                                             "experience[0].dates", "education[0].degree"}));
  EXPECT_NE(questions[1].context.find("title: Designer"), std::string::npos);
  EXPECT_NE(questions[1].context.find("first line: Made posters"), std::string::npos);
  EXPECT_EQ(QuestionsFor(Parsed(), 2).size(), 2u);
}

TEST(FieldAssist, FillsOnlyWhatTheFileSays) {
  document::ResumeDocument document = Parsed();
  const std::vector<FieldQuestion> questions = QuestionsFor(document);
  const std::vector<FieldAnswer> answers = {
      {"contact.name", "Priya  Raman"},         // spacing and case differ from the text
      {"experience[0].company", "Google LLC"},  // not in the file: dropped
      {"experience[0].company", "Northwind Studio"},
      {"experience[0].dates", "March 2019 – Present"},
      {"education[0].degree", "BA Graphic Design"},
      {"experience[0].title", "Art Director"},           // not asked: dropped
      {"education[3].school", "Central Saint Martins"},  // no such entry
      {"experience[0].company", "Made posters"},         // answered already
  };
  EXPECT_EQ(ApplyAnswers(document, kText, questions, answers), 4u);
  EXPECT_EQ(document.contact.name, "Priya Raman");
  EXPECT_EQ(document.experience[0].company, "Northwind Studio");
  EXPECT_EQ(document.experience[0].title, "Designer");
  ASSERT_TRUE(document.experience[0].period.start);
  EXPECT_EQ(document::FormatDate(*document.experience[0].period.start), "2019-03");
  EXPECT_TRUE(document.experience[0].period.current);
  EXPECT_EQ(document.education[0].degree, "BA Graphic Design");
  // The filled fields stay flagged, saying who read them; the others keep their message.
  EXPECT_NE(document.warnings[0].message.find("AI assistant"), std::string::npos);
  EXPECT_NE(document.warnings[2].message.find("AI assistant"), std::string::npos);
  EXPECT_EQ(document.warnings[4].message, "Check them.");
}

TEST(FieldAssist, RefusesHostileAnswers) {
  document::ResumeDocument document = Parsed();
  const std::vector<FieldQuestion> questions = QuestionsFor(document);
  const std::string long_value(5000, 'a');
  const std::vector<FieldAnswer> answers = {
      {"contact.name", ""},
      {"contact.name", " "},
      {"contact.name", "P"},
      {"contact.name", long_value},
      {"experience[0].dates", "Northwind"},  // in the text but no date
      {"experience[99999999999999999999].company", "Northwind Studio"},
      {"experience[-1].company", "Northwind Studio"},
      {"experience[0]", "Northwind Studio"},
      {"education[0].degree\n", "BA"},
  };
  const document::ResumeDocument before = document;
  EXPECT_EQ(ApplyAnswers(document, kText, questions, answers), 0u);
  EXPECT_EQ(document, before);
}

}  // namespace
}  // namespace resumax::parsing

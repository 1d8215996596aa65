#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <string>

#include "adapters/documents/resume_reader.h"
#include "domain/document/document_test_support.h"
#include "domain/export/export_test_support.h"
#include "domain/export/renderers.h"

namespace resumax::exporting {
namespace {

namespace json = boost::json;
using testing::Str;

TEST(PrintedResume, ReadsSectionsAndFormatsDates) {
  const PrintedResume document = FromSections(testing::SampleSections());
  EXPECT_EQ(document.contact.name, "Dana Whitfield");
  ASSERT_EQ(document.experience.size(), 2u);
  EXPECT_EQ(document.experience[0].dates, "Mar 2021 \u2013 Present");
  EXPECT_EQ(document.experience[1].dates, "Jun 2017 \u2013 Feb 2021");
  EXPECT_EQ(document.education[0].dates, "Sep 2013 \u2013 Jun 2017");
  EXPECT_EQ(DateRange({document::Date{2019}, std::nullopt, false}), "2019");
  EXPECT_EQ(DateRange({std::nullopt, document::Date{2020, 2}, false}), "Feb 2020");
  EXPECT_EQ(DateRange({document::Date{2020, 2}, std::nullopt, true}), "Feb 2020 \u2013 Present");
  EXPECT_EQ(DateRange({}), "");
  EXPECT_EQ(FormatMonth({2021, 12}), "Dec 2021");
}

TEST(PrintedResume, IgnoresMistypedFields) {
  const auto sections =
      json::parse(R"({"contact": 5, "summary": ["x"], "experience": [1, {"title": 2,
      "company": "Acme", "bullets": [null, "Shipped\u0007 it"]}], "skills": "Go", "other": [{}]})")
          .as_object();
  const PrintedResume document = FromSections(sections);
  EXPECT_EQ(document.contact.name, "");
  EXPECT_EQ(document.summary, "");
  ASSERT_EQ(document.experience.size(), 1u);
  EXPECT_EQ(document.experience[0].company, "Acme");
  ASSERT_EQ(document.experience[0].bullets.size(), 1u);
  EXPECT_EQ(document.experience[0].bullets[0], "Shipped it");
  EXPECT_TRUE(document.skills.empty());
  EXPECT_TRUE(document.other.empty());
  EXPECT_EQ(RenderText(FromSections(json::object())), "");
}

TEST(TextRenderer, LaysOutTheStandardSections) {
  const std::string text = RenderText(FromSections(testing::SampleSections()));
  EXPECT_EQ(text.substr(0, text.find('\n')), "Dana Whitfield");
  for (const char* heading : {"\nSUMMARY\n", "\nEXPERIENCE\n", "\nEDUCATION\n", "\nSKILLS\n",
                              "\nPROJECTS\n", "\nCERTIFICATIONS\n"}) {
    EXPECT_NE(text.find(heading), std::string::npos) << heading;
  }
  EXPECT_NE(text.find("Senior Software Engineer | Mar 2021 \u2013 Present\n"), std::string::npos)
      << text;
  EXPECT_NE(text.find("\u2022 Led the on-call rotation"), std::string::npos);
}

TEST(TextRenderer, OwnParserReadsItBack) {
  const json::object sections = testing::SampleSections();
  const std::string text = RenderText(FromSections(sections));
  auto parsed = documents::ParseResume(text, "text/plain", {});
  ASSERT_TRUE(parsed) << parsed.error().message;
  const json::object back = document::testing::Sections(parsed->document);
  EXPECT_EQ(Str(back.at("contact").at("name")), "Dana Whitfield");
  EXPECT_EQ(Str(back.at("contact").at("email")), "dana.whitfield@example.com");
  const json::array& jobs = back.at("experience").as_array();
  ASSERT_EQ(jobs.size(), 2u) << json::serialize(back);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const json::object& expected = sections.at("experience").as_array()[i].as_object();
    EXPECT_EQ(Str(jobs[i].at("title")), Str(expected.at("title")));
    EXPECT_EQ(Str(jobs[i].at("company")), Str(expected.at("company")));
    EXPECT_EQ(jobs[i].at("bullets"), expected.at("bullets"));
  }
  EXPECT_EQ(Str(back.at("education").as_array()[0].at("school")),
            "University of California, Davis");
}

}  // namespace
}  // namespace resumax::exporting

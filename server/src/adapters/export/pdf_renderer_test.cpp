#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <string>
#include <thread>
#include <vector>

#include "adapters/documents/resume_reader.h"
#include "adapters/export/writers.h"
#include "domain/document/document_test_support.h"
#include "domain/export/export_test_support.h"

namespace resumax::exporting {
namespace {

namespace json = boost::json;
using testing::HaveCommand;
using testing::SampleSections;
using testing::Shell;
using testing::Str;
using testing::WriteTemp;

constexpr Template kTemplates[] = {Template::kClassic, Template::kModern, Template::kCompact};

TEST(PdfRenderer, WritesAPdfWithMetadata) {
  const std::string pdf =
      RenderPdf(FromSections(SampleSections()),
                {.title = "Dana Whitfield - Resume", .author = "Dana Whitfield"});
  ASSERT_GT(pdf.size(), 1000u);
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  if (!HaveCommand("pdfinfo")) GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
  const auto path = WriteTemp("meta.pdf", pdf);
  const auto info = Shell("pdfinfo '" + path.string() + "'");
  ASSERT_TRUE(info);
  EXPECT_NE(info->find("Dana Whitfield - Resume"), std::string::npos) << *info;
  EXPECT_NE(info->find("612 x 792 pts (letter)"), std::string::npos) << *info;
  EXPECT_NE(info->find("Pages:           1"), std::string::npos) << *info;
}

TEST(PdfRenderer, OwnParserReadsBackEveryTemplate) {
  const json::object sections = SampleSections();
  for (const Template layout : kTemplates) {
    for (const PaperSize paper : {PaperSize::kLetter, PaperSize::kA4}) {
      SCOPED_TRACE(std::string(TemplateName(layout)) + " " + std::string(PaperSizeName(paper)));
      const std::string pdf = RenderPdf(FromSections(sections), {.layout = layout, .paper = paper});
      auto parsed = documents::ParseResume(pdf, "application/pdf", {});
      ASSERT_TRUE(parsed) << parsed.error().message;
      const json::object back = document::testing::Sections(parsed->document);
      const json::object& contact = back.at("contact").as_object();
      EXPECT_EQ(Str(contact.at("name")), "Dana Whitfield");
      EXPECT_EQ(Str(contact.at("email")), "dana.whitfield@example.com");
      EXPECT_EQ(Str(contact.at("phone")), "+1 415 555 0142");
      const json::array& jobs = back.at("experience").as_array();
      const json::array& expected_jobs = sections.at("experience").as_array();
      ASSERT_EQ(jobs.size(), expected_jobs.size()) << json::serialize(back);
      for (std::size_t i = 0; i < jobs.size(); ++i) {
        const json::object& job = jobs[i].as_object();
        const json::object& expected = expected_jobs[i].as_object();
        EXPECT_EQ(Str(job.at("title")), Str(expected.at("title")));
        EXPECT_EQ(Str(job.at("company")), Str(expected.at("company")));
        EXPECT_EQ(Str(job.at("startDate")), Str(expected.at("startDate")));
        EXPECT_EQ(job.at("bullets"), expected.at("bullets"));
      }
      const json::array& schools = back.at("education").as_array();
      ASSERT_EQ(schools.size(), 1u) << json::serialize(back);
      EXPECT_EQ(Str(schools[0].at("degree")), "B.S. Computer Science");
      EXPECT_EQ(Str(schools[0].at("school")), "University of California, Davis");
      std::string skills;
      for (const json::value& skill : document::testing::SkillItems(back))
        skills += Str(skill) + ";";
      for (const json::value& skill : document::testing::SkillItems(sections)) {
        EXPECT_NE(skills.find(Str(skill) + ";"), std::string::npos) << Str(skill);
      }
    }
  }
}

TEST(PdfRenderer, PdftotextKeepsTheReadingOrder) {
  if (!HaveCommand("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const json::object sections = SampleSections();
  std::vector<std::string> expected = {"Dana Whitfield"};
  for (const json::value& job : sections.at("experience").as_array()) {
    expected.push_back(Str(job.at("title")));
    for (const json::value& bullet : job.at("bullets").as_array()) expected.push_back(Str(bullet));
  }
  expected.push_back("B.S. Computer Science");
  for (const Template layout : kTemplates) {
    SCOPED_TRACE(std::string(TemplateName(layout)));
    const auto path = WriteTemp("order.pdf", RenderPdf(FromSections(sections), {.layout = layout}));
    auto text = Shell("pdftotext '" + path.string() + "' -");
    ASSERT_TRUE(text);
    const std::string folded = testing::Folded(*text);
    std::size_t at = 0;
    for (const std::string& line : expected) {
      const std::size_t found = folded.find(line, at);
      ASSERT_NE(found, std::string::npos) << "'" << line << "' missing or out of order in\n"
                                          << folded;
      at = found + line.size();
    }
  }
}

TEST(PdfRenderer, EmbedsSubsetFonts) {
  if (!HaveCommand("pdffonts")) GTEST_SKIP() << "pdffonts (poppler-utils) is not installed";
  const std::pair<Template, const char*> expected[] = {{Template::kClassic, "LiberationSerif"},
                                                       {Template::kModern, "Carlito"},
                                                       {Template::kCompact, "LiberationSans"}};
  for (const auto& [layout, family] : expected) {
    const auto path =
        WriteTemp("fonts.pdf", RenderPdf(FromSections(SampleSections()), {.layout = layout}));
    const auto fonts = Shell("pdffonts '" + path.string() + "'");
    ASSERT_TRUE(fonts);
    EXPECT_NE(fonts->find(family), std::string::npos)
        << family << " is not installed (scripts/install-deps installs it)\n"
        << *fonts;
    // Every font line (after the two header lines) says emb yes, sub yes.
    std::size_t lines = 0;
    std::size_t start = fonts->find('\n', fonts->find('\n') + 1) + 1;
    while (start < fonts->size()) {
      const std::size_t end = fonts->find('\n', start);
      const std::string line = fonts->substr(start, end - start);
      if (!line.empty()) {
        ++lines;
        EXPECT_NE(line.find(" yes yes "), std::string::npos) << line;
      }
      if (end == std::string::npos) break;
      start = end + 1;
    }
    EXPECT_GE(lines, 2u) << *fonts;
  }
}

// The email, phone and links of the contact line are clickable in every template.
TEST(PdfRenderer, ContactDetailsAreLinks) {
  for (const Template layout : kTemplates) {
    SCOPED_TRACE(std::string(TemplateName(layout)));
    const std::string pdf = RenderPdf(FromSections(SampleSections()), {.layout = layout});
    EXPECT_NE(pdf.find("/URI (mailto:dana.whitfield@example.com)"), std::string::npos);
    EXPECT_NE(pdf.find("/URI (tel:+14155550142)"), std::string::npos);
    EXPECT_NE(pdf.find("/URI (https://github.com/danaw)"), std::string::npos);
  }
  // Something a link attribute cannot carry stays text only.
  PrintedResume odd;
  odd.contact.name = "Odd";
  odd.contact.email = "o'brien@example.com";
  EXPECT_EQ(RenderPdf(odd, {}).find("/URI"), std::string::npos);
}

TEST(PdfRenderer, A4AndLetter) {
  if (!HaveCommand("pdfinfo")) GTEST_SKIP() << "pdfinfo (poppler-utils) is not installed";
  const auto path =
      WriteTemp("a4.pdf", RenderPdf(FromSections(SampleSections()), {.paper = PaperSize::kA4}));
  const auto info = Shell("pdfinfo '" + path.string() + "'");
  ASSERT_TRUE(info);
  EXPECT_NE(info->find("(A4)"), std::string::npos) << *info;
}

// A heading is never the last line of a page: whatever the length of the sections before it,
// the heading moves to the next page with its first entry.
TEST(PdfRenderer, NeverLeavesAHeadingAtTheFootOfAPage) {
  if (!HaveCommand("pdftotext")) GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
  const std::vector<std::string> headings = {
      "SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS", "PROJECTS",       "CERTIFICATIONS",
      "Summary", "Experience", "Education", "Skills", "Certifications", "Projects"};
  int multi_page = 0;
  for (const Template layout : kTemplates) {
    for (int extra = 0; extra < 40; ++extra) {
      json::object sections = SampleSections();
      json::array& bullets = sections["experience"].as_array()[0].as_object()["bullets"].as_array();
      for (int i = 0; i < extra; ++i) {
        bullets.emplace_back("Delivered improvement number " + std::to_string(i) +
                             " to the platform with measurable results for customers");
      }
      const auto path =
          WriteTemp("pages.pdf", RenderPdf(FromSections(sections), {.layout = layout}));
      const auto text = Shell("pdftotext -layout '" + path.string() + "' -");
      ASSERT_TRUE(text);
      std::size_t page_start = 0;
      int page = 0;
      while (true) {
        const std::size_t page_end = text->find('\f', page_start);
        if (page_end == std::string::npos) break;
        ++page;
        std::string last;
        std::size_t line_start = page_start;
        while (line_start < page_end) {
          std::size_t line_end = text->find('\n', line_start);
          if (line_end == std::string::npos || line_end > page_end) line_end = page_end;
          std::string line = text->substr(line_start, line_end - line_start);
          while (!line.empty() && line.back() == ' ') line.pop_back();
          while (!line.empty() && line.front() == ' ') line.erase(0, 1);
          if (!line.empty()) last = line;
          line_start = line_end + 1;
        }
        if (page_end + 1 < text->size()) {
          ++multi_page;
          for (const std::string& heading : headings) {
            EXPECT_NE(last, heading)
                << TemplateName(layout) << " extra=" << extra << " page " << page;
          }
        }
        page_start = page_end + 1;
      }
    }
  }
  EXPECT_GT(multi_page, 10);  // the sweep did cross page boundaries
}

// The API renders on several threads at once: every thread's documents come out whole.
TEST(PdfRenderer, RendersOnManyThreadsAtOnce) {
  const PrintedResume document = FromSections(SampleSections());
  std::vector<std::string> names(4 * 6);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (std::size_t run = 0; run < 6; ++run) {
        const std::string pdf = RenderPdf(document, {.layout = kTemplates[(t + run) % 3]});
        auto parsed = documents::ParseResume(pdf, "application/pdf", {});
        names[t * 6 + run] =
            parsed ? Str(document::testing::Sections(parsed->document).at("contact").at("name"))
                   : "";
      }
    });
  }
  for (auto& thread : threads) thread.join();
  for (const std::string& name : names) EXPECT_EQ(name, "Dana Whitfield");
}

TEST(PdfRenderer, SurvivesHostileContent) {
  std::vector<PrintedResume> documents(5);
  documents[1].contact.name = std::string(10000, 'W');
  documents[1].summary = std::string(20000, 'x');
  documents[2].experience.push_back({"Engineer", "Acme", "", "2020", {}});
  for (int i = 0; i < 2000; ++i) {
    documents[2].experience[0].bullets.push_back("Bullet " + std::to_string(i));
  }
  documents[3].contact.name = "Zoë 李小龙 مرحبا 🚀";
  documents[3].summary = "Line one\n\n\nLine two with \u200b zero width and \u202e override";
  documents[3].other.push_back({"Languages", "English\nEspañol\n日本語"});
  documents[4].skills.assign(500, "C++");
  for (const PrintedResume& document : documents) {
    for (const Template layout : kTemplates) {
      const std::string pdf = RenderPdf(document, {.layout = layout});
      EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
      auto parsed = documents::ParseResume(pdf, "application/pdf", {.max_pages = 200});
      EXPECT_TRUE(parsed || parsed.error().code == "too_many_pages" ||
                  parsed.error().code == "no_text_layer" || parsed.error().code == "empty_document")
          << parsed.error().code;
    }
  }
}

}  // namespace
}  // namespace resumax::exporting

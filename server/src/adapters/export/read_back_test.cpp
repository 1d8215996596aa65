// Every export reads back whole: each of the generated corpus's people (corpus/people, 36 people
// of ten professions written for the corpus, in the repository) as a document, rendered in every
// template on every paper size as PDF and as DOCX, and read back by the project's own reader:
// every field the ATS report checks (name, e-mail, phone, each job's title, employer and dates,
// each degree and school, each skill) comes back as it was.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "adapters/documents/resume_reader.h"
#include "adapters/export/writers.h"
#include "domain/ats/ats_report.h"
#include "domain/document/resume_document.h"
#include "domain/export/resume_document.h"

namespace resumax::exporting {
namespace {

namespace json = boost::json;

std::string Text(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : "";
}

std::optional<document::Date> DateOf(const json::object& object, std::string_view key) {
  return document::ParseDate(Text(object, key));
}

// A corpus person (corpus/README.md describes the format) as the document a user keeps.
document::ResumeDocument FromPerson(const json::object& person) {
  document::ResumeDocument doc;
  doc.contact.name = Text(person, "name");
  doc.contact.post_nominals = Text(person, "postNominals");
  doc.contact.headline = Text(person, "headline");
  doc.contact.email = Text(person, "email");
  doc.contact.phone = Text(person, "phone");
  if (const json::value* location = person.if_contains("location");
      location && location->is_object()) {
    for (std::string_view key : {"city", "region", "country"}) {
      const std::string part = Text(location->get_object(), key);
      if (part.empty()) continue;
      if (!doc.contact.location.empty()) doc.contact.location += ", ";
      doc.contact.location += part;
    }
  }
  for (const json::value& link : person.at("links").as_array()) {
    const std::string url = Text(link.as_object(), "url");
    doc.contact.links.push_back({document::GuessLinkKind(url), url});
  }
  doc.summary = Text(person, "summary");
  for (const json::value& item : person.at("experience").as_array()) {
    const json::object& job = item.as_object();
    document::Experience entry;
    entry.title = Text(job, "title");
    entry.company = Text(job, "company");
    entry.location = Text(job, "location");
    entry.period.start = DateOf(job, "start");
    entry.period.end = DateOf(job, "end");
    entry.period.current = !entry.period.end;
    for (const json::value& bullet : job.at("bullets").as_array()) {
      entry.bullets.emplace_back(bullet.as_string());
    }
    doc.experience.push_back(std::move(entry));
  }
  for (const json::value& item : person.at("education").as_array()) {
    const json::object& school = item.as_object();
    document::Education entry;
    entry.degree = Text(school, "degree");
    entry.school = Text(school, "school");
    entry.location = Text(school, "location");
    entry.period.start = DateOf(school, "start");
    entry.period.end = DateOf(school, "end");
    doc.education.push_back(std::move(entry));
  }
  for (const json::value& item : person.at("skills").as_array()) {
    document::SkillGroup group;
    group.group = Text(item.as_object(), "group");
    for (const json::value& skill : item.at("items").as_array()) {
      group.items.emplace_back(skill.as_string());
    }
    doc.skills.push_back(std::move(group));
  }
  for (const json::value& item : person.at("certifications").as_array()) {
    const json::object& certificate = item.as_object();
    doc.certifications.push_back(
        {"", Text(certificate, "name"), Text(certificate, "issuer"), DateOf(certificate, "date")});
  }
  for (const json::value& item : person.at("languages").as_array()) {
    doc.languages.push_back(
        {"", Text(item.as_object(), "language"), Text(item.as_object(), "fluency")});
  }
  return doc;
}

std::vector<std::pair<std::string, document::ResumeDocument>> People() {
  std::vector<std::pair<std::string, document::ResumeDocument>> people;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(RESUMAX_CORPUS_PEOPLE_DIR)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    people.emplace_back(path.stem().string(), FromPerson(json::parse(buffer.str()).as_object()));
  }
  return people;
}

using Combination = std::tuple<Template, PaperSize, bool>;  // docx when true

class ReadBack : public ::testing::TestWithParam<Combination> {};

TEST_P(ReadBack, EveryPersonsFieldsComeBack) {
  const auto [layout, paper, docx] = GetParam();
  const auto people = People();
  ASSERT_GE(people.size(), 20u);
  const Renderers renderers = DefaultRenderers();
  int fields = 0;
  for (const auto& [id, doc] : people) {
    const PrintedResume printed = ForPrint(doc);
    const RenderOptions options = OptionsFor(printed, layout, paper);
    const std::string file = (docx ? renderers.docx : renderers.pdf)->Render(printed, options);
    const std::string mime = docx ? "application/vnd.openxmlformats-officedocument."
                                    "wordprocessingml.document"
                                  : "application/pdf";
    auto read = documents::ParseResume(file, mime, {});
    ASSERT_TRUE(read) << id << ": " << read.error().code;
    ats::ReportInput input;
    input.read_back = read->document;
    input.document = doc;
    const ats::Report report = ats::BuildReport(input);
    fields += static_cast<int>(report.fields.size());
    for (const ats::FieldCheck& field : report.fields) {
      EXPECT_EQ(field.status, "ok") << id << " " << field.path << ": want [" << field.expected
                                    << "] got [" << field.found << "]";
    }
  }
  EXPECT_GT(fields, 36 * 15);
}

std::string Name(const ::testing::TestParamInfo<Combination>& info) {
  const auto [layout, paper, docx] = info.param;
  return std::string(TemplateName(layout)) + "_" + std::string(PaperSizeName(paper)) + "_" +
         (docx ? "docx" : "pdf");
}

INSTANTIATE_TEST_SUITE_P(
    AllTemplates, ReadBack,
    ::testing::Combine(::testing::Values(Template::kClassic, Template::kModern, Template::kCompact),
                       ::testing::Values(PaperSize::kLetter, PaperSize::kA4), ::testing::Bool()),
    Name);

}  // namespace
}  // namespace resumax::exporting

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <zip.h>

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/documents/resume_reader.h"
#include "adapters/export/writers.h"
#include "domain/document/document_test_support.h"
#include "domain/export/export_test_support.h"

namespace resumax::exporting {
namespace {

namespace json = boost::json;
using testing::Str;

constexpr std::string_view kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

PrintedResume SampleResume() {
  PrintedResume resume;
  resume.contact = {"Dana Whitfield",
                    "dana.whitfield@example.com",
                    "(503) 555-0142",
                    "Portland, OR",
                    {"linkedin.com/in/danawhitfield"}};
  resume.summary =
      "Backend engineer with seven years of experience building payment and logistics services "
      "in Go and Python.\nKnown for calm on-call leadership and clear design documents.";
  resume.experience = {
      {"Senior Software Engineer",
       "Northwind Traders",
       "Portland, OR",
       "Mar 2021 \u2013 Present",
       {"Cut p95 checkout latency by 40% (310 ms \u2013 185 ms) by reworking the pricing cache",
        "Led five engineers through the caf\u00e9 ordering redesign, shipped in ten weeks",
        "Replaced ad-hoc query strings with a typed <Query> & <Filter> API used by 12 services",
        "Ran the on-call rotation and wrote the incident review process"}},
      {"Software Engineer",
       "Contoso Analytics",
       "Seattle, WA",
       "Jun 2017 \u2013 Feb 2021",
       {"Built a Python ingestion pipeline that processes 2M events per day",
        "Designed the billing reconciliation job that recovered $180K in missed invoices",
        "Mentored three junior engineers through their first production launches"}}};
  resume.education = {
      {"B.S. Computer Science", "University of Washington", "Seattle, WA", "2013 \u2013 2017"}};
  resume.skills = {"Go", "Python", "PostgreSQL", "Kubernetes", "gRPC", "Terraform"};
  resume.projects = {{"Trailhead Route Planner",
                      {"Open-source planner that finds hiking routes in OpenStreetMap data",
                       "Used by 3,000 hikers a month"}}};
  resume.certifications = {"AWS Certified Solutions Architect \u2013 Associate"};
  resume.other = {
      {"Volunteering", "Mentor at Code the Dream\nOrganizer of the Portland Go meetup"}};
  return resume;
}

RenderOptions SampleOptions() {
  return {.title = "Dana Whitfield \u2013 Resume", .author = "Dana Whitfield"};
}

// Every entry of a ZIP archive by name; a failure when libzip finds the archive inconsistent.
std::map<std::string, std::string> Unzip(const std::string& bytes) {
  std::map<std::string, std::string> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr
                       ? nullptr
                       : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    ADD_FAILURE() << "not a valid zip: " << zip_error_strerror(&error);
    if (source != nullptr) zip_source_free(source);
    zip_error_fini(&error);
    return entries;
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t index = 0; index < count; ++index) {
    const auto at = static_cast<zip_uint64_t>(index);
    zip_stat_t stat;
    zip_stat_init(&stat);
    zip_file_t* file = zip_fopen_index(archive, at, 0);
    if (zip_stat_index(archive, at, 0, &stat) != 0 || file == nullptr) {
      ADD_FAILURE() << "cannot read entry " << index;
      if (file != nullptr) zip_fclose(file);
      continue;
    }
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    EXPECT_EQ(zip_fread(file, data.data(), stat.size), static_cast<zip_int64_t>(stat.size));
    zip_fclose(file);
    entries[stat.name] = std::move(data);
  }
  zip_discard(archive);
  return entries;
}

struct Paragraph {
  std::string style;
  std::string text;  // w:t text, w:tab as '\t', w:br as '\n'
};

// A rendered DOCX unzipped, with its main XML parts parsed.
struct Docx {
  explicit Docx(const std::string& bytes) : parts(Unzip(bytes)) {
    for (const auto& [name, xml] : parts) {
      if (!name.ends_with(".xml") && !name.ends_with(".rels")) continue;
      auto document = std::make_unique<pugi::xml_document>();
      const pugi::xml_parse_result result = document->load_buffer(xml.data(), xml.size());
      EXPECT_TRUE(result) << name << ": " << result.description();
      xml_parts[name] = std::move(document);
    }
  }

  pugi::xml_node Root(const std::string& name) const {
    const auto found = xml_parts.find(name);
    return found == xml_parts.end() ? pugi::xml_node() : found->second->document_element();
  }

  pugi::xml_node Style(const char* id) const {
    return Root("word/styles.xml").find_child_by_attribute("w:style", "w:styleId", id);
  }

  std::vector<Paragraph> Paragraphs() const {
    std::vector<Paragraph> paragraphs;
    for (pugi::xml_node node : Root("word/document.xml").child("w:body").children("w:p")) {
      Paragraph paragraph{node.child("w:pPr").child("w:pStyle").attribute("w:val").value(), {}};
      auto read_run = [&paragraph](pugi::xml_node run) {
        for (pugi::xml_node child : run.children()) {
          const std::string_view name = child.name();
          if (name == "w:t") paragraph.text += child.text().get();
          if (name == "w:tab") paragraph.text += '\t';
          if (name == "w:br") paragraph.text += '\n';
        }
      };
      // Runs directly in the paragraph or inside a hyperlink, in document order.
      for (pugi::xml_node child : node.children()) {
        const std::string_view name = child.name();
        if (name == "w:r") read_run(child);
        if (name == "w:hyperlink") {
          for (pugi::xml_node run : child.children("w:r")) read_run(run);
        }
      }
      paragraphs.push_back(std::move(paragraph));
    }
    return paragraphs;
  }

  std::map<std::string, std::string> parts;
  std::map<std::string, std::unique_ptr<pugi::xml_document>> xml_parts;
};

// A fresh directory under the system temporary directory, removed with the object.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "resumax-docx-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

  std::filesystem::path Write(const std::string& name, const std::string& bytes) const {
    const std::filesystem::path file = path_ / name;
    std::ofstream(file, std::ios::binary)
        .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return file;
  }

 private:
  std::filesystem::path path_;
};

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

int Shell(const std::string& command) {
  const int status = std::system(command.c_str());
  return status != -1 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(DocxWriter, OwnReaderReadsItBack) {
  const PrintedResume resume = SampleResume();
  TempDir directory;
  const auto path = directory.Write("resume.docx", RenderDocx(resume, SampleOptions()));
  const auto parsed = documents::ParseResume(ReadFile(path), kDocxType, {});
  ASSERT_TRUE(parsed) << parsed.error().message;
  const json::object back = document::testing::Sections(parsed->document);
  SCOPED_TRACE(json::serialize(back));

  const json::object& contact = back.at("contact").as_object();
  EXPECT_EQ(Str(contact.at("name")), "Dana Whitfield");
  EXPECT_EQ(Str(contact.at("email")), "dana.whitfield@example.com");
  EXPECT_EQ(Str(contact.at("phone")), "(503) 555-0142");
  EXPECT_EQ(Str(contact.at("location")), "Portland, OR");
  EXPECT_NE(Str(back.at("summary")).find("calm on-call leadership"), std::string::npos);

  const json::array& jobs = back.at("experience").as_array();
  ASSERT_EQ(jobs.size(), resume.experience.size());
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const json::object& job = jobs[i].as_object();
    const ExperienceEntry& expected = resume.experience[i];
    EXPECT_EQ(Str(job.at("title")), expected.title);
    EXPECT_EQ(Str(job.at("company")), expected.company);
    EXPECT_EQ(Str(job.at("location")), expected.location);
    const json::array& bullets = job.at("bullets").as_array();
    ASSERT_EQ(bullets.size(), expected.bullets.size());
    for (std::size_t k = 0; k < bullets.size(); ++k) {
      EXPECT_EQ(Str(bullets[k]), expected.bullets[k]);
    }
  }
  EXPECT_EQ(Str(jobs[0].at("startDate")), "2021-03");
  EXPECT_TRUE(jobs[0].at("current").as_bool());
  EXPECT_EQ(Str(jobs[1].at("endDate")), "2021-02");

  const json::array& schools = back.at("education").as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(Str(schools[0].at("degree")), "B.S. Computer Science");
  EXPECT_EQ(Str(schools[0].at("school")), "University of Washington");

  std::vector<std::string> skills;
  for (const json::value& skill : document::testing::SkillItems(back)) skills.push_back(Str(skill));
  for (const std::string& skill : resume.skills) {
    EXPECT_NE(std::find(skills.begin(), skills.end(), skill), skills.end()) << skill;
  }

  const json::array& projects = back.at("projects").as_array();
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_EQ(Str(projects[0].at("name")), "Trailhead Route Planner");
  EXPECT_EQ(projects[0].at("bullets").as_array().size(), 2u);
  const json::array& certifications = back.at("certifications").as_array();
  ASSERT_EQ(certifications.size(), 1u);
  EXPECT_EQ(Str(certifications[0].at("name")), resume.certifications[0]);
}

TEST(DocxWriter, WritesWordprocessingMlWithStylesAndNumbering) {
  const PrintedResume resume = SampleResume();
  const std::string bytes = RenderDocx(resume, SampleOptions());
  const Docx docx(bytes);

  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
        "word/numbering.xml", "word/settings.xml", "word/_rels/document.xml.rels",
        "docProps/core.xml", "docProps/app.xml"}) {
    EXPECT_TRUE(docx.parts.count(part)) << part;
  }
  // Every part has its content type; relationship parts have theirs by extension.
  const pugi::xml_node types = docx.Root("[Content_Types].xml");
  EXPECT_TRUE(types.find_child_by_attribute("Default", "Extension", "rels"));
  for (const auto& [name, xml] : docx.parts) {
    if (name == "[Content_Types].xml" || name.ends_with(".rels")) continue;
    EXPECT_TRUE(types.find_child_by_attribute("Override", "PartName", ("/" + name).c_str()))
        << name;
  }
  std::vector<std::string> links;
  for (pugi::xml_node relationship : docx.Root("word/_rels/document.xml.rels").children()) {
    const std::string target = relationship.attribute("Target").value();
    if (std::string_view(relationship.attribute("TargetMode").value()) == "External") {
      links.push_back(target);
      continue;
    }
    EXPECT_TRUE(docx.parts.count("word/" + target)) << target;
  }
  // The contact line's email, phone and link are hyperlinks to external targets.
  EXPECT_EQ(links, (std::vector<std::string>{"mailto:dana.whitfield@example.com", "tel:5035550142",
                                             "https://linkedin.com/in/danawhitfield"}));
  EXPECT_EQ(docx.Root("word/document.xml")
                .child("w:body")
                .find_node([](pugi::xml_node node) {
                  return std::string_view(node.name()) == "w:hyperlink";
                })
                .attribute("r:id")
                .as_string(),
            std::string("rId4"));
  for (pugi::xml_node relationship : docx.Root("_rels/.rels").children()) {
    EXPECT_TRUE(docx.parts.count(relationship.attribute("Target").value()));
  }

  // Built-in style names, so Word and parsers know what each paragraph is.
  EXPECT_STREQ(docx.Style("Title").child("w:name").attribute("w:val").value(), "Title");
  EXPECT_STREQ(docx.Style("Heading1").child("w:name").attribute("w:val").value(), "heading 1");
  EXPECT_TRUE(docx.Style("Heading1").child("w:pPr").child("w:keepNext"));
  EXPECT_TRUE(docx.Style("EntryHeading").child("w:pPr").child("w:keepNext"));
  const pugi::xml_node list_bullet = docx.Style("ListBullet");
  EXPECT_STREQ(list_bullet.child("w:name").attribute("w:val").value(), "List Bullet");
  const std::string num_id =
      list_bullet.child("w:pPr").child("w:numPr").child("w:numId").attribute("w:val").value();
  ASSERT_FALSE(num_id.empty());
  const pugi::xml_node numbering = docx.Root("word/numbering.xml");
  const pugi::xml_node num = numbering.find_child_by_attribute("w:num", "w:numId", num_id.c_str());
  ASSERT_TRUE(num);
  const pugi::xml_node level =
      numbering
          .find_child_by_attribute("w:abstractNum", "w:abstractNumId",
                                   num.child("w:abstractNumId").attribute("w:val").value())
          .child("w:lvl");
  EXPECT_STREQ(level.child("w:numFmt").attribute("w:val").value(), "bullet");
  EXPECT_STREQ(level.child("w:lvlText").attribute("w:val").value(), "\u2022");

  // Every bullet is a List Bullet paragraph, and nothing else is.
  std::vector<std::string> bullets;
  for (const ExperienceEntry& entry : resume.experience) {
    bullets.insert(bullets.end(), entry.bullets.begin(), entry.bullets.end());
  }
  for (const ProjectEntry& entry : resume.projects) {
    bullets.insert(bullets.end(), entry.bullets.begin(), entry.bullets.end());
  }
  bullets.insert(bullets.end(), resume.certifications.begin(), resume.certifications.end());
  std::vector<std::string> listed;
  std::vector<std::string> headings;
  const std::vector<Paragraph> paragraphs = docx.Paragraphs();
  for (const Paragraph& paragraph : paragraphs) {
    if (paragraph.style == "ListBullet") listed.push_back(paragraph.text);
    if (paragraph.style == "Heading1") headings.push_back(paragraph.text);
  }
  EXPECT_EQ(listed, bullets);
  EXPECT_EQ(headings, (std::vector<std::string>{"Summary", "Experience", "Education", "Skills",
                                                "Projects", "Certifications", "Volunteering"}));
  ASSERT_GE(paragraphs.size(), 8u);
  EXPECT_EQ(paragraphs[0].style, "Title");
  EXPECT_EQ(paragraphs[0].text, "Dana Whitfield");
  EXPECT_EQ(paragraphs[1].style, "Contact");
  EXPECT_EQ(paragraphs[1].text, ContactLine(resume.contact));
  EXPECT_EQ(paragraphs[3].text,
            "Backend engineer with seven years of experience building payment "
            "and logistics services in Go and Python.");
  EXPECT_EQ(paragraphs[6].style, "EntryHeading");
  EXPECT_EQ(paragraphs[6].text, "Senior Software Engineer\tMar 2021 \u2013 Present");
  EXPECT_EQ(paragraphs[7].style, "EntryDetail");
  EXPECT_EQ(paragraphs[7].text, "Northwind Traders\tPortland, OR");

  // An entry's last line may part from what follows; a line with bullets under it may not.
  for (pugi::xml_node node : docx.Root("word/document.xml").child("w:body").children("w:p")) {
    const std::string_view text = node.child("w:r").child("w:t").text().get();
    const pugi::xml_node keep = node.child("w:pPr").child("w:keepNext");
    if (text == "University of Washington") {
      EXPECT_STREQ(keep.attribute("w:val").value(), "0");
    }
    if (text == "Northwind Traders") {
      EXPECT_FALSE(keep);
    }
  }

  // One column of paragraphs: no tables, text boxes, headers or footers.
  for (const auto& [name, xml] : docx.parts) {
    EXPECT_EQ(xml.find("<w:tbl"), std::string::npos) << name;
    EXPECT_EQ(xml.find("w:txbxContent"), std::string::npos) << name;
    EXPECT_EQ(xml.find("v:textbox"), std::string::npos) << name;
    EXPECT_FALSE(name.starts_with("word/header") || name.starts_with("word/footer")) << name;
  }
  EXPECT_TRUE(docx.Root("word/document.xml").child("w:body").last_child().name() ==
              std::string_view("w:sectPr"));

  const pugi::xml_node core = docx.Root("docProps/core.xml");
  EXPECT_STREQ(core.child("dc:title").text().get(), "Dana Whitfield \u2013 Resume");
  EXPECT_STREQ(core.child("dc:creator").text().get(), "Dana Whitfield");
  EXPECT_STREQ(core.child("dcterms:created").attribute("xsi:type").value(), "dcterms:W3CDTF");
  EXPECT_EQ(std::string_view(core.child("dcterms:modified").text().get()).size(), 20u);
  EXPECT_STREQ(docx.Root("docProps/app.xml").child("Application").text().get(), "resuMAX");
}

TEST(DocxWriter, EveryTemplateAndPaperSize) {
  struct Case {
    Template layout;
    const char* font;
    int margin;
  };
  for (const Case& expected :
       {Case{Template::kClassic, "Times New Roman", 1080}, Case{Template::kModern, "Calibri", 1080},
        Case{Template::kCompact, "Arial", 720}}) {
    for (const PaperSize paper : {PaperSize::kLetter, PaperSize::kA4}) {
      SCOPED_TRACE(std::string(TemplateName(expected.layout)) + " " +
                   std::string(PaperSizeName(paper)));
      const Docx docx(
          RenderDocx(SampleResume(), {.layout = expected.layout, .paper = paper, .title = "T"}));
      const pugi::xml_node section =
          docx.Root("word/document.xml").child("w:body").child("w:sectPr");
      const int width = section.child("w:pgSz").attribute("w:w").as_int();
      EXPECT_EQ(width, paper == PaperSize::kA4 ? 11906 : 12240);
      EXPECT_EQ(section.child("w:pgSz").attribute("w:h").as_int(),
                paper == PaperSize::kA4 ? 16838 : 15840);
      EXPECT_EQ(section.child("w:pgMar").attribute("w:left").as_int(), expected.margin);
      EXPECT_EQ(section.child("w:pgMar").attribute("w:right").as_int(), expected.margin);
      EXPECT_STREQ(docx.Root("word/styles.xml")
                       .child("w:docDefaults")
                       .child("w:rPrDefault")
                       .child("w:rPr")
                       .child("w:rFonts")
                       .attribute("w:ascii")
                       .value(),
                   expected.font);
      // The dates' tab stop sits at the right margin.
      EXPECT_EQ(docx.Style("EntryHeading")
                    .child("w:pPr")
                    .child("w:tabs")
                    .child("w:tab")
                    .attribute("w:pos")
                    .as_int(),
                width - 2 * expected.margin);
      const pugi::xml_node heading = docx.Style("Heading1");
      EXPECT_EQ(static_cast<bool>(heading.child("w:pPr").child("w:pBdr").child("w:bottom")),
                expected.layout != Template::kModern);
      if (expected.layout == Template::kModern) {
        EXPECT_STREQ(heading.child("w:rPr").child("w:color").attribute("w:val").value(), "1F5F74");
      }
      EXPECT_STREQ(docx.Style("Title").child("w:pPr").child("w:jc").attribute("w:val").value(),
                   expected.layout == Template::kClassic ? "center" : "left");
    }
  }
}

TEST(DocxWriter, EmptyDocumentIsStillAValidDocx) {
  const Docx docx(RenderDocx({}, {}));
  EXPECT_EQ(docx.parts.size(), 9u);
  const pugi::xml_node body = docx.Root("word/document.xml").child("w:body");
  EXPECT_TRUE(body.child("w:p"));
  EXPECT_TRUE(body.child("w:sectPr"));
  EXPECT_EQ(docx.Paragraphs().size(), 1u);
}

TEST(DocxWriter, HostileTextStaysWellFormedAndRoundTrips) {
  PrintedResume resume = SampleResume();
  const std::string long_word(10000, 'x');
  ExperienceEntry& job = resume.experience[0];
  job.title = "Engineer <w:p>]]></w:p>";
  job.dates.clear();
  job.bullets = {long_word, "ends with ]]> and <![CDATA[ opens", "<w:p><w:r><w:t>injected</w:t>",
                 "Shipped \U0001F680 rockets & \u4E2D\u6587 text \"quoted\" 'single'",
                 "controls\x01\x0B\x1F gone, invalid \xFF byte replaced"};
  for (int i = 0; i < 2000; ++i) job.bullets.push_back("Bullet number " + std::to_string(i));
  resume.summary = "Line one\n\nLine <two> & three";
  const std::string bytes = RenderDocx(resume, SampleOptions());
  const Docx docx(bytes);

  std::vector<std::string> listed;
  const std::vector<Paragraph> paragraphs = docx.Paragraphs();
  for (const Paragraph& paragraph : paragraphs) {
    if (paragraph.style == "ListBullet") listed.push_back(paragraph.text);
  }
  ASSERT_GE(listed.size(), job.bullets.size());
  EXPECT_EQ(listed[0], long_word);
  EXPECT_EQ(listed[1], job.bullets[1]);
  EXPECT_EQ(listed[2], job.bullets[2]);
  EXPECT_EQ(listed[3], job.bullets[3]);
  EXPECT_EQ(listed[4], "controls gone, invalid \uFFFD byte replaced");
  EXPECT_EQ(listed[2004], "Bullet number 1999");
  // No dates: the title stands alone, without a dangling tab.
  const auto heading = std::find_if(paragraphs.begin(), paragraphs.end(),
                                    [](const Paragraph& p) { return p.style == "EntryHeading"; });
  ASSERT_NE(heading, paragraphs.end());
  EXPECT_EQ(heading->text, "Engineer <w:p>]]></w:p>");
  EXPECT_EQ(std::count_if(paragraphs.begin(), paragraphs.end(),
                          [](const Paragraph& p) { return p.text == "Line <two> & three"; }),
            1);

  const auto parsed = documents::ParseResume(bytes, kDocxType, {});
  ASSERT_TRUE(parsed) << parsed.error().message;
  const json::object back = document::testing::Sections(parsed->document);
  const json::array& jobs = back.at("experience").as_array();
  ASSERT_FALSE(jobs.empty());
  std::vector<std::string> read;
  for (const json::value& job_value : jobs) {
    for (const json::value& bullet : job_value.at("bullets").as_array()) {
      read.push_back(Str(bullet));
    }
  }
  EXPECT_NE(std::find(read.begin(), read.end(), job.bullets[3]), read.end());
  EXPECT_NE(std::find(read.begin(), read.end(), "Bullet number 1999"), read.end());
}

TEST(DocxWriter, LibreOfficeConvertsItToPdf) {
  if (Shell("command -v soffice >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "soffice (LibreOffice) is not on PATH; install libreoffice-writer-nogui";
  }
  if (Shell("command -v pdftotext >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "pdftotext (poppler-utils) is not on PATH";
  }
  TempDir directory;
  for (const Template layout : {Template::kClassic, Template::kModern, Template::kCompact}) {
    SCOPED_TRACE(std::string(TemplateName(layout)));
    const std::string name = std::string(TemplateName(layout));
    const auto docx = directory.Write(name + ".docx",
                                      RenderDocx(SampleResume(), {.layout = layout, .title = "T"}));
    const std::string dir = directory.path().string();
    const int status = Shell("timeout 180 soffice -env:UserInstallation=file://" + dir +
                             "/profile --headless --norestore --convert-to pdf --outdir '" + dir +
                             "' '" + docx.string() + "' >'" + dir + "/soffice.log' 2>&1");
    ASSERT_EQ(status, 0) << ReadFile(directory.path() / "soffice.log");
    const auto pdf = directory.path() / (name + ".pdf");
    ASSERT_TRUE(std::filesystem::exists(pdf)) << ReadFile(directory.path() / "soffice.log");
    const auto text_path = directory.path() / (name + ".txt");
    ASSERT_EQ(Shell("pdftotext -layout '" + pdf.string() + "' '" + text_path.string() + "'"), 0);
    const std::string text = ReadFile(text_path);
    EXPECT_NE(text.find("Dana Whitfield"), std::string::npos) << text;
    EXPECT_NE(text.find("Ran the on-call rotation and wrote the incident review process"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\u2022"), std::string::npos) << text;
    EXPECT_NE(text.find("<Query> & <Filter>"), std::string::npos) << text;
  }
}

TEST(DocxWriter, RendersQuickly) {
  const PrintedResume resume = SampleResume();
  constexpr int kRounds = 50;
  const auto start = std::chrono::steady_clock::now();
  std::size_t bytes = 0;
  for (int i = 0; i < kRounds; ++i) bytes += RenderDocx(resume, SampleOptions()).size();
  const auto elapsed =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start);
  std::cout << "RenderDocx: " << elapsed.count() / kRounds << " ms per resume (" << bytes / kRounds
            << " bytes)\n";
}

}  // namespace
}  // namespace resumax::exporting

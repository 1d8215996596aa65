#include "adapters/documents/resume_reader.h"

#include <cairo/cairo-pdf.h>
#include <cairo/cairo.h>
#include <fontconfig/fontconfig.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <boost/json/serialize.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <utility>
#include <vector>

#include "domain/document/document_json.h"
#include "domain/document/document_test_support.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

// cairo and fontconfig keep font caches for the life of the process; free them at the end so
// LeakSanitizer reports only our leaks.
class FontCacheCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    cairo_debug_reset_static_data();
    FcFini();
  }
};
const ::testing::Environment* const kFontCacheCleanup =
    ::testing::AddGlobalTestEnvironment(new FontCacheCleanup);

constexpr std::string_view kPdf = "application/pdf";
constexpr std::string_view kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Fixture(const std::string& name) {
  return ReadFile(std::filesystem::path(RESUMAX_FIXTURES_DIR) / name);
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct PdfText {
  double x;
  double y;
  std::string text;
  double size = 10;
  bool bold = false;
  std::string link;  // a URI the text links to (a link annotation around it)
};
using PdfPage = std::vector<PdfText>;

// A US Letter PDF with the given words; image_only draws the text into a picture instead.
std::string MakePdf(const std::vector<PdfPage>& pages, bool image_only = false) {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, 612, 792);
  cairo_t* cr = cairo_create(surface);
  for (const PdfPage& page : pages) {
    if (image_only) {
      cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 300, 200);
      cairo_t* painter = cairo_create(image);
      cairo_set_source_rgb(painter, 1, 1, 1);
      cairo_paint(painter);
      cairo_set_source_rgb(painter, 0, 0, 0);
      cairo_move_to(painter, 10, 40);
      cairo_set_font_size(painter, 20);
      cairo_show_text(painter, "Scanned Resume");
      cairo_destroy(painter);
      cairo_set_source_surface(cr, image, 50, 50);
      cairo_paint(cr);
      cairo_surface_destroy(image);
    }
    for (const PdfText& text : page) {
      if (image_only) break;
      cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                             text.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size(cr, text.size);
      cairo_move_to(cr, text.x, text.y);
      if (!text.link.empty()) {
        cairo_tag_begin(cr, CAIRO_TAG_LINK, ("uri='" + text.link + "'").c_str());
      }
      cairo_show_text(cr, text.text.c_str());
      if (!text.link.empty()) cairo_tag_end(cr, CAIRO_TAG_LINK);
    }
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  return pdf;
}

std::string MakePng() {
  std::string png;
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 20, 20);
  cairo_surface_write_to_png_stream(image, AppendToString, &png);
  cairo_surface_destroy(image);
  return png;
}

// A zip archive written by libzip (through a temporary file) holding the given entries.
std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  static int counter = 0;
  const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("resumax-parsing-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
  int error = 0;
  zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, data] : entries) {
    zip_source_t* source = zip_source_buffer(zip, data.data(), data.size(), 0);
    const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_OVERWRITE);
    EXPECT_GE(index, 0);
    if (data.size() < 64)
      zip_set_file_compression(zip, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  }
  EXPECT_EQ(zip_close(zip), 0);
  std::string bytes = ReadFile(path);
  std::filesystem::remove(path);
  return bytes;
}

constexpr std::string_view kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape")"
    R"( xmlns:v="urn:schemas-microsoft-com:vml")";

// One paragraph; '\t' in text becomes a w:tab.
std::string Para(std::string_view text, std::string_view style = {}, bool numbered = false,
                 bool bold = false) {
  std::string runs;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = text.find('\t', start);
    runs += "<w:r>";
    if (bold) runs += "<w:rPr><w:b/></w:rPr>";
    runs += "<w:t xml:space=\"preserve\">" +
            std::string(text.substr(start, tab == std::string_view::npos ? tab : tab - start)) +
            "</w:t>";
    if (tab != std::string_view::npos) runs += "<w:tab/>";
    runs += "</w:r>";
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  std::string properties;
  if (!style.empty()) properties += "<w:pStyle w:val=\"" + std::string(style) + "\"/>";
  if (numbered) properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
  return "<w:p><w:pPr>" + properties + "</w:pPr>" + runs + "</w:p>";
}

std::string Document(const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document" +
         std::string(kNamespaces) + "><w:body>" + body + "</w:body></w:document>";
}

constexpr std::string_view kStyles =
    R"(<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
    R"(<w:style w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>)"
    R"(<w:style w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>)"
    R"(</w:styles>)";

std::string MakeDocx(const std::string& body,
                     std::vector<std::pair<std::string, std::string>> extra = {}) {
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
      {"word/document.xml", Document(body)},
      {"word/styles.xml", std::string(kStyles)},
  };
  for (auto& entry : extra) entries.push_back(std::move(entry));
  return MakeZip(entries);
}

std::string ErrorCode(std::string_view bytes, std::string_view mime,
                      const ParseLimits& limits = ParseLimits{}) {
  Result<ParseOutput> result = ParseResume(bytes, mime, limits);
  if (result) return "ok";
  EXPECT_FALSE(result.error().message.empty());
  return result.error().code;
}

std::string Str(const boost::json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : "<null>";
}

PdfPage TwoColumnPage() {
  PdfPage page = {{200, 50, "Jordan Smith", 24, true},
                  {40, 120, "SKILLS", 12, true},
                  {320, 122, "EXPERIENCE", 12, true}};
  const char* left[] = {"Python",        "Go", "Kubernetes", "Terraform", "jordan@example.com",
                        "(415) 555-0100"};
  double y = 140;
  for (const char* text : left) {
    page.push_back({40, y, text});
    y += 15;
  }
  page.push_back({40, y + 10, "EDUCATION", 12, true});
  page.push_back({40, y + 28, "B.S. in Physics"});
  page.push_back({40, y + 43, "State University"});
  const char* right[] = {"Platform Engineer",
                         "Acme Corp",
                         "Built the deployment pipeline for",
                         "every team in the company",
                         "Cut cloud spend by a third",
                         "Support Engineer",
                         "Initech Inc.",
                         "Answered escalations daily"};
  y = 145;
  for (const char* text : right) {
    page.push_back({320, y, text, 11});
    y += 17;
  }
  page.push_back({480, 162, "2021 - Present", 11});
  page.push_back({480, 247, "2018 - 2021", 11});
  return page;
}

TEST(DetectMimeType, SniffsMagicBytes) {
  EXPECT_EQ(DetectMimeType(MakePdf({{{72, 72, "Hello"}}})), std::string(kPdf));
  EXPECT_EQ(DetectMimeType(MakeDocx(Para("Hello"))), std::string(kDocx));
  EXPECT_EQ(DetectMimeType("Jane Doe\nEngineer\n"), "text/plain");
  EXPECT_EQ(DetectMimeType(MakePng()), std::nullopt);
  EXPECT_EQ(DetectMimeType(MakeZip({{"hello.txt", "hi"}})), std::nullopt);
  EXPECT_EQ(DetectMimeType(""), std::nullopt);
  EXPECT_EQ(DetectMimeType(std::string_view("bin\0ary", 7)), std::nullopt);
}

TEST(ParseResume, ReadsATwoColumnPdfColumnByColumn) {
  Result<ParseOutput> result = ParseResume(MakePdf({TwoColumnPage()}), kPdf, ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  const boost::json::object sections = document::testing::Sections(result->document);
  const boost::json::object& contact = sections.at("contact").as_object();
  SCOPED_TRACE(result->parsed_text);
  EXPECT_EQ(Str(contact.at("name")), "Jordan Smith");
  EXPECT_EQ(Str(contact.at("email")), "jordan@example.com");
  EXPECT_EQ(Str(contact.at("phone")), "(415) 555-0100");
  const boost::json::array& jobs = sections.at("experience").as_array();
  ASSERT_EQ(jobs.size(), 2u) << boost::json::serialize(sections);
  EXPECT_EQ(Str(jobs[0].as_object().at("title")), "Platform Engineer");
  EXPECT_EQ(Str(jobs[0].as_object().at("company")), "Acme Corp");
  EXPECT_TRUE(jobs[0].as_object().at("current").as_bool());
  EXPECT_EQ(Str(jobs[1].as_object().at("company")), "Initech Inc.");
  const boost::json::array& skills = document::testing::SkillItems(sections);
  // The sidebar's contact lines under the skills are no skills.
  EXPECT_EQ(skills.size(), 4u) << boost::json::serialize(skills);
  const boost::json::array& schools = sections.at("education").as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(Str(schools[0].as_object().at("school")), "State University");
  // Reading order: the whole left column before the right one.
  EXPECT_LT(result->parsed_text.find("State University"), result->parsed_text.find("EXPERIENCE"));
}

TEST(ParseResume, ReadsATableBasedDocxWithHeaderContactAndTextBox) {
  const std::string text_box =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
      "<w:txbxContent>" +
      Para("Riley Chen", "Title") +
      "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict>"
      "<v:shape><v:textbox><w:txbxContent>" +
      Para("Riley Chen", "Title") +
      "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
      "</w:p>";
  const std::string left = Para("Skills", "Heading1") + Para("SQL", "", true) +
                           Para("Tableau", "", true) + Para("Education", "Heading1") +
                           Para("Northwest University") + Para("B.A. in Economics");
  const std::string right = Para("Experience", "Heading1") +
                            Para("Data Analyst\tJune 2020 – Present", "", false, true) +
                            Para("Brightside Dental, Seattle, WA") +
                            Para("Built the weekly revenue dashboard", "", true) +
                            Para("Office Manager | Marsshine Engineering | 2017 – 2020") +
                            Para("Ran payroll for 40 people", "", true);
  const std::string body =
      text_box + "<w:tbl><w:tr><w:tc>" + left + "</w:tc><w:tc>" + right + "</w:tc></w:tr></w:tbl>";
  const std::string header = "<?xml version=\"1.0\"?><w:hdr" + std::string(kNamespaces) + ">" +
                             Para("riley.chen@example.com | 206-555-0143 | Seattle, WA") +
                             Para("Page 1 of 1") + "</w:hdr>";
  Result<ParseOutput> result =
      ParseResume(MakeDocx(body, {{"word/header1.xml", header}}), kDocx, ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  const boost::json::object sections = document::testing::Sections(result->document);
  const boost::json::object& contact = sections.at("contact").as_object();
  EXPECT_EQ(Str(contact.at("name")), "Riley Chen");
  EXPECT_EQ(Str(contact.at("email")), "riley.chen@example.com");
  EXPECT_EQ(Str(contact.at("phone")), "206-555-0143");
  EXPECT_EQ(Str(contact.at("location")), "Seattle, WA");
  EXPECT_EQ(result->parsed_text.find("Page 1"), std::string::npos);
  // The text box's VML fallback repeats the name; it is read once.
  EXPECT_EQ(result->parsed_text.find("Riley Chen"), result->parsed_text.rfind("Riley Chen"));
  const boost::json::array& jobs = sections.at("experience").as_array();
  ASSERT_EQ(jobs.size(), 2u) << boost::json::serialize(sections);
  EXPECT_EQ(Str(jobs[0].as_object().at("title")), "Data Analyst");
  EXPECT_EQ(Str(jobs[0].as_object().at("company")), "Brightside Dental");
  EXPECT_EQ(Str(jobs[0].as_object().at("startDate")), "2020-06");
  EXPECT_EQ(jobs[0].as_object().at("bullets").as_array().size(), 1u);
  EXPECT_EQ(Str(jobs[1].as_object().at("title")), "Office Manager");
  EXPECT_EQ(Str(jobs[1].as_object().at("company")), "Marsshine Engineering");
  EXPECT_EQ(document::testing::SkillItems(sections).size(), 2u);
  const boost::json::array& schools = sections.at("education").as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(Str(schools[0].as_object().at("degree")), "B.A. in Economics");
  EXPECT_EQ(Str(schools[0].as_object().at("school")), "Northwest University");
}

TEST(ParseResume, ReadsADateCellBesideAJobCellAsThatJobsDate) {
  // Each job is a table row: its dates in a cell of their own (left or right, broken over
  // two short lines) beside the cell that holds the title, the employer and the bullets.
  auto row = [](const std::string& first, const std::string& second) {
    return "<w:tr><w:tc>" + first + "</w:tc><w:tc>" + second + "</w:tc></w:tr>";
  };
  const std::string body = Para("Dana Whitfield", "Title") + Para("dana.whitfield@example.com") +
                           Para("Experience", "Heading1") + "<w:tbl>" +
                           row(Para("Jan. 2016 to") + Para("Current"),
                               Para("Partner") + Para("Whitcombe Partners LLP, Boston, MA") +
                                   Para("Led a team of six associates", "", true)) +
                           row(Para("Associate") + Para("Brandt Keller LLP") +
                                   Para("Drafted merger agreements", "", true),
                               Para("Sept. 2011 –") + Para("Dec. 2015")) +
                           row(Para("Skills"), Para("Contract drafting, due diligence")) +
                           "</w:tbl>";
  Result<ParseOutput> result = ParseResume(MakeDocx(body), kDocx, ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  SCOPED_TRACE(result->parsed_text);
  EXPECT_NE(result->parsed_text.find("Jan. 2016 to Current\tPartner"), std::string::npos);
  EXPECT_NE(result->parsed_text.find("Associate\tSept. 2011 – Dec. 2015"), std::string::npos);
  // A row of two cells of words is left as it was, cell after cell.
  EXPECT_NE(result->parsed_text.find("Skills\nContract drafting"), std::string::npos);
  const boost::json::object sections = document::testing::Sections(result->document);
  const boost::json::array& jobs = sections.at("experience").as_array();
  ASSERT_EQ(jobs.size(), 2u) << boost::json::serialize(sections);
  EXPECT_EQ(Str(jobs[0].as_object().at("title")), "Partner");
  EXPECT_EQ(Str(jobs[0].as_object().at("company")), "Whitcombe Partners LLP");
  EXPECT_EQ(Str(jobs[0].as_object().at("startDate")), "2016-01");
  EXPECT_TRUE(jobs[0].as_object().at("current").as_bool());
  EXPECT_EQ(Str(jobs[1].as_object().at("title")), "Associate");
  EXPECT_EQ(Str(jobs[1].as_object().at("company")), "Brandt Keller LLP");
  EXPECT_EQ(Str(jobs[1].as_object().at("startDate")), "2011-09");
  EXPECT_EQ(Str(jobs[1].as_object().at("endDate")), "2015-12");
}

TEST(ParseResume, ReadsWriterStylesListsAndCharacterStyles) {
  // As LibreOffice Writer saves a document: heading styles tied to an outline list that prints
  // no number, bullets that come from a list paragraph style, bold from a character style.
  const std::string styles =
      R"(<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:style w:type="paragraph" w:styleId="Heading"><w:name w:val="Heading"/><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:basedOn w:val="Heading"/>)"
      R"(<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:caps/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Heading"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>)"
      R"(<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>)"
      R"(<w:style w:type="character" w:styleId="StrongEmphasis"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>)"
      R"(<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>)"
      R"(</w:styles>)";
  const std::string numbering =
      R"(<?xml version="1.0"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="none"/><w:lvlText w:val="%1"/></w:lvl></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>)"
      R"(</w:numbering>)";
  auto strong = [](std::string_view text) {
    return "<w:r><w:rPr><w:rStyle w:val=\"StrongEmphasis\"/></w:rPr><w:t>" + std::string(text) +
           "</w:t></w:r>";
  };
  const std::string hidden =
      "<w:r><w:rPr><w:rStyle w:val=\"Secret\"/></w:rPr><w:t>Kubernetes Terraform</w:t></w:r>";
  const std::string body =
      Para("Mara Lind, CPA", "Title") + Para("mara.lind@example.com | +1 555 010 2233") +
      Para("Experience", "Heading1") + "<w:p>" + strong("Senior Accountant") +
      "<w:r><w:t xml:space=\"preserve\">, Fjord Ledger AB</w:t><w:tab/><w:t>Mar 2019 – "
      "Present</w:t></w:r>" +
      hidden + "</w:p>" + Para("Closed the books monthly in four days.", "ListBullet") +
      Para("Led the audit with the external firm.", "ListBullet") + Para("Education", "Heading1") +
      Para("BSc Accounting, Lund University\t2011 – 2014") + Para("Skills", "Heading1") +
      Para("Audit, IFRS, SAP");
  Result<ParseOutput> result = ParseResume(MakeZip({{"word/document.xml", Document(body)},
                                                    {"word/styles.xml", styles},
                                                    {"word/numbering.xml", numbering}}),
                                           kDocx, ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  SCOPED_TRACE(result->parsed_text);
  EXPECT_EQ(result->parsed_text.find("Kubernetes"), std::string::npos);  // hidden text
  const boost::json::object sections = document::testing::Sections(result->document);
  EXPECT_EQ(Str(sections.at("contact").as_object().at("name")), "Mara Lind");
  const boost::json::array& jobs = sections.at("experience").as_array();
  ASSERT_EQ(jobs.size(), 1u) << boost::json::serialize(sections);
  EXPECT_EQ(Str(jobs[0].as_object().at("title")), "Senior Accountant");
  EXPECT_EQ(Str(jobs[0].as_object().at("company")), "Fjord Ledger AB");
  EXPECT_EQ(jobs[0].as_object().at("bullets").as_array().size(), 2u);
  const boost::json::array& schools = sections.at("education").as_array();
  ASSERT_EQ(schools.size(), 1u);
  EXPECT_EQ(Str(schools[0].as_object().at("school")), "Lund University");
  EXPECT_EQ(document::testing::SkillItems(sections).size(), 3u);
}

TEST(ParseResume, ReadsPlainText) {
  Result<ParseOutput> result = ParseResume(
      "\xEF\xBB\xBFSam Lee\nsam@example.com\n\nExperience\nEngineer at Initech\t2019 - 2020\n",
      "text/plain; charset=utf-8", ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  EXPECT_EQ(Str(document::testing::Sections(result->document).at("contact").as_object().at("name")),
            "Sam Lee");
  EXPECT_EQ(document::testing::Sections(result->document).at("experience").as_array().size(), 1u);
}

TEST(ParseResume, RefusesWhatItCannotRead) {
  std::mt19937 random(42);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  EXPECT_EQ(ErrorCode(noise, kPdf), "unsupported_file_type");
  EXPECT_EQ(ErrorCode(noise, kDocx), "unsupported_file_type");
  EXPECT_EQ(ErrorCode(noise, "text/plain"), "unsupported_file_type");
  EXPECT_EQ(ErrorCode("%PDF-1.7\n" + noise, kPdf), "corrupt_file");
  EXPECT_EQ(ErrorCode("PK\x03\x04word/document.xml" + noise, kDocx), "corrupt_file");
  EXPECT_EQ(ErrorCode(MakePng(), kPdf), "unsupported_file_type");  // a .pdf that is a PNG
  EXPECT_EQ(ErrorCode(MakePdf({{{72, 72, "Hello"}}}), kDocx), "unsupported_file_type");
  EXPECT_EQ(ErrorCode("Jane", "image/png"), "unsupported_file_type");
  EXPECT_EQ(ParseResume("Jane", "image/png", ParseLimits{}).error().kind,
            ErrorKind::kUnsupportedMediaType);
  EXPECT_EQ(ErrorCode("", kPdf), "empty_document");
  EXPECT_EQ(ErrorCode(" \n\n ", "text/plain"), "empty_document");
  EXPECT_EQ(ErrorCode(MakeDocx(Para("   ")), kDocx), "empty_document");
}

TEST(ParseResume, RefusesBrokenAndLockedPdfs) {
  const std::string pdf = MakePdf({TwoColumnPage()});
  EXPECT_EQ(ErrorCode(pdf.substr(0, pdf.size() / 2), kPdf), "corrupt_file");
  EXPECT_EQ(ErrorCode(pdf.substr(0, 200), kPdf), "corrupt_file");
  EXPECT_EQ(ErrorCode(Fixture("encrypted.pdf"), kPdf), "pdf_encrypted");
  EXPECT_EQ(ErrorCode(MakePdf({{}}, true), kPdf), "no_text_layer");
  // Each page's own words: a line the same on every page, at the same place, is a page header.
  std::vector<PdfPage> pages;
  for (int page = 0; page < 11; ++page) {
    pages.push_back(PdfPage{{72, 72, "Page " + std::to_string(page + 1) + " of a long resume"}});
  }
  EXPECT_EQ(ErrorCode(MakePdf(pages), kPdf), "too_many_pages");
  pages.resize(10);
  EXPECT_EQ(ErrorCode(MakePdf(pages), kPdf), "ok");
}

TEST(ParseResume, RefusesZipBombs) {
  // 8 MiB of spaces deflates about a thousandfold: over the ratio limit.
  const std::string padding(8 << 20, ' ');
  EXPECT_EQ(ErrorCode(MakeDocx(Para("Jane") + padding), kDocx), "zip_bomb");
  // More uncompressed bytes than allowed, at an ordinary ratio.
  std::mt19937 random(7);
  std::string words;
  while (words.size() < (200 << 10)) words += static_cast<char>('a' + random() % 26);
  ParseLimits small;
  small.max_uncompressed_bytes = 100 << 10;
  EXPECT_EQ(ErrorCode(MakeDocx(Para(words)), kDocx, small), "zip_bomb");
  // 100k entries.
  std::vector<std::pair<std::string, std::string>> entries = {
      {"word/document.xml", Document(Para("Jane"))}};
  for (int i = 0; i < 100000; ++i) entries.emplace_back("word/media/x" + std::to_string(i), "x");
  EXPECT_EQ(ErrorCode(MakeZip(entries), kDocx), "zip_bomb");
}

TEST(ParseResume, XmlEntitiesAreNeverExpanded) {
  const std::string body = Para("Jane Doe") + Para("&lol9;");
  std::string xml = Document(body);
  xml.insert(xml.find("<w:document"),
             "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol9 "
             "\"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>");
  Result<ParseOutput> result =
      ParseResume(MakeZip({{"word/document.xml", xml}}), kDocx, ParseLimits{});
  ASSERT_TRUE(result);
  EXPECT_EQ(result->parsed_text.find("lollol"), std::string::npos);
}

TEST(ParseResume, GivesUpAtTheDeadline) {
  ParseLimits instant;
  instant.time_limit = std::chrono::milliseconds(-1);
  EXPECT_EQ(ErrorCode(MakePdf({TwoColumnPage()}), kPdf, instant), "parse_timeout");
  EXPECT_EQ(ErrorCode(MakeDocx(Para("Jane Doe")), kDocx, instant), "parse_timeout");
}

// The codes of an inspection's findings, each with its severity.
std::vector<std::string> Codes(const Inspection& inspection) {
  std::vector<std::string> codes;
  for (const ats::Finding& finding : inspection.findings) {
    codes.push_back(finding.code + ":" + std::string(ats::SeverityName(finding.severity)));
  }
  return codes;
}

PdfPage OneColumnPage() {
  PdfPage page = {{72, 60, "Jordan Smith", 22, true},
                  {72, 82, "jordan.smith@example.com | (415) 555-0100 | Austin, TX"},
                  {72, 120, "EXPERIENCE", 12, true},
                  {72, 140, "Platform Engineer, Acme Corp", 11, true},
                  {72, 155, "March 2021 - Present"},
                  {72, 170, "Built the deployment pipeline for every team in the company."},
                  {72, 200, "EDUCATION", 12, true},
                  {72, 220, "B.S. in Physics, State University, 2018"},
                  {72, 250, "SKILLS", 12, true},
                  {72, 270, "Python, Go, Kubernetes, Terraform"}};
  return page;
}

// A clean one-column PDF: its text as pdftotext reads it, and nothing in a reader's way.
TEST(InspectResume, CleanOneColumnPdfHasNoFindings) {
  Result<Inspection> inspection = InspectResume(MakePdf({OneColumnPage()}), kPdf, ParseLimits{});
  ASSERT_TRUE(inspection) << inspection.error().code;
  EXPECT_NE(inspection->extracted_text.find("Platform Engineer, Acme Corp"), std::string::npos);
  EXPECT_EQ(Codes(*inspection), std::vector<std::string>{});
  EXPECT_TRUE(inspection->pages.empty()) << "pages are drawn only when asked";
  EXPECT_EQ(inspection->output.document.contact.email, "jordan.smith@example.com");
}

// Two columns side by side: read across, their lines run together.
TEST(InspectResume, TwoColumnPdfIsABlocker) {
  Result<Inspection> inspection = InspectResume(MakePdf({TwoColumnPage()}), kPdf, ParseLimits{});
  ASSERT_TRUE(inspection) << inspection.error().code;
  EXPECT_EQ(Codes(*inspection), std::vector<std::string>{"multiple_columns:blocker"});
  EXPECT_EQ(inspection->findings[0].where, "page 1");
}

// A page with no text after one with text: a picture of a page, or an empty one.
TEST(InspectResume, PageWithoutTextIsFound) {
  ParseLimits pictures;
  pictures.page_pictures = true;
  Result<Inspection> inspection =
      InspectResume(MakePdf({OneColumnPage(), PdfPage{}}), kPdf, pictures);
  ASSERT_TRUE(inspection) << inspection.error().code;
  EXPECT_EQ(Codes(*inspection), std::vector<std::string>{"image_only_page:blocker"});
  EXPECT_EQ(inspection->findings[0].where, "page 2");
  // Each page drawn as a picture for the report's view, as wide as asked.
  ASSERT_EQ(inspection->pages.size(), 2u);
  for (const ats::PageImage& page : inspection->pages) {
    EXPECT_TRUE(page.png.starts_with("\x89PNG\r\n\x1a\n"));
    EXPECT_EQ(page.width, kAtsPageWidth);
    EXPECT_EQ(page.height, 1165);  // US Letter's 612 × 792 points
  }
  // Other files have no pages to draw.
  Result<Inspection> text = InspectResume("Jordan Smith\njordan@example.com\n", "text/plain", {});
  ASSERT_TRUE(text);
  EXPECT_TRUE(text->pages.empty());
}

// Profiles behind icons (a link annotation over a glyph), ligature characters and letters
// spaced apart come out of the file as a machine reads them.
TEST(InspectResume, IconLinksLigaturesAndSpacedLetters) {
  PdfPage page = OneColumnPage();
  page.push_back({72, 95, "in", 10, false, "https://www.linkedin.com/in/jordan-smith-42"});
  page.push_back(
      {90, 95, "www.example.org/portfolio", 10, false, "https://www.example.org/portfolio"});
  page.push_back({72, 290, "CERTIFICATIONS", 12, true});
  page.push_back({72, 310, "Certi\uFB01ed Kubernetes Administrator, 2022"});
  // Letters spaced by the typesetter, wider than a reader's word gap.
  const std::string spaced = "INTERESTS";
  for (std::size_t i = 0; i < spaced.size(); ++i) {
    page.push_back({72 + 18.0 * static_cast<double>(i), 330, spaced.substr(i, 1), 12, true});
  }
  page.push_back({72, 350, "Climbing, chess"});
  Result<Inspection> inspection = InspectResume(MakePdf({page}), kPdf, ParseLimits{});
  ASSERT_TRUE(inspection) << inspection.error().code;
  const std::vector<std::string> codes = Codes(*inspection);
  EXPECT_EQ(codes, (std::vector<std::string>{"icon_links:warning", "ligatures:warning",
                                             "spaced_letters:warning"}));
  EXPECT_NE(inspection->findings[0].message.find("LinkedIn profile"), std::string::npos);
  EXPECT_EQ(inspection->findings[0].message.find("web address"), std::string::npos)
      << "a link printed as its own address is no icon";
}

// A DOCX laid out in a table, with the name in a text box and the contact only in the page
// header: each is found, and the body's text is what a plain reader gets.
TEST(InspectResume, DocxTableTextBoxAndHeaderContact) {
  const std::string text_box =
      "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
      "<w:txbxContent>" +
      Para("Riley Chen", "Title") +
      "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
      "</mc:AlternateContent></w:r></w:p>";
  const std::string left = Para("Skills", "Heading1") + Para("SQL", "", true);
  const std::string right =
      Para("Experience", "Heading1") + Para("Data Analyst\tJune 2020 – Present", "", false, true) +
      Para("Brightside Dental, Seattle, WA") + Para("Built the weekly revenue dashboard", "", true);
  const std::string body =
      text_box + "<w:tbl><w:tr><w:tc>" + left + "</w:tc><w:tc>" + right + "</w:tc></w:tr></w:tbl>";
  const std::string header = "<?xml version=\"1.0\"?><w:hdr" + std::string(kNamespaces) + ">" +
                             Para("riley.chen@example.com | 206-555-0143") + "</w:hdr>";
  Result<Inspection> inspection =
      InspectResume(MakeDocx(body, {{"word/header1.xml", header}}), kDocx, ParseLimits{});
  ASSERT_TRUE(inspection) << inspection.error().code;
  EXPECT_EQ(Codes(*inspection),
            (std::vector<std::string>{"contact_in_header:blocker", "layout_table:warning",
                                      "text_box:warning"}));
  EXPECT_NE(inspection->extracted_text.find("Brightside Dental"), std::string::npos);
  EXPECT_EQ(inspection->extracted_text.find("riley.chen@example.com"), std::string::npos);
  EXPECT_EQ(inspection->output.document.contact.email, "riley.chen@example.com");

  // The same contact in the body as well: no finding for it.
  Result<Inspection> in_body =
      InspectResume(MakeDocx(Para("riley.chen@example.com") + body, {{"word/header1.xml", header}}),
                    kDocx, ParseLimits{});
  ASSERT_TRUE(in_body);
  EXPECT_EQ(Codes(*in_body),
            (std::vector<std::string>{"layout_table:warning", "text_box:warning"}));
}

// A DOCX with pictures in its body: a wide banner is a warning, a photo a tip.
TEST(InspectResume, DocxPicturesAreFound) {
  auto picture = [](long long across, long long down) {
    return "<w:p><w:r><w:drawing><wp:inline><wp:extent cx=\"" + std::to_string(across) +
           "\" cy=\"" + std::to_string(down) +
           "\"/><a:graphic><a:graphicData><pic:pic/></a:graphicData></a:graphic></wp:inline>"
           "</w:drawing></w:r></w:p>";
  };
  const std::string body = Para("Riley Chen", "Title") + Para("riley.chen@example.com") +
                           Para("Experience", "Heading1") +
                           Para("Data Analyst, Brightside Dental, June 2020 – Present") +
                           Para("Built the weekly revenue dashboard", "", true);
  // 6 × 1.5 inches: a banner across the page.
  Result<Inspection> banner =
      InspectResume(MakeDocx(picture(5486400, 1371600) + body), kDocx, ParseLimits{});
  ASSERT_TRUE(banner) << banner.error().code;
  EXPECT_EQ(Codes(*banner), std::vector<std::string>{"pictures:warning"});
  EXPECT_EQ(banner->findings[0].where, "document body");
  // 1 × 1.25 inches: a photo.
  Result<Inspection> photo =
      InspectResume(MakeDocx(picture(914400, 1143000) + body), kDocx, ParseLimits{});
  ASSERT_TRUE(photo) << photo.error().code;
  EXPECT_EQ(Codes(*photo), std::vector<std::string>{"pictures:tip"});
  // No picture, no finding.
  Result<Inspection> plain = InspectResume(MakeDocx(body), kDocx, ParseLimits{});
  ASSERT_TRUE(plain);
  EXPECT_TRUE(Codes(*plain).empty()) << testing::PrintToString(Codes(*plain));
}

// A PDF that opens without a password but is encrypted with an owner password: some systems
// refuse it; when its permissions forbid copying text, a system that respects them reads nothing.
TEST(InspectResume, OwnerPasswordEncryptionIsFound) {
  Result<Inspection> owner = InspectResume(Fixture("encrypted-owner.pdf"), kPdf, ParseLimits{});
  ASSERT_TRUE(owner) << owner.error().code;
  std::vector<std::string> codes = Codes(*owner);
  EXPECT_NE(std::find(codes.begin(), codes.end(), "encrypted_file:warning"), codes.end())
      << testing::PrintToString(codes);
  EXPECT_EQ(owner->output.document.contact.email, "jordan.smith@example.com");
  Result<Inspection> no_copy = InspectResume(Fixture("encrypted-no-copy.pdf"), kPdf, ParseLimits{});
  ASSERT_TRUE(no_copy) << no_copy.error().code;
  codes = Codes(*no_copy);
  EXPECT_EQ(codes.front(), "encrypted_file:blocker") << testing::PrintToString(codes);
  // The same file without encryption has no such finding.
  Result<Inspection> plain = InspectResume(MakePdf({OneColumnPage()}), kPdf, ParseLimits{});
  ASSERT_TRUE(plain);
  EXPECT_TRUE(Codes(*plain).empty());
}

// A page of text with a picture on it: a wide one (a banner, a chart) is a warning, a small one
// (a photo) a tip; a page that is only a picture is image_only_page's alone.
TEST(InspectResume, PicturesBesideTheTextAreFound) {
  auto with_picture = [](double width, double height, double left = 340, double top = 400) {
    std::string pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, 612, 792);
    cairo_t* cr = cairo_create(surface);
    cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 100);
    cairo_t* painter = cairo_create(image);
    cairo_set_source_rgb(painter, 0.2, 0.4, 0.8);
    cairo_paint(painter);
    cairo_destroy(painter);
    cairo_save(cr);
    cairo_translate(cr, left, top);
    cairo_scale(cr, width / 200, height / 100);
    cairo_set_source_surface(cr, image, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(image);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (const PdfText& text : OneColumnPage()) {
      cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                             text.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size(cr, text.size);
      cairo_move_to(cr, text.x, text.y);
      cairo_show_text(cr, text.text.c_str());
    }
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return pdf;
  };
  Result<Inspection> banner = InspectResume(with_picture(250, 120), kPdf, ParseLimits{});
  ASSERT_TRUE(banner) << banner.error().code;
  EXPECT_EQ(Codes(*banner), std::vector<std::string>{"pictures:warning"});
  EXPECT_EQ(banner->findings[0].where, "page 1");
  Result<Inspection> photo = InspectResume(with_picture(60, 80), kPdf, ParseLimits{});
  ASSERT_TRUE(photo) << photo.error().code;
  EXPECT_EQ(Codes(*photo), std::vector<std::string>{"pictures:tip"});
  // A speck (a rule or a dot drawn as a picture) is no picture, and a picture under the whole
  // page is its background.
  Result<Inspection> speck = InspectResume(with_picture(8, 8), kPdf, ParseLimits{});
  ASSERT_TRUE(speck) << speck.error().code;
  EXPECT_TRUE(Codes(*speck).empty());
  Result<Inspection> background = InspectResume(with_picture(612, 792, 0, 0), kPdf, ParseLimits{});
  ASSERT_TRUE(background) << background.error().code;
  EXPECT_TRUE(Codes(*background).empty()) << testing::PrintToString(Codes(*background));
}

// A hand-written PDF whose fonts are given: Helvetica (no ToUnicode map, but a standard
// encoding names its letters) and a second font as the test asks.
std::string PdfWithSecondFont(const std::string& font) {
  const std::string content =
      "BT /F1 11 Tf 72 720 Td (Jordan Smith) Tj 0 -14 Td (jordan.smith@example.com) Tj "
      "0 -28 Td (EXPERIENCE) Tj 0 -14 Td (Platform Engineer, Acme Corp, March 2021 - Present) Tj "
      "0 -14 Td (Built the deployment pipeline for every team in the company.) Tj ET "
      "BT /F2 11 Tf 72 600 Td <0024002500260027> Tj ET";
  // A ToUnicode map a font may point at (7 0 R): glyphs 0x24–0x27 are "ABCD".
  const std::string cmap =
      "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def "
      "1 begincodespacerange <0000> <FFFF> endcodespacerange "
      "1 beginbfrange <0024> <0027> <0041> endbfrange endcmap "
      "CMapName currentdict /CMap defineresource pop end end";
  return "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
         "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
         "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
         "/Resources<</Font<</F1 5 0 R/F2 6 0 R>>>>>> endobj\n"
         "4 0 obj <</Length " +
         std::to_string(content.size()) + ">> stream\n" + content +
         "\nendstream endobj\n"
         "5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica"
         "/Encoding<</Type/Encoding/BaseEncoding/WinAnsiEncoding/Differences[150/endash]>>>> "
         "endobj\n"
         "6 0 obj " +
         font + " endobj\n7 0 obj <</Length " + std::to_string(cmap.size()) + ">> stream\n" + cmap +
         "\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n";
}

// Fonts whose glyphs name no letters: a composite font on glyph ids (Identity) without a
// ToUnicode map, a simple font whose encoding names its glyphs "g1", "g2", …; fonts whose codes
// do name letters (a standard encoding, a registered character collection) are fine.
TEST(InspectResume, FontsWithoutUnicodeMapsAreFound) {
  auto codes_for = [](const std::string& font) {
    Result<Inspection> inspection = InspectResume(PdfWithSecondFont(font), kPdf, ParseLimits{});
    EXPECT_TRUE(inspection) << (inspection ? "" : inspection.error().code);
    return inspection ? *inspection : Inspection{};
  };
  const std::string identity =
      "<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+Garamond/Encoding/Identity-H"
      "/DescendantFonts[<</Type/Font/Subtype/CIDFontType2/BaseFont/ABCDEF+Garamond"
      "/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>"
      "/FontDescriptor<</Type/FontDescriptor/FontName/ABCDEF+Garamond/Flags 32"
      "/FontBBox[0 0 1000 1000]/ItalicAngle 0/Ascent 900/Descent -200/CapHeight 700/StemV 80>>"
      ">>]>>";
  Inspection inspection = codes_for(identity);
  std::vector<std::string> codes = Codes(inspection);
  ASSERT_NE(std::find(codes.begin(), codes.end(), "no_unicode_map:warning"), codes.end())
      << testing::PrintToString(codes);
  for (const ats::Finding& finding : inspection.findings) {
    if (finding.code != "no_unicode_map") continue;
    EXPECT_NE(finding.message.find("(Garamond)"), std::string::npos) << finding.message;
    EXPECT_EQ(finding.message.find("Helvetica"), std::string::npos) << finding.message;
  }
  // The same font with a ToUnicode map reads back.
  std::string mapped = identity;
  mapped.insert(mapped.size() - 2, "/ToUnicode 7 0 R");
  codes = Codes(codes_for(mapped));
  EXPECT_EQ(std::find(codes.begin(), codes.end(), "no_unicode_map:warning"), codes.end());
  // A registered collection (Adobe-Japan1) maps its codes to letters.
  std::string japanese = identity;
  japanese.replace(japanese.find("Ordering(Identity)"), 18, "Ordering(Japan1)");
  codes = Codes(codes_for(japanese));
  EXPECT_EQ(std::find(codes.begin(), codes.end(), "no_unicode_map:warning"), codes.end());
  // Glyph names that name nothing, and names that do.
  codes =
      Codes(codes_for("<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding"
                      "<</Differences[36/g1/g2/g3/g4]>>>>"));
  EXPECT_NE(std::find(codes.begin(), codes.end(), "no_unicode_map:warning"), codes.end())
      << testing::PrintToString(codes);
  codes =
      Codes(codes_for("<</Type/Font/Subtype/Type1/BaseFont/Times-Roman/Encoding"
                      "<</Differences[36/A/B/uni0043/D]>>>>"));
  EXPECT_EQ(std::find(codes.begin(), codes.end(), "no_unicode_map:warning"), codes.end())
      << testing::PrintToString(codes);
}

// Pages of noise compress badly: the drawing stops once the pictures pass 6 MB, so that the
// sandbox's answer stays bounded whatever the pages hold.
TEST(InspectResume, PagePicturesAreBoundedInSize) {
  std::string pdf;
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(AppendToString, &pdf, 612, 792);
  cairo_t* cr = cairo_create(surface);
  std::mt19937 random(7);
  for (int page = 0; page < 4; ++page) {
    cairo_surface_t* noise = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1224, 1584);
    auto* pixels = reinterpret_cast<std::uint32_t*>(cairo_image_surface_get_data(noise));
    const int stride = cairo_image_surface_get_stride(noise) / 4;
    for (int y = 0; y < 1584; ++y) {
      for (int x = 0; x < 1224; ++x) pixels[y * stride + x] = random() & 0xFFFFFFU;
    }
    cairo_surface_mark_dirty(noise);
    cairo_save(cr);
    cairo_scale(cr, 0.5, 0.5);
    cairo_set_source_surface(cr, noise, 0, 0);
    cairo_paint(cr);
    cairo_restore(cr);
    cairo_surface_destroy(noise);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 12);
    cairo_move_to(cr, 72, 300);
    cairo_show_text(cr, ("Page " + std::to_string(page + 1) +
                         ": Jordan Smith, Platform Engineer at Acme Corp, jordan@example.com")
                            .c_str());
    cairo_show_page(cr);
  }
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  cairo_surface_destroy(surface);
  ParseLimits pictures;
  pictures.page_pictures = true;
  Result<Inspection> inspection = InspectResume(pdf, kPdf, pictures);
  ASSERT_TRUE(inspection) << inspection.error().code << " " << pdf.size();
  std::size_t bytes = 0;
  for (const ats::PageImage& page : inspection->pages) bytes += page.png.size();
  EXPECT_GE(inspection->pages.size(), 1u);
  EXPECT_LT(inspection->pages.size(), 4u) << bytes;
  EXPECT_LT(bytes, 10u << 20);
}

// A link annotation whose URI is a broken string running on into the file's own bytes (a
// fuzzer's find): no link, and the document stays valid UTF-8.
TEST(ParseResume, BrokenLinkUrisAreNoLinks) {
  const std::string content =
      "BT /F1 12 Tf 72 720 Td (Jordan Smith, jordan@example.com, Platform Engineer) Tj ET";
  std::string pdf =
      "%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
      "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj\n"
      "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
      "/Resources<</Font<</F1 5 0 R>>>>/Annots[6 0 R 7 0 R]>> endobj\n"
      "4 0 obj <</Length " +
      std::to_string(content.size()) + ">> stream\n" + content +
      "\nendstream endobj\n"
      "5 0 obj <</Type/Font/Subtype/Type1/BaseFont/Helvetica>> endobj\n"
      "6 0 obj <</Type/Annot/Subtype/Link/Rect[72 700 200 730]"
      "/A<</S/URI/URI(https://x.com/\377\376>>\nendobj\n14 0 obj)>>>> endobj\n"
      "7 0 obj <</Type/Annot/Subtype/Link/Rect[220 700 300 730]"
      "/A<</S/URI/URI(https://www.linkedin.com/in/jordan-smith)>>>> endobj\n"
      "trailer <</Root 1 0 R>>\n%%EOF\n";
  Result<ParseOutput> result = ParseResume(pdf, kPdf, ParseLimits{});
  ASSERT_TRUE(result) << result.error().code;
  const std::string json = boost::json::serialize(document::testing::Sections(result->document));
  EXPECT_TRUE(parsing::IsValidUtf8(document::Serialize(result->document)));
  EXPECT_EQ(json.find("x.com"), std::string::npos) << json;
  EXPECT_NE(json.find("linkedin.com/in/jordan-smith"), std::string::npos) << json;
}

// What cannot be read at all fails as the upload does: a locked PDF, a scan.
TEST(InspectResume, UnreadableFilesFailAsTheirUploadDid) {
  Result<Inspection> locked = InspectResume(Fixture("encrypted.pdf"), kPdf, ParseLimits{});
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, "pdf_encrypted");
  Result<Inspection> scan = InspectResume(MakePdf({{}}, true), kPdf, ParseLimits{});
  ASSERT_FALSE(scan);
  EXPECT_EQ(scan.error().code, "no_text_layer");
  // Plain text is read as it is.
  Result<Inspection> text = InspectResume("Jordan Smith\njordan@example.com\n", "text/plain", {});
  ASSERT_TRUE(text);
  EXPECT_EQ(text->extracted_text, "Jordan Smith\njordan@example.com\n");
}

}  // namespace
}  // namespace resumax::documents

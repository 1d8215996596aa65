#include <zip.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <initializer_list>
#include <memory>
#include <pugixml.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "adapters/export/writers.h"

namespace resumax::exporting {
namespace {

constexpr const char* kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kPackageRelationships =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kOfficeRelationships =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* kBulletNumId = "1";

// How a template looks: sizes in half-points, distances in twips.
struct Look {
  const char* font;
  int body_size;
  int name_size;
  int heading_size;
  bool centered;        // the name and the contact line
  bool ruled_headings;  // a line under each section heading
  const char* heading_color;
  int margin;
  int paragraph_after;
  int heading_before;
  int entry_before;
};

Look LookFor(Template layout) {
  switch (layout) {
    case Template::kModern:
      return {.font = "Calibri",
              .body_size = 22,
              .name_size = 48,
              .heading_size = 26,
              .centered = false,
              .ruled_headings = false,
              .heading_color = "1F5F74",
              .margin = 1080,
              .paragraph_after = 60,
              .heading_before = 280,
              .entry_before = 140};
    case Template::kCompact:
      return {.font = "Arial",
              .body_size = 20,
              .name_size = 32,
              .heading_size = 22,
              .centered = false,
              .ruled_headings = true,
              .heading_color = nullptr,
              .margin = 720,
              .paragraph_after = 20,
              .heading_before = 160,
              .entry_before = 80};
    case Template::kClassic:
      break;
  }
  return {.font = "Times New Roman",
          .body_size = 22,
          .name_size = 40,
          .heading_size = 24,
          .centered = true,
          .ruled_headings = true,
          .heading_color = nullptr,
          .margin = 1080,
          .paragraph_after = 60,
          .heading_before = 240,
          .entry_before = 120};
}

// Page size in twips.
struct Page {
  int width;
  int height;
};

Page PageFor(PaperSize paper) {
  return paper == PaperSize::kA4 ? Page{11906, 16838} : Page{12240, 15840};
}

// UTF-8 that XML 1.0 can hold: invalid sequences become U+FFFD; control characters other than
// tab and newline, and the non-characters U+FFFE and U+FFFF, are dropped.
std::string XmlText(std::string_view text) {
  static constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) {
      if (lead >= 0x20 || lead == '\t' || lead == '\n') out += text[at];
      ++at;
      continue;
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    char32_t code = lead & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    bool valid = length != 0 && lead <= 0xF4 && at + length <= text.size();
    for (std::size_t k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[at + k]);
      valid = (next & 0xC0) == 0x80;
      code = (code << 6) | (next & 0x3F);
    }
    valid =
        valid && code >= kShortest[length] && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
    if (!valid) {
      out += "\uFFFD";
      ++at;
      continue;
    }
    if (code != 0xFFFE && code != 0xFFFF) out.append(text.substr(at, length));
    at += length;
  }
  return out;
}

bool Blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

using Attributes = std::initializer_list<std::pair<const char*, std::string_view>>;

pugi::xml_node Add(pugi::xml_node parent, const char* name, Attributes attributes = {}) {
  pugi::xml_node node = parent.append_child(name);
  for (const auto& [key, value] : attributes) {
    node.append_attribute(key).set_value(value.data(), value.size());
  }
  return node;
}

// The everywhere-used <w:name w:val="..."/> shape.
pugi::xml_node Val(pugi::xml_node parent, const char* name, std::string_view value) {
  return Add(parent, name, {{"w:val", value}});
}

pugi::xml_node Root(pugi::xml_document& document, const char* name, Attributes namespaces) {
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version") = "1.0";
  declaration.append_attribute("encoding") = "UTF-8";
  declaration.append_attribute("standalone") = "yes";
  return Add(document, name, namespaces);
}

std::string Serialize(const pugi::xml_document& document) {
  struct Writer : pugi::xml_writer {
    std::string out;
    void write(const void* data, size_t size) override {
      out.append(static_cast<const char*>(data), size);
    }
  } writer;
  document.save(writer, "", pugi::format_raw, pugi::encoding_utf8);
  return std::move(writer.out);
}

// The paragraph properties of a style, written in the order the schema requires.
struct ParagraphLook {
  bool keep_next = false;
  bool numbered = false;
  bool rule_below = false;
  int right_tab = 0;  // position of a right-aligned tab stop, 0 for none
  int before = 0;
  int after = 0;
  const char* justify = nullptr;
  int outline_level = -1;
};

// Character properties of a style.
struct RunLook {
  bool bold = false;
  bool italic = false;
  const char* color = nullptr;
  int size = 0;
};

void AddStyle(pugi::xml_node styles, const char* id, const char* name,
              const ParagraphLook& paragraph, const RunLook& run) {
  const bool normal = std::string_view(id) == "Normal";
  pugi::xml_node style = Add(styles, "w:style", {{"w:type", "paragraph"}, {"w:styleId", id}});
  if (normal) style.append_attribute("w:default") = "1";
  Val(style, "w:name", name);
  if (!normal) {
    Val(style, "w:basedOn", "Normal");
    Val(style, "w:next", "Normal");
  }
  Add(style, "w:qFormat");

  pugi::xml_node properties = Add(style, "w:pPr");
  if (paragraph.keep_next) {
    Add(properties, "w:keepNext");
    Add(properties, "w:keepLines");
  }
  if (paragraph.numbered) {
    pugi::xml_node numbering = Add(properties, "w:numPr");
    Val(numbering, "w:ilvl", "0");
    Val(numbering, "w:numId", kBulletNumId);
  }
  if (paragraph.rule_below) {
    Add(Add(properties, "w:pBdr"), "w:bottom",
        {{"w:val", "single"}, {"w:sz", "6"}, {"w:space", "1"}, {"w:color", "auto"}});
  }
  if (paragraph.right_tab > 0) {
    Add(Add(properties, "w:tabs"), "w:tab",
        {{"w:val", "right"}, {"w:pos", std::to_string(paragraph.right_tab)}});
  }
  Add(properties, "w:spacing",
      {{"w:before", std::to_string(paragraph.before)},
       {"w:after", std::to_string(paragraph.after)}});
  if (paragraph.justify != nullptr) Val(properties, "w:jc", paragraph.justify);
  if (paragraph.outline_level >= 0) {
    Val(properties, "w:outlineLvl", std::to_string(paragraph.outline_level));
  }

  pugi::xml_node character = Add(style, "w:rPr");
  if (run.bold) {
    Add(character, "w:b");
    Add(character, "w:bCs");
  }
  if (run.italic) {
    Add(character, "w:i");
    Add(character, "w:iCs");
  }
  if (run.color != nullptr) Val(character, "w:color", run.color);
  if (run.size > 0) {
    Val(character, "w:sz", std::to_string(run.size));
    Val(character, "w:szCs", std::to_string(run.size));
  }
}

std::string StylesXml(const Look& look, int text_width) {
  pugi::xml_document document;
  pugi::xml_node styles = Root(document, "w:styles", {{"xmlns:w", kWordNamespace}});
  pugi::xml_node defaults = Add(styles, "w:docDefaults");
  pugi::xml_node run = Add(Add(defaults, "w:rPrDefault"), "w:rPr");
  Add(run, "w:rFonts",
      {{"w:ascii", look.font},
       {"w:hAnsi", look.font},
       {"w:eastAsia", look.font},
       {"w:cs", look.font}});
  Val(run, "w:sz", std::to_string(look.body_size));
  Val(run, "w:szCs", std::to_string(look.body_size));
  Val(run, "w:lang", "en-US");
  Add(Add(Add(defaults, "w:pPrDefault"), "w:pPr"), "w:spacing",
      {{"w:after", "0"}, {"w:line", "240"}, {"w:lineRule", "auto"}});

  const char* name_justify = look.centered ? "center" : "left";
  AddStyle(styles, "Normal", "Normal", {.after = look.paragraph_after}, {});
  // The name takes the accent colour of the headings (modern), as in the PDF.
  AddStyle(styles, "Title", "Title", {.keep_next = true, .after = 60, .justify = name_justify},
           {.bold = true, .color = look.heading_color, .size = look.name_size});
  AddStyle(styles, "Contact", "Contact",
           {.after = 2 * look.paragraph_after, .justify = name_justify}, {});
  AddStyle(styles, "Heading1", "heading 1",
           {.keep_next = true,
            .rule_below = look.ruled_headings,
            .before = look.heading_before,
            .after = 60,
            .outline_level = 0},
           {.bold = true, .color = look.heading_color, .size = look.heading_size});
  AddStyle(styles, "EntryHeading", "Entry Heading",
           {.keep_next = true, .right_tab = text_width, .before = look.entry_before},
           {.bold = true});
  AddStyle(styles, "EntryDetail", "Entry Detail",
           {.keep_next = true, .right_tab = text_width, .after = look.paragraph_after / 2},
           {.italic = true});
  AddStyle(styles, "ListBullet", "List Bullet",
           {.numbered = true, .after = look.paragraph_after / 2}, {});
  return Serialize(document);
}

std::string NumberingXml() {
  pugi::xml_document document;
  pugi::xml_node numbering = Root(document, "w:numbering", {{"xmlns:w", kWordNamespace}});
  pugi::xml_node abstract = Add(numbering, "w:abstractNum", {{"w:abstractNumId", "0"}});
  Val(abstract, "w:multiLevelType", "singleLevel");
  pugi::xml_node level = Add(abstract, "w:lvl", {{"w:ilvl", "0"}});
  Val(level, "w:start", "1");
  Val(level, "w:numFmt", "bullet");
  Val(level, "w:pStyle", "ListBullet");
  Val(level, "w:lvlText", "\u2022");
  Val(level, "w:lvlJc", "left");
  pugi::xml_node properties = Add(level, "w:pPr");
  Add(Add(properties, "w:tabs"), "w:tab", {{"w:val", "num"}, {"w:pos", "360"}});
  Add(properties, "w:ind", {{"w:left", "360"}, {"w:hanging", "360"}});
  Val(Add(numbering, "w:num", {{"w:numId", kBulletNumId}}), "w:abstractNumId", "0");
  return Serialize(document);
}

// Writes paragraphs into the document body.
class BodyWriter {
 public:
  explicit BodyWriter(pugi::xml_node body) : body_(body) {}

  // One paragraph in a style (nullptr: Normal); '\t' becomes a tab, '\n' a line break.
  // Nothing is written for empty text.
  void Paragraph(const char* style, std::string_view text) {
    const std::string clean = XmlText(text);
    if (clean.empty()) return;
    pugi::xml_node paragraph = Add(body_, "w:p");
    if (style != nullptr) Val(Add(paragraph, "w:pPr"), "w:pStyle", style);
    pugi::xml_node run = Add(paragraph, "w:r");
    std::size_t start = 0;
    while (true) {
      const std::size_t end = std::min(clean.find_first_of("\t\n", start), clean.size());
      if (end > start) {
        Add(run, "w:t", {{"xml:space", "preserve"}}).text().set(clean.data() + start, end - start);
      }
      if (end == clean.size()) break;
      Add(run, clean[end] == '\t' ? "w:tab" : "w:br");
      start = end + 1;
    }
  }

  // "left<tab>right", right against the right-aligned tab stop; no tab when right is empty.
  void Columns(const char* style, std::string_view left, std::string_view right) {
    const std::string clean_right = XmlText(right);
    if (Blank(clean_right)) return Paragraph(style, left);
    Paragraph(style, XmlText(left) + '\t' + clean_right);
  }

  // A Normal paragraph per non-blank line.
  void Lines(std::string_view text) {
    while (!text.empty()) {
      const std::size_t end = std::min(text.find('\n'), text.size());
      if (!Blank(text.substr(0, end))) Paragraph(nullptr, text.substr(0, end));
      text.remove_prefix(std::min(end + 1, text.size()));
    }
  }

  void Heading(std::string_view text) { Paragraph("Heading1", text); }

  // The contact line; each part with a URI is a hyperlink whose target is appended to `links`
  // (relationship ids rId<first_link_id + its index>).
  void ContactLine(const std::vector<ContactPart>& parts, std::vector<std::string>& links,
                   int first_link_id) {
    pugi::xml_node paragraph;
    for (const ContactPart& part : parts) {
      const std::string text = XmlText(part.text);
      if (Blank(text)) continue;
      if (!paragraph) {
        paragraph = Add(body_, "w:p");
        Val(Add(paragraph, "w:pPr"), "w:pStyle", "Contact");
      } else {
        Text(paragraph, kContactSeparator);
      }
      if (part.uri.empty()) {
        Text(paragraph, text);
        continue;
      }
      links.push_back(part.uri);
      const std::string id =
          "rId" + std::to_string(first_link_id + static_cast<int>(links.size()) - 1);
      Text(Add(paragraph, "w:hyperlink", {{"r:id", id}, {"w:history", "1"}}), text);
    }
  }

  // Entry lines keep with the next paragraph; an entry's last line must not, or a run of entries
  // without bullets (education) and the next section would move as one block.
  static void Text(pugi::xml_node parent, std::string_view text) {
    Add(Add(parent, "w:r"), "w:t", {{"xml:space", "preserve"}})
        .text()
        .set(text.data(), text.size());
  }

  void EndEntry() {
    pugi::xml_node properties = body_.last_child().child("w:pPr");
    const std::string_view style = properties.child("w:pStyle").attribute("w:val").value();
    if (style != "EntryHeading" && style != "EntryDetail") return;
    properties.insert_child_after("w:keepNext", properties.child("w:pStyle"))
        .append_attribute("w:val") = "0";
  }

 private:
  pugi::xml_node body_;
};

// The first relationship id free for hyperlinks in document.xml.rels (styles, numbering and
// settings take rId1 to rId3).
constexpr int kFirstLinkId = 4;

void WriteSections(BodyWriter& out, const PrintedResume& document,
                   std::vector<std::string>& links) {
  out.Paragraph("Title", document.contact.name);
  if (!Blank(document.contact.headline)) out.Paragraph(nullptr, document.contact.headline);
  out.ContactLine(ContactParts(document.contact), links, kFirstLinkId);
  if (!Blank(document.summary)) {
    out.Heading(kSummaryHeading);
    out.Lines(document.summary);
  }
  if (!document.experience.empty()) {
    out.Heading(kExperienceHeading);
    for (const ExperienceEntry& entry : document.experience) {
      out.Columns("EntryHeading", entry.title, entry.dates);
      out.Columns("EntryDetail", entry.company, entry.location);
      for (const std::string& bullet : entry.bullets) out.Paragraph("ListBullet", bullet);
      out.EndEntry();
    }
  }
  if (!document.education.empty()) {
    out.Heading(kEducationHeading);
    for (const EducationEntry& entry : document.education) {
      out.Columns("EntryHeading", entry.degree, entry.dates);
      out.Columns("EntryDetail", entry.school, entry.location);
      for (const std::string& bullet : entry.bullets) out.Paragraph("ListBullet", bullet);
      out.EndEntry();
    }
  }
  if (std::any_of(document.skills.begin(), document.skills.end(),
                  [](const std::string& line) { return !Blank(line); })) {
    out.Heading(kSkillsHeading);
    for (const std::string& line : document.skills) {
      if (!Blank(line)) out.Paragraph(nullptr, line);
    }
  }
  if (!document.projects.empty()) {
    out.Heading(kProjectsHeading);
    for (const ProjectEntry& project : document.projects) {
      out.Paragraph("EntryHeading", project.name);
      for (const std::string& bullet : project.bullets) out.Paragraph("ListBullet", bullet);
      out.EndEntry();
    }
  }
  if (!document.certifications.empty()) {
    out.Heading(kCertificationsHeading);
    for (const std::string& certification : document.certifications) {
      out.Paragraph("ListBullet", certification);
    }
  }
  for (const OtherSection& section : document.other) {
    if (Blank(section.heading) && Blank(section.text)) continue;
    out.Heading(section.heading);
    out.Lines(section.text);
  }
}

std::string DocumentXml(const PrintedResume& resume, const Look& look, PaperSize paper,
                        std::vector<std::string>& links) {
  pugi::xml_document document;
  pugi::xml_node root = Root(document, "w:document",
                             {{"xmlns:w", kWordNamespace}, {"xmlns:r", kOfficeRelationships}});
  pugi::xml_node body = Add(root, "w:body");
  BodyWriter out(body);
  WriteSections(out, resume, links);
  if (!body.first_child()) Add(body, "w:p");  // Word wants at least one paragraph

  const Page page = PageFor(paper);
  const std::string margin = std::to_string(look.margin);
  pugi::xml_node section = Add(body, "w:sectPr");
  Add(section, "w:pgSz",
      {{"w:w", std::to_string(page.width)}, {"w:h", std::to_string(page.height)}});
  Add(section, "w:pgMar",
      {{"w:top", margin},
       {"w:right", margin},
       {"w:bottom", margin},
       {"w:left", margin},
       {"w:header", "720"},
       {"w:footer", "720"},
       {"w:gutter", "0"}});
  Add(section, "w:cols", {{"w:space", "720"}});
  return Serialize(document);
}

std::string SettingsXml() {
  pugi::xml_document document;
  pugi::xml_node settings = Root(document, "w:settings", {{"xmlns:w", kWordNamespace}});
  Add(settings, "w:zoom", {{"w:percent", "100"}});
  Val(settings, "w:defaultTabStop", "720");
  Val(settings, "w:characterSpacingControl", "doNotCompress");
  Add(Add(settings, "w:compat"), "w:compatSetting",
      {{"w:name", "compatibilityMode"},
       {"w:uri", "http://schemas.microsoft.com/office/word"},
       {"w:val", "15"}});
  return Serialize(document);
}

struct Relationship {
  std::string_view type;  // after kOfficeRelationships, or a full URI
  std::string_view target;
  bool external = false;  // a URI outside the package (hyperlinks)
};

std::string RelationshipsXml(const std::vector<Relationship>& relationships) {
  pugi::xml_document document;
  pugi::xml_node root = Root(document, "Relationships", {{"xmlns", kPackageRelationships}});
  int id = 0;
  for (const Relationship& relationship : relationships) {
    const std::string type =
        relationship.type.starts_with("http")
            ? std::string(relationship.type)
            : std::string(kOfficeRelationships) + "/" + std::string(relationship.type);
    pugi::xml_node node = Add(
        root, "Relationship",
        {{"Id", "rId" + std::to_string(++id)}, {"Type", type}, {"Target", relationship.target}});
    if (relationship.external) node.append_attribute("TargetMode") = "External";
  }
  return Serialize(document);
}

// Now in W3CDTF, to the second, UTC.
std::string W3cdtfNow() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

std::string CorePropertiesXml(const RenderOptions& options) {
  pugi::xml_document document;
  pugi::xml_node root =
      Root(document, "cp:coreProperties",
           {{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
            {"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
            {"xmlns:dcterms", "http://purl.org/dc/terms/"},
            {"xmlns:dcmitype", "http://purl.org/dc/dcmitype/"},
            {"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"}});
  const std::string title = XmlText(options.title);
  const std::string author = XmlText(options.author);
  if (!title.empty()) Add(root, "dc:title").text().set(title.c_str());
  if (!author.empty()) Add(root, "dc:creator").text().set(author.c_str());
  const std::string now = W3cdtfNow();
  for (const char* name : {"dcterms:created", "dcterms:modified"}) {
    Add(root, name, {{"xsi:type", "dcterms:W3CDTF"}}).text().set(now.c_str());
  }
  return Serialize(document);
}

std::string AppPropertiesXml() {
  pugi::xml_document document;
  pugi::xml_node root =
      Root(document, "Properties",
           {{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
            {"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"}});
  Add(root, "Application").text().set("resuMAX");
  return Serialize(document);
}

struct Part {
  const char* name;
  const char* content_type;  // nullptr for relationship parts (the "rels" default)
  std::string xml;
};

std::string ContentTypesXml(const std::vector<Part>& parts) {
  pugi::xml_document document;
  pugi::xml_node types =
      Root(document, "Types",
           {{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"}});
  Add(types, "Default",
      {{"Extension", "rels"},
       {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  Add(types, "Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  for (const Part& part : parts) {
    if (part.content_type == nullptr) continue;
    Add(types, "Override",
        {{"PartName", "/" + std::string(part.name)}, {"ContentType", part.content_type}});
  }
  return Serialize(document);
}

struct ZipDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipSourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

[[noreturn]] void ZipFailed(std::string_view step, std::string_view detail) {
  throw std::runtime_error("DOCX export: " + std::string(step) + " failed: " + std::string(detail));
}

// The parts zipped in memory, in order.
std::string Zip(const std::vector<Part>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, ZipSourceFree> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) {
    const std::string detail = zip_error_strerror(&error);
    zip_error_fini(&error);
    ZipFailed("zip_source_buffer_create", detail);
  }
  std::unique_ptr<zip_t, ZipDiscard> archive(
      zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) {
    const std::string detail = zip_error_strerror(&error);
    zip_error_fini(&error);
    ZipFailed("zip_open_from_source", detail);
  }
  zip_error_fini(&error);
  // The archive now owns the buffer and frees it when closed; keep a reference to read it.
  zip_source_keep(buffer.get());

  for (const Part& part : parts) {
    zip_source_t* source = zip_source_buffer(archive.get(), part.xml.data(), part.xml.size(), 0);
    if (source == nullptr) ZipFailed("zip_source_buffer", zip_strerror(archive.get()));
    if (zip_file_add(archive.get(), part.name, source, 0) < 0) {
      zip_source_free(source);
      ZipFailed(std::string("adding ") + part.name, zip_strerror(archive.get()));
    }
  }
  if (zip_close(archive.get()) != 0) ZipFailed("zip_close", zip_strerror(archive.get()));
  static_cast<void>(archive.release());

  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_source_stat(buffer.get(), &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
    ZipFailed("zip_source_stat", zip_error_strerror(zip_source_error(buffer.get())));
  }
  if (zip_source_open(buffer.get()) != 0) {
    ZipFailed("zip_source_open", zip_error_strerror(zip_source_error(buffer.get())));
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    ZipFailed("zip_source_read", zip_error_strerror(zip_source_error(buffer.get())));
  }
  return bytes;
}

}  // namespace

std::string RenderDocx(const PrintedResume& document, const RenderOptions& options) {
  const Look look = LookFor(options.layout);
  std::vector<Part> parts;
  parts.push_back({"[Content_Types].xml", nullptr, {}});
  parts.push_back(
      {"_rels/.rels", nullptr,
       RelationshipsXml({{"officeDocument", "word/document.xml"},
                         {"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                          "core-properties",
                          "docProps/core.xml"},
                         {"extended-properties", "docProps/app.xml"}})});
  std::vector<std::string> links;
  parts.push_back(
      {"word/document.xml",
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
       DocumentXml(document, look, options.paper, links)});
  parts.push_back({"word/styles.xml",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
                   StylesXml(look, PageFor(options.paper).width - 2 * look.margin)});
  parts.push_back({"word/numbering.xml",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                   NumberingXml()});
  parts.push_back({"word/settings.xml",
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
                   SettingsXml()});
  std::vector<Relationship> relationships = {
      {"styles", "styles.xml"}, {"numbering", "numbering.xml"}, {"settings", "settings.xml"}};
  for (const std::string& link : links) relationships.push_back({"hyperlink", link, true});
  parts.push_back({"word/_rels/document.xml.rels", nullptr, RelationshipsXml(relationships)});
  parts.push_back({"docProps/core.xml",
                   "application/vnd.openxmlformats-package.core-properties+xml",
                   CorePropertiesXml(options)});
  parts.push_back({"docProps/app.xml",
                   "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   AppPropertiesXml()});
  parts.front().xml = ContentTypesXml(parts);
  return Zip(parts);
}

}  // namespace resumax::exporting

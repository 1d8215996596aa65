#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <unordered_set>
#include <vector>

#include "adapters/documents/readers.h"
#include "domain/parsing/dates.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

constexpr int kMaxDepth = 48;  // nesting of tables and text boxes we follow
constexpr std::uint64_t kMinBombCheckBytes = 64 << 10;

Error Corrupt(std::string internal) {
  return ReadError("corrupt_file",
                   "The Word document is damaged or incomplete. Open it in Word or Google Docs, "
                   "save it again as .docx and upload the new file.",
                   std::move(internal));
}

Error Bomb(std::string internal) {
  return ReadError("zip_bomb",
                   "This document unpacks to far more data than a resume holds. Save it again "
                   "from Word or Google Docs as .docx and upload the new file.",
                   std::move(internal));
}

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};

// The archive with every entry's sizes checked against the limits before anything is inflated.
class Archive {
 public:
  static Result<Archive> Open(std::string_view bytes, const ParseLimits& limits) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
      zip_error_fini(&error);
      return Corrupt("zip_source_buffer_create failed");
    }
    zip_t* raw = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (raw == nullptr) {
      const std::string detail = zip_error_strerror(&error);
      zip_source_free(source);
      zip_error_fini(&error);
      return Corrupt("zip_open: " + detail);
    }
    zip_error_fini(&error);
    Archive archive;
    archive.zip_.reset(raw);
    const zip_int64_t entries = zip_get_num_entries(raw, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits.max_docx_entries) {
      return Bomb("entries: " + std::to_string(entries));
    }
    std::uint64_t total = 0;
    std::uint64_t total_compressed = 0;
    for (zip_int64_t index = 0; index < entries; ++index) {
      zip_stat_t stat;
      zip_stat_init(&stat);
      if (zip_stat_index(raw, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
          !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE) ||
          !(stat.valid & ZIP_STAT_COMP_SIZE)) {
        return Corrupt("zip_stat_index failed");
      }
      if (stat.size > limits.max_uncompressed_bytes) return Bomb("entry too large");
      total += stat.size;
      total_compressed += stat.comp_size;
      if (total > limits.max_uncompressed_bytes) return Bomb("total too large");
      if (stat.size >= kMinBombCheckBytes &&
          static_cast<double>(stat.size) >
              limits.max_compression_ratio *
                  static_cast<double>(std::max<zip_uint64_t>(stat.comp_size, 1))) {
        return Bomb("entry ratio");
      }
      archive.sizes_[stat.name] = stat.size;
    }
    if (total >= kMinBombCheckBytes &&
        static_cast<double>(total) >
            limits.max_compression_ratio *
                static_cast<double>(std::max<std::uint64_t>(total_compressed, 1))) {
      return Bomb("total ratio");
    }
    archive.budget_ = limits.max_uncompressed_bytes;
    return archive;
  }

  bool Has(const std::string& name) const { return sizes_.count(name) > 0; }

  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& [name, size] : sizes_) names.push_back(name);
    return names;
  }

  // Inflates one entry, counting bytes as they come: sizes in the directory can lie.
  Result<std::string> Read(const std::string& name) {
    const auto declared = sizes_.find(name);
    if (declared == sizes_.end()) return Corrupt("missing " + name);
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(zip_.get(), name.c_str(), 0));
    if (!file) return Corrupt("zip_fopen " + name);
    std::string data;
    data.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(declared->second, budget_)));
    char buffer[64 * 1024];
    while (true) {
      const zip_int64_t got = zip_fread(file.get(), buffer, sizeof buffer);
      if (got < 0) return Corrupt("zip_fread " + name);
      if (got == 0) break;
      const auto count = static_cast<std::uint64_t>(got);
      if (count > budget_ || data.size() + count > declared->second) {
        return Bomb("inflated past the declared size of " + name);
      }
      budget_ -= count;
      data.append(buffer, static_cast<std::size_t>(got));
    }
    return data;
  }

 private:
  std::unique_ptr<zip_t, ZipCloser> zip_;
  std::map<std::string, std::uint64_t> sizes_;
  std::uint64_t budget_ = 0;
};

bool OnOff(pugi::xml_node node) {
  if (!node) return false;
  const std::string_view value = node.attribute("w:val").value();
  return value.empty() || value == "1" || value == "true" || value == "on";
}

struct Style {
  std::string name;
  std::optional<bool> bold;
  std::optional<bool> hidden;
  double size = 0;
  std::optional<int> num_id;  // a paragraph style's list: 0 is "no list"
  std::optional<int> level;
  std::string based_on;
};

// Style names for headings ("heading 1" → "Heading1"), weight, size and list numbering, for
// paragraph and character styles alike (their ids share one namespace).
class Styles {
 public:
  void Load(const std::string& xml) {
    pugi::xml_document document;
    if (!document.load_buffer(xml.data(), xml.size(), pugi::parse_default)) return;
    const pugi::xml_node root = document.child("w:styles");
    const pugi::xml_node defaults =
        root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr");
    default_size_ = defaults.child("w:sz").attribute("w:val").as_double() / 2;
    for (pugi::xml_node node : root.children("w:style")) {
      Style style;
      style.name = node.child("w:name").attribute("w:val").value();
      style.based_on = node.child("w:basedOn").attribute("w:val").value();
      const pugi::xml_node run = node.child("w:rPr");
      if (run.child("w:b")) style.bold = OnOff(run.child("w:b"));
      if (run.child("w:vanish")) style.hidden = OnOff(run.child("w:vanish"));
      style.size = run.child("w:sz").attribute("w:val").as_double() / 2;
      const pugi::xml_node numbering = node.child("w:pPr").child("w:numPr");
      if (const pugi::xml_attribute id = numbering.child("w:numId").attribute("w:val")) {
        style.num_id = id.as_int(0);
      }
      if (const pugi::xml_attribute level = numbering.child("w:ilvl").attribute("w:val")) {
        style.level = level.as_int(0);
      }
      styles_[node.attribute("w:styleId").value()] = std::move(style);
    }
  }

  // "Heading1", "Title" or the style's id.
  std::string Name(const std::string& id) const {
    const auto found = styles_.find(id);
    if (found == styles_.end()) return id;
    std::string name = parsing::AsciiLower(found->second.name);
    if (name.starts_with("heading ")) return "Heading" + name.substr(8);
    if (name == "title") return "Title";
    if (name == "subtitle") return "Subtitle";
    return id;
  }

  std::optional<bool> Bold(const std::string& id) const {
    return Resolve<bool>(id, [](const Style& style) { return style.bold; });
  }

  std::optional<bool> Hidden(const std::string& id) const {
    return Resolve<bool>(id, [](const Style& style) { return style.hidden; });
  }

  std::optional<double> Size(const std::string& id) const {
    return Resolve<double>(id, [](const Style& style) -> std::optional<double> {
      if (style.size > 0) return style.size;
      return std::nullopt;
    });
  }

  double DefaultSize() const { return default_size_; }

  std::optional<int> NumId(const std::string& id) const {
    return Resolve<int>(id, [](const Style& style) { return style.num_id; });
  }

  std::optional<int> Level(const std::string& id) const {
    return Resolve<int>(id, [](const Style& style) { return style.level; });
  }

 private:
  template <typename T, typename Get>
  std::optional<T> Resolve(std::string id, Get get) const {
    for (int depth = 0; depth < 16 && !id.empty(); ++depth) {
      const auto found = styles_.find(id);
      if (found == styles_.end()) break;
      if (std::optional<T> value = get(found->second)) return value;
      id = found->second.based_on;
    }
    return std::nullopt;
  }

  std::map<std::string, Style> styles_;
  double default_size_ = 0;
};

// Which list levels print a marker (word/numbering.xml). Writer ties its heading styles to an
// outline list whose levels print nothing (numFmt "none"): those paragraphs are not list items.
class Numbering {
 public:
  void Load(const std::string& xml) {
    pugi::xml_document document;
    if (!document.load_buffer(xml.data(), xml.size(), pugi::parse_default)) return;
    loaded_ = true;
    const pugi::xml_node root = document.child("w:numbering");
    std::map<int, Levels> abstracts;
    for (pugi::xml_node node : root.children("w:abstractNum")) {
      abstracts[node.attribute("w:abstractNumId").as_int(-1)] = ReadLevels(node);
    }
    for (pugi::xml_node node : root.children("w:num")) {
      Levels levels;
      const auto abstract =
          abstracts.find(node.child("w:abstractNumId").attribute("w:val").as_int(-1));
      if (abstract != abstracts.end()) levels = abstract->second;
      for (pugi::xml_node override_node : node.children("w:lvlOverride")) {
        const pugi::xml_node level = override_node.child("w:lvl");
        if (level) levels[override_node.attribute("w:ilvl").as_int(0)] = PrintsMarker(level);
      }
      lists_[node.attribute("w:numId").as_int(-1)] = std::move(levels);
      if (lists_.size() > 4096) break;
    }
  }

  // Whether a paragraph on list `num_id` at `level` shows a bullet or number. Without a
  // numbering part every list counts, as the paragraph asks for one.
  bool Marked(int num_id, int level) const {
    if (num_id <= 0) return false;
    if (!loaded_) return true;
    const auto list = lists_.find(num_id);
    if (list == lists_.end()) return false;
    const auto found = list->second.find(level);
    return found == list->second.end() || found->second;
  }

 private:
  using Levels = std::map<int, bool>;  // level → prints a marker

  static bool PrintsMarker(pugi::xml_node level) {
    const std::string_view format = level.child("w:numFmt").attribute("w:val").value();
    if (format == "none") return false;
    const pugi::xml_node text = level.child("w:lvlText");
    return !text || !std::string_view(text.attribute("w:val").value()).empty() ||
           static_cast<bool>(level.child("w:lvlPicBulletId"));
  }

  static Levels ReadLevels(pugi::xml_node abstract) {
    Levels levels;
    for (pugi::xml_node level : abstract.children("w:lvl")) {
      levels[level.attribute("w:ilvl").as_int(0)] = PrintsMarker(level);
    }
    return levels;
  }

  std::map<int, Levels> lists_;
  bool loaded_ = false;
};

// A part's external hyperlink targets by relationship id ("rId7" → "https://…").
using Relationships = std::map<std::string, std::string, std::less<>>;
constexpr std::size_t kMaxLinks = 200;

// Reads word/_rels/<part>.rels; a missing or malformed one has no links.
Relationships ReadRelationships(const std::string& xml) {
  Relationships out;
  pugi::xml_document document;
  if (!document.load_buffer(xml.data(), xml.size())) return out;
  for (pugi::xml_node relationship : document.child("Relationships").children("Relationship")) {
    const std::string_view type = relationship.attribute("Type").value();
    const std::string_view target = relationship.attribute("Target").value();
    if (!type.ends_with("/hyperlink") || target.empty() || target.size() > 2000) continue;
    out.emplace(relationship.attribute("Id").value(), std::string(target));
    if (out.size() >= 10 * kMaxLinks) break;
  }
  return out;
}

// Walks WordprocessingML in reading order and turns paragraphs into lines.
class Walker {
 public:
  Walker(const Styles& styles, const Numbering& numbering, const Relationships& links,
         Deadline deadline, std::string line_style)
      : styles_(styles),
        numbering_(numbering),
        relationships_(links),
        deadline_(deadline),
        line_style_(std::move(line_style)) {}

  bool timed_out() const { return timed_out_; }
  std::vector<parsing::TextLine>& lines() { return lines_; }
  std::vector<parsing::LinkTarget>& links() { return links_; }
  int page_breaks() const { return page_breaks_; }
  int tables() const { return tables_; }
  int text_boxes() const { return text_boxes_; }

  void Blocks(pugi::xml_node container, int depth) {
    if (depth > kMaxDepth || timed_out_) return;
    for (pugi::xml_node child : container.children()) {
      const std::string_view name = child.name();
      if (name == "w:p") {
        Paragraph(child, depth);
      } else if (name == "w:tbl") {
        const std::size_t before = lines_.size();
        for (pugi::xml_node row : child.children("w:tr")) Row(row, depth + 1);
        if (lines_.size() > before) ++tables_;
      } else if (name == "w:sdt") {
        Blocks(child.child("w:sdtContent"), depth + 1);
      } else if (name == "w:customXml" || name == "w:ins") {
        Blocks(child, depth + 1);
      } else if (name == "mc:AlternateContent") {
        Blocks(child.child("mc:Choice"), depth + 1);
      }
      if (timed_out_) return;
    }
  }

 private:
  // Row by row, cell by cell: a two-column table reads left cell then right cell. A cell
  // holding only a date (a range, often on two short lines: "Jan. 2016 to" over "Current")
  // beside a cell of text is that text's date, and goes on its first line as it reads on the
  // page: "Jan. 2016 to Current⇥Partner", or "Partner⇥Jan. 2016 to Current" when it is right.
  void Row(pugi::xml_node row, int depth) {
    if (depth > kMaxDepth) return;
    std::vector<std::pair<std::size_t, std::size_t>> cells;  // each cell's lines
    for (pugi::xml_node cell : row.children("w:tc")) {
      const std::size_t begin = lines_.size();
      Blocks(cell, depth + 1);
      cells.emplace_back(begin, lines_.size());
      if (timed_out_) return;
    }
    if (cells.size() != 2) return;
    const auto [first_begin, first_end] = cells[0];
    const auto [second_begin, second_end] = cells[1];
    if (first_begin == first_end || second_begin == second_end) return;
    auto date_cell = [this](std::size_t begin, std::size_t end) -> std::optional<std::string> {
      if (end - begin > 3) return std::nullopt;
      std::string joined;
      for (std::size_t index = begin; index < end; ++index) {
        if (!joined.empty()) joined += ' ';
        joined += lines_[index].text;
      }
      if (joined.size() > 48 || !parsing::OnlyDates(joined)) return std::nullopt;
      return joined;
    };
    if (std::optional<std::string> date = date_cell(first_begin, first_end)) {
      if (date_cell(second_begin, second_end)) return;
      lines_[second_begin].text = *date + "\t" + lines_[second_begin].text;
      EraseLines(first_begin, first_end, first_begin);
    } else if (std::optional<std::string> right_date = date_cell(second_begin, second_end)) {
      lines_[first_begin].text += "\t" + *right_date;
      EraseLines(second_begin, second_end, first_begin);
    }
  }

  // Removes lines [begin, end), keeping links on the lines they stand on: a link on a removed
  // line goes to `joined_into`, the line (counted after the removal) that took its text.
  void EraseLines(std::size_t begin, std::size_t end, std::size_t joined_into) {
    const std::size_t count = end - begin;
    for (parsing::LinkTarget& link : links_) {
      if (link.line < 0) continue;
      const auto line = static_cast<std::size_t>(link.line);
      if (line >= end) {
        link.line = static_cast<int>(line - count);
      } else if (line >= begin) {
        link.line = static_cast<int>(joined_into);
      }
    }
    lines_.erase(lines_.begin() + static_cast<std::ptrdiff_t>(begin),
                 lines_.begin() + static_cast<std::ptrdiff_t>(end));
  }

  struct Run {
    std::string text;
    std::size_t chars = 0;
    std::size_t bold_chars = 0;
    double size_weighted = 0;
    std::vector<pugi::xml_node> text_boxes;
  };

  void Paragraph(pugi::xml_node paragraph, int depth) {
    if (std::chrono::steady_clock::now() > deadline_) {
      timed_out_ = true;
      return;
    }
    const pugi::xml_node properties = paragraph.child("w:pPr");
    const std::string style_id = properties.child("w:pStyle").attribute("w:val").value();
    // The paragraph's list: its own numbering, else its style's. A heading tied to an outline
    // list is a heading, whatever its level prints.
    const pugi::xml_node numbering = properties.child("w:numPr");
    const pugi::xml_attribute num_attribute = numbering.child("w:numId").attribute("w:val");
    const int num_id =
        num_attribute ? num_attribute.as_int(0) : styles_.NumId(style_id).value_or(0);
    const pugi::xml_attribute level_attribute = numbering.child("w:ilvl").attribute("w:val");
    const int level =
        level_attribute ? level_attribute.as_int(0) : styles_.Level(style_id).value_or(0);
    const std::string style_name = styles_.Name(style_id);
    const bool heading_style =
        style_name.starts_with("Heading") || style_name == "Title" || style_name == "Subtitle";
    const bool numbered = !heading_style && numbering_.Marked(num_id, level);
    Run run;
    Inline(paragraph, style_id, run, depth);
    // Text boxes anchored in the paragraph come first: they hold names and headings.
    for (pugi::xml_node box : run.text_boxes) {
      const std::size_t before = lines_.size();
      Blocks(box, depth + 1);
      if (lines_.size() > before) ++text_boxes_;
    }
    std::string style = style_name;
    if (!line_style_.empty()) style = line_style_;
    const bool bold = run.bold_chars * 2 > run.chars;
    const double size = run.chars > 0 ? run.size_weighted / static_cast<double>(run.chars) : 0;
    bool first = true;
    for (const std::string& piece : parsing::SplitTrimmed(run.text, "\n")) {
      parsing::TextLine line;
      line.text = parsing::NormalizeText(piece, true);
      line.is_bullet = (numbered && first) || parsing::StripBullet(line.text);
      if (parsing::Trim(line.text).empty()) continue;
      line.page = page_breaks_;
      line.bold = bold;
      line.font_size = std::round(size * 2) / 2;
      line.style = style;
      lines_.push_back(std::move(line));
      first = false;
    }
  }

  void Inline(pugi::xml_node node, const std::string& style_id, Run& run, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node child : node.children()) {
      const std::string_view name = child.name();
      if (name == "w:r") {
        RunContent(child, style_id, run, depth + 1);
      } else if (name == "w:hyperlink") {
        // The link's target, kept apart from its text: an icon may stand for a profile.
        const auto target = relationships_.find(child.attribute("r:id").value());
        if (target != relationships_.end() && links_.size() < kMaxLinks) {
          links_.push_back({target->second, page_breaks_, 0, static_cast<int>(lines_.size())});
        }
        Inline(child, style_id, run, depth + 1);
      } else if (name == "w:smartTag" || name == "w:ins" || name == "w:fldSimple" ||
                 name == "w:customXml" || name == "w:bdo" || name == "w:dir") {
        Inline(child, style_id, run, depth + 1);
      } else if (name == "w:sdt") {
        Inline(child.child("w:sdtContent"), style_id, run, depth + 1);
      } else if (name == "mc:AlternateContent") {
        Inline(child.child("mc:Choice"), style_id, run, depth + 1);
      }
    }
  }

  void RunContent(pugi::xml_node run_node, const std::string& style_id, Run& run, int depth) {
    const pugi::xml_node properties = run_node.child("w:rPr");
    // Direct formatting, else the run's character style, else the paragraph's style.
    const std::string run_style = properties.child("w:rStyle").attribute("w:val").value();
    auto inherited = [&](auto get) {
      if (auto value = get(run_style)) return value;
      return get(style_id);
    };
    const pugi::xml_node hidden_node = properties.child("w:vanish");
    const bool hidden = hidden_node ? OnOff(hidden_node) : inherited([this](const std::string& id) {
                                                             return styles_.Hidden(id);
                                                           }).value_or(false);
    if (hidden) return;  // hidden text is not on the page
    const pugi::xml_node bold_node = properties.child("w:b");
    const bool bold = bold_node ? OnOff(bold_node) : inherited([this](const std::string& id) {
                                                       return styles_.Bold(id);
                                                     }).value_or(false);
    double size = properties.child("w:sz").attribute("w:val").as_double() / 2;
    if (!(size > 0)) {
      size = inherited([this](const std::string& id) {
               return styles_.Size(id);
             }).value_or(styles_.DefaultSize());
    }
    for (pugi::xml_node child : run_node.children()) {
      const std::string_view name = child.name();
      std::string_view text;
      if (name == "w:t") {
        text = child.text().get();
      } else if (name == "w:tab" || name == "w:ptab") {
        text = "\t";
      } else if (name == "w:br" || name == "w:cr") {
        if (std::string_view(child.attribute("w:type").value()) == "page") ++page_breaks_;
        text = "\n";
      } else if (name == "w:lastRenderedPageBreak") {
        ++page_breaks_;
      } else if (name == "w:noBreakHyphen") {
        text = "-";
      } else if (name == "w:drawing" || name == "w:pict" || name == "mc:AlternateContent" ||
                 name == "w:object") {
        FindTextBoxes(child, run.text_boxes, depth + 1);
        FindPictures(child, depth + 1);
      }
      if (text.empty()) continue;
      run.text += text;
      const std::size_t chars = parsing::CodePointCount(text);
      run.chars += chars;
      if (bold) run.bold_chars += chars;
      run.size_weighted += size * static_cast<double>(chars);
    }
  }

  // Text boxes inside a drawing; the VML fallback repeats them, so mc:Fallback is skipped.
  void FindTextBoxes(pugi::xml_node node, std::vector<pugi::xml_node>& boxes, int depth) {
    if (depth > kMaxDepth) return;
    for (pugi::xml_node child : node.children()) {
      const std::string_view name = child.name();
      if (name == "mc:Fallback") continue;
      if (name == "w:txbxContent") {
        boxes.push_back(child);
        continue;
      }
      FindTextBoxes(child, boxes, depth + 1);
    }
  }

  // DrawingML pictures (a wp:inline or wp:anchor holding pic:pic): their size in EMU; the VML
  // fallback repeats them, so mc:Fallback is skipped.
  void FindPictures(pugi::xml_node node, int depth) {
    if (depth > kMaxDepth || pictures_.size() >= kMaxPictures) return;
    for (pugi::xml_node child : node.children()) {
      const std::string_view name = child.name();
      if (name == "mc:Fallback") continue;
      if (name == "wp:inline" || name == "wp:anchor") {
        const pugi::xml_node data = child.child("a:graphic").child("a:graphicData");
        if (data.child("pic:pic")) {
          const pugi::xml_node extent = child.child("wp:extent");
          pictures_.emplace_back(extent.attribute("cx").as_double(),
                                 extent.attribute("cy").as_double());
        }
        continue;
      }
      FindPictures(child, depth + 1);
    }
  }

 public:
  // Each picture's width and height in EMU (914,400 to the inch), at most kMaxPictures.
  const std::vector<std::pair<double, double>>& pictures() const { return pictures_; }

 private:
  static constexpr std::size_t kMaxPictures = 100;
  std::vector<std::pair<double, double>> pictures_;
  const Styles& styles_;
  const Numbering& numbering_;
  const Relationships& relationships_;
  Deadline deadline_;
  std::string line_style_;
  std::vector<parsing::TextLine> lines_;
  std::vector<parsing::LinkTarget> links_;
  int page_breaks_ = 0;
  int tables_ = 0;
  int text_boxes_ = 0;
  bool timed_out_ = false;
};

// pugixml never expands entities beyond the predefined ones and skips the DOCTYPE by default.
constexpr unsigned kXmlOptions = pugi::parse_default | pugi::parse_ws_pcdata;

bool IsHeaderPart(const std::string& name) {
  if (!name.starts_with("word/header") || !name.ends_with(".xml")) return false;
  return name.find('/', 5) == std::string::npos;
}

}  // namespace

Result<parsing::DocumentText> ReadDocx(std::string_view bytes, const ParseLimits& limits,
                                       Deadline deadline) {
  Result<Archive> archive = Archive::Open(bytes, limits);
  if (!archive) return archive.error();
  if (!archive->Has("word/document.xml")) return Corrupt("no word/document.xml");

  Styles styles;
  if (archive->Has("word/styles.xml")) {
    Result<std::string> xml = archive->Read("word/styles.xml");
    if (!xml) return xml.error();
    styles.Load(*xml);
  }
  Numbering numbering;
  if (archive->Has("word/numbering.xml")) {
    Result<std::string> xml = archive->Read("word/numbering.xml");
    if (!xml) return xml.error();
    numbering.Load(*xml);
  }
  Result<std::string> body_xml = archive->Read("word/document.xml");
  if (!body_xml) return body_xml.error();
  pugi::xml_document body;
  if (!body.load_buffer(body_xml->data(), body_xml->size(), kXmlOptions)) {
    return Corrupt("document.xml is not well-formed");
  }
  if (std::chrono::steady_clock::now() > deadline) return TimeoutError();
  // The relationships of a part ("word/header1.xml" → "word/_rels/header1.xml.rels").
  auto relationships = [&](const std::string& part) -> Result<Relationships> {
    const std::size_t slash = part.rfind('/');
    const std::string rels =
        part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
    if (!archive->Has(rels)) return Relationships{};
    Result<std::string> xml = archive->Read(rels);
    if (!xml) return xml.error();
    return ReadRelationships(*xml);
  };
  Result<Relationships> body_links = relationships("word/document.xml");
  if (!body_links) return body_links.error();
  Walker walker(styles, numbering, *body_links, deadline, {});
  walker.Blocks(body.child("w:document").child("w:body"), 0);
  if (walker.timed_out()) return TimeoutError();

  parsing::DocumentText text;
  // What a plain extractor reads: the body's paragraphs in document order, page headers apart.
  for (const parsing::TextLine& line : walker.lines()) {
    text.facts.plain_text += line.text;
    text.facts.plain_text += '\n';
  }
  text.facts.tables = walker.tables();
  text.facts.text_boxes = walker.text_boxes();
  // Pictures against the page (the last section's size, in twentieths of a point; US Letter
  // when none is given). A DOCX has no pages of its own: page stays -1.
  const pugi::xml_node page_size =
      body.child("w:document").child("w:body").child("w:sectPr").child("w:pgSz");
  double page_width = page_size.attribute("w:w").as_double() / 20;
  double page_height = page_size.attribute("w:h").as_double() / 20;
  if (!(page_width > 72 && page_height > 72 && page_width < 20000 && page_height < 20000)) {
    page_width = 612;
    page_height = 792;
  }
  for (const auto& [across_emu, down_emu] : walker.pictures()) {
    const double across = std::clamp(across_emu / 12700, 0.0, 20000.0);  // 12,700 EMU a point
    const double down = std::clamp(down_emu / 12700, 0.0, 20000.0);
    const double area = std::min(1.0, across * down / (page_width * page_height));
    if (area < 0.002) continue;
    text.facts.pictures.push_back({-1, std::min(1.0, std::max(across, down) / page_width), area});
  }
  // Page headers often hold the contact details; they come first, once.
  std::vector<std::string> headers;
  for (const std::string& name : archive->Names()) {
    if (IsHeaderPart(name)) headers.push_back(name);
  }
  std::sort(headers.begin(), headers.end());
  // Lines already taken, to keep each header line once: a set, since a hostile header may have
  // tens of thousands of lines.
  std::unordered_set<std::string> seen;
  for (const parsing::TextLine& line : walker.lines()) seen.insert(line.text);
  for (const std::string& name : headers) {
    Result<std::string> xml = archive->Read(name);
    if (!xml) return xml.error();
    pugi::xml_document header;
    if (!header.load_buffer(xml->data(), xml->size(), kXmlOptions)) continue;
    Result<Relationships> header_links = relationships(name);
    if (!header_links) return header_links.error();
    Walker header_walker(styles, numbering, *header_links, deadline, "Header");
    header_walker.Blocks(header.child("w:hdr"), 0);
    if (header_walker.timed_out()) return TimeoutError();
    for (parsing::LinkTarget& link : header_walker.links()) {
      link.line = 0;  // a page header stands above the body
      if (text.links.size() < kMaxLinks) text.links.push_back(std::move(link));
    }
    for (parsing::TextLine& line : header_walker.lines()) {
      const std::string lower = parsing::AsciiLower(line.text);
      if (lower.starts_with("page ") || !seen.insert(line.text).second) continue;
      text.lines.push_back(std::move(line));
    }
  }
  const int header_lines = static_cast<int>(text.lines.size());
  for (parsing::TextLine& line : walker.lines()) text.lines.push_back(std::move(line));
  for (parsing::LinkTarget& link : walker.links()) {
    link.line += header_lines;
    if (text.links.size() < kMaxLinks) text.links.push_back(std::move(link));
  }
  text.pages = walker.page_breaks() + 1;
  return text;
}

}  // namespace resumax::documents

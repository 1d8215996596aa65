// PDF export: every paragraph is laid out with Pango (line breaking, shaping, font fallback for
// any script) and drawn on a Cairo PDF surface, which embeds subsets of the fonts used and keeps
// the text selectable. Pagination is ours: blocks keep with what follows them (a heading never
// ends a page, an entry's header stays with its first bullet) and long paragraphs split between
// lines with at least two lines on each side.
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/export/writers.h"

namespace resumax::exporting {
namespace {

constexpr double kPointsPerInch = 72.0;

struct Colour {
  double r, g, b;
};

// One template's typography. Sizes are points.
struct Theme {
  const char* family;
  double body_size;
  double name_size;
  double heading_size;
  double margin;         // all four sides
  double line_spacing;   // multiple of the font's natural line height
  double section_gap;    // white space above a section heading
  double entry_gap;      // white space between entries of a section
  double bullet_indent;  // where bullet text starts, from the left margin
  bool centered_header;  // name and contact line centred
  bool uppercase_headings;
  Colour text;
  Colour muted;   // contact line, entry details
  Colour accent;  // name and headings
  Colour rule;
  double rule_width;  // 0 for no rule under headings
};

Theme ThemeFor(Template layout) {
  switch (layout) {
    case Template::kModern:
      return Theme{.family = "Carlito",
                   .body_size = 10.5,
                   .name_size = 24,
                   .heading_size = 12,
                   .margin = 0.7 * kPointsPerInch,
                   .line_spacing = 1.08,
                   .section_gap = 13,
                   .entry_gap = 7,
                   .bullet_indent = 13,
                   .centered_header = false,
                   .uppercase_headings = false,
                   .text = {0.12, 0.13, 0.15},
                   .muted = {0.33, 0.36, 0.40},
                   .accent = {0.12, 0.37, 0.45},
                   .rule = {0.72, 0.82, 0.85},
                   .rule_width = 0.8};
    case Template::kCompact:
      return Theme{.family = "Liberation Sans",
                   .body_size = 9.2,
                   .name_size = 16,
                   .heading_size = 9.6,
                   .margin = 0.5 * kPointsPerInch,
                   .line_spacing = 1.0,
                   .section_gap = 8,
                   .entry_gap = 4,
                   .bullet_indent = 11,
                   .centered_header = false,
                   .uppercase_headings = true,
                   .text = {0.10, 0.10, 0.10},
                   .muted = {0.35, 0.35, 0.35},
                   .accent = {0.10, 0.10, 0.10},
                   .rule = {0.55, 0.55, 0.55},
                   .rule_width = 0.5};
    case Template::kClassic:
      break;
  }
  return Theme{.family = "Liberation Serif",
               .body_size = 10.5,
               .name_size = 20,
               .heading_size = 11,
               .margin = 0.75 * kPointsPerInch,
               .line_spacing = 1.05,
               .section_gap = 12,
               .entry_gap = 7,
               .bullet_indent = 14,
               .centered_header = true,
               .uppercase_headings = true,
               .text = {0.07, 0.07, 0.07},
               .muted = {0.25, 0.25, 0.25},
               .accent = {0.07, 0.07, 0.07},
               .rule = {0.15, 0.15, 0.15},
               .rule_width = 0.6};
}

struct GObjectDeleter {
  void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;

struct FontDeleter {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
using FontPtr = std::unique_ptr<PangoFontDescription, FontDeleter>;

// One layout line placed within a row.
struct Run {
  PangoLayoutLine* line = nullptr;  // owned by a layout the renderer keeps
  double x = 0;
  double baseline = 0;  // from the row's top
  Colour colour{};
};

// A clickable area of a row (the contact line's email, phone and links).
struct LinkArea {
  double x = 0;
  double width = 0;
  std::string uri;
};

// A visual row of the page: one or more runs side by side (text and its right-aligned dates, a
// bullet glyph and its text), or a horizontal rule.
struct Row {
  std::vector<Run> runs;
  double height = 0;
  bool rule = false;
  std::vector<LinkArea> links;
};

struct Block {
  std::vector<Row> rows;
  double space_before = 0;
  bool keep_with_next = false;  // never the last block on a page
  bool keep_together = false;   // never split between pages
};

enum class Weight { kRegular, kBold };
enum class Slant { kUpright, kItalic };

struct TextStyle {
  double size;
  Weight weight = Weight::kRegular;
  Slant slant = Slant::kUpright;
  Colour colour;
  PangoAlignment align = PANGO_ALIGN_LEFT;
};

class PdfWriter {
 public:
  PdfWriter(const RenderOptions& options)
      : theme_(ThemeFor(options.layout)),
        page_width_(options.paper == PaperSize::kA4 ? 595.276 : 612.0),
        page_height_(options.paper == PaperSize::kA4 ? 841.89 : 792.0),
        text_width_(page_width_ - 2 * theme_.margin) {
    surface_ =
        cairo_pdf_surface_create_for_stream(&PdfWriter::Append, &pdf_, page_width_, page_height_);
    cairo_pdf_surface_restrict_to_version(surface_, CAIRO_PDF_VERSION_1_5);
    if (!options.title.empty()) {
      cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, options.title.c_str());
    }
    if (!options.author.empty()) {
      cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_AUTHOR, options.author.c_str());
    }
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "resuMAX");
    cr_ = cairo_create(surface_);
    context_ = pango_cairo_create_context(cr_);
    // Layout in points without hinting, so glyph positions match what the PDF shows.
    cairo_font_options_t* font_options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(font_options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(font_options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context_, font_options);
    cairo_font_options_destroy(font_options);
  }

  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  ~PdfWriter() {
    layouts_.clear();
    if (context_ != nullptr) g_object_unref(context_);
    if (cr_ != nullptr) cairo_destroy(cr_);
    if (surface_ != nullptr) cairo_surface_destroy(surface_);
  }

  const Theme& theme() const { return theme_; }

  void Name(std::string_view name) {
    Block block;
    block.keep_with_next = true;
    AddRows(block, name,
            {.size = theme_.name_size,
             .weight = Weight::kBold,
             .colour = theme_.accent,
             .align = theme_.centered_header ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT},
            0, text_width_);
    blocks_.push_back(std::move(block));
  }

  // "email · phone · location · links", the email, phone and links clickable.
  void ContactLine(const Contact& contact) {
    std::string line;
    struct Target {
      std::size_t start, end;
      std::string uri;
    };
    std::vector<Target> targets;
    for (const ContactPart& part : ContactParts(contact)) {
      if (!line.empty()) line += kContactSeparator;
      const std::size_t start = line.size();
      line += part.text;
      if (!part.uri.empty()) targets.push_back({start, line.size(), part.uri});
    }
    if (line.empty()) return;
    Block block;
    block.space_before = 2;
    const TextStyle style{.size = theme_.body_size,
                          .colour = theme_.muted,
                          .align = theme_.centered_header ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT};
    PangoLayout* layout = NewLayout(line, style, text_width_);
    block.rows = RowsOf(layout, 0, style.colour);
    for (const Target& target : targets) {
      int first_line = 0;
      int last_line = 0;
      int from = 0;
      int to = 0;
      pango_layout_index_to_line_x(layout, static_cast<int>(target.start), 0, &first_line, &from);
      pango_layout_index_to_line_x(layout, static_cast<int>(target.end), 0, &last_line, &to);
      // A target broken over two lines keeps its text but gets no link.
      if (first_line != last_line || first_line < 0 ||
          static_cast<std::size_t>(first_line) >= block.rows.size()) {
        continue;
      }
      Row& row = block.rows[static_cast<std::size_t>(first_line)];
      row.links.push_back({row.runs.front().x + static_cast<double>(from) / PANGO_SCALE,
                           static_cast<double>(to - from) / PANGO_SCALE, target.uri});
    }
    blocks_.push_back(std::move(block));
  }

  void Heading(std::string_view heading) {
    Block block;
    block.space_before = theme_.section_gap;
    block.keep_with_next = true;
    block.keep_together = true;
    AddRows(block, theme_.uppercase_headings ? UppercaseHeading(heading) : std::string(heading),
            {.size = theme_.heading_size, .weight = Weight::kBold, .colour = theme_.accent}, 0,
            text_width_);
    if (theme_.rule_width > 0)
      block.rows.push_back(Row{{}, 5, true});
    else
      block.rows.push_back(Row{{}, 3, false});
    blocks_.push_back(std::move(block));
  }

  // "left … right" on one line: a bold title with its dates, or an italic company with its
  // location. The left side wraps when long; the right side stays on the first row.
  void Pair(std::string_view left, std::string_view right, bool header, double space_before,
            bool keep_with_next) {
    if (left.empty() && right.empty()) return;
    Block block;
    block.space_before = space_before;
    block.keep_with_next = keep_with_next;
    block.keep_together = true;
    const TextStyle left_style{.size = theme_.body_size,
                               .weight = header ? Weight::kBold : Weight::kRegular,
                               .slant = header ? Slant::kUpright : Slant::kItalic,
                               .colour = header ? theme_.text : theme_.muted};
    const TextStyle right_style{.size = theme_.body_size,
                                .slant = header ? Slant::kUpright : Slant::kItalic,
                                .colour = theme_.muted,
                                .align = PANGO_ALIGN_RIGHT};
    double right_width = 0;
    Row right_row;
    if (!right.empty()) {
      PangoLayout* layout = NewLayout(right, right_style, -1);
      int width = 0;
      pango_layout_get_size(layout, &width, nullptr);
      right_width = std::min(text_width_ / 2, static_cast<double>(width) / PANGO_SCALE);
      pango_layout_set_width(layout, static_cast<int>(right_width * PANGO_SCALE) + 1);
      pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
      right_row = RowsOf(layout, text_width_ - right_width, right_style.colour).front();
    }
    const double gap = right.empty() ? 0 : 12;
    if (!left.empty()) {
      AddRows(block, left, left_style, 0, text_width_ - right_width - gap);
    }
    if (!right_row.runs.empty()) {
      if (block.rows.empty()) {
        block.rows.push_back(right_row);
      } else {
        // Align the dates' baseline with the first row's.
        Row& first = block.rows.front();
        Run run = right_row.runs.front();
        run.baseline = first.runs.empty() ? run.baseline : first.runs.front().baseline;
        first.runs.push_back(run);
        first.height = std::max(first.height, right_row.height);
      }
    }
    blocks_.push_back(std::move(block));
  }

  void Bullet(std::string_view text) {
    Block block;
    block.space_before = 1.5;
    const TextStyle style{.size = theme_.body_size, .colour = theme_.text};
    AddRows(block, text, style, theme_.bullet_indent, text_width_ - theme_.bullet_indent);
    PangoLayout* glyph = NewLayout("\u2022", style, -1);
    Row glyph_row = RowsOf(glyph, theme_.bullet_indent * 0.3, style.colour).front();
    if (!block.rows.empty() && !block.rows.front().runs.empty()) {
      Run run = glyph_row.runs.front();
      run.baseline = block.rows.front().runs.front().baseline;
      block.rows.front().runs.insert(block.rows.front().runs.begin(), run);
    }
    blocks_.push_back(std::move(block));
  }

  void Paragraph(std::string_view text, double space_before) {
    Block block;
    block.space_before = space_before;
    AddRows(block, text, {.size = theme_.body_size, .colour = theme_.text}, 0, text_width_);
    blocks_.push_back(std::move(block));
  }

  // An entry's name on its own (a project).
  void EntryName(std::string_view text, double space_before, bool keep_with_next) {
    Block block;
    block.space_before = space_before;
    block.keep_with_next = keep_with_next;
    block.keep_together = true;
    AddRows(block, text, {.size = theme_.body_size, .weight = Weight::kBold, .colour = theme_.text},
            0, text_width_);
    blocks_.push_back(std::move(block));
  }

  std::string Finish() {
    Paginate();
    cairo_surface_finish(surface_);
    if (cairo_surface_status(surface_) != CAIRO_STATUS_SUCCESS) {
      throw std::runtime_error(std::string("PDF rendering failed: ") +
                               cairo_status_to_string(cairo_surface_status(surface_)));
    }
    return std::move(pdf_);
  }

 private:
  static cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }

  PangoLayout* NewLayout(std::string_view text, const TextStyle& style, double width) {
    LayoutPtr layout(pango_layout_new(context_));
    FontPtr font(pango_font_description_new());
    pango_font_description_set_family(font.get(), theme_.family);
    pango_font_description_set_absolute_size(font.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(
        font.get(), style.weight == Weight::kBold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(
        font.get(), style.slant == Slant::kItalic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    if (width > 0) {
      pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
      pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    }
    pango_layout_set_alignment(layout.get(), style.align);
    pango_layout_set_spacing(layout.get(), 0);
    layouts_.push_back(std::move(layout));
    return layouts_.back().get();
  }

  // The rows of a laid-out paragraph, each line placed at x (plus Pango's own offset, which
  // carries centring and right alignment).
  std::vector<Row> RowsOf(PangoLayout* layout, double x, Colour colour) {
    std::vector<Row> rows;
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      const double top = static_cast<double>(logical.y) / PANGO_SCALE;
      const double height = static_cast<double>(logical.height) / PANGO_SCALE;
      const double baseline =
          static_cast<double>(pango_layout_iter_get_baseline(iter)) / PANGO_SCALE;
      Row row;
      row.height = height * theme_.line_spacing;
      row.runs.push_back(Run{pango_layout_iter_get_line_readonly(iter),
                             x + static_cast<double>(logical.x) / PANGO_SCALE,
                             baseline - top + (row.height - height) / 2, colour});
      rows.push_back(std::move(row));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    return rows;
  }

  void AddRows(Block& block, std::string_view text, const TextStyle& style, double x,
               double width) {
    PangoLayout* layout = NewLayout(text, style, width);
    for (Row& row : RowsOf(layout, x, style.colour)) block.rows.push_back(std::move(row));
  }

  double Height(const Block& block, std::size_t from, std::size_t count) const {
    double height = 0;
    for (std::size_t i = from; i < std::min(block.rows.size(), from + count); ++i) {
      height += block.rows[i].height;
    }
    return height;
  }

  // The least height block i needs at the bottom of a page together with what it keeps with.
  double NeededHeight(std::size_t i, bool at_top) const {
    const Block& block = blocks_[i];
    const std::size_t least = block.keep_together || block.rows.size() < 4 ? block.rows.size() : 2;
    double needed = (at_top ? 0 : block.space_before) + Height(block, 0, least);
    if (block.keep_with_next && i + 1 < blocks_.size()) needed += NeededHeight(i + 1, false);
    return needed;
  }

  void NewPage() {
    if (page_started_) cairo_show_page(cr_);
    page_started_ = true;
    y_ = theme_.margin;
  }

  void DrawRow(const Row& row) {
    if (row.rule) {
      cairo_set_source_rgb(cr_, theme_.rule.r, theme_.rule.g, theme_.rule.b);
      cairo_set_line_width(cr_, theme_.rule_width);
      const double y = y_ + 1.5;
      cairo_move_to(cr_, theme_.margin, y);
      cairo_line_to(cr_, theme_.margin + text_width_, y);
      cairo_stroke(cr_);
    }
    for (const Run& run : row.runs) {
      cairo_set_source_rgb(cr_, run.colour.r, run.colour.g, run.colour.b);
      cairo_move_to(cr_, theme_.margin + run.x, y_ + run.baseline);
      pango_cairo_show_layout_line(cr_, run.line);
    }
    for (const LinkArea& link : row.links) {
      char rect[128];
      std::snprintf(rect, sizeof rect, "rect=[%.2f %.2f %.2f %.2f] ", theme_.margin + link.x, y_,
                    link.width, row.height);
      const std::string attributes = std::string(rect) + "uri='" + link.uri + "'";
      cairo_tag_begin(cr_, CAIRO_TAG_LINK, attributes.c_str());
      cairo_tag_end(cr_, CAIRO_TAG_LINK);
    }
    y_ += row.height;
  }

  void Paginate() {
    NewPage();
    const double bottom = page_height_ - theme_.margin;
    for (std::size_t i = 0; i < blocks_.size(); ++i) {
      const Block& block = blocks_[i];
      const bool at_top = y_ <= theme_.margin;
      if (!at_top && y_ + NeededHeight(i, false) > bottom) NewPage();
      if (y_ > theme_.margin) y_ += block.space_before;
      for (std::size_t row = 0; row < block.rows.size(); ++row) {
        const std::size_t left = block.rows.size() - row;
        // Split only between lines, never leaving a single line behind (a widow).
        const bool fits = y_ + block.rows[row].height <= bottom + 0.01;
        const bool widow_next = left == 2 && y_ + Height(block, row, 2) > bottom + 0.01 &&
                                row >= 2 && !block.keep_together;
        if ((!fits || widow_next) && y_ > theme_.margin) NewPage();
        DrawRow(block.rows[row]);
      }
    }
  }

  Theme theme_;
  double page_width_;
  double page_height_;
  double text_width_;
  std::string pdf_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  PangoContext* context_ = nullptr;
  std::vector<LayoutPtr> layouts_;
  std::vector<Block> blocks_;
  double y_ = 0;
  bool page_started_ = false;
};

}  // namespace

std::string RenderPdf(const PrintedResume& document, const RenderOptions& options) {
  PdfWriter pdf(options);
  const Theme& theme = pdf.theme();
  if (!document.contact.name.empty()) pdf.Name(document.contact.name);
  if (!document.contact.headline.empty()) pdf.Paragraph(document.contact.headline, 0);
  pdf.ContactLine(document.contact);
  auto paragraphs = [&](std::string_view text) {
    double gap = 0;
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      if (const std::string_view line = text.substr(0, end); !line.empty()) {
        pdf.Paragraph(line, gap);
        gap = 3;
      }
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
  };
  if (!document.summary.empty()) {
    pdf.Heading(kSummaryHeading);
    paragraphs(document.summary);
  }
  if (!document.experience.empty()) {
    pdf.Heading(kExperienceHeading);
    bool first = true;
    for (const ExperienceEntry& job : document.experience) {
      const bool details = !job.company.empty() || !job.location.empty();
      pdf.Pair(job.title, job.dates, true, first ? 0 : theme.entry_gap,
               details || !job.bullets.empty());
      pdf.Pair(job.company, job.location, false, 0.5, !job.bullets.empty());
      for (const std::string& bullet : job.bullets) pdf.Bullet(bullet);
      first = false;
    }
  }
  if (!document.education.empty()) {
    pdf.Heading(kEducationHeading);
    bool first = true;
    for (const EducationEntry& school : document.education) {
      pdf.Pair(school.degree, school.dates, true, first ? 0 : theme.entry_gap * 0.6,
               !school.school.empty() || !school.location.empty());
      pdf.Pair(school.school, school.location, false, 0.5, !school.bullets.empty());
      for (const std::string& bullet : school.bullets) pdf.Bullet(bullet);
      first = false;
    }
  }
  if (!document.skills.empty()) {
    pdf.Heading(kSkillsHeading);
    for (const std::string& line : document.skills) pdf.Paragraph(line, 0);
  }
  if (!document.projects.empty()) {
    pdf.Heading(kProjectsHeading);
    bool first = true;
    for (const ProjectEntry& project : document.projects) {
      if (!project.name.empty()) {
        pdf.EntryName(project.name, first ? 0 : theme.entry_gap, !project.bullets.empty());
      }
      for (const std::string& bullet : project.bullets) pdf.Bullet(bullet);
      first = false;
    }
  }
  if (!document.certifications.empty()) {
    pdf.Heading(kCertificationsHeading);
    for (const std::string& certification : document.certifications) {
      pdf.Bullet(certification);
    }
  }
  for (const OtherSection& section : document.other) {
    pdf.Heading(section.heading);
    paragraphs(section.text);
  }
  return pdf.Finish();
}

}  // namespace resumax::exporting

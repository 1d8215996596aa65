#include <cairo.h>
#include <glib.h>
#include <poppler.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-font.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <utility>

#include "adapters/documents/pdf_fonts.h"
#include "adapters/documents/readers.h"
#include "domain/parsing/layout.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

void IgnorePopplerMessage(const std::string& /*message*/, void* /*closure*/) {}

// Poppler writes syntax warnings about hostile files to stderr; they belong nowhere.
void SilencePoppler() {
  static const bool silenced = [] {
    poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
    return true;
  }();
  (void)silenced;
}

std::string ToUtf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Weight from the font name ("ABCDEF+Roboto-Bold", "Calibri,Bold", "SourceSans3-Semibold").
bool IsBoldFont(std::string_view name) {
  const std::string lower = parsing::AsciiLower(name.substr(name.find('+') + 1));
  for (std::string_view weight : {"bold", "black", "heavy", "semibold", "demi", ",b", "-b"}) {
    if (weight.size() <= 2 ? lower.ends_with(weight) : lower.find(weight) != std::string::npos) {
      return true;
    }
  }
  // TeX's Computer Modern and cm-super bold faces: CMBX10, SFBX1000, SFSX1000 (sans bold).
  for (std::string_view face : {"cmbx", "sfbx", "sfsx", "cmssbx", "lmroman10-demi"}) {
    if (lower.starts_with(face)) return true;
  }
  return false;
}

// Slant from the font name ("Roboto-Italic", "Helvetica-Oblique", TeX's CMTI10 and SFTI1000).
bool IsItalicFont(std::string_view name) {
  const std::string lower = parsing::AsciiLower(name.substr(name.find('+') + 1));
  for (std::string_view slant : {"italic", "oblique", "slanted", "-it", ",italic"}) {
    if (lower.find(slant) != std::string::npos) return true;
  }
  for (std::string_view face :
       {"cmti", "sfti", "cmssi", "sfsi", "cmsl", "sfsl", "cmbxti", "sfbi"}) {
    if (lower.starts_with(face)) return true;
  }
  return false;
}

// Fonts of symbols and icons (bullets, phone and mail pictograms): their letters are pictures.
bool IsSymbolFont(std::string_view name) {
  const std::string lower = parsing::AsciiLower(name.substr(name.find('+') + 1));
  for (std::string_view face :
       {"marvosym", "dingbat", "zapf", "symbol", "wingding", "webding", "fontawesome", "awesome",
        "academicons", "pzd", "wasy", "bbding", "pifont", "icon"}) {
    if (lower.find(face) != std::string::npos) return true;
  }
  return false;
}

// Turns a box of rotated text so that its reading direction runs left to right.
void Unrotate(parsing::PositionedWord& word, int rotation, double width, double height) {
  const double x0 = word.x0;
  const double y0 = word.y0;
  const double x1 = word.x1;
  const double y1 = word.y1;
  switch (rotation) {
    case 1:
      word = {std::move(word.text), y0,        width - x1,       y1,          width - x0,
              word.font_size,       word.bold, word.space_after, word.italic, word.symbol};
      break;
    case 2:
      word = {std::move(word.text), width - x1, height - y1,      width - x0,  height - y0,
              word.font_size,       word.bold,  word.space_after, word.italic, word.symbol};
      break;
    case 3:
      word = {
          std::move(word.text), height - y1, x0,         height - y0, x1, word.font_size, word.bold,
          word.space_after,     word.italic, word.symbol};
      break;
    default:
      break;
  }
}

bool HasEofMarker(std::string_view bytes) {
  const std::size_t tail = bytes.size() > 2048 ? bytes.size() - 2048 : 0;
  return bytes.substr(tail).find("%%EOF") != std::string_view::npos;
}

// A PDF opened with poppler's GLib interface (link annotations, drawing pages) over the caller's
// bytes, which outlive it; get() is null when poppler cannot open them.
class GlibPdf {
 public:
  explicit GlibPdf(std::string_view bytes) : data_(g_bytes_new_static(bytes.data(), bytes.size())) {
    GError* error = nullptr;
    document_ = poppler_document_new_from_bytes(data_, nullptr, &error);
    if (error != nullptr) g_error_free(error);
  }
  ~GlibPdf() {
    if (document_ != nullptr) g_object_unref(document_);
    g_bytes_unref(data_);
  }
  GlibPdf(const GlibPdf&) = delete;
  GlibPdf& operator=(const GlibPdf&) = delete;
  PopplerDocument* get() const { return document_; }

  // Calls visit(index, page, width, height) on each page in turn, at most max_pages, until the
  // deadline passes or visit answers false; sizes in points. Nothing when poppler could not open
  // the file.
  template <typename Visit>
  void ForEachPage(int max_pages, Deadline deadline, Visit visit) const {
    if (document_ == nullptr) return;
    const int count = std::min(max_pages, poppler_document_get_n_pages(document_));
    for (int index = 0; index < count; ++index) {
      if (std::chrono::steady_clock::now() > deadline) return;
      PopplerPage* page = poppler_document_get_page(document_, index);
      if (page == nullptr) continue;
      double width = 0;
      double height = 0;
      poppler_page_get_size(page, &width, &height);
      const bool more = visit(index, page, width, height);
      g_object_unref(page);
      if (!more) return;
    }
  }

 private:
  GBytes* data_;
  PopplerDocument* document_ = nullptr;
};

// The URI link annotations of every page (icons standing for a profile, "mailto:" and "tel:"
// links), read with poppler's GLib interface, which exposes them; top edges from the page top.
std::vector<parsing::LinkTarget> ReadLinks(const GlibPdf& pdf, int pages, Deadline deadline) {
  std::vector<parsing::LinkTarget> links;
  constexpr std::size_t kMaxLinks = 200;
  pdf.ForEachPage(
      pages, deadline, [&](int index, PopplerPage* page, double /*width*/, double height) {
        std::vector<parsing::LinkTarget> on_page;
        GList* mapping = poppler_page_get_link_mapping(page);
        for (GList* item = mapping; item != nullptr; item = item->next) {
          const auto* link = static_cast<const PopplerLinkMapping*>(item->data);
          if (link->action == nullptr || link->action->type != POPPLER_ACTION_URI ||
              link->action->uri.uri == nullptr) {
            continue;
          }
          const std::string uri = link->action->uri.uri;
          // A URI is printable UTF-8 without spaces: a broken string that runs on into the file's
          // own bytes (seen from a fuzzer) is no link.
          if (uri.empty() || uri.size() > 2000 || !parsing::IsValidUtf8(uri) ||
              std::any_of(uri.begin(), uri.end(), [](char c) {
                return static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == '<' || c == '>' ||
                       c == '"';
              })) {
            continue;
          }
          // Link areas are in PDF space, whose origin is the bottom left of the page.
          on_page.push_back({uri, index, height - std::max(link->area.y1, link->area.y2)});
        }
        poppler_page_free_link_mapping(mapping);
        std::sort(
            on_page.begin(), on_page.end(),
            [](const parsing::LinkTarget& a, const parsing::LinkTarget& b) { return a.y < b.y; });
        for (parsing::LinkTarget& link : on_page) {
          if (links.size() < kMaxLinks) links.push_back(std::move(link));
        }
        return links.size() < kMaxLinks;
      });
  return links;
}

// The pictures on every page, as shares of the page's width and area (at most 100).
std::vector<parsing::FileFacts::Picture> ReadPictures(const GlibPdf& pdf, int pages,
                                                      Deadline deadline) {
  std::vector<parsing::FileFacts::Picture> pictures;
  constexpr std::size_t kMaxPictures = 100;
  pdf.ForEachPage(pages, deadline, [&](int index, PopplerPage* page, double width, double height) {
    GList* mapping = width > 1 && height > 1 ? poppler_page_get_image_mapping(page) : nullptr;
    for (GList* item = mapping; item != nullptr && pictures.size() < kMaxPictures;
         item = item->next) {
      const auto* image = static_cast<const PopplerImageMapping*>(item->data);
      // poppler may give a picture scaled unevenly with its sides swapped: the measures are
      // the longer side against the page's width and the area, both at most the whole page.
      const double across = std::abs(image->area.x2 - image->area.x1);
      const double down = std::abs(image->area.y2 - image->area.y1);
      const double share = std::min(1.0, std::max(across, down) / width);
      const double area = std::min(1.0, across * down / (width * height));
      // Rules and dots drawn as pictures are no pictures to a reader.
      if (area < 0.002) continue;
      pictures.push_back({index, share, area});
    }
    if (mapping != nullptr) poppler_page_free_image_mapping(mapping);
    return pictures.size() < kMaxPictures;
  });
  return pictures;
}

cairo_status_t AppendPng(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::vector<ats::PageImage> RenderPdfPages(std::string_view bytes, int max_pages, int max_width,
                                           Deadline deadline) {
  std::vector<ats::PageImage> images;
  const GlibPdf pdf(bytes);
  constexpr std::size_t kMaxPictureBytes = 6u << 20;
  std::size_t drawn = 0;
  pdf.ForEachPage(
      max_pages, deadline, [&](int /*index*/, PopplerPage* page, double width, double height) {
        // A page's size is the file's word: a hostile one is drawn no larger than max_width wide
        // and twice that high.
        if (!(width > 1 && height > 1 && width < 20000 && height < 20000)) return true;
        const double scale = std::min(static_cast<double>(max_width) / width,
                                      2.0 * static_cast<double>(max_width) / height);
        const int pixels_wide = std::max(1, static_cast<int>(std::lround(width * scale)));
        const int pixels_high = std::max(1, static_cast<int>(std::lround(height * scale)));
        cairo_surface_t* surface =
            cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixels_wide, pixels_high);
        cairo_t* cr = cairo_create(surface);
        cairo_set_source_rgb(cr, 1, 1, 1);
        cairo_paint(cr);
        cairo_scale(cr, scale, scale);
        poppler_page_render(page, cr);
        cairo_destroy(cr);
        ats::PageImage image{pixels_wide, pixels_high, {}};
        if (cairo_surface_write_to_png_stream(surface, AppendPng, &image.png) ==
            CAIRO_STATUS_SUCCESS) {
          drawn += image.png.size();
          images.push_back(std::move(image));
        }
        cairo_surface_destroy(surface);
        // Pictures that compress badly (a page of noise) stop the drawing before the answer
        // outgrows what the sandbox may send back.
        return drawn <= kMaxPictureBytes;
      });
  return images;
}

Result<parsing::DocumentText> ReadPdf(std::string_view bytes, const ParseLimits& limits,
                                      Deadline deadline) {
  SilencePoppler();
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return ReadError("corrupt_file", "The file is too large to be a resume. Upload a smaller PDF.",
                     "pdf larger than INT_MAX");
  }
  // poppler reads the caller's buffer in place; bytes outlives the document.
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    return ReadError("corrupt_file",
                     "The PDF is damaged or incomplete. Export it again from the program that "
                     "made it and upload the new file.",
                     "poppler could not load the document");
  }
  if (document->is_locked()) {
    return ReadError("pdf_encrypted",
                     "This PDF is protected by a password. Export the PDF without a password and "
                     "upload it again.");
  }
  const int pages = document->pages();
  if (pages <= 0) {
    return ReadError("corrupt_file",
                     "The PDF has no pages. Export your resume again as a PDF and upload it.",
                     "zero pages");
  }
  if (pages > limits.max_pages) {
    return ReadError("too_many_pages", "The resume has " + std::to_string(pages) +
                                           " pages; at most " + std::to_string(limits.max_pages) +
                                           " are accepted. Shorten it and upload it again.");
  }
  parsing::DocumentText text;
  text.pages = pages;
  std::vector<double> heights;
  std::size_t letters = 0;
  double column_hint = 0;
  double previous_width = 0;
  for (int index = 0; index < pages; ++index) {
    if (std::chrono::steady_clock::now() > deadline) return TimeoutError();
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) {
      heights.push_back(0);
      continue;
    }
    const poppler::rectf rect = page->page_rect();
    parsing::PageWords words;
    words.page = index;
    words.width = rect.width();
    words.height = rect.height();
    // What a plain extractor reads, in poppler's reading order (pdftotext's).
    if (limits.plain_text) {
      if (index > 0) text.facts.plain_text += '\f';
      text.facts.plain_text +=
          ToUtf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    }
    std::vector<poppler::text_box> boxes = page->text_list(poppler::page::text_list_include_font);
    int rotation_votes[4] = {0, 0, 0, 0};
    for (const poppler::text_box& box : boxes) ++rotation_votes[box.rotation() & 3];
    const int rotation =
        static_cast<int>(std::max_element(std::begin(rotation_votes), std::end(rotation_votes)) -
                         std::begin(rotation_votes));
    words.words.reserve(boxes.size());
    for (const poppler::text_box& box : boxes) {
      if ((box.rotation() & 3) != rotation) continue;  // stray vertical labels
      const poppler::rectf bbox = box.bbox();
      parsing::PositionedWord word;
      word.text = ToUtf8(box.text());
      word.x0 = bbox.left();
      word.y0 = bbox.top();
      word.x1 = bbox.right();
      word.y1 = bbox.bottom();
      word.space_after = box.has_space_after();
      if (box.has_font_info()) {
        word.font_size = box.get_font_size();
        word.bold = IsBoldFont(box.get_font_name());
        word.italic = IsItalicFont(box.get_font_name());
        word.symbol = IsSymbolFont(box.get_font_name());
      }
      if (!(word.font_size > 0)) word.font_size = (word.y1 - word.y0) * 0.8;
      for (char c : word.text) letters += std::isalpha(static_cast<unsigned char>(c)) ? 1 : 0;
      Unrotate(word, rotation, words.width, words.height);
      words.words.push_back(std::move(word));
    }
    if (boxes.empty()) text.facts.pages_without_text.push_back(index);
    if (rotation == 1 || rotation == 3) std::swap(words.width, words.height);
    heights.push_back(words.height);
    // The previous page's right column, for a page too sparse to show its own gutter; only
    // between pages of one width.
    words.column_hint = words.width == previous_width ? column_hint : 0;
    std::vector<parsing::TextLine> laid = parsing::LayoutPage(words);
    column_hint = parsing::RightColumnStart(laid);
    previous_width = words.width;
    for (parsing::TextLine& line : laid) text.lines.push_back(std::move(line));
  }
  if (letters < 40) {
    if (!HasEofMarker(bytes)) {
      return ReadError("corrupt_file",
                       "The PDF is damaged or incomplete. Export it again from the program that "
                       "made it and upload the new file.",
                       "no text and no %%EOF");
    }
    return ReadError("no_text_layer",
                     "This PDF has no selectable text; it looks like a scan or an image. Export "
                     "your resume as a PDF from the program you wrote it in (or upload the DOCX) "
                     "and try again.");
  }
  // Fonts the file leaves to the reader's machine: a machine without them may read other letters.
  for (const poppler::font_info& font : document->fonts()) {
    if (font.is_embedded() || font.name().empty()) continue;
    std::string name = font.name();
    if (std::find(text.facts.fonts_not_embedded.begin(), text.facts.fonts_not_embedded.end(),
                  name) == text.facts.fonts_not_embedded.end() &&
        text.facts.fonts_not_embedded.size() < 20) {
      text.facts.fonts_not_embedded.push_back(std::move(name));
    }
  }
  parsing::DropRunningHeadersAndFooters(text.lines, heights);
  const GlibPdf glib(bytes);
  text.links = ReadLinks(glib, pages, deadline);
  if (limits.plain_text) {
    // What else stands in a reader's way, for the ATS report: pictures beside the text, an
    // owner password, fonts without letters.
    text.facts.pictures = ReadPictures(glib, pages, deadline);
    text.facts.encrypted = document->is_encrypted();
    text.facts.copy_forbidden =
        text.facts.encrypted && !document->has_permission(poppler::perm_copy);
    text.facts.fonts_without_unicode = FontsWithoutUnicode(bytes, pages);
  }
  // Each link stands on the line whose top is nearest its own, on its page.
  for (parsing::LinkTarget& link : text.links) {
    double best = 1e9;
    for (std::size_t i = 0; i < text.lines.size(); ++i) {
      const parsing::TextLine& line = text.lines[i];
      if (line.page != link.page) continue;
      const double distance = std::abs(line.y - link.y);
      if (distance < best) {
        best = distance;
        link.line = static_cast<int>(i);
      }
    }
  }
  return text;
}

}  // namespace resumax::documents

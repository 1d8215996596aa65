#pragma once

#include <string>
#include <utility>
#include <vector>

namespace resumax::parsing {

inline constexpr int kStyleKnown = 4;
inline constexpr int kStyleBold = 1;
inline constexpr int kStyleItalic = 2;

// One line of a document in reading order, with what the reader learned about its look.
// Readers without geometry (DOCX, plain text) leave positions at 0.
struct TextLine {
  std::string text;  // normalised UTF-8; '\t' separates visually distant segments
  int page = 0;
  int column = 0;  // 0 full width, 1 left column, 2 right column
  double x = 0;    // left edge, points
  double y = 0;    // top edge, points from the top of the page
  double width = 0;
  double font_size = 0;   // points; 0 when unknown
  double gap_before = 0;  // vertical white space above the line, points
  bool bold = false;
  bool is_bullet = false;  // a list item; the bullet glyph itself is not in text
  // The type of the line's first and last words (kStyleKnown | kStyleBold | kStyleItalic), or 0
  // when the reader does not know it: a run that ends a line in italics and goes on in italics
  // on the next is one field wrapped.
  int first_style = 0;
  int last_style = 0;
  std::vector<std::pair<std::size_t, int>> style_runs;  // {offset in text, style} where it changes
  std::vector<std::pair<std::size_t, double>> size_runs;  // {offset in text, points} likewise
  std::string style;  // DOCX paragraph style ("Heading1", "Title"), "Header" for page headers
};

// A link the file carries apart from its text (a PDF link annotation): an icon or a word that
// points at a profile, an address or a number.
struct LinkTarget {
  std::string uri;  // "https://www.linkedin.com/in/…", "mailto:…", "tel:…"
  int page = 0;
  double y = 0;   // top edge, points from the top of the page (PDF)
  int line = -1;  // index of the line it stands on or next to in DocumentText::lines
};

// What a reader saw of the file beside its lines, for the report of what an applicant tracking
// system reads (domain/ats).
struct FileFacts {
  // The text as a plain extractor reads it: poppler's reading order for a PDF (pages apart by a
  // form feed), the body's paragraphs in document order for a DOCX.
  std::string plain_text;
  std::vector<int> pages_without_text;          // PDF pages (0-based) with no letters at all
  std::vector<std::string> fonts_not_embedded;  // PDF fonts by name, each once
  // PDF fonts without a map from their glyphs to letters where the glyphs' own names or codes
  // say nothing either (a composite font on Identity codes, glyph names like "g42"), each once.
  std::vector<std::string> fonts_without_unicode;
  // Pictures on PDF pages that also hold text (pages without text are pages_without_text).
  struct Picture {
    int page = 0;            // 0-based; -1 in a DOCX, which has no pages of its own
    double width_share = 0;  // its longer side against the page's width, 0–1
    double area_share = 0;   // of the page's area, 0–1
  };
  std::vector<Picture> pictures;
  bool encrypted = false;       // a PDF encrypted with an owner password (it opened without one)
  bool copy_forbidden = false;  // and its permissions forbid copying its text
  int tables = 0;               // DOCX tables that hold text
  int text_boxes = 0;           // DOCX text boxes and shapes that hold text
};

// A document as the section rules see it: its lines in reading order.
struct DocumentText {
  std::vector<TextLine> lines;
  std::vector<LinkTarget> links;  // in page order, top to bottom
  int pages = 0;
  FileFacts facts;
};

}  // namespace resumax::parsing

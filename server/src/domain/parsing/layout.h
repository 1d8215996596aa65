#pragma once

#include <string>
#include <vector>

#include "domain/parsing/document_text.h"

namespace resumax::parsing {

// A word as a PDF reader sees it: text and its box in points, y growing downwards.
struct PositionedWord {
  std::string text;
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
  double font_size = 0;
  bool bold = false;
  bool space_after = true;
  bool italic = false;
  bool symbol = false;        // drawn in a symbol or icon font: a bullet or an icon, not text
  bool leader_after = false;  // a dot leader ran from this word to the next: fields apart
};

// The words of one page, in the producer's order.
struct PageWords {
  int page = 0;
  double width = 0;
  double height = 0;
  std::vector<PositionedWord> words;
  // Where the previous page's right column began (0: it had none). A page with too few words to
  // show its own gutter (the end of a sidebar beside the end of the main column) is split there
  // when no more than a stray word crosses it.
  double column_hint = 0;
};

// Where a page's right column begins in its laid-out lines (0 when it has none): the hint for the
// next page.
double RightColumnStart(const std::vector<TextLine>& lines);

// Rebuilds a page's lines in reading order: finds a two-column gutter and reads column by
// column, groups words into lines by position, splits far-apart words into '\t' segments,
// undoes letter-spacing, marks bullets and joins wrapped bullet lines.
std::vector<TextLine> LayoutPage(const PageWords& page);

// Drops running headers/footers (repeated near the top or bottom of several pages, page numbers
// aside) and bare page numbers; page_heights[i] is the height of page i.
void DropRunningHeadersAndFooters(std::vector<TextLine>& lines,
                                  const std::vector<double>& page_heights);

// About how wide a line's first word is, with the space after it: its share of the line's
// letters. A line whose last word and the next line's first would not fit in the column wraps.
double FirstWordWidth(const TextLine& line);

}  // namespace resumax::parsing

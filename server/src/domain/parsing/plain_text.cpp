#include "domain/parsing/plain_text.h"

#include <string>

#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {

DocumentText DocumentFromPlainText(std::string_view text) {
  DocumentText document;
  document.pages = 1;
  double blank_lines = 0;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    std::string_view raw = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    std::string spaced;
    spaced.reserve(raw.size());
    std::size_t spaces = 0;
    for (std::size_t at = 0; at < raw.size(); ++at) {
      const char c = raw[at];
      if (c == ' ') {
        ++spaces;
        continue;
      }
      // A dot leader ("Aston University .......... 2012") stands apart as a run of spaces does.
      std::size_t dots = 0;
      while (at + dots < raw.size() && raw[at + dots] == '.') ++dots;
      if (dots >= 4) {
        spaces += 3;
        at += dots - 1;
        continue;
      }
      if (spaces > 0) spaced += spaces >= 3 ? '\t' : ' ';
      spaces = 0;
      spaced += c;
    }
    TextLine line;
    line.text = NormalizeText(spaced, true);
    line.is_bullet = !StripFraming(line.text) && StripBullet(line.text);
    if (Trim(line.text).empty()) {
      ++blank_lines;
      continue;
    }
    line.gap_before = blank_lines;
    blank_lines = 0;
    document.lines.push_back(std::move(line));
  }
  return document;
}

}  // namespace resumax::parsing

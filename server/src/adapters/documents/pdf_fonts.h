#pragma once

// qpdf's headers build as C++17 only with clang 14 (the fuzz preset), so pdf_fonts.cpp is
// compiled as C++17 and this header holds nothing newer.
#include <string>
#include <string_view>
#include <vector>

namespace resumax::documents {

// The names of a PDF's fonts (on its first max_pages pages) that carry no ToUnicode map and
// whose codes name no letters either: a composite font on glyph ids, glyph names like "g42".
// Read with qpdf; a file qpdf cannot walk gives none.
std::vector<std::string> FontsWithoutUnicode(std::string_view bytes, int max_pages);

}  // namespace resumax::documents

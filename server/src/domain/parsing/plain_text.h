#pragma once

#include <string_view>

#include "domain/parsing/document_text.h"

namespace resumax::parsing {

// Reads plain UTF-8 text as lines: bullets marked, runs of 3+ spaces kept as '\t' segments,
// blank lines recorded as gap_before.
DocumentText DocumentFromPlainText(std::string_view text);

}  // namespace resumax::parsing

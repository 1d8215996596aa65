#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"

namespace resumax {

// text without leading and trailing ASCII white space.
std::string_view TrimSpace(std::string_view text);

// The number of characters (UTF-8 code points) in text.
std::size_t CodePoints(std::string_view text);

// A one-line label such as a name or a title: trimmed, 1 to max_characters characters, no
// control characters; a validation error naming field otherwise.
Result<std::string> CleanLabel(std::string_view text, std::string_view field,
                               std::size_t max_characters);

}  // namespace resumax

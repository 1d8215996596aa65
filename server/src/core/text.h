#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/error.h"

namespace resumax {

// text without leading and trailing ASCII white space.
std::string_view TrimSpace(std::string_view text);

// True when the text holds a Unicode bidirectional embedding, override or isolate control
// (U+202A–U+202E, U+2066–U+2069), which can make a name display as something else (an
// override before "fdp.exe" shows it as "exe.pdf").
bool ContainsBidiControl(std::string_view text);

// The longest prefix of UTF-8 text of at most max_bytes that does not split a character.
std::string_view Utf8Prefix(std::string_view text, std::size_t max_bytes);

// text with ASCII letters in lower case; other bytes (and so UTF-8) unchanged.
std::string AsciiLowercase(std::string_view text);
std::string AsciiUppercase(std::string_view text);

// The number of characters (UTF-8 code points) in text.
std::size_t CodePoints(std::string_view text);

// A one-line label such as a name or a title: trimmed, 1 to max_characters characters, no
// control characters; a validation error naming field otherwise.
Result<std::string> CleanLabel(std::string_view text, std::string_view field,
                               std::size_t max_characters);

}  // namespace resumax

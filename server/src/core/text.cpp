#include "core/text.h"

#include <algorithm>
#include <cctype>

namespace resumax {

std::string_view TrimSpace(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

Result<std::string> CleanLabel(std::string_view text, std::string_view field,
                               std::size_t max_characters) {
  const std::string_view trimmed = TrimSpace(text);
  const std::size_t length = CodePoints(trimmed);
  const std::string name(field);
  if (length < 1 || length > max_characters) {
    return Error::Validation(
        field, "Enter a " + name + " of 1 to " + std::to_string(max_characters) + " characters.");
  }
  if (std::any_of(trimmed.begin(), trimmed.end(),
                  [](unsigned char c) { return c < 0x20 || c == 0x7F; })) {
    return Error::Validation(field, "The " + name + " contains characters that are not allowed.");
  }
  return std::string(trimmed);
}

}  // namespace resumax

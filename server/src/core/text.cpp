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

std::string AsciiLowercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string AsciiUppercase(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::size_t CodePoints(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](unsigned char c) { return (c & 0xC0) != 0x80; }));
}

bool ContainsBidiControl(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) != 0xE2) continue;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if ((second == 0x80 && third >= 0xAA && third <= 0xAE) ||
        (second == 0x81 && third >= 0xA6 && third <= 0xA9)) {
      return true;
    }
  }
  return false;
}

std::string_view Utf8Prefix(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  std::size_t end = max_bytes;
  // Back up over continuation bytes to the start of the character the cut would split.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
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
  if (ContainsBidiControl(trimmed) ||
      std::any_of(trimmed.begin(), trimmed.end(),
                  [](unsigned char c) { return c < 0x20 || c == 0x7F; })) {
    return Error::Validation(field, "The " + name + " contains characters that are not allowed.");
  }
  return std::string(trimmed);
}

}  // namespace resumax

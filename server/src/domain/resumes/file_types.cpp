#include "domain/resumes/file_types.h"

#include <algorithm>
#include <cctype>

#include "core/text.h"

namespace resumax::resumes {

bool IsAcceptedType(std::string_view mime_type) {
  return mime_type == kPdf || mime_type == kDocx || mime_type == kText || mime_type == kJsonResume;
}

bool ExtensionMatches(std::string_view filename, std::string_view mime_type) {
  const auto dot = filename.rfind('.');
  if (dot == std::string_view::npos) return false;
  std::string extension(filename.substr(dot + 1));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (mime_type == kPdf) return extension == "pdf";
  if (mime_type == kDocx) return extension == "docx";
  if (mime_type == kText) return extension == "txt" || extension == "text";
  if (mime_type == kJsonResume) return extension == "json";
  return false;
}

bool MagicMatches(std::string_view mime_type, std::string_view first_bytes) {
  if (mime_type == kPdf) {
    // The header may follow a little junk, as real PDF readers allow.
    const auto header = first_bytes.substr(0, 1024).find("%PDF-");
    return header != std::string_view::npos;
  }
  if (mime_type == kDocx) return first_bytes.starts_with(std::string_view("PK\x03\x04", 4));
  if (mime_type == kText) {
    return !first_bytes.empty() &&
           std::none_of(first_bytes.begin(), first_bytes.end(), [](char c) { return c == '\0'; });
  }
  if (mime_type == kJsonResume) {
    if (first_bytes.starts_with("\xEF\xBB\xBF")) first_bytes.remove_prefix(3);
    first_bytes = TrimSpace(first_bytes);
    return first_bytes.starts_with('{') &&
           std::none_of(first_bytes.begin(), first_bytes.end(), [](char c) { return c == '\0'; });
  }
  return false;
}

std::string CleanFilename(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  std::string out;
  for (const char c : filename) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F || c == '"') continue;
    out.push_back(c);
  }
  constexpr std::size_t kMaxBytes = 200;
  if (out.size() > kMaxBytes) {
    // A long name is shortened before its extension, so that the extension still says the type.
    const auto dot = out.rfind('.');
    const std::size_t extension = dot == std::string::npos ? 0 : out.size() - dot;
    if (dot != std::string::npos && dot > 0 && extension <= 16) {
      out = std::string(Utf8Prefix(out.substr(0, dot), kMaxBytes - extension)) + out.substr(dot);
    } else {
      out = std::string(Utf8Prefix(out, kMaxBytes));
    }
  }
  return out.empty() ? "document" : out;
}

}  // namespace resumax::resumes

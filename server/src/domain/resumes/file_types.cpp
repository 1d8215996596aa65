#include "domain/resumes/file_types.h"

#include <algorithm>
#include <cctype>

namespace resumax::resumes {

bool IsAcceptedType(std::string_view mime_type) {
  return mime_type == kPdf || mime_type == kDocx || mime_type == kText;
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
  if (out.size() > 200) {
    out.resize(200);
    // Drop a multibyte character the cut split.
    std::size_t start = out.size();
    while (start > 0 && (static_cast<unsigned char>(out[start - 1]) & 0xC0) == 0x80) --start;
    if (start > 0 && (static_cast<unsigned char>(out[start - 1]) & 0x80)) {
      const auto lead = static_cast<unsigned char>(out[start - 1]);
      const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
      if (out.size() - (start - 1) < length) out.resize(start - 1);
    }
  }
  return out.empty() ? "document" : out;
}

}  // namespace resumax::resumes

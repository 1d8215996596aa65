#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace resumax::resumes {

inline constexpr std::string_view kPdf = "application/pdf";
inline constexpr std::string_view kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr std::string_view kText = "text/plain";
inline constexpr std::string_view kJsonResume = "application/json";  // a JSON Resume file

// True for the document types resuMAX reads.
bool IsAcceptedType(std::string_view mime_type);

// True when the filename's extension belongs to mime_type (.pdf, .docx, .txt, .json).
bool ExtensionMatches(std::string_view filename, std::string_view mime_type);

// True when the first bytes of a file look like mime_type (PDF header, ZIP header, text, a JSON
// object).
bool MagicMatches(std::string_view mime_type, std::string_view first_bytes);

// A filename safe to show and to put in a Content-Disposition header: no path, no control
// characters, at most 200 bytes.
std::string CleanFilename(std::string_view filename);

}  // namespace resumax::resumes

#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/ats/ats_report.h"
#include "domain/document/resume_document.h"

namespace resumax::documents {

// Bounds on the work one upload may cause; hostile files fail with an error instead.
struct ParseLimits {
  int max_pages = 10;
  std::size_t max_docx_entries = 1000;
  std::uint64_t max_uncompressed_bytes = 50ull << 20;
  double max_compression_ratio = 100;
  std::chrono::milliseconds time_limit{15000};
  // Also read the text as a plain extractor does (FileFacts::plain_text), for the ATS report:
  // a second pass over every PDF page, so only when asked.
  bool plain_text = false;
  // Draw a PDF's pages as pictures (Inspection::pages): only the report of an upload shows them.
  bool page_pictures = false;
};

// Sniffs magic bytes: "application/pdf",
// "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain"
// (valid UTF-8 text), or nullopt. JSON is text: a declared "application/json" (a JSON Resume)
// is accepted when the bytes are text.
std::optional<std::string> DetectMimeType(std::string_view bytes);

// A parsed resume: its readable text and the document read from it.
struct ParseOutput {
  std::string parsed_text;
  document::ResumeDocument document;
  int pages = 0;  // PDF pages; DOCX explicit and rendered page breaks + 1; 1 for text
};

// Reads bytes whose declared type is mime_type; refuses a mismatch with unsupported_file_type.
Result<ParseOutput> ParseResume(std::string_view bytes, std::string_view mime_type,
                                const ParseLimits& limits);

// A resume file read for the ATS report: its parse, the text as a plain extractor reads it
// (poppler's reading order, the DOCX body in document order, a text file as it is) and what in
// the file stands in a reader's way (ats::FileFindings).
struct Inspection {
  ParseOutput output;
  std::string extracted_text;
  std::vector<ats::Finding> findings;
  std::vector<ats::PageImage> pages;  // a PDF's pages as pictures when limits.page_pictures
};

// How wide the report's page pictures are drawn, in pixels.
inline constexpr int kAtsPageWidth = 900;

// ParseResume's reading with the plain text and the file's findings; the same errors.
Result<Inspection> InspectResume(std::string_view bytes, std::string_view mime_type,
                                 ParseLimits limits);

}  // namespace resumax::documents

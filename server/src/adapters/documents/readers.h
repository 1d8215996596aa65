#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/documents/resume_reader.h"
#include "core/error.h"
#include "domain/ats/ats_report.h"
#include "domain/parsing/document_text.h"

namespace resumax::documents {

// When a parse must give up.
using Deadline = std::chrono::steady_clock::time_point;

// An expected failure of reading an upload, with what the user should do about it.
Error ReadError(std::string code, std::string message, std::string internal = {});

// The deadline-passed error (parse_timeout).
Error TimeoutError();

// Reads a PDF's text layer with poppler: lines in reading order with font size and weight.
Result<parsing::DocumentText> ReadPdf(std::string_view bytes, const ParseLimits& limits,
                                      Deadline deadline);

// Draws each page of a PDF (at most max_pages) as a PNG at most max_width pixels wide, with
// poppler's GLib interface and Cairo; pages left when the deadline passes, or once the pictures
// pass 6 MB, are not drawn.
std::vector<ats::PageImage> RenderPdfPages(std::string_view bytes, int max_pages, int max_width,
                                           Deadline deadline);

// Reads a DOCX with libzip and pugixml: paragraphs, tables, text boxes and page headers.
Result<parsing::DocumentText> ReadDocx(std::string_view bytes, const ParseLimits& limits,
                                       Deadline deadline);

}  // namespace resumax::documents

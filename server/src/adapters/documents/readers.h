#pragma once

#include <chrono>
#include <string>
#include <string_view>

#include "adapters/documents/resume_reader.h"
#include "core/error.h"
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

// Reads a DOCX with libzip and pugixml: paragraphs, tables, text boxes and page headers.
Result<parsing::DocumentText> ReadDocx(std::string_view bytes, const ParseLimits& limits,
                                       Deadline deadline);

}  // namespace resumax::documents

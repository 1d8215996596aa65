#include "adapters/documents/resume_reader.h"

#include <boost/json/parse.hpp>
#include <cctype>
#include <new>

#include "adapters/documents/readers.h"
#include "domain/document/json_resume.h"
#include "domain/parsing/plain_text.h"
#include "domain/parsing/resume_sections.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

constexpr std::string_view kPdf = "application/pdf";
constexpr std::string_view kDocx =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
constexpr std::string_view kText = "text/plain";
constexpr std::string_view kJson = "application/json";
constexpr std::size_t kMaxJsonIssuesShown = 5;

// "Text/Plain; charset=utf-8" → "text/plain".
std::string BaseType(std::string_view mime_type) {
  return parsing::AsciiLower(parsing::Trim(mime_type.substr(0, mime_type.find(';'))));
}

bool LooksLikeText(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!parsing::IsValidUtf8(bytes)) return false;
  std::size_t controls = 0;
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == 0) return false;
    if (byte < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++controls;
  }
  return controls * 100 <= bytes.size();
}

bool HasLetters(const parsing::DocumentText& text) {
  for (const parsing::TextLine& line : text.lines) {
    for (char c : line.text) {
      if (std::isalpha(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80)) {
        return true;
      }
    }
  }
  return false;
}

Error EmptyDocument() {
  return ReadError("empty_document",
                   "The file has no text in it. Upload the resume file that holds your text.");
}

// A JSON Resume file "parses" by mapping: its fields go to the document's, its text is the
// document's text. Not JSON, not a JSON Resume, or values of the wrong type: invalid_json_resume
// naming the paths.
Result<ParseOutput> ReadJsonResume(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  boost::json::error_code error;
  boost::json::parse_options options;
  options.max_depth = 32;
  const boost::json::value json = boost::json::parse(bytes, error, {}, options);
  if (error || !document::LooksLikeJsonResume(json)) {
    return ReadError("invalid_json_resume",
                     "This JSON file is not a JSON Resume (jsonresume.org): it needs basics, work "
                     "or education. Upload a JSON Resume, or your resume as PDF or DOCX.",
                     error ? "json: " + error.message() : "json: no resume sections");
  }
  std::vector<document::Issue> issues;
  ParseOutput output{{}, document::FromJsonResume(json, issues), 1};
  for (const document::Issue& issue : document::Validate(output.document)) issues.push_back(issue);
  if (!issues.empty()) {
    std::string where;
    for (std::size_t i = 0; i < issues.size() && i < kMaxJsonIssuesShown; ++i) {
      where += (i == 0 ? "" : "; ") + issues[i].path + ": " + issues[i].message;
    }
    if (issues.size() > kMaxJsonIssuesShown) where += "; and more";
    return ReadError("invalid_json_resume",
                     "This JSON Resume has values resuMAX cannot read (" + where +
                         "). Correct them and upload the file again.",
                     "json resume: " + std::to_string(issues.size()) + " issues");
  }
  output.parsed_text = document::AllText(output.document);
  return output;
}

}  // namespace

Error ReadError(std::string code, std::string message, std::string internal) {
  return {ErrorKind::kBadRequest, std::move(code), std::move(message), {}, std::move(internal), 0};
}

Error TimeoutError() {
  return ReadError("parse_timeout",
                   "Reading this file took too long. Export it again with fewer pages or images "
                   "(or upload it as DOCX) and try again.");
}

std::optional<std::string> DetectMimeType(std::string_view bytes) {
  if (bytes.empty()) return std::nullopt;
  // The PDF header may follow a little junk; readers accept it within the first kilobyte.
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return std::string(kPdf);
  if (bytes.starts_with("PK\x03\x04")) {
    // Entry names are stored uncompressed, in the local headers and the central directory.
    if (bytes.find("word/document.xml") != std::string_view::npos) return std::string(kDocx);
    return std::nullopt;
  }
  if (LooksLikeText(bytes)) return std::string(kText);
  return std::nullopt;
}

namespace {

// Reads and parses; `read`, when given, receives the reader's lines and facts.
Result<ParseOutput> ReadAndParse(std::string_view bytes, std::string_view mime_type,
                                 const ParseLimits& limits, parsing::DocumentText* read) {
  const Deadline deadline = std::chrono::steady_clock::now() + limits.time_limit;
  const std::string declared = BaseType(mime_type);
  if (declared != kPdf && declared != kDocx && declared != kText && declared != kJson) {
    return Error{ErrorKind::kUnsupportedMediaType,
                 "unsupported_file_type",
                 "This file type is not supported. Upload your resume as a PDF, a Word document "
                 "(.docx) or a plain-text file.",
                 {},
                 "declared " + declared,
                 0};
  }
  if (parsing::Trim(bytes).find_first_not_of("\r\n\f") == std::string_view::npos) {
    return EmptyDocument();
  }
  const std::optional<std::string> detected = DetectMimeType(bytes);
  // A ZIP declared as DOCX is read as one: a damaged archive is corrupt_file, not another type.
  const bool zip_as_docx = declared == kDocx && bytes.starts_with("PK\x03\x04");
  const bool json_as_text = declared == kJson && detected == kText;
  if (!zip_as_docx && !json_as_text && (!detected || *detected != declared)) {
    return Error{ErrorKind::kUnsupportedMediaType,
                 "unsupported_file_type",
                 "The file's contents do not match its type. Save or export your resume again as "
                 "PDF, DOCX or plain text and upload that file.",
                 {},
                 "declared " + declared + ", detected " + detected.value_or("unknown"),
                 0};
  }
  try {
    if (declared == kJson) return ReadJsonResume(bytes);
    Result<parsing::DocumentText> text = parsing::DocumentText{};
    if (declared == kPdf) {
      text = ReadPdf(bytes, limits, deadline);
    } else if (declared == kDocx) {
      text = ReadDocx(bytes, limits, deadline);
    } else {
      if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
      text = parsing::DocumentFromPlainText(bytes);
    }
    if (!text) return text.error();
    if (!HasLetters(*text)) return EmptyDocument();
    if (std::chrono::steady_clock::now() > deadline) return TimeoutError();
    parsing::ParsedResume parsed = parsing::ParseDocument(*text);
    const int pages = text->pages;
    if (read != nullptr) *read = std::move(*text);
    return ParseOutput{std::move(parsed.text), std::move(parsed.document), pages};
  } catch (const std::bad_alloc&) {
    return ReadError("too_large",
                     "This file needs more memory to read than a resume can. Export it again as "
                     "a simpler PDF or DOCX (fewer images and pages) and upload the new file.",
                     "out of memory while parsing");
  }
}

}  // namespace

Result<ParseOutput> ParseResume(std::string_view bytes, std::string_view mime_type,
                                const ParseLimits& limits) {
  return ReadAndParse(bytes, mime_type, limits, nullptr);
}

Result<Inspection> InspectResume(std::string_view bytes, std::string_view mime_type,
                                 ParseLimits limits) {
  limits.plain_text = true;
  parsing::DocumentText read;
  Result<ParseOutput> output = ReadAndParse(bytes, mime_type, limits, &read);
  if (!output) return output.error();
  Inspection inspection;
  const std::string declared = BaseType(mime_type);
  if (declared == kPdf || declared == kDocx) {
    inspection.extracted_text = std::move(read.facts.plain_text);
  } else if (declared == kText) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    inspection.extracted_text = std::string(bytes);
  } else {
    inspection.extracted_text = output->parsed_text;  // a JSON Resume is data, not a layout
  }
  read.facts.plain_text = inspection.extracted_text;
  inspection.findings = ats::FileFindings(read);
  if (declared == kPdf && limits.page_pictures) {
    inspection.pages = RenderPdfPages(bytes, limits.max_pages, kAtsPageWidth,
                                      std::chrono::steady_clock::now() + limits.time_limit);
  }
  inspection.output = std::move(*output);
  return inspection;
}

}  // namespace resumax::documents

#pragma once

#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/document/resume_document.h"
#include "domain/parsing/document_text.h"

// What an applicant tracking system reads of a resume file: the text as a plain extractor
// gets it, the document's fields as read back from the file, what in the file stands in a
// reader's way, and a readability score (docs/ats.md has the formula).
namespace resumax::ats {

enum class Severity { kBlocker, kWarning, kTip };
std::string_view SeverityName(Severity severity);

// One thing in the file that a reader may get wrong, where it is and how to fix it.
struct Finding {
  std::string code;  // "multiple_columns", "layout_table", "contact_in_header", …
  Severity severity = Severity::kTip;
  std::string message;
  std::string where;  // "page 2", "page header", "experience[1]", "file"
  std::string fix;
  friend bool operator==(const Finding&, const Finding&) = default;
};

// A page of the file drawn as a picture (PNG), for the report's view beside the extracted text.
struct PageImage {
  int width = 0;  // pixels
  int height = 0;
  std::string png;
};

// Where a page's picture can be fetched (a short-lived signed link).
struct PageLink {
  int page = 0;  // 1-based
  int width = 0;
  int height = 0;
  std::string url;
};

// One field of the document and what the file gives back for it.
struct FieldCheck {
  std::string path;      // "contact.email", "experience[0].company", "skills[3]"
  std::string expected;  // the document's value
  std::string found;     // what reading the file gave ("" when nothing)
  std::string status;    // "ok", "missing" or "different"
};

struct Report {
  std::string extracted_text;
  std::vector<FieldCheck> fields;
  std::vector<Finding> findings;  // blockers first, then warnings, then tips
  int fields_ok = 0;
  int score = 0;                // 0–100
  std::vector<PageLink> pages;  // PDF pages as pictures; empty for other files
};

// What the file's reading shows (columns, tables, text boxes, header-only contact, pages
// without text, icon links, characters that extract wrongly, fonts left out): the findings
// that need the file itself. Pure; runs where the file is read.
std::vector<Finding> FileFindings(const parsing::DocumentText& text);

// The file as it reached resuMAX and as it was read back.
struct ReportInput {
  std::string file_name;
  std::uint64_t size_bytes = 0;
  std::string extracted_text;
  std::vector<Finding> file_findings;  // FileFindings of the file's reading
  document::ResumeDocument read_back;  // the parser's reading of the file
  document::ResumeDocument document;   // the document the user keeps
};

// The whole report: the file's findings with those of its name, size, headings and dates, each
// field of `document` checked against `read_back`, and the score. The same input always gives
// the same report.
Report BuildReport(const ReportInput& input);

// The report as the API answers it (camelCase, docs/openapi.yaml's AtsReport).
boost::json::value ToJson(const Report& report);

// Findings to and from the JSON the parse sandbox sends back.
boost::json::value FindingsToJson(const std::vector<Finding>& findings);
std::vector<Finding> FindingsFromJson(const boost::json::value& json);

}  // namespace resumax::ats

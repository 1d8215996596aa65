#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/document/resume_document.h"

namespace resumax::resumes {

struct Resume {
  std::string id;
  std::string user_id;
  std::string title;
  std::string original_filename;
  std::string storage_key;
  std::string mime_type;
  std::int64_t size_bytes = 0;
  std::string parse_status = "pending";
  std::optional<std::string> parse_error_code;
  std::optional<std::string> parse_error_message;
  std::optional<std::string> parsed_text;
  // The document as the user keeps it (the parser's, or the user's corrections of it); set once
  // the file was read. Each save adds one to `revision`; `edited` while it differs from what
  // the parser read.
  std::optional<document::ResumeDocument> document;
  long long revision = 0;
  bool edited = false;
  std::optional<double> last_score;
  std::optional<std::string> deleted_at;
  std::string created_at;
  std::string updated_at;
};

}  // namespace resumax::resumes

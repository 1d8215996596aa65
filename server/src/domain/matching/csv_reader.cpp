#include "domain/matching/csv_reader.h"

namespace resumax::optimize {

CsvReader::CsvReader(std::string_view data, char separator) : data_(data), separator_(separator) {
  if (data_.starts_with("\xEF\xBB\xBF")) at_ = 3;
}

bool CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  if (at_ >= data_.size()) return false;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  while (at_ < data_.size()) {
    const char c = data_[at_++];
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (at_ < data_.size() && data_[at_] == '"') {
        field += '"';
        ++at_;
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else if (c == separator_) {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && at_ < data_.size() && data_[at_] == '\n') ++at_;
      break;
    } else {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  return true;
}

}  // namespace resumax::optimize

#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::optimize {

// Reads RFC 4180 CSV held in memory: comma-separated fields, optionally in double quotes, where
// a quoted field may hold commas, line breaks and "" for a quote. Lines end in LF or CRLF.
// A UTF-8 byte-order mark at the start is skipped.
class CsvReader {
 public:
  explicit CsvReader(std::string_view data, char separator = ',');

  // Reads the next record into `fields`; false at the end of the data.
  bool Next(std::vector<std::string>& fields);

 private:
  std::string_view data_;
  std::size_t at_ = 0;
  char separator_;
};

}  // namespace resumax::optimize

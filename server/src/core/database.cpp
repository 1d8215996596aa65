#include "core/database.h"

#include <charconv>

namespace resumax::db {

const std::string& Row::Text(std::size_t index) const {
  static const std::string kEmpty;
  const auto& column = columns_.at(index);
  return column ? *column : kEmpty;
}

std::int64_t Row::Int(std::size_t index) const {
  const auto& text = Text(index);
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

}  // namespace resumax::db

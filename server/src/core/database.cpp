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

namespace {

// ASCII only (SQL keywords and our table names), without the C library's locale lookups: this
// runs for every traced statement.
bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsWordCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '.';
}
char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view NextWord(std::string_view text, std::size_t& at) {
  while (at < text.size() && IsSpace(text[at])) ++at;
  const std::size_t start = at;
  while (at < text.size() && IsWordCharacter(text[at])) ++at;
  return text.substr(start, at - start);
}

bool SameWord(std::string_view word, std::string_view upper) {
  if (word.size() != upper.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (Upper(word[i]) != upper[i]) return false;
  }
  return true;
}

}  // namespace

std::string StatementName(std::string_view sql) {
  std::size_t at = 0;
  const std::string_view first = NextWord(sql, at);
  std::string name;
  for (const char c : first) name += Upper(c);
  if (name.empty()) return "SQL";
  // The table follows FROM (SELECT, DELETE), INTO (INSERT) or the verb itself (UPDATE).
  std::string_view marker = name == "INSERT" ? "INTO" : "FROM";
  if (name == "UPDATE") {
    const std::string_view table = NextWord(sql, at);
    if (!table.empty()) name.append(" ").append(table);
    return name;
  }
  while (at < sql.size()) {
    const std::string_view word = NextWord(sql, at);
    if (word.empty()) {
      ++at;
      continue;
    }
    if (SameWord(word, marker)) {
      const std::string_view table = NextWord(sql, at);
      if (!table.empty()) name.append(" ").append(table);
      break;
    }
  }
  return name;
}

}  // namespace resumax::db

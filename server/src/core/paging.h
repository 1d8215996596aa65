#pragma once

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"

namespace resumax {

// A page of a list and the cursor of the next one (absent on the last page).
template <typename T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
};

// Where a page starts: the offset a cursor names (empty: the first page); 422 for anything else.
inline Result<int> OffsetFromCursor(const std::string& cursor) {
  if (cursor.empty()) return 0;
  int offset = 0;
  const auto [end, ec] = std::from_chars(cursor.data(), cursor.data() + cursor.size(), offset);
  if (ec != std::errc() || end != cursor.data() + cursor.size() || offset < 0) {
    return Error::Validation("cursor", "The cursor is not valid.");
  }
  return offset;
}

// Turns rows fetched with LIMIT limit + 1 into a page: the extra row only says there is more.
template <typename T>
Page<T> MakePage(std::vector<T> rows, int limit, int offset) {
  Page<T> page{std::move(rows), std::nullopt};
  if (static_cast<int>(page.items.size()) > limit) {
    page.items.resize(static_cast<std::size_t>(limit));
    page.next_cursor = std::to_string(offset + limit);
  }
  return page;
}

}  // namespace resumax

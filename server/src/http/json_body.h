#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "core/error.h"
#include "core/paging.h"
#include "http/message.h"

namespace resumax::http {

// The request body as a JSON object: 415 when it is not declared as JSON, 400 when it does not
// parse or is not an object.
Result<boost::json::object> ParseJsonObject(const Request& request);

// A string field that must be present and at most max_length bytes.
Result<std::string> RequiredString(const boost::json::object& body, std::string_view field,
                                   std::size_t max_length);

// A string field that may be absent (or null); wrong type or too long is an error.
Result<std::optional<std::string>> OptionalString(const boost::json::object& body,
                                                  std::string_view field, std::size_t max_length);

Response Json(int status, const boost::json::value& body);

// The text, or JSON null when absent.
boost::json::value Nullable(const std::optional<std::string>& text);

// A file size in bytes: any whole number (the service checks its range); sizes beyond int64 are
// clamped, so they still fail the service's maximum.
Result<std::int64_t> RequiredSize(const boost::json::object& body, std::string_view field);

// A page of a list as {items, nextCursor}, each item made by to_json.
template <typename T, typename ToJson>
Response PageJson(const Page<T>& page, ToJson to_json) {
  boost::json::array items;
  for (const auto& item : page.items) items.push_back(to_json(item));
  return Json(200, {{"items", std::move(items)}, {"nextCursor", Nullable(page.next_cursor)}});
}

}  // namespace resumax::http

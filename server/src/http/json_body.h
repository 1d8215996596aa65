#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>

#include "core/error.h"
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

}  // namespace resumax::http

#include "http/json_body.h"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cstdint>

namespace resumax::http {

Result<boost::json::object> ParseJsonObject(const Request& request) {
  const std::string_view type = request.Header("content-type");
  if (!type.starts_with("application/json")) {
    return Error{ErrorKind::kUnsupportedMediaType,
                 "unsupported_media_type",
                 "Send the request body as application/json.",
                 {},
                 {},
                 0};
  }
  boost::system::error_code ec;
  boost::json::parse_options options;
  options.max_depth = 32;
  boost::json::value value = boost::json::parse(request.body, ec, {}, options);
  if (ec) return Error::BadRequest("invalid_json", "The request body is not valid JSON.");
  if (!value.is_object()) {
    return Error::BadRequest("invalid_json", "The request body must be a JSON object.");
  }
  return std::move(value.as_object());
}

namespace {

// "'field' suffix".
std::string FieldMessage(std::string_view field, std::string_view suffix) {
  std::string message;
  message.reserve(field.size() + suffix.size() + 3);
  message.append("'").append(field).append("' ").append(suffix);
  return message;
}

}  // namespace

Result<std::optional<std::string>> OptionalString(const boost::json::object& body,
                                                  std::string_view field, std::size_t max_length) {
  const auto* value = body.if_contains(field);
  if (!value || value->is_null()) return std::optional<std::string>();
  if (!value->is_string()) {
    return Error::Validation(field, FieldMessage(field, "must be a string."));
  }
  const auto& text = value->as_string();
  if (text.size() > max_length) {
    return Error::Validation(field, FieldMessage(field, "is too long."));
  }
  return std::optional<std::string>(std::string(text));
}

Result<std::string> RequiredString(const boost::json::object& body, std::string_view field,
                                   std::size_t max_length) {
  auto value = OptionalString(body, field, max_length);
  if (!value) return value.error();
  if (!*value) return Error::Validation(field, FieldMessage(field, "is required."));
  return std::move(**value);
}

Response Json(int status, const boost::json::value& body) {
  Response response;
  response.status = status;
  response.body = boost::json::serialize(body);
  return response;
}

}  // namespace resumax::http

namespace resumax::http {

boost::json::value Nullable(const std::optional<std::string>& text) {
  return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

Result<std::int64_t> RequiredSize(const boost::json::object& body, std::string_view field) {
  const auto* size = body.if_contains(field);
  if (!size || !(size->is_int64() || size->is_uint64())) {
    return Error::Validation(field, FieldMessage(field, "must be the file size in bytes."));
  }
  if (size->is_int64()) return size->as_int64();
  return static_cast<std::int64_t>(std::min<std::uint64_t>(size->as_uint64(), INT64_MAX));
}

}  // namespace resumax::http

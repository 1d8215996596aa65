#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <string_view>

// Lenient reads of parser and metadata JSON: a missing or mistyped field reads as empty.
namespace resumax::optimize::json {

inline std::string_view String(const boost::json::object& object, std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return {};
  return value->as_string();
}

inline const boost::json::array& Array(const boost::json::object& object, std::string_view key) {
  static const boost::json::array kEmpty;
  const boost::json::value* value = object.if_contains(key);
  return value != nullptr && value->is_array() ? value->as_array() : kEmpty;
}

inline const boost::json::object& Object(const boost::json::object& object, std::string_view key) {
  static const boost::json::object kEmpty;
  const boost::json::value* value = object.if_contains(key);
  return value != nullptr && value->is_object() ? value->as_object() : kEmpty;
}

inline const boost::json::object& AsObject(const boost::json::value& value) {
  static const boost::json::object kEmpty;
  return value.is_object() ? value.as_object() : kEmpty;
}

inline std::string_view AsString(const boost::json::value& value) {
  return value.is_string() ? std::string_view(value.as_string()) : std::string_view{};
}

inline bool Bool(const boost::json::object& object, std::string_view key) {
  const boost::json::value* value = object.if_contains(key);
  return value != nullptr && value->is_bool() && value->as_bool();
}

}  // namespace resumax::optimize::json

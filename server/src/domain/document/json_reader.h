#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/text.h"
#include "domain/document/resume_document.h"

// Reading JSON into the document's types, for the two mappings (document_json, json_resume):
// every value of the wrong type is skipped and noted at its path.
namespace resumax::document::detail {

namespace json = boost::json;

class JsonReader {
 public:
  explicit JsonReader(std::vector<Issue>* issues) : issues_(issues) {}

  // "experience[0]" + "title" → "experience[0].title"; a key at the root is its own path.
  static std::string At(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
  }

  void Wrong(const std::string& path, std::string_view expected) {
    if (issues_ != nullptr) issues_->push_back({path, "Expected " + std::string(expected) + "."});
  }

  std::string String(const json::object& object, std::string_view key, const std::string& path) {
    const json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return {};
    if (!value->is_string()) {
      Wrong(At(path, key), "text");
      return {};
    }
    return std::string(TrimSpace(value->get_string()));
  }

  bool Bool(const json::object& object, std::string_view key, const std::string& path) {
    const json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return false;
    if (!value->is_bool()) {
      Wrong(At(path, key), "true or false");
      return false;
    }
    return value->get_bool();
  }

  std::optional<Date> DateField(const json::object& object, std::string_view key,
                                const std::string& path) {
    const json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return std::nullopt;
    const std::string at = At(path, key);
    if (!value->is_string()) {
      Wrong(at, "a date as YYYY or YYYY-MM");
      return std::nullopt;
    }
    const std::string_view text = TrimSpace(value->get_string());
    if (text.empty()) return std::nullopt;
    std::optional<Date> date = ParseDate(text);
    if (!date) Wrong(at, "a date as YYYY, YYYY-MM or YYYY-MM-DD (a month from 01 to 12)");
    return date;
  }

  Period PeriodField(const json::object& object, const std::string& path) {
    Period period;
    period.start = DateField(object, "startDate", path);
    period.end = DateField(object, "endDate", path);
    period.current = Bool(object, "current", path);
    return period;
  }

  Confidence ConfidenceField(const json::object& object, const std::string& path) {
    const json::value* value = object.if_contains("confidence");
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (!value->is_number()) {
      Wrong(path + ".confidence", "a number");
      return std::nullopt;
    }
    return value->to_number<double>();
  }

  std::vector<std::string> Strings(const json::object& object, std::string_view key,
                                   const std::string& path) {
    std::vector<std::string> out;
    const json::value* value = object.if_contains(key);
    if (value == nullptr || value->is_null()) return out;
    const std::string at = At(path, key);
    if (!value->is_array()) {
      Wrong(at, "a list of text");
      return out;
    }
    const json::array& items = value->get_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].is_string()) {
        Wrong(at + "[" + std::to_string(i) + "]", "text");
        continue;
      }
      out.emplace_back(TrimSpace(items[i].get_string()));
    }
    return out;
  }

  // Calls read(path, object) for each object of a list (or read_string for a string, the shape
  // of rows stored before schemaVersion 2).
  template <typename Read, typename ReadString>
  void List(const json::object& parent, std::string_view key, const std::string& path, Read read,
            ReadString read_string) {
    const json::value* value = parent.if_contains(key);
    if (value == nullptr || value->is_null()) return;
    const std::string at = At(path, key);
    if (!value->is_array()) {
      Wrong(at, "a list");
      return;
    }
    const json::array& items = value->get_array();
    for (std::size_t i = 0; i < items.size(); ++i) {
      const std::string item_at = at + "[" + std::to_string(i) + "]";
      if (items[i].is_object()) {
        read(item_at, items[i].get_object());
      } else if (items[i].is_string() && read_string(TrimSpace(items[i].get_string()))) {
        continue;
      } else {
        Wrong(item_at, "an object");
      }
    }
  }

  template <typename Read>
  void List(const json::object& parent, std::string_view key, const std::string& path, Read read) {
    List(parent, key, path, read, [](std::string_view) { return false; });
  }

 private:
  std::vector<Issue>* issues_;
};

}  // namespace resumax::document::detail

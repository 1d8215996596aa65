#include "domain/optimize/apply_changes.h"

#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <charconv>

#include "domain/optimize/rewrite_text.h"

namespace resumax::optimize {
namespace {

constexpr std::size_t kMaxPathLength = 200;

bool IsFieldChar(char c, bool first) {
  return rewrite::IsAsciiAlpha(c) || c == '_' || (!first && rewrite::IsAsciiDigit(c));
}

bool IsField(const std::vector<PathStep>& path, std::size_t at, std::string_view name) {
  return at < path.size() && !path[at].index && path[at].field == name;
}

bool IsIndex(const std::vector<PathStep>& path, std::size_t at) {
  return at < path.size() && path[at].index.has_value();
}

// The value at a path of fields and indices, or nullptr; const or not as `sections` is.
template <typename Object>
auto Find(Object& sections, const std::vector<PathStep>& path)
    -> decltype(sections.if_contains("")) {
  auto value = sections.if_contains(path.front().field);
  for (std::size_t at = 1; value != nullptr && at < path.size(); ++at) {
    if (path[at].index) {
      auto array = value->if_array();
      value = array != nullptr && *path[at].index < array->size() ? &(*array)[*path[at].index]
                                                                  : nullptr;
    } else {
      auto object = value->if_object();
      value = object != nullptr ? object->if_contains(path[at].field) : nullptr;
    }
  }
  return value;
}

Error InvalidPath(const Change& change) {
  Error error = Error::BadRequest("invalid_change_path",
                                  "A change edits a part of the resume that cannot be changed.");
  error.details["changeId"] = change.id;
  error.details["path"] = change.path;
  return error;
}

}  // namespace

std::optional<std::vector<PathStep>> ParseChangePath(std::string_view path) {
  if (path.empty() || path.size() > kMaxPathLength) return std::nullopt;
  std::vector<PathStep> steps;
  std::size_t at = 0;
  while (true) {
    const std::size_t begin = at;
    while (at < path.size() && IsFieldChar(path[at], at == begin)) ++at;
    if (at == begin) return std::nullopt;
    steps.push_back({std::string(path.substr(begin, at - begin)), std::nullopt});
    while (at < path.size() && path[at] == '[') {
      const std::size_t close = path.find(']', at);
      if (close == std::string_view::npos || close == at + 1) return std::nullopt;
      std::size_t index = 0;
      const char* first = path.data() + at + 1;
      const char* last = path.data() + close;
      const auto [end, error] = std::from_chars(first, last, index);
      if (error != std::errc() || end != last) return std::nullopt;
      steps.push_back({std::string(), index});
      at = close + 1;
    }
    if (at == path.size()) return steps;
    if (path[at] != '.') return std::nullopt;
    ++at;
  }
}

bool IsEditablePath(const std::vector<PathStep>& path) {
  if (path.size() == 1) return IsField(path, 0, "summary") || IsField(path, 0, "skills");
  if (path.size() == 4) {
    return (IsField(path, 0, "experience") || IsField(path, 0, "projects") ||
            IsField(path, 0, "education")) &&
           IsIndex(path, 1) && IsField(path, 2, "bullets") && IsIndex(path, 3);
  }
  return path.size() == 3 && IsField(path, 0, "other") && IsIndex(path, 1) &&
         IsField(path, 2, "text");
}

Result<std::string> CurrentText(const boost::json::object& sections, std::string_view path) {
  const auto steps = ParseChangePath(path);
  if (!steps || !IsEditablePath(*steps)) {
    return Error::BadRequest("invalid_change_path", "The change path cannot be edited.");
  }
  const boost::json::value* value = Find(sections, *steps);
  const bool top_level = steps->size() == 1;
  if (value == nullptr || value->is_null()) {
    if (top_level) return std::string();
    return Error::BadRequest("invalid_change_path", "The change path does not exist.");
  }
  if (IsField(*steps, 0, "skills")) {
    if (!value->is_array()) {
      return Error::BadRequest("invalid_change_path", "The skills are not a list.");
    }
    std::string joined;
    for (const auto& item : value->get_array()) {
      if (!item.is_string()) {
        return Error::BadRequest("invalid_change_path", "The skills are not a list of text.");
      }
      if (!joined.empty()) joined += ", ";
      joined.append(item.get_string().data(), item.get_string().size());
    }
    return joined;
  }
  if (!value->is_string()) {
    return Error::BadRequest("invalid_change_path", "The change path does not hold text.");
  }
  return std::string(value->get_string());
}

std::vector<std::string> SplitSkills(std::string_view text) {
  std::vector<std::string> items;
  int depth = 0;
  std::size_t begin = 0;
  auto take = [&](std::size_t end) {
    const std::string_view item = rewrite::Trim(text.substr(begin, end - begin));
    if (!item.empty()) items.emplace_back(item);
  };
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == ',' && depth == 0 && at + 1 < text.size() && text[at + 1] == ' ') {
      take(at);
      begin = at + 2;
    }
  }
  take(text.size());
  return items;
}

Result<boost::json::object> ApplyChanges(const boost::json::object& sections,
                                         const std::vector<Change>& accepted) {
  boost::json::object result = sections;
  for (const Change& change : accepted) {
    const auto current = CurrentText(result, change.path);
    if (!current) return InvalidPath(change);
    if (*current != change.before) {
      Error error = Error::Conflict("stale_change",
                                    "A change no longer matches the resume; optimize it again.");
      error.details["changeId"] = change.id;
      error.details["path"] = change.path;
      return error;
    }
    const auto steps = ParseChangePath(change.path);
    if (IsField(*steps, 0, "skills")) {
      boost::json::array skills;
      for (std::string& item : SplitSkills(change.after)) skills.emplace_back(item);
      result["skills"] = std::move(skills);
    } else if (IsField(*steps, 0, "summary")) {
      result["summary"] = change.after;
    } else {
      *Find(result, *steps) = change.after;
    }
  }
  return result;
}

}  // namespace resumax::optimize

#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "domain/document/document_json.h"

// For tests that check a parsed or exported resume as JSON: the document's JSON, and every
// skill of every group as one list.
namespace resumax::document::testing {

inline boost::json::object Sections(const ResumeDocument& document) { return ToJson(document); }

inline boost::json::array SkillItems(const boost::json::object& sections) {
  boost::json::array items;
  const boost::json::value* groups = sections.if_contains("skills");
  if (groups == nullptr || !groups->is_array()) return items;
  for (const boost::json::value& group : groups->get_array()) {
    if (!group.is_object()) continue;
    const boost::json::value* list = group.get_object().if_contains("items");
    if (list == nullptr || !list->is_array()) continue;
    for (const boost::json::value& item : list->get_array()) items.push_back(item);
  }
  return items;
}

}  // namespace resumax::document::testing

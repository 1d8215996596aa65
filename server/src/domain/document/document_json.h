#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/document/resume_document.h"

// The one mapping between the resume document and JSON, each way: the database column, the
// API's parsedSections / optimizedSections and the prompts providers get all use it. The JSON
// carries schemaVersion 2; rows stored before it (schemaVersion absent: skills and
// certifications as strings, other: [{heading, text}], no ids) read as the same document.
namespace resumax::document {

inline constexpr int kSchemaVersion = 2;
// The most a saved document may take as JSON.
inline constexpr std::size_t kMaxDocumentBytes = 256 * 1024;

// The document as JSON (schemaVersion 2). Absent text is null, absent lists are [].
boost::json::object ToJson(const ResumeDocument& document);

// The document in JSON of either schema. Every value of the wrong type is skipped and, when
// `issues` is given, reported at its path; strings are trimmed; entries without an id get one.
ResumeDocument FromJson(const boost::json::value& json, std::vector<Issue>* issues = nullptr);

// The parser's read warnings in a document's JSON (ToJson's "warnings"). FromJson leaves them
// out, a client's document having none; the stored form and the parse child's answer, which
// the server wrote itself, read them with this.
std::vector<ReadWarning> WarningsFromJson(const boost::json::value& json);

// The document stored as JSON text (a database column); text that is not JSON reads as an
// empty document.
ResumeDocument ParseStored(std::string_view json_text);
// The document as JSON text for storage.
std::string Serialize(const ResumeDocument& document);

}  // namespace resumax::document

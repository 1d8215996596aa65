#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <vector>

#include "domain/document/resume_document.h"

// JSON Resume (https://jsonresume.org, schema 1.x) in and out. Every field both models have
// survives a round trip; what the document has no place for (an image, a profile's username,
// a work entry's url, an education score) is dropped on import, and interests and references
// become custom sections that export back to their own JSON Resume sections.
namespace resumax::document {

// True when the JSON reads as a JSON Resume rather than some other JSON: an object with at
// least one of basics, work, education, skills or projects.
bool LooksLikeJsonResume(const boost::json::value& json);

// The document a JSON Resume describes. Values of the wrong type are skipped and reported in
// `issues` at their JSON Resume path ("work[2].startDate").
ResumeDocument FromJsonResume(const boost::json::value& json, std::vector<Issue>& issues);

// The document as a JSON Resume that validates against the schema.
boost::json::object ToJsonResume(const ResumeDocument& document);

}  // namespace resumax::document

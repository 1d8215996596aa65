#pragma once

#include <boost/json/object.hpp>
#include <string_view>

#include "domain/matching/model.h"
#include "domain/matching/taxonomy.h"

namespace resumax::optimize {

// What a job asks for, read from its sanitized text (jobs::SanitizeJobText) and its metadata
// (jobs::JobMetadata::ToJson; an empty object has it extracted here):
// - title, seniority and minimum years from the metadata;
// - the education requirement from the text's requirement blocks (bachelor, master, ...);
// - keywords: the metadata's requiredSkills / preferredSkills (those the taxonomy also finds in
//   the text, or does not know at all) plus the taxonomy's skills and
//   certifications in the requirement and "nice to have" blocks (the whole text when it has no
//   such block), each with its kind, required or preferred, and a weight (score_formula.h:
//   required hard 3, preferred hard 1.5, required certification 2.5, preferred 1.25, soft 1,
//   plus 0.5 per further mention anywhere in the text, at most 3). Degrees are left to the
//   education requirement. Required first, then by weight, then by first mention.
// Pure and deterministic; cacheable by the text's hash.
JobAnalysis AnalyzeJob(std::string_view sanitized_text, const boost::json::object& jd_metadata,
                       const Taxonomy& taxonomy);

}  // namespace resumax::optimize

#pragma once

#include <boost/json/object.hpp>
#include <optional>

#include "domain/matching/model.h"

namespace resumax::optimize {

// A job description's analysis as JSON and back, for a cache shared by several processes.
// FromJson answers nullopt for anything that is not what ToJson wrote (a cache entry of another
// version is recomputed, never trusted).
boost::json::object JobAnalysisToJson(const JobAnalysis& analysis);
std::optional<JobAnalysis> JobAnalysisFromJson(const boost::json::object& json);

}  // namespace resumax::optimize

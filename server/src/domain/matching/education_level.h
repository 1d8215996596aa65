#pragma once

#include <optional>
#include <string_view>

namespace resumax::optimize {

// Degree levels in order; professional doctorates (J.D., M.D., PharmD) count as doctorates.
enum class DegreeLevel { kHighSchool = 1, kAssociate, kBachelor, kMaster, kDoctorate };

// "high_school", "associate", "bachelor", "master", "phd" (JobAnalysis::education) and back.
std::string_view DegreeLevelName(DegreeLevel level);
std::optional<DegreeLevel> ParseDegreeLevel(std::string_view name);

// The highest degree level a text names: "B.S. in Nursing" → bachelor, "MBA" → master,
// "Lincoln High School" → high school. Abbreviations count in their usual capitalisation only,
// and not where they mean something else ("MS Excel", "Boston, MA").
std::optional<DegreeLevel> DegreeLevelOf(std::string_view text);

// The lowest degree level a job description's requirements ask for ("Bachelor's or Master's" →
// bachelor); clauses that sound optional ("Master's preferred") do not count. nullopt when no
// degree is required.
std::optional<DegreeLevel> RequiredDegreeLevel(std::string_view requirements_text);

// True when a clause says what it mentions is optional: "preferred", "a plus", "nice to have".
bool SoundsOptional(std::string_view clause);

}  // namespace resumax::optimize

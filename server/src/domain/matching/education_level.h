#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// The level of one education entry, from its degree, field and school ("Lincoln High School");
// a certificate ("Post-Baccalaureate Certificate", "Pharmacy Technician Certificate") is none.
std::optional<DegreeLevel> EducationLevel(std::string_view degree, std::string_view field,
                                          std::string_view school);

// The lowest degree level a job description's requirements ask for ("Bachelor's or Master's" →
// bachelor); clauses that sound optional ("Master's preferred") do not count. nullopt when no
// degree is required.
std::optional<DegreeLevel> RequiredDegreeLevel(std::string_view requirements_text);

// The fields of study a job's required degree names: "a degree in Finance, Economics or
// Accounting" → {Finance, Economics, Accounting}; "BS in Computer Science or equivalent" →
// {Computer Science}. Empty when no required clause names one (or only "a related field").
std::vector<std::string> RequiredDegreeFields(std::string_view requirements_text);

// The degree a job prefers without requiring it: the lowest level and the fields named in its
// preferred blocks (`preferred_text`) and in the clauses of its requirements that sound optional
// ("Master's preferred"). nullopt and empty when it names none.
std::optional<DegreeLevel> PreferredDegreeLevel(std::string_view preferred_text,
                                                std::string_view requirements_text);
std::vector<std::string> PreferredDegreeFields(std::string_view preferred_text,
                                               std::string_view requirements_text);

// Whether an education entry's degree and field (`education_text`) name one of `fields`: each
// word of the field, or a word it begins or that begins it ("Maths" for "Mathematics").
bool DegreeFieldShown(std::string_view education_text, const std::vector<std::string>& fields);

// True when a clause says what it mentions is optional: "preferred", "a plus", "nice to have".
bool SoundsOptional(std::string_view clause);

}  // namespace resumax::optimize

#pragma once

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::jobs {

// What a job description says about the job; a field is empty when the text does not say.
struct JobMetadata {
  std::optional<std::string> title, company, location;
  std::optional<std::string> work_mode;        // "remote" | "hybrid" | "onsite"
  std::optional<std::string> employment_type;  // "full_time" | "part_time" | "contract" |
                                               // "internship" | "temporary"
  std::optional<std::string> seniority;        // "intern" | "junior" | "mid" | "senior" | "lead" |
                                               // "principal" | "manager" | "director" | "executive"
  std::optional<int> years_experience_min, years_experience_max;
  struct Salary {
    double min = 0, max = 0;
    std::string currency;  // ISO 4217: "USD", "EUR", ...
    std::string period;    // "year" | "month" | "hour"
  };
  std::optional<Salary> salary;
  std::vector<std::string> required_skills, preferred_skills;  // canonical names, in text order

  // The API shape: camelCase keys, null for absent values, yearsExperience {min, max} and salary
  // {min, max, currency, period} objects (null when absent), skill arrays possibly empty.
  boost::json::object ToJson() const;
};

// Extracts metadata from SanitizeJobText output. Non-empty hints (what the user typed) win over
// the title, company and location found in the text; the seniority also reads the hinted title.
JobMetadata ExtractJobMetadata(std::string_view sanitized_text,
                               const std::optional<std::string>& title_hint,
                               const std::optional<std::string>& company_hint,
                               const std::optional<std::string>& location_hint);

}  // namespace resumax::jobs

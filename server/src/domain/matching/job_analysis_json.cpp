#include "domain/matching/job_analysis_json.h"

#include <boost/json/array.hpp>

namespace resumax::optimize {
namespace json = boost::json;
namespace {

json::array Strings(const std::vector<std::string>& values) {
  json::array out;
  for (const auto& value : values) out.emplace_back(value);
  return out;
}

json::value Optional(const std::optional<std::string>& value) {
  return value ? json::value(*value) : json::value(nullptr);
}

// Throws std::exception (boost::system::system_error, std::invalid_argument) on a wrong shape.
std::vector<std::string> StringsFrom(const json::value& value) {
  std::vector<std::string> out;
  for (const auto& item : value.as_array()) out.emplace_back(item.as_string());
  return out;
}

std::optional<std::string> OptionalFrom(const json::value& value) {
  if (value.is_null()) return std::nullopt;
  return std::string(value.as_string());
}

}  // namespace

json::object JobAnalysisToJson(const JobAnalysis& analysis) {
  json::array keywords;
  for (const auto& keyword : analysis.keywords) {
    keywords.push_back(json::object{{"term", keyword.term},
                                    {"kind", static_cast<int>(keyword.kind)},
                                    {"required", keyword.required},
                                    {"weight", keyword.weight},
                                    {"alternatives", Strings(keyword.alternatives)},
                                    {"known", keyword.known}});
  }
  return {
      {"title", analysis.title},
      {"seniority", Optional(analysis.seniority)},
      {"yearsMin", analysis.years_min ? json::value(*analysis.years_min) : json::value(nullptr)},
      {"education", Optional(analysis.education)},
      {"keywords", std::move(keywords)},
      {"educationFields", Strings(analysis.education_fields)},
      {"preferredEducation", Optional(analysis.preferred_education)},
      {"preferredEducationFields", Strings(analysis.preferred_education_fields)},
      {"uncountedExperience", Strings(analysis.uncounted_experience)}};
}

std::optional<JobAnalysis> JobAnalysisFromJson(const json::object& object) {
  try {
    JobAnalysis analysis;
    analysis.title = std::string(object.at("title").as_string());
    analysis.seniority = OptionalFrom(object.at("seniority"));
    if (const auto& years = object.at("yearsMin"); !years.is_null()) {
      analysis.years_min = static_cast<int>(years.as_int64());
    }
    analysis.education = OptionalFrom(object.at("education"));
    for (const auto& item : object.at("keywords").as_array()) {
      const auto& entry = item.as_object();
      Keyword keyword;
      keyword.term = std::string(entry.at("term").as_string());
      const auto kind = entry.at("kind").as_int64();
      if (kind < 0 || kind > static_cast<int>(SkillKind::kCertification)) return std::nullopt;
      keyword.kind = static_cast<SkillKind>(kind);
      keyword.required = entry.at("required").as_bool();
      keyword.weight = entry.at("weight").to_number<double>();
      keyword.alternatives = StringsFrom(entry.at("alternatives"));
      keyword.known = entry.at("known").as_bool();
      analysis.keywords.push_back(std::move(keyword));
    }
    analysis.education_fields = StringsFrom(object.at("educationFields"));
    analysis.preferred_education = OptionalFrom(object.at("preferredEducation"));
    analysis.preferred_education_fields = StringsFrom(object.at("preferredEducationFields"));
    analysis.uncounted_experience = StringsFrom(object.at("uncountedExperience"));
    return analysis;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace resumax::optimize

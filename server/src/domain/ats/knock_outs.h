#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"

// The questions real screening forms reject on outright, answered from the resume's own facts:
// work authorization, location or relocation, required licences and certifications, the minimum
// degree, the minimum years of experience (docs/ats.md).
namespace resumax::ats {

struct KnockOut {
  std::string requirement;  // "work_authorization", "location", "license", "degree", "years"
  std::string asked;        // what the job asks, in words
  std::string shown;        // what the resume shows, in words; empty when nothing
  std::string status;       // "met", "not_shown" or "not_met"
};

// What the knock-outs read of a job description.
struct JobFacts {
  std::string text;                      // the sanitized text
  std::optional<std::string> location;   // the metadata's location
  std::optional<std::string> work_mode;  // "remote", "hybrid", "onsite"
  optimize::JobAnalysis analysis;        // its years, degree and required certifications
};

// Each knock-out the job asks for, in the order above, checked against the document. `today`
// ends the current jobs when years are counted. Pure.
std::vector<KnockOut> KnockOuts(const JobFacts& job, const document::ResumeDocument& resume,
                                const document::Date& today);

boost::json::value KnockOutsToJson(const std::vector<KnockOut>& knock_outs);

}  // namespace resumax::ats

#pragma once

#include <string>
#include <vector>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"

// Advice that is not a change: what only the user can fix (a number only they know, a
// requirement only they can say they meet) or would rather phrase themselves. Listed apart from
// the changes, each with the path it concerns.
namespace resumax::optimize {

struct Tip {
  std::string code;     // "add_a_number", "passive_opening", … (docs/rewrites.md)
  std::string path;     // "experience[0].bullets[2]", "summary", "skills", "experience[1]"
  std::string message;  // one or two sentences, safe to show
  friend bool operator==(const Tip&, const Tip&) = default;
};

// Tips on `resume` (best read after the proposed changes are applied, so that nothing a change
// already fixes is repeated) against `job`, whose keywords `report` placed. Deterministic, in
// document order within each code; at most 8 tips of one code.
std::vector<Tip> LocalTips(const document::ResumeDocument& resume, const JobAnalysis& job,
                           const KeywordReport& report);

}  // namespace resumax::optimize

#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The shared vocabulary of optimization: what a job asks for, how well a resume matches, and
// the changes proposed to it. A resume is always a document::ResumeDocument; a change names the
// item it edits by path ("experience[0].bullets[1]", "summary", "skills").
namespace resumax::optimize {

enum class SkillKind { kHard, kSoft, kCertification };

// A term the job description asks for, with how much it matters.
struct Keyword {
  std::string term;  // canonical spelling ("Kubernetes", "ACLS", "Stakeholder management")
  SkillKind kind = SkillKind::kHard;
  bool required = true;  // required vs. preferred
  double weight = 1.0;   // required hard skills weigh most; repeated mentions add weight
};

// What the scorer needs to know about a job, computed once per JD text (cacheable by hash).
struct JobAnalysis {
  std::string title;
  std::optional<std::string> seniority;  // intern … executive (as the JD metadata)
  std::optional<int> years_min;
  std::optional<std::string> education;  // "bachelor", "master", "phd", "associate", "high_school"
  std::vector<Keyword> keywords;         // skills and certifications, deduplicated
};

struct CategoryScore {
  int score = 0;                     // 0–100
  double weight = 0;                 // its share of the total (the published formula)
  std::vector<std::string> counted;  // what earned points
  std::vector<std::string> missing;  // what would have earned more
  std::string explanation;           // one sentence a user understands
};

// Where a keyword was found in a resume.
struct KeywordReport {
  std::vector<std::string>
      matched;  // in the resume where a screener looks (skills, titles, summary)
  std::vector<std::string>
      evidenced;  // asked for, shown somewhere (e.g. a bullet) but not where a screener looks
  std::vector<std::string> missing;  // asked for and nowhere in the resume
};

struct ScoreResult {
  int total = 0;  // 0–100
  // hardSkills, softSkills, jobTitle, education, experience, searchability
  std::map<std::string, CategoryScore> breakdown;
  KeywordReport keywords;
};

struct DiffPart {
  std::string op;  // "equal" | "insert" | "delete"
  std::string text;
};

// One proposed edit of one item of the resume.
struct Change {
  std::string id;       // stable within an optimization, e.g. "c1"
  std::string section;  // "summary" | "experience" | "skills" | "projects" | "education" | ...
  std::string path;     // e.g. "experience[0].bullets[1]", "summary", "skills"
  std::string before;   // for list-valued paths (skills) the items joined with ", "
  std::string after;
  std::string reason;                 // why, in one sentence
  std::vector<std::string> keywords;  // JD keywords this change adds or surfaces
  std::vector<DiffPart> diff;         // word level, filled by WordDiff
  int score_delta = 0;          // the alignment score's change with this change alone accepted
  bool edited_by_user = false;  // accepted with the user's own wording in `after`
};

enum class Strategy { kConservative, kBalanced, kBold };

inline std::string_view StrategyName(Strategy strategy) {
  switch (strategy) {
    case Strategy::kConservative:
      return "conservative";
    case Strategy::kBold:
      return "bold";
    case Strategy::kBalanced:
      break;
  }
  return "balanced";
}

// "conservative" | "balanced" | "bold"; nullopt for anything else.
inline std::optional<Strategy> ParseStrategy(std::string_view name) {
  for (const Strategy strategy : {Strategy::kConservative, Strategy::kBalanced, Strategy::kBold}) {
    if (StrategyName(strategy) == name) return strategy;
  }
  return std::nullopt;
}

}  // namespace resumax::optimize

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The vocabulary of rewriting: one proposed edit of one item of a resume, named by its path
// ("experience[0].bullets[1]", "summary", "skills"), and how boldly an engine rewrites.
namespace resumax::optimize {

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

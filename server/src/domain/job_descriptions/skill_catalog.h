#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace resumax::jobs {

// Appends to `skills` the canonical names ("Kubernetes" for "k8s") of the built-in skill terms
// that `text` mentions, in order of appearance, skipping names already present. Terms match
// case-insensitively on word boundaries (a few ambiguous ones, such as "Go" or "Excel", only in
// their usual capitalisation), with an optional plural "s"; the longest term at a position wins.
void CollectSkills(std::string_view text, std::vector<std::string>& skills);

// True when `text` is, ignoring case, exactly one of the built-in skill terms.
bool IsSkillTerm(std::string_view text);

}  // namespace resumax::jobs

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::optimize {

class Taxonomy;

// The stemmed words of a job title that say what the job is, not how senior it is:
// "Sr. Software Developer II" → {"softwar", "engin"}. Seniority words go ("Senior", "Jr", "II";
// "Lead", "Staff", "Principal" unless they end the title), filler words go ("of", "and"), and
// common variants become one word ("developer", "programmer" → "engineer"; "front-end" →
// "frontend"; "RN" → "registered nurse").
std::vector<std::string> TitleWords(std::string_view title);

// TitleWords joined by spaces: the key titles are looked up by.
std::string TitleKey(std::string_view title);

// How alike two job titles are, 0–1: 1 for the same words, 0.9 for two titles of one taxonomy
// title entry, else 0.7 × the Dice overlap of their words + 0.3 when the last (role) word agrees;
// also compared without what follows a dash or comma ("Registered Nurse - ICU").
double TitleSimilarity(std::string_view a, std::string_view b, const Taxonomy& taxonomy);

// The seniority a title states, as the job-description metadata names it ("intern", "junior",
// "mid", "senior", "lead", "principal", "manager", "director", "executive").
std::optional<std::string> SeniorityOfTitle(std::string_view title);

// Rank of a seniority name for comparison: intern 0, junior 1, mid 2, senior 3, lead and
// manager 4, principal and director 5, executive 6; nullopt for an unknown name.
std::optional<int> SeniorityRank(std::string_view seniority);

}  // namespace resumax::optimize

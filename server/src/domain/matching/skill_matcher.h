#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/matching/taxonomy.h"
#include "domain/matching/text_tokens.h"

namespace resumax::optimize {

// One mention of a taxonomy concept in a text.
struct SkillMatch {
  std::size_t entry = 0;           // index into Taxonomy::entries()
  std::size_t begin = 0, end = 0;  // byte offsets of the mention
};

// Finds the concepts of a taxonomy in free text. Scans left to right; at each word the longest
// term that starts there wins ("Node.js" before "JS", "go-to-market" before "Go"), and the scan
// continues after it. Case-insensitive terms compare Snowball stems: the words of a phrase must
// have the same stems and lengths within three letters ("accounts payables" is "Accounts
// payable"); a one-word term matches only its regular inflections ("reconciliations",
// "reconciled"; "solid" is not "Solidity"), and one ending in "-ing" only words ending in "-ing"
// ("market" is not "Marketing"). Exact-case terms ("Go", "R", "ESI") compare the
// written word, and one or two letters joined by '&', '-' or '\'' ("R&D", "C-suite") do not
// count. No term spans a line break or ",;:()!?|". Cheap to construct; holds a reference.
class SkillMatcher {
 public:
  explicit SkillMatcher(const Taxonomy& taxonomy) : taxonomy_(taxonomy) {}

  // Every mention, in text order.
  std::vector<SkillMatch> FindAll(std::string_view text) const;
  std::vector<SkillMatch> FindAll(const std::vector<Token>& tokens) const;

  // The distinct entries mentioned, in order of first mention.
  std::vector<std::size_t> FindEntries(std::string_view text) const;

  // Canonical names of the distinct entries mentioned, in order of first mention.
  std::vector<std::string> FindCanonical(std::string_view text) const;

 private:
  // Length in tokens of the term matching at `at`, or 0.
  std::size_t MatchLength(const std::vector<Token>& tokens, std::size_t at,
                          const Taxonomy::Term& term) const;

  const Taxonomy& taxonomy_;
};

}  // namespace resumax::optimize

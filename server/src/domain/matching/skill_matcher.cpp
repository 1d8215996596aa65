#include "domain/matching/skill_matcher.h"

#include <algorithm>

namespace resumax::optimize {
namespace {

// How many letters a word may differ from a term's word that has the same stem.
constexpr std::size_t kMaxInflectionLetters = 3;

bool EndsWithIng(std::string_view lowered) {
  return lowered.ends_with("ing") || lowered.ends_with("ings");
}

// True when `word` is `base` or a regular inflection of it: "reconciliations" of
// "reconciliation", "reconciled" of "reconcile", "policies" of "policy", "planned" of "plan".
bool IsInflection(std::string_view base, std::string_view word) {
  if (word == base) return true;
  if (base.empty() || word.size() <= base.size()) return false;
  if (word.starts_with(base)) {
    const std::string_view suffix = word.substr(base.size());
    if (suffix == "s" || suffix == "es" || suffix == "ed" || suffix == "d" || suffix == "ing" ||
        suffix == "ings") {
      return true;
    }
    // A doubled final consonant: "planned", "planning".
    return suffix.size() >= 3 && suffix.front() == base.back() &&
           (suffix.substr(1) == "ed" || suffix.substr(1) == "ing");
  }
  // "manage" → "managing", "policy" → "policies", "applied".
  const std::string_view stem = base.substr(0, base.size() - 1);
  if (!word.starts_with(stem)) return false;
  const std::string_view ending = word.substr(stem.size());
  return (base.back() == 'e' && (ending == "ing" || ending == "ings")) ||
         (base.back() == 'y' && (ending == "ies" || ending == "ied"));
}

bool SameWordForms(std::string_view a, std::string_view b) {
  return IsInflection(a, b) || IsInflection(b, a);
}

bool IsTightJoiner(char joiner) { return joiner == '&' || joiner == '-' || joiner == '\''; }

// English function words: one is never an inflection of a term's word ("will" is not "wills",
// as in "wills and trusts"; "us" is not "U").
bool IsFunctionWord(std::string_view lowered) {
  static constexpr std::string_view kWords[] = {
      "a",     "all",   "also",  "an",     "and",   "any",  "are",  "as",    "at",   "be",
      "been",  "by",    "can",   "could",  "did",   "do",   "does", "for",   "had",  "has",
      "have",  "he",    "her",   "his",    "if",    "in",   "is",   "it",    "its",  "may",
      "might", "more",  "most",  "must",   "no",    "not",  "of",   "on",    "one",  "or",
      "our",   "shall", "she",   "should", "so",    "that", "the",  "their", "them", "these",
      "they",  "this",  "those", "to",     "up",    "us",   "was",  "we",    "were", "what",
      "which", "who",   "will",  "with",   "would", "you",  "your"};
  return std::find(std::begin(kWords), std::end(kWords), lowered) != std::end(kWords);
}

}  // namespace

std::size_t SkillMatcher::MatchLength(const std::vector<Token>& tokens, std::size_t at,
                                      const Taxonomy::Term& term) const {
  const std::size_t count = term.keys.size();
  if (at + count > tokens.size()) return 0;
  for (std::size_t i = 0; i < count; ++i) {
    const Token& token = tokens[at + i];
    if (i > 0 && token.breaks_before) return 0;
    if (term.exact_case) {
      if (token.surface != term.keys[i]) return 0;
      continue;
    }
    if (token.stem != term.keys[i]) return 0;
    if (count == 1) {
      // One word: only its own inflections, and "-ing" words only as such ("market" is not
      // "Marketing", "solid" is not "Solidity").
      if (!SameWordForms(term.words[0], token.lowered) ||
          term.ends_with_ing != EndsWithIng(token.lowered) ||
          (token.lowered != term.words[0] && IsFunctionWord(token.lowered))) {
        return 0;
      }
      continue;
    }
    const std::size_t width = token.lowered.size();
    const std::size_t term_width = term.words[i].size();
    if ((width > term_width ? width - term_width : term_width - width) > kMaxInflectionLetters) {
      return 0;
    }
  }
  // "R&D", "C-suite", "Go-getter": a short exact term joined tightly to a neighbour is a piece
  // of another word.
  if (term.exact_case && term.chars <= 2) {
    if (IsTightJoiner(tokens[at].joiner_before)) return 0;
    if (at + count < tokens.size() && IsTightJoiner(tokens[at + count].joiner_before)) return 0;
  }
  return count;
}

namespace {

// A word that may be a skill's action as a verb: "managed", "manage", "scheduling". Short words
// ("run", "lead") are too many things at once.
bool IsVerbForm(const Token& token) {
  return token.lowered.size() > 4 && !IsFunctionWord(token.lowered);
}

}  // namespace

std::vector<SkillMatch> SkillMatcher::FindAll(const std::vector<Token>& tokens) const {
  const auto& terms = taxonomy_.terms_;
  // The best term of each length starting at a token (longer in letters, then the earlier
  // entry), as (length, term) pairs, longest first.
  const auto terms_at = [&](std::size_t at) {
    std::vector<std::pair<std::size_t, const Taxonomy::Term*>> found;
    const auto consider = [&](const auto& index, const std::string& key) {
      const auto bucket = index.find(key);
      if (bucket == index.end()) return;
      for (const std::uint32_t term_index : bucket->second) {
        const Taxonomy::Term& term = terms[term_index];
        const std::size_t length = MatchLength(tokens, at, term);
        if (length == 0) continue;
        const auto same = std::find_if(found.begin(), found.end(),
                                       [&](const auto& pair) { return pair.first == length; });
        if (same == found.end()) {
          found.emplace_back(length, &term);
        } else if (term.chars > same->second->chars ||
                   (term.chars == same->second->chars && term.entry < same->second->entry)) {
          same->second = &term;
        }
      }
    };
    consider(taxonomy_.by_stem_, tokens[at].stem);
    consider(taxonomy_.by_surface_, std::string(tokens[at].surface));
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    return found;
  };
  std::vector<std::vector<std::pair<std::size_t, const Taxonomy::Term*>>> starting(tokens.size());
  for (std::size_t at = 0; at < tokens.size(); ++at) starting[at] = terms_at(at);

  // A two-word skill written as its verb and object: "Managed 14 subcontractors" for
  // "Subcontractor management", "scheduled the crews" for "Crew scheduling". The object comes
  // within three words, in the same phrase, and neither it nor a word between starts a term of
  // its own ("prepared budget-to-actual packages" is variance analysis, not budget preparation).
  const auto inverted_at = [&](std::size_t at, std::size_t& end) -> const Taxonomy::Term* {
    if (!IsVerbForm(tokens[at])) return nullptr;
    const auto found = taxonomy_.by_action_.find(tokens[at].stem);
    if (found == taxonomy_.by_action_.end()) return nullptr;
    for (std::size_t next = at + 1; next < tokens.size() && next <= at + 4; ++next) {
      if (tokens[next].breaks_before) return nullptr;
      if (IsFunctionWord(tokens[next].lowered)) continue;  // "the", "all", "our"
      if (!starting[next].empty()) return nullptr;         // a term of its own
      for (const std::uint32_t term_index : found->second) {
        const Taxonomy::Term& term = terms[term_index];
        const Token& object = tokens[next];
        const std::size_t width = object.lowered.size();
        const std::size_t term_width = term.words[0].size();
        if (object.stem == term.keys[0] &&
            (width > term_width ? width - term_width : term_width - width) <=
                kMaxInflectionLetters) {
          end = next;
          return &term;
        }
      }
    }
    return nullptr;
  };

  // The reading that covers the most words with terms, then with the fewest terms; on a tie the
  // longer term at the earlier word. So "pricing change orders" is "pricing" and "change
  // orders", not "pricing change" and a lone "orders".
  struct Best {
    std::size_t covered = 0;
    std::size_t count = 0;
    std::size_t length = 0;  // the words the term chosen here spans; 0 to skip the word
    const Taxonomy::Term* term = nullptr;
  };
  std::vector<Best> best(tokens.size() + 1);
  const auto better = [](std::size_t covered, std::size_t count, const Best& than) {
    return covered > than.covered || (covered == than.covered && count < than.count);
  };
  for (std::size_t at = tokens.size(); at-- > 0;) {
    Best& here = best[at];
    bool any = false;
    for (const auto& [length, term] : starting[at]) {
      const Best& rest = best[at + length];
      const std::size_t covered = rest.covered + length;
      const std::size_t count = rest.count + 1;
      if (!any || better(covered, count, here)) {
        here = {covered, count, length, term};
        any = true;
      }
    }
    if (!any) {
      std::size_t end = 0;
      // A verb and its object covers nothing a term could: it never takes the place of one
      // ("Earned value management on public projects" is no "public management").
      if (const Taxonomy::Term* inverted = inverted_at(at, end)) {
        const Best& rest = best[end + 1];
        here = {rest.covered, rest.count, end - at + 1, inverted};
        any = true;
      }
    }
    const Best& skipped = best[at + 1];
    if (!any || better(skipped.covered, skipped.count, here)) {
      here = {skipped.covered, skipped.count, 0, nullptr};
    }
  }
  std::vector<SkillMatch> matches;
  for (std::size_t at = 0; at < tokens.size();) {
    const Best& here = best[at];
    if (here.length == 0) {
      ++at;
      continue;
    }
    matches.push_back({here.term->entry, tokens[at].begin, tokens[at + here.length - 1].end});
    at += here.length;
  }
  return matches;
}

std::vector<SkillMatch> SkillMatcher::FindAll(std::string_view text) const {
  return FindAll(Tokenize(text));
}

std::vector<std::size_t> SkillMatcher::FindEntries(std::string_view text) const {
  std::vector<std::size_t> entries;
  for (const SkillMatch& match : FindAll(text)) {
    if (std::find(entries.begin(), entries.end(), match.entry) == entries.end()) {
      entries.push_back(match.entry);
    }
  }
  return entries;
}

std::vector<std::string> SkillMatcher::FindCanonical(std::string_view text) const {
  std::vector<std::string> names;
  for (const std::size_t entry : FindEntries(text)) {
    names.push_back(taxonomy_.entries()[entry].canonical);
  }
  return names;
}

}  // namespace resumax::optimize

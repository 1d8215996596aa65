#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/matching/model.h"

namespace resumax::optimize {

class WordNet;

// What a taxonomy entry names. Titles are job titles, used to compare a job's title with a
// resume's; they are never keywords.
enum class EntryKind { kHard, kSoft, kCertification, kTitle };

// One concept: its canonical spelling and the other ways people write it.
struct TaxonomyEntry {
  std::string canonical;  // "Kubernetes"
  EntryKind kind = EntryKind::kHard;
  std::vector<std::string> professions;  // "software", "cloud", ...
  std::vector<std::string> aliases;      // "k8s"; "=Go" matches only in that capitalisation
  std::vector<std::string> synonyms;     // added from WordNet; matched like aliases, not saved
  // Canonical names of broader concepts this one shows: a resume that shows "Pivot tables"
  // shows "Microsoft Excel", one that shows "Physical inventory" shows "Inventory management".
  std::vector<std::string> broader;
};

// One line of the TSV format below, with its line break.
void WriteTsvRow(std::ostream& out, const TaxonomyEntry& entry);

// "hard", "soft", "cert", "title" and back.
std::string_view EntryKindName(EntryKind kind);
std::optional<EntryKind> ParseEntryKind(std::string_view name);
// The keyword kind of a skill entry (titles read as hard skills).
SkillKind ToSkillKind(EntryKind kind);

// The skills taxonomy: concepts with aliases, compiled into an index of stemmed word sequences
// that SkillMatcher scans text with. Immutable once built apart from Merge and
// AddWordNetSynonyms, so one instance serves every thread.
//
// TSV format (server/data/taxonomy/skills.tsv), one concept a line, '#' starts a comment line:
//   canonical <TAB> kind <TAB> professions <TAB> aliases [<TAB> broader]
// kind is hard|soft|cert|title; professions are comma-separated tags; aliases are
// '|'-separated; broader, optional, names the canonical names of broader skill concepts,
// '|'-separated (a name no entry has is ignored). A term (canonical or alias) matches case-insensitively, on word boundaries,
// with Snowball stemming, except that "=Term" in the aliases matches only exactly so written
// (and, when Term is the canonical name, turns the canonical's own case-insensitive match off),
// and a term of one or two characters ("R", "AI") always matches only as written.
class Taxonomy {
 public:
  Taxonomy() = default;

  // Reads the TSV format above. Blank, comment and malformed lines (no canonical name, unknown
  // kind) are skipped and counted in skipped_lines(). A repeated canonical name (ignoring case)
  // adds its aliases to the first entry.
  static Taxonomy FromTsv(std::string_view tsv);
  static Taxonomy FromEntries(std::vector<TaxonomyEntry> entries);

  // The built-in taxonomy (server/data/taxonomy/skills.tsv, embedded in the binary) with WordNet
  // synonyms for soft skills when /usr/share/wordnet is installed. Built once, on first use.
  static const Taxonomy& Builtin();

  // Adds `other`'s entries. An entry whose canonical name or an alias of it is already a name
  // here (ignoring case) is the same concept: this taxonomy's entry wins, and only the other's
  // aliases that are still free are added to it. Aliases taken by another concept are dropped.
  void Merge(const Taxonomy& other);

  // Adds, as synonyms of each soft skill, the unambiguous WordNet synonyms of its name and the
  // verbs derived from it ("Collaboration" → "cooperate", "join forces"). Returns how many were
  // added; none when WordNet is unavailable.
  std::size_t AddWordNetSynonyms(const WordNet& wordnet);

  // Writes the TSV format (entries in order; WordNet synonyms are not written).
  void WriteTsv(std::ostream& out) const;

  const std::vector<TaxonomyEntry>& entries() const { return entries_; }
  std::size_t size() const { return entries_.size(); }
  std::size_t skipped_lines() const { return skipped_lines_; }

  // The skill (not title) entry whose canonical name or alias is `name` ignoring case, or that
  // `name` as a whole matches ("KPIs" → "KPI"); null when none.
  const TaxonomyEntry* Find(std::string_view name) const;
  std::optional<std::size_t> FindIndex(std::string_view name) const;

  // The title entries whose canonical name or alias has the same StemKey as `title` once
  // seniority words are removed ("Sr. Software Developer" → the "Software Engineer" entry).
  std::vector<std::size_t> FindTitles(std::string_view title) const;

  // The broader concepts an entry shows, each once, nearest first (broader of broader too).
  const std::vector<std::uint32_t>& Broader(std::size_t entry) const { return broader_[entry]; }

 private:
  friend class SkillMatcher;

  // A term compiled for matching: the keys of its words, in order.
  struct Term {
    std::uint32_t entry = 0;
    std::vector<std::string> keys;   // stems, or surfaces when exact_case
    std::vector<std::string> words;  // the lowered words, for the inflection checks
    std::uint32_t chars = 0;         // total length, to prefer the longer of two matches
    bool exact_case = false;
    bool ends_with_ing = false;  // single-word term ending in "-ing"
  };

  // Adds an entry without compiling; returns false when it merged into an existing one.
  bool Add(TaxonomyEntry entry);
  void Compile();
  void CompileTerm(std::uint32_t entry, std::string_view written);

  std::vector<TaxonomyEntry> entries_;
  std::size_t skipped_lines_ = 0;
  // Lowered canonical names and aliases ("t:" before titles) → entry.
  std::unordered_map<std::string, std::uint32_t> names_;
  std::vector<Term> terms_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_stem_, by_surface_;
  // Two-word skills by their second word's stem, read as a verb and its object ("managed the
  // subcontractors" shows "Subcontractor management").
  std::unordered_map<std::string, std::vector<std::uint32_t>> by_action_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> titles_;  // title key → entries
  std::vector<std::vector<std::uint32_t>> broader_;  // entry → its broader entries, transitively
};

}  // namespace resumax::optimize

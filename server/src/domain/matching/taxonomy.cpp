#include "domain/matching/taxonomy.h"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "core/log.h"
#include "domain/matching/job_titles.h"
#include "domain/matching/skill_matcher.h"
#include "domain/matching/text_tokens.h"
#include "domain/matching/wordnet.h"

namespace resumax::embedded {
std::optional<std::string_view> taxonomy(std::string_view path);
}

namespace resumax::optimize {
namespace {

// A WordNet synonym that names this many senses or more (as noun and verb together) is too
// ambiguous to stand for a skill: "talk" (14) for Negotiation, "direct" (14) for Leadership.
constexpr int kMaxSynonymSenses = 4;

// Verbs that make a phrasal synonym too vague: "get together" for Collaboration.
constexpr std::string_view kLightVerbs[] = {"get", "take", "make", "do",   "have", "go", "put",
                                            "set", "give", "come", "keep", "hold", "be", "bring"};

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

std::vector<std::string_view> Split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const std::size_t at = text.find(separator);
    parts.push_back(text.substr(0, at));
    if (at == std::string_view::npos) return parts;
    text.remove_prefix(at + 1);
  }
}

// The written term without its exact-case marker.
std::string_view Unmarked(std::string_view alias) {
  return alias.starts_with('=') ? alias.substr(1) : alias;
}

std::string NameKey(EntryKind kind, std::string_view name) {
  return (kind == EntryKind::kTitle ? "t:" : "") + LowerAscii(Trim(Unmarked(name)));
}

// A TSV field: no tabs, line breaks or (in a list) separators inside it.
std::string Field(std::string_view value, char separator = 0) {
  std::string field(value);
  for (char& c : field) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    if (separator != 0 && c == separator) c = '/';
  }
  return field;
}

std::size_t CountLettersAndDigits(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(
      text.begin(), text.end(), [](char c) { return c != ' ' && c != '.' && c != '-'; }));
}

// Synonyms that would match too much: short words, the lemma itself, gerunds ("speaking" for
// Public speaking), phrasal verbs with a light verb ("get together"), and words with many
// senses, counted for a plural's singular too ("talks" is "talk", 14 senses).
bool IsAmbiguousSynonym(std::string_view candidate, std::string_view lemma,
                        const WordNet& wordnet) {
  if (candidate.size() < 4 || candidate == lemma) return true;
  if (std::any_of(candidate.begin(), candidate.end(),
                  [](char c) { return (c >= '0' && c <= '9') || c == '.'; })) {
    return true;
  }
  const std::size_t space = candidate.find(' ');
  if (space == std::string_view::npos && candidate.ends_with("ing")) return true;
  if (space != std::string_view::npos &&
      std::find(std::begin(kLightVerbs), std::end(kLightVerbs), candidate.substr(0, space)) !=
          std::end(kLightVerbs)) {
    return true;
  }
  int senses = wordnet.SenseCount(candidate);
  if (candidate.ends_with('s')) {
    senses = std::max(senses, wordnet.SenseCount(candidate.substr(0, candidate.size() - 1)));
  }
  return senses > kMaxSynonymSenses;
}

}  // namespace

std::string_view EntryKindName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kHard:
      return "hard";
    case EntryKind::kSoft:
      return "soft";
    case EntryKind::kCertification:
      return "cert";
    case EntryKind::kTitle:
      return "title";
  }
  return "hard";
}

std::optional<EntryKind> ParseEntryKind(std::string_view name) {
  for (EntryKind kind :
       {EntryKind::kHard, EntryKind::kSoft, EntryKind::kCertification, EntryKind::kTitle}) {
    if (EntryKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

SkillKind ToSkillKind(EntryKind kind) {
  switch (kind) {
    case EntryKind::kSoft:
      return SkillKind::kSoft;
    case EntryKind::kCertification:
      return SkillKind::kCertification;
    case EntryKind::kHard:
    case EntryKind::kTitle:
      return SkillKind::kHard;
  }
  return SkillKind::kHard;
}

Taxonomy Taxonomy::FromTsv(std::string_view tsv) {
  Taxonomy taxonomy;
  for (std::string_view line : Split(tsv, '\n')) {
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (Trim(line).empty() || line.starts_with('#')) continue;
    const std::vector<std::string_view> columns = Split(line, '\t');
    const auto kind = columns.size() >= 2 ? ParseEntryKind(Trim(columns[1])) : std::nullopt;
    if (!kind || Trim(columns[0]).empty()) {
      ++taxonomy.skipped_lines_;
      continue;
    }
    TaxonomyEntry entry{std::string(Trim(columns[0])), *kind, {}, {}, {}};
    if (columns.size() >= 3) {
      for (std::string_view tag : Split(columns[2], ',')) {
        if (!Trim(tag).empty()) entry.professions.emplace_back(Trim(tag));
      }
    }
    if (columns.size() >= 4) {
      for (std::string_view alias : Split(columns[3], '|')) {
        if (!Trim(Unmarked(Trim(alias))).empty()) entry.aliases.emplace_back(Trim(alias));
      }
    }
    if (columns.size() >= 5) {
      for (std::string_view name : Split(columns[4], '|')) {
        if (!Trim(name).empty()) entry.broader.emplace_back(Trim(name));
      }
    }
    taxonomy.Add(std::move(entry));
  }
  taxonomy.Compile();
  return taxonomy;
}

Taxonomy Taxonomy::FromEntries(std::vector<TaxonomyEntry> entries) {
  Taxonomy taxonomy;
  for (TaxonomyEntry& entry : entries) taxonomy.Add(std::move(entry));
  taxonomy.Compile();
  return taxonomy;
}

const Taxonomy& Taxonomy::Builtin() {
  static const Taxonomy kBuiltin = [] {
    const auto tsv = embedded::taxonomy("skills.tsv");
    if (!tsv) {
      log::Warn("taxonomy_not_embedded",
                {{"file", "skills.tsv"}, {"effect", "skills are matched by no taxonomy"}});
    }
    Taxonomy taxonomy = FromTsv(tsv.value_or(""));
    const std::size_t synonyms = taxonomy.AddWordNetSynonyms(WordNet::Open());
    log::Info("taxonomy_loaded", {{"entries", taxonomy.size()},
                                  {"wordnetSynonyms", synonyms},
                                  {"skippedLines", taxonomy.skipped_lines()}});
    return taxonomy;
  }();
  return kBuiltin;
}

bool Taxonomy::Add(TaxonomyEntry entry) {
  entry.canonical = std::string(Trim(entry.canonical));
  if (entry.canonical.empty()) return false;
  const auto existing = names_.find(NameKey(entry.kind, entry.canonical));
  const bool merging = existing != names_.end();
  const std::uint32_t target =
      merging ? existing->second : static_cast<std::uint32_t>(entries_.size());
  std::vector<std::string> aliases;
  for (std::string& alias : entry.aliases) {
    const std::string key = NameKey(entry.kind, alias);
    if (key == NameKey(entry.kind, "")) continue;
    const auto [at, inserted] = names_.emplace(key, target);
    // A name this concept already has may still add an exact-case spelling ("JS" and "js").
    const bool exact_case = alias.starts_with('=') || CountLettersAndDigits(alias) <= 2;
    if ((inserted || (at->second == target && exact_case)) &&
        std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) {
      aliases.push_back(std::move(alias));
    }
  }
  if (merging) {
    TaxonomyEntry& kept = entries_[target];
    for (std::string& alias : aliases) kept.aliases.push_back(std::move(alias));
    for (std::string& name : entry.broader) {
      if (std::find(kept.broader.begin(), kept.broader.end(), name) == kept.broader.end()) {
        kept.broader.push_back(std::move(name));
      }
    }
    return false;
  }
  names_.emplace(NameKey(entry.kind, entry.canonical), target);
  entry.aliases = std::move(aliases);
  entries_.push_back(std::move(entry));
  return true;
}

void Taxonomy::CompileTerm(std::uint32_t entry, std::string_view written) {
  bool exact_case = written.starts_with('=');
  written = Trim(Unmarked(written));
  std::vector<Token> tokens = Tokenize(written);
  if (tokens.empty()) return;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (tokens[i].breaks_before) return;  // "Python (programming)" can never match text
  }
  exact_case = exact_case || CountLettersAndDigits(written) <= 2;
  Term term;
  term.entry = entry;
  term.exact_case = exact_case;
  term.chars = static_cast<std::uint32_t>(written.size());
  term.ends_with_ing = tokens.size() == 1 && tokens.front().lowered.ends_with("ing");
  for (Token& token : tokens) {
    term.keys.push_back(exact_case ? std::string(token.surface) : std::move(token.stem));
    term.words.push_back(std::move(token.lowered));
  }
  const auto term_index = static_cast<std::uint32_t>(terms_.size());
  auto& index = exact_case ? by_surface_ : by_stem_;
  std::vector<std::uint32_t>& bucket = index[term.keys.front()];
  // The same words for a second concept: the first concept keeps them.
  for (const std::uint32_t other : bucket) {
    if (terms_[other].keys == term.keys && terms_[other].words == term.words) return;
  }
  bucket.push_back(term_index);
  if (!exact_case && term.keys.size() == 2 && term.keys[0] != term.keys[1] &&
      entries_[entry].kind == EntryKind::kHard) {
    by_action_[term.keys[1]].push_back(term_index);
  }
  terms_.push_back(std::move(term));
}

void Taxonomy::Compile() {
  terms_.clear();
  by_stem_.clear();
  by_surface_.clear();
  by_action_.clear();
  titles_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    const TaxonomyEntry& entry = entries_[i];
    if (entry.kind == EntryKind::kTitle) {
      const auto add_title = [&](std::string_view name) {
        std::vector<std::uint32_t>& bucket = titles_[TitleKey(Unmarked(name))];
        if (std::find(bucket.begin(), bucket.end(), i) == bucket.end()) bucket.push_back(i);
      };
      add_title(entry.canonical);
      for (const std::string& alias : entry.aliases) add_title(alias);
      continue;
    }
    const bool canonical_exact =
        std::any_of(entry.aliases.begin(), entry.aliases.end(),
                    [&](const std::string& alias) { return alias == "=" + entry.canonical; });
    if (!canonical_exact) CompileTerm(i, entry.canonical);
    for (const std::string& alias : entry.aliases) CompileTerm(i, alias);
    for (const std::string& synonym : entry.synonyms) CompileTerm(i, synonym);
  }
  // Broader concepts by index, nearest first, each once; a cycle stops where it closes.
  std::vector<std::vector<std::uint32_t>> direct(entries_.size());
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    if (entries_[i].kind == EntryKind::kTitle) continue;
    for (const std::string& name : entries_[i].broader) {
      const auto found = names_.find(NameKey(EntryKind::kHard, name));
      if (found == names_.end() || found->second == i ||
          entries_[found->second].kind == EntryKind::kTitle) {
        continue;
      }
      direct[i].push_back(found->second);
    }
  }
  broader_.assign(entries_.size(), {});
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    std::vector<std::uint32_t>& all = broader_[i];
    for (std::size_t next = 0; next <= all.size(); ++next) {
      const std::vector<std::uint32_t>& from = next == 0 ? direct[i] : direct[all[next - 1]];
      for (const std::uint32_t other : from) {
        if (other != i && std::find(all.begin(), all.end(), other) == all.end()) {
          all.push_back(other);
        }
      }
    }
  }
}

void Taxonomy::Merge(const Taxonomy& other) {
  for (const TaxonomyEntry& entry : other.entries_) {
    TaxonomyEntry copy = entry;
    copy.synonyms.clear();
    Add(std::move(copy));
  }
  Compile();
}

std::size_t Taxonomy::AddWordNetSynonyms(const WordNet& wordnet) {
  if (!wordnet.available()) return 0;
  std::size_t added = 0;
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    TaxonomyEntry& entry = entries_[i];
    if (entry.kind != EntryKind::kSoft) continue;
    std::string lemma = LowerAscii(entry.canonical);
    for (std::string_view suffix : {" skills", " skill"}) {
      if (lemma.ends_with(suffix)) lemma.resize(lemma.size() - suffix.size());
    }
    // The noun's most frequent sense and the verbs derived from it; a verb's own first sense.
    std::vector<WordNet::Synset> synsets = wordnet.Synsets(lemma, WordNet::Pos::kNoun, 1);
    if (synsets.empty()) {
      synsets = wordnet.Synsets(lemma, WordNet::Pos::kVerb, 1);
    } else {
      for (WordNet::Synset& verb : wordnet.RelatedVerbs(lemma, 1))
        synsets.push_back(std::move(verb));
    }
    for (const WordNet::Synset& synset : synsets) {
      for (const std::string& word : synset.words) {
        const std::string candidate = LowerAscii(word);
        if (IsAmbiguousSynonym(candidate, lemma, wordnet) ||
            !wordnet.IsFirstSense(candidate, synset)) {
          continue;
        }
        if (!names_.emplace(NameKey(entry.kind, candidate), i).second) continue;
        entry.synonyms.push_back(candidate);
        ++added;
      }
    }
  }
  Compile();
  return added;
}

void WriteTsvRow(std::ostream& out, const TaxonomyEntry& entry) {
  out << Field(entry.canonical) << '\t' << EntryKindName(entry.kind) << '\t';
  for (std::size_t i = 0; i < entry.professions.size(); ++i) {
    out << (i > 0 ? "," : "") << Field(entry.professions[i], ',');
  }
  out << '\t';
  for (std::size_t i = 0; i < entry.aliases.size(); ++i) {
    out << (i > 0 ? "|" : "") << Field(entry.aliases[i], '|');
  }
  if (!entry.broader.empty()) {
    out << '\t';
    for (std::size_t i = 0; i < entry.broader.size(); ++i) {
      out << (i > 0 ? "|" : "") << Field(entry.broader[i], '|');
    }
  }
  out << '\n';
}

void Taxonomy::WriteTsv(std::ostream& out) const {
  out << "# canonical\tkind\tprofessions\taliases\tbroader\n";
  for (const TaxonomyEntry& entry : entries_) WriteTsvRow(out, entry);
}

std::optional<std::size_t> Taxonomy::FindIndex(std::string_view name) const {
  const std::string key = NameKey(EntryKind::kHard, name);
  if (key.empty()) return std::nullopt;
  if (const auto found = names_.find(key); found != names_.end()) return found->second;
  const std::vector<Token> tokens = Tokenize(name);
  const std::vector<SkillMatch> matches = SkillMatcher(*this).FindAll(tokens);
  if (matches.size() == 1 && matches.front().begin == tokens.front().begin &&
      matches.front().end == tokens.back().end) {
    return matches.front().entry;
  }
  return std::nullopt;
}

const TaxonomyEntry* Taxonomy::Find(std::string_view name) const {
  const auto index = FindIndex(name);
  return index ? &entries_[*index] : nullptr;
}

std::vector<std::size_t> Taxonomy::FindTitles(std::string_view title) const {
  const auto found = titles_.find(TitleKey(title));
  if (found == titles_.end()) return {};
  return {found->second.begin(), found->second.end()};
}

}  // namespace resumax::optimize

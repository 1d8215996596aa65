#include "domain/matching/wordnet.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/log.h"

namespace resumax::optimize {
namespace {

std::optional<std::string> ReadWholeFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream content;
  content << file.rdbuf();
  return std::move(content).str();
}

std::string LemmaKey(std::string_view lemma) {
  std::string key;
  for (char c : lemma) {
    if (c == ' ') c = '_';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    key += c;
  }
  return key;
}

std::vector<std::string_view> SplitSpaces(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t at = 0;
  while (at < line.size()) {
    while (at < line.size() && line[at] == ' ') ++at;
    const std::size_t end = std::min(line.find(' ', at), line.size());
    if (end > at) fields.push_back(line.substr(at, end - at));
    at = end;
  }
  return fields;
}

// The line of a sorted index file that starts with "key ", found by binary search over bytes.
// The licence header lines start with spaces and sort before every lemma.
std::string_view FindIndexLine(std::string_view index, std::string_view key) {
  std::size_t low = 0;
  std::size_t high = index.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    // The line holding byte `middle`; it starts at or after `low` and before `high`.
    const std::size_t newline =
        middle == 0 ? std::string_view::npos : index.rfind('\n', middle - 1);
    const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    const std::size_t line_end = std::min(index.find('\n', line_start), index.size());
    const std::string_view line = index.substr(line_start, line_end - line_start);
    const std::string_view lemma = line.substr(0, line.find(' '));
    if (line.starts_with(' ') || lemma < key) {
      low = line_end + 1;
    } else if (lemma > key) {
      high = line_start;
    } else {
      return line;
    }
  }
  return {};
}

// A synset line's words and pointers; the pointers' symbols point into the line.
struct ParsedSynset {
  std::vector<std::string> words;
  struct Pointer {
    std::string_view symbol;
    long offset = 0;
    char pos = 0;
    int source = 0;  // 0: the whole synset, else the 1-based word number
  };
  std::vector<Pointer> pointers;
};

// "offset lex_filenum ss_type w_cnt word lex_id ... p_cnt ptr... | gloss" (wndb(5WN)).
ParsedSynset ParseSynset(std::string_view line) {
  ParsedSynset synset;
  const std::size_t gloss = line.find(" | ");
  const std::vector<std::string_view> fields = SplitSpaces(line.substr(0, gloss));
  if (fields.size() < 4) return synset;
  std::size_t at = 3;
  const int word_count =
      static_cast<int>(std::strtol(std::string(fields[at++]).c_str(), nullptr, 16));
  for (int i = 0; i < word_count && at + 1 < fields.size(); ++i, at += 2) {
    std::string word(fields[at]);
    std::replace(word.begin(), word.end(), '_', ' ');
    if (const std::size_t marker = word.find('('); marker != std::string::npos) word.resize(marker);
    synset.words.push_back(std::move(word));
  }
  if (at >= fields.size()) return synset;
  const int pointer_count = std::atoi(std::string(fields[at++]).c_str());
  for (int i = 0; i < pointer_count && at + 3 < fields.size(); ++i, at += 4) {
    const std::string_view source_target = fields[at + 3];
    synset.pointers.push_back({fields[at], std::atol(std::string(fields[at + 1]).c_str()),
                               fields[at + 2].front(),
                               static_cast<int>(std::strtol(
                                   std::string(source_target.substr(0, 2)).c_str(), nullptr, 16))});
  }
  return synset;
}

}  // namespace

WordNet WordNet::Open(const std::filesystem::path& dir) {
  WordNet wordnet;
  wordnet.dir_ = dir;
  auto nouns = ReadWholeFile(dir / "index.noun");
  auto verbs = ReadWholeFile(dir / "index.verb");
  std::error_code error;
  if (!nouns || !verbs || !std::filesystem::exists(dir / "data.noun", error) ||
      !std::filesystem::exists(dir / "data.verb", error)) {
    log::Warn("wordnet_unavailable",
              {{"dir", dir.string()}, {"effect", "soft-skill synonyms from WordNet are not used"}});
    return wordnet;
  }
  wordnet.noun_index_ = std::move(*nouns);
  wordnet.verb_index_ = std::move(*verbs);
  wordnet.available_ = true;
  return wordnet;
}

WordNet::IndexEntry WordNet::Lookup(std::string_view lemma, Pos pos) const {
  IndexEntry entry;
  if (!available_) return entry;
  const std::string key = LemmaKey(lemma);
  const std::string_view line = FindIndexLine(pos == Pos::kNoun ? noun_index_ : verb_index_, key);
  // "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset..."
  const std::vector<std::string_view> fields = SplitSpaces(line);
  if (fields.size() < 4) return entry;
  entry.sense_count = std::atoi(std::string(fields[2]).c_str());
  std::size_t at = 4 + static_cast<std::size_t>(std::atoi(std::string(fields[3]).c_str())) + 2;
  for (; at < fields.size(); ++at)
    entry.offsets.push_back(std::atol(std::string(fields[at]).c_str()));
  return entry;
}

std::string WordNet::ReadSynsetLine(Pos pos, long offset) const {
  std::ifstream data(dir_ / (pos == Pos::kNoun ? "data.noun" : "data.verb"), std::ios::binary);
  data.seekg(offset);
  std::string line;
  std::getline(data, line);
  return line;
}

std::vector<WordNet::Synset> WordNet::Synsets(std::string_view lemma, Pos pos,
                                              int max_senses) const {
  std::vector<Synset> synsets;
  const IndexEntry entry = Lookup(lemma, pos);
  for (std::size_t i = 0; i < entry.offsets.size() && static_cast<int>(i) < max_senses; ++i) {
    synsets.push_back(
        {pos, entry.offsets[i], ParseSynset(ReadSynsetLine(pos, entry.offsets[i])).words});
  }
  return synsets;
}

std::vector<WordNet::Synset> WordNet::RelatedVerbs(std::string_view noun, int max_senses) const {
  std::vector<Synset> verbs;
  const std::string key = LemmaKey(noun);
  const IndexEntry entry = Lookup(noun, Pos::kNoun);
  for (std::size_t i = 0; i < entry.offsets.size() && static_cast<int>(i) < max_senses; ++i) {
    const std::string line = ReadSynsetLine(Pos::kNoun, entry.offsets[i]);
    const ParsedSynset synset = ParseSynset(line);  // points into `line`
    // The derivation must start at this very word of the synset, not at a synonym of it.
    int word_number = 0;
    for (std::size_t w = 0; w < synset.words.size(); ++w) {
      if (LemmaKey(synset.words[w]) == key) word_number = static_cast<int>(w) + 1;
    }
    for (const ParsedSynset::Pointer& pointer : synset.pointers) {
      if (pointer.symbol != "+" || pointer.pos != 'v') continue;
      if (pointer.source != 0 && pointer.source != word_number) continue;
      const bool seen = std::any_of(verbs.begin(), verbs.end(), [&](const Synset& verb) {
        return verb.offset == pointer.offset;
      });
      if (seen) continue;
      verbs.push_back({Pos::kVerb, pointer.offset,
                       ParseSynset(ReadSynsetLine(Pos::kVerb, pointer.offset)).words});
    }
  }
  return verbs;
}

bool WordNet::IsFirstSense(std::string_view lemma, const Synset& synset) const {
  const IndexEntry entry = Lookup(lemma, synset.pos);
  return !entry.offsets.empty() && entry.offsets.front() == synset.offset;
}

int WordNet::SenseCount(std::string_view lemma) const {
  return Lookup(lemma, Pos::kNoun).sense_count + Lookup(lemma, Pos::kVerb).sense_count;
}

}  // namespace resumax::optimize

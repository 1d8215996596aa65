#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::optimize {

// Read-only access to the Princeton WordNet 3.0 text files (Debian wordnet-base:
// index.noun, index.verb, data.noun, data.verb). Index files are sorted, so a lemma is a binary
// search away; its synsets are read by the byte offsets the index gives. Used only while a
// taxonomy is built, never per request.
class WordNet {
 public:
  enum class Pos { kNoun, kVerb };

  // Opens the dictionary in `dir`. When a file is missing or unreadable the result is
  // unavailable (every lookup answers nothing) and one warning is logged.
  static WordNet Open(const std::filesystem::path& dir = "/usr/share/wordnet");

  bool available() const { return available_; }

  // A set of synonyms: its words (spaces for WordNet's underscores) and where it is stored.
  struct Synset {
    Pos pos = Pos::kNoun;
    long offset = 0;
    std::vector<std::string> words;
  };

  // The first `max_senses` synsets of `lemma`, most frequent sense first:
  // "collaboration" → {"collaboration", "coaction"}, ...
  std::vector<Synset> Synsets(std::string_view lemma, Pos pos, int max_senses) const;

  // The verb synsets WordNet derives the noun's first `max_senses` senses from or to
  // ("collaboration" → {"collaborate", "join forces", "cooperate", "get together"}).
  std::vector<Synset> RelatedVerbs(std::string_view noun, int max_senses) const;

  // True when `synset` is the most frequent sense of `lemma` in its part of speech, so the
  // word, read on its own, most likely means that: "cooperate" for collaborate's synset, not
  // "enterprise" for initiative's.
  bool IsFirstSense(std::string_view lemma, const Synset& synset) const;

  // How many senses `lemma` has as a noun plus as a verb; a measure of how ambiguous it is.
  int SenseCount(std::string_view lemma) const;

 private:
  struct IndexEntry {
    int sense_count = 0;
    std::vector<long> offsets;
  };
  IndexEntry Lookup(std::string_view lemma, Pos pos) const;
  std::string ReadSynsetLine(Pos pos, long offset) const;

  bool available_ = false;
  std::filesystem::path dir_;
  std::string noun_index_, verb_index_;
};

}  // namespace resumax::optimize

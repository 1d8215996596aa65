#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Words of resume and job-description text as the skill matcher sees them: ASCII-lowered and
// Snowball-stemmed, with the punctuation between them reduced to "a phrase may continue here" or
// not.
namespace resumax::optimize {

struct Token {
  std::size_t begin = 0, end = 0;  // byte offsets in the text
  std::string_view surface;        // as written: "C++", ".NET", "Reconciliations"
  std::string lowered;             // ASCII-lowered surface
  std::string stem;                // Snowball English stem of a plain word, else `lowered`
  bool breaks_before = false;      // a line break, tab or ",;:()!?|•" separates it from the
                                   // token before, so no phrase spans the two
  char joiner_before = 0;          // the one character between it and the token before when
                                   // that is '-', '/', '&', '.' or '\'', else 0
};

// Splits text into words: runs of ASCII letters and digits and non-ASCII letters, with a trailing
// "++" or "#" ("C++", "C#") and a leading dot after a space (".NET"). A possessive "'s" is dropped.
std::vector<Token> Tokenize(std::string_view text);

// The Snowball (Porter 2) English stem of an ASCII-lowered word: "reconciliations" and
// "reconciliation" both give "reconcili". Thread-safe; each thread keeps its own stemmer.
std::string StemWord(std::string_view lowered_word);

// ASCII lower case; other bytes unchanged.
std::string LowerAscii(std::string_view text);

// The stems of `text`'s tokens joined by single spaces: a key that ignores case, punctuation and
// inflection ("Sr. Software Engineers" → "sr softwar engin").
std::string StemKey(std::string_view text);

}  // namespace resumax::optimize

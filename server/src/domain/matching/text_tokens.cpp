#include "domain/matching/text_tokens.h"

#include <libstemmer.h>

#include <memory>

namespace resumax::optimize {
namespace {

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

// The code point of the UTF-8 sequence at `at` and its length; a stray byte counts as itself.
std::pair<char32_t, std::size_t> DecodeAt(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (at + length > text.size()) length = 1;
  if (length == 1) return {lead, 1};
  char32_t code = lead & (0x3F >> (length - 1));
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {lead, 1};
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  return {code, length};
}

// Non-ASCII punctuation and symbols: spaces, dashes, quotes, bullets, arrows, shapes.
bool IsUnicodePunctuation(char32_t code) {
  return code == 0xA0 || code == 0xB7 || code == 0xAB || code == 0xBB ||
         (code >= 0x2000 && code <= 0x206F) || (code >= 0x2190 && code <= 0x21FF) ||
         (code >= 0x2500 && code <= 0x27BF) || code == 0x3000 || code == 0xFEFF || code == 0xFFFD;
}

// Length of the word character at `at` (a letter, digit or non-ASCII letter), or 0.
std::size_t WordCharAt(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  const char c = text[at];
  if (IsAsciiAlnum(c)) return 1;
  if (static_cast<unsigned char>(c) < 0x80) return 0;
  const auto [code, length] = DecodeAt(text, at);
  return IsUnicodePunctuation(code) || code < 0x80 ? 0 : length;
}

bool IsPlainWord(std::string_view lowered) {
  for (char c : lowered) {
    if (!(c >= 'a' && c <= 'z') && static_cast<unsigned char>(c) < 0x80) return false;
  }
  return !lowered.empty();
}

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};

// Reads the gap between two tokens.
void ClassifyGap(std::string_view gap, Token& token) {
  if (gap.size() == 1 && std::string_view("-/&.'").find(gap.front()) != std::string_view::npos) {
    token.joiner_before = gap.front();
    return;
  }
  if (gap == "’") {
    token.joiner_before = '\'';
    return;
  }
  for (std::size_t i = 0; i < gap.size();) {
    const char c = gap[i];
    // "USP <797>" keeps its number: angle brackets do not break a phrase.
    if (std::string_view("\n\r\t,;:()[]{}!?\"|*").find(c) != std::string_view::npos) {
      token.breaks_before = true;
      return;
    }
    // A dot ends a sentence when a space follows it; "Node.js" and "e.g." do not break.
    if (c == '.' && i + 1 < gap.size() && gap[i + 1] == ' ') {
      token.breaks_before = true;
      return;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      const auto [code, length] = DecodeAt(gap, i);
      // Dashes (U+2010–U+2015) and curly quotes keep a phrase together; bullets do not.
      const bool soft = (code >= 0x2010 && code <= 0x2015) || code == 0x2018 || code == 0x2019 ||
                        code == 0xA0 || code == 0x2009 || code == 0x202F;
      if (!soft) {
        token.breaks_before = true;
        return;
      }
      i += length;
      continue;
    }
    ++i;
  }
}

}  // namespace

std::string LowerAscii(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return lowered;
}

std::string StemWord(std::string_view lowered_word) {
  if (!IsPlainWord(lowered_word) || lowered_word.size() < 3) return std::string(lowered_word);
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer(
      sb_stemmer_new("english", "UTF_8"));
  if (!stemmer) return std::string(lowered_word);
  const sb_symbol* stemmed =
      sb_stemmer_stem(stemmer.get(), reinterpret_cast<const sb_symbol*>(lowered_word.data()),
                      static_cast<int>(lowered_word.size()));
  if (stemmed == nullptr) return std::string(lowered_word);
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer.get())));
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t previous_end = 0;
  bool first = true;
  for (std::size_t at = 0; at < text.size();) {
    const bool leading_dot =
        text[at] == '.' && at + 1 < text.size() && IsAsciiAlpha(text[at + 1]) &&
        (at == 0 || std::string_view(" \t\n(/,").find(text[at - 1]) != std::string_view::npos);
    std::size_t step = WordCharAt(text, at);
    if (step == 0 && !leading_dot) {
      const auto [code, length] = DecodeAt(text, at);
      at += length;
      continue;
    }
    const std::size_t begin = at;
    if (leading_dot) ++at;
    while ((step = WordCharAt(text, at)) > 0) at += step;
    // "C++", "C#", "F#": the symbols belong to the word when no letter follows them.
    std::size_t symbols = at;
    while (symbols < text.size() && symbols - at < 2 &&
           (text[symbols] == '+' || text[symbols] == '#'))
      ++symbols;
    if (symbols > at && WordCharAt(text, symbols) == 0) at = symbols;

    Token token;
    token.begin = begin;
    token.end = at;
    token.surface = text.substr(begin, at - begin);
    if (!first) ClassifyGap(text.substr(previous_end, begin - previous_end), token);
    previous_end = at;
    // "Bachelor's": the possessive is no word of its own.
    if (token.joiner_before == '\'' && (token.surface == "s" || token.surface == "S")) {
      continue;
    }
    token.lowered = LowerAscii(token.surface);
    token.stem = StemWord(token.lowered);
    tokens.push_back(std::move(token));
    first = false;
  }
  return tokens;
}

std::string StemKey(std::string_view text) {
  std::string key;
  for (const Token& token : Tokenize(text)) {
    if (!key.empty()) key += ' ';
    key += token.stem;
  }
  return key;
}

}  // namespace resumax::optimize

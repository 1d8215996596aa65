#include "domain/rewriting/diff_words.h"

#include <dtl/dtl.hpp>
#include <string>

namespace resumax::optimize {
namespace {

// A word (or one punctuation mark) and the whitespace after it. Only the word is compared, so
// "APIs" at the end of one text still matches "APIs " inside the other.
struct Token {
  std::string_view word;
  std::string_view space;
};

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Letters, digits and every byte of a multi-byte UTF-8 character, so no character is split.
bool IsWordByte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte >= 0x80 || (byte >= '0' && byte <= '9') || (byte >= 'a' && byte <= 'z') ||
         (byte >= 'A' && byte <= 'Z') || c == '_';
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  std::size_t at = 0;
  auto space_from = [&](std::size_t from) {
    std::size_t end = from;
    while (end < text.size() && IsSpace(text[end])) ++end;
    return end;
  };
  if (at < text.size() && IsSpace(text[at])) {
    const std::size_t end = space_from(at);
    tokens.push_back({text.substr(at, 0), text.substr(at, end - at)});
    at = end;
  }
  while (at < text.size()) {
    std::size_t end = at + 1;
    if (IsWordByte(text[at])) {
      // Apostrophes inside a word ("team's", "don't") belong to it.
      while (end < text.size() &&
             (IsWordByte(text[end]) ||
              (text[end] == '\'' && end + 1 < text.size() && IsWordByte(text[end + 1])))) {
        ++end;
      }
    }
    const std::size_t space_end = space_from(end);
    tokens.push_back({text.substr(at, end - at), text.substr(end, space_end - end)});
    at = space_end;
  }
  return tokens;
}

class PartWriter {
 public:
  void Equal(std::string_view text) {
    if (text.empty()) return;
    Flush();
    if (!parts_.empty() && parts_.back().op == "equal") {
      parts_.back().text.append(text);
    } else {
      parts_.push_back({"equal", std::string(text)});
    }
  }
  void Delete(std::string_view text) { deleted_.append(text); }
  void Insert(std::string_view text) { inserted_.append(text); }

  std::vector<DiffPart> Finish() {
    Flush();
    return std::move(parts_);
  }

 private:
  void Flush() {
    if (!deleted_.empty()) parts_.push_back({"delete", std::move(deleted_)});
    if (!inserted_.empty()) parts_.push_back({"insert", std::move(inserted_)});
    deleted_.clear();
    inserted_.clear();
  }

  std::vector<DiffPart> parts_;
  std::string deleted_;
  std::string inserted_;
};

std::string_view Whole(const Token& token) {
  return {token.word.data(), token.word.size() + token.space.size()};
}

}  // namespace

std::vector<DiffPart> WordDiff(std::string_view before, std::string_view after) {
  const std::vector<Token> old_tokens = Tokenize(before);
  const std::vector<Token> new_tokens = Tokenize(after);
  std::vector<std::string_view> old_words;
  std::vector<std::string_view> new_words;
  old_words.reserve(old_tokens.size());
  new_words.reserve(new_tokens.size());
  for (const Token& token : old_tokens) old_words.push_back(token.word);
  for (const Token& token : new_tokens) new_words.push_back(token.word);

  // dtl's O(NP) algorithm (Wu, Manber, Myers); each step carries 1-based indices into both
  // sequences, which lead back to the whitespace the comparison ignored.
  dtl::Diff<std::string_view> diff(old_words, new_words, true);
  if (old_words.size() + new_words.size() > 4000) diff.enableHuge();
  diff.compose();

  PartWriter writer;
  for (const auto& [word, info] : diff.getSes().getSequence()) {
    if (info.type == dtl::SES_COMMON) {
      const Token& old_token = old_tokens[static_cast<std::size_t>(info.beforeIdx - 1)];
      const Token& new_token = new_tokens[static_cast<std::size_t>(info.afterIdx - 1)];
      if (old_token.space == new_token.space) {
        writer.Equal(Whole(old_token));
      } else {
        writer.Equal(old_token.word);
        writer.Delete(old_token.space);
        writer.Insert(new_token.space);
      }
    } else if (info.type == dtl::SES_DELETE) {
      writer.Delete(Whole(old_tokens[static_cast<std::size_t>(info.beforeIdx - 1)]));
    } else {
      writer.Insert(Whole(new_tokens[static_cast<std::size_t>(info.afterIdx - 1)]));
    }
  }
  return writer.Finish();
}

}  // namespace resumax::optimize

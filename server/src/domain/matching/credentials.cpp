#include "domain/matching/credentials.h"

#include <cctype>

#include "core/text.h"

namespace resumax::optimize {

std::string CredentialName(std::string_view name) {
  std::string out(TrimSpace(name));
  const std::string lower = AsciiLowercase(out);
  for (std::string_view kind :
       {" license", " licence", " licensure", " certification", " certificate", " certified"}) {
    if (lower.size() > kind.size() && lower.ends_with(kind)) {
      out.resize(out.size() - kind.size());
      break;
    }
  }
  return std::string(TrimSpace(out));
}

bool ContainsWords(std::string_view text, std::string_view needle) {
  if (needle.empty()) return false;
  auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    const std::size_t end = at + needle.size();
    if ((at == 0 || !word_char(text[at - 1])) && (end == text.size() || !word_char(text[end]))) {
      return true;
    }
  }
  return false;
}

bool IsAcronym(std::string_view term) {
  if (term.size() < 2 || term.size() > 8) return false;
  int capitals = 0;
  int lower = 0;
  for (const char c : term) {
    if (std::isupper(static_cast<unsigned char>(c)) != 0) {
      ++capitals;
    } else if (std::islower(static_cast<unsigned char>(c)) != 0) {
      ++lower;
    } else if (std::isdigit(static_cast<unsigned char>(c)) == 0) {
      return false;
    }
  }
  return capitals >= 2 && lower <= capitals && std::isupper(static_cast<unsigned char>(term[0]));
}

}  // namespace resumax::optimize

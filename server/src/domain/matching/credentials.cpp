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

namespace {

bool IsWordChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Calls accept(end) at each place `needle` stands as whole words in `text` (`end` is where it
// ends) until accept returns true; returns whether one did.
template <typename Accept>
bool AnyWholeWords(std::string_view text, std::string_view needle, Accept accept) {
  if (needle.empty()) return false;
  for (std::size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + 1)) {
    const std::size_t end = at + needle.size();
    if ((at == 0 || !IsWordChar(text[at - 1])) && (end == text.size() || !IsWordChar(text[end])) &&
        accept(end)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool ContainsWords(std::string_view text, std::string_view needle) {
  return AnyWholeWords(text, needle, [](std::size_t) { return true; });
}

bool NamesHeldCredential(std::string_view text, std::string_view needle) {
  return AnyWholeWords(text, needle, [&](std::size_t end) {
    // The word after it: "Pharmacy technician student", "RN apprentice".
    std::size_t next = end;
    while (next < text.size() && !IsWordChar(text[next]) && text[next] != '\n') ++next;
    std::size_t next_end = next;
    while (next_end < text.size() && IsWordChar(text[next_end])) ++next_end;
    const std::string after = AsciiLowercase(text.substr(next, next_end - next));
    return after != "student" && after != "students" && after != "trainee" &&
           after != "apprentice" && after != "intern" && after != "extern" && after != "aide";
  });
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

bool CredentialStillToCome(std::string_view segment, bool short_item) {
  const std::string lower = AsciiLowercase(segment);
  for (std::string_view marker : {"in progress",
                                  "in-progress",
                                  "pursuing",
                                  "studying for",
                                  "studying towards",
                                  "working toward",
                                  "exam scheduled",
                                  "exam booked",
                                  "preparing for",
                                  "not yet",
                                  "-eligible",
                                  " eligible",
                                  "looking to",
                                  "aspiring",
                                  "hoping to",
                                  "want to",
                                  "wants to",
                                  "would like to",
                                  "plan to",
                                  "plans to",
                                  "planning to",
                                  "intend to",
                                  "intending to",
                                  "due to sit",
                                  "due to take",
                                  "will sit",
                                  "will take the",
                                  "registered for the",
                                  "enrolled for the",
                                  "sitting the",
                                  "due to complete",
                                  "due to finish",
                                  "currently studying",
                                  "currently completing"}) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  if (short_item) {
    for (std::string_view marker :
         {"expected", "anticipated", "pending", "provisional", "scheduled", "candidate",
          "in training", "trainee", "studying", "completing", "enrolled"}) {
      if (lower.find(marker) != std::string::npos) return true;
    }
  }
  // "a CPA candidate": a credential's letters before the word.
  for (std::size_t at = lower.find(" candidate"); at != std::string::npos;
       at = lower.find(" candidate", at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && segment[begin - 1] != ' ') --begin;
    if (IsAcronym(segment.substr(begin, at - begin))) return true;
  }
  return false;
}

}  // namespace resumax::optimize

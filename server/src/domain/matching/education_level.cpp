#include "domain/matching/education_level.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <string>
#include <vector>

#include "domain/matching/text_tokens.h"

namespace resumax::optimize {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// A word with the dots of an abbreviation removed: "Ph.D." → "PhD" (dotted), "B.S" → "BS".
struct DegreeWord {
  std::string compact;
  std::string lowered;
  bool dotted = false;
  bool possessive = false;   // followed by "'s"
  bool after_comma = false;  // "Boston, MA"
};

std::vector<DegreeWord> DegreeWords(std::string_view text) {
  std::vector<DegreeWord> words;
  bool comma = false;
  for (std::size_t at = 0; at < text.size();) {
    if (!IsAlnum(text[at])) {
      if (text[at] == ',') comma = true;
      ++at;
      continue;
    }
    DegreeWord word;
    word.after_comma = comma;
    comma = false;
    std::size_t segment = 0;
    while (at < text.size()) {
      if (IsAlnum(text[at])) {
        word.compact += text[at++];
        ++segment;
      } else if (text[at] == '.' && at + 1 < text.size() && IsAlpha(text[at + 1]) && segment <= 3) {
        word.dotted = true;
        segment = 0;
        ++at;
      } else {
        break;
      }
    }
    if (word.dotted && at < text.size() && text[at] == '.') ++at;
    for (std::string_view apostrophe : {"'s", "’s"}) {
      if (text.substr(at).starts_with(apostrophe) &&
          (at + apostrophe.size() == text.size() || !IsAlnum(text[at + apostrophe.size()]))) {
        word.possessive = true;
        at += apostrophe.size();
      }
    }
    word.lowered = LowerAscii(word.compact);
    words.push_back(std::move(word));
  }
  return words;
}

std::optional<DegreeLevel> LevelAt(const std::vector<DegreeWord>& words, std::size_t i) {
  const DegreeWord& word = words[i];
  const std::string_view w = word.compact;
  const std::string_view lw = word.lowered;
  const auto next = [&](std::size_t offset) -> std::string_view {
    return i + offset < words.size() ? std::string_view(words[i + offset].lowered) : "";
  };
  const bool names_degree =
      word.possessive || IsOneOf(next(1), {"degree", "degrees", "of", "in", "level", "program"});

  if (IsOneOf(lw, {"phd", "doctorate", "doctoral", "edd", "pharmd", "dnp", "dpt", "psyd", "dvm",
                   "dds", "dmd", "juris"}) ||
      (lw == "doctor" && next(1) == "of") || (w == "MD" && word.dotted) ||
      (w == "JD" && next(1) != "edwards")) {
    return DegreeLevel::kDoctorate;
  }
  if ((IsOneOf(lw, {"master", "masters"}) && names_degree) ||
      IsOneOf(lw, {"mba", "msc", "msn", "mph", "msw", "meng", "mfa", "llm", "mha", "mpp"}) ||
      (IsOneOf(w, {"MS", "MA", "MEd", "MPA", "MSEE", "MSCS", "MAT"}) &&
       !(w == "MA" && word.after_comma) &&
       !IsOneOf(next(1), {"office", "excel", "word", "access", "project", "teams", "sql",
                          "dynamics", "visio", "powerpoint", "outlook", "windows", "azure",
                          "exchange", "sharepoint", "paint"}))) {
    return DegreeLevel::kMaster;
  }
  if (IsOneOf(lw, {"bachelor", "bachelors", "baccalaureate", "bsc", "bsn", "bba", "beng", "btech",
                   "bfa", "bcom", "basc", "bsee", "bscs"}) ||
      IsOneOf(w, {"BS", "BA"}) || (w == "BE" && word.dotted) ||
      (IsOneOf(lw, {"undergraduate", "college", "university"}) && next(1) == "degree") ||
      (IsOneOf(lw, {"four", "4"}) && next(1) == "year" &&
       IsOneOf(next(2), {"degree", "college", "university"}))) {
    return DegreeLevel::kBachelor;
  }
  if ((IsOneOf(lw, {"associate", "associates"}) && names_degree) ||
      (IsOneOf(w, {"AAS", "ADN", "AS", "AA"}) && (w.size() == 3 || word.dotted)) ||
      (IsOneOf(lw, {"two", "2"}) && next(1) == "year" && next(2) == "degree")) {
    return DegreeLevel::kAssociate;
  }
  if ((lw == "high" && next(1) == "school") || (lw == "secondary" && next(1) == "school") ||
      IsOneOf(lw, {"ged", "hsd"})) {
    return DegreeLevel::kHighSchool;
  }
  return std::nullopt;
}

std::vector<DegreeLevel> Levels(std::string_view text) {
  std::vector<DegreeLevel> levels;
  const std::vector<DegreeWord> words = DegreeWords(text);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (const auto level = LevelAt(words, i)) levels.push_back(*level);
  }
  return levels;
}

}  // namespace

std::string_view DegreeLevelName(DegreeLevel level) {
  switch (level) {
    case DegreeLevel::kHighSchool:
      return "high_school";
    case DegreeLevel::kAssociate:
      return "associate";
    case DegreeLevel::kBachelor:
      return "bachelor";
    case DegreeLevel::kMaster:
      return "master";
    case DegreeLevel::kDoctorate:
      return "phd";
  }
  return "bachelor";
}

std::optional<DegreeLevel> ParseDegreeLevel(std::string_view name) {
  for (DegreeLevel level :
       {DegreeLevel::kHighSchool, DegreeLevel::kAssociate, DegreeLevel::kBachelor,
        DegreeLevel::kMaster, DegreeLevel::kDoctorate}) {
    if (DegreeLevelName(level) == name) return level;
  }
  return std::nullopt;
}

std::optional<DegreeLevel> DegreeLevelOf(std::string_view text) {
  const std::vector<DegreeLevel> levels = Levels(text);
  if (levels.empty()) return std::nullopt;
  return *std::max_element(levels.begin(), levels.end());
}

bool SoundsOptional(std::string_view clause) {
  const std::string lowered = LowerAscii(clause);
  for (std::string_view phrase : {"preferred", "a plus", "nice to have", "nice-to-have", "bonus",
                                  "desirable", "desired", "ideally", "an advantage", "an asset",
                                  "not required", "helpful", "plus if", "would be great"}) {
    if (lowered.find(phrase) != std::string::npos) return true;
  }
  return false;
}

std::optional<DegreeLevel> RequiredDegreeLevel(std::string_view requirements_text) {
  std::optional<DegreeLevel> required;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= requirements_text.size(); ++at) {
    const bool end = at == requirements_text.size();
    const char c = end ? '\n' : requirements_text[at];
    // "Degree required. MS preferred" ends a sentence; the dots of "M.S. preferred" do not.
    const bool abbreviation = at >= 1 && IsAlpha(requirements_text[at - 1]) &&
                              (at == 1 || !IsAlpha(requirements_text[at - 2]));
    const bool sentence_end = c == '.' && !abbreviation && at + 1 < requirements_text.size() &&
                              requirements_text[at + 1] == ' ';
    if (!end && c != '\n' && c != ';' && c != ',' && c != '(' && c != ')' && !sentence_end) {
      continue;
    }
    const std::string_view clause = requirements_text.substr(start, at - start);
    start = at + 1;
    if (SoundsOptional(clause)) continue;
    for (DegreeLevel level : Levels(clause)) {
      if (!required || level < *required) required = level;
    }
  }
  return required;
}

}  // namespace resumax::optimize

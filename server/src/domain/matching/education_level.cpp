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

// "a degree in …", "a university degree", "an undergraduate degree": a degree without its level
// names a bachelor's, as employers use the word ("a high degree of", "360-degree" do not).
bool NamesGenericDegree(std::string_view text) {
  const std::string lowered = LowerAscii(text);
  for (std::string_view phrase :
       {"a degree", "university degree", "college degree", "undergraduate degree", "honours degree",
        "honors degree", "first degree", "degree-level", "degree level"}) {
    for (std::size_t at = lowered.find(phrase); at != std::string::npos;
         at = lowered.find(phrase, at + 1)) {
      const std::size_t end = at + phrase.size();
      if (at > 0 && IsAlnum(lowered[at - 1])) continue;
      if (end < lowered.size() && IsAlnum(lowered[end])) continue;
      if (lowered.compare(end, 3, " of") == 0) continue;  // "a degree of autonomy"
      return true;
    }
  }
  return false;
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

std::optional<DegreeLevel> EducationLevel(std::string_view degree, std::string_view field,
                                          std::string_view school) {
  if (LowerAscii(degree).find("certificate") != std::string::npos) return std::nullopt;
  return DegreeLevelOf(std::string(degree) + "\n" + std::string(field) + "\n" +
                       std::string(school));
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

namespace {

// Which clauses of a text to read: those that do not sound optional, those that do, or all.
enum class Clauses { kFirm, kOptional, kAll };

bool Reads(Clauses which, std::string_view clause) {
  return which == Clauses::kAll || SoundsOptional(clause) == (which == Clauses::kOptional);
}

std::optional<DegreeLevel> LowestDegreeLevel(std::string_view requirements_text, Clauses which) {
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
    if (!Reads(which, clause)) continue;
    std::vector<DegreeLevel> levels = Levels(clause);
    if (levels.empty() && NamesGenericDegree(clause)) levels.push_back(DegreeLevel::kBachelor);
    for (DegreeLevel level : levels) {
      if (!required || level < *required) required = level;
    }
  }
  return required;
}

}  // namespace

std::optional<DegreeLevel> RequiredDegreeLevel(std::string_view requirements_text) {
  return LowestDegreeLevel(requirements_text, Clauses::kFirm);
}

std::optional<DegreeLevel> PreferredDegreeLevel(std::string_view preferred_text,
                                                std::string_view requirements_text) {
  const auto preferred = LowestDegreeLevel(preferred_text, Clauses::kAll);
  const auto optional = LowestDegreeLevel(requirements_text, Clauses::kOptional);
  if (preferred && optional) return std::min(*preferred, *optional);
  return preferred ? preferred : optional;
}

namespace {

std::string_view TrimField(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == ':')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '.' || text.back() == ',')) {
    text.remove_suffix(1);
  }
  return text;
}

// Words of a field, lower-case letters only ("Computer Science" → computer, science).
std::vector<std::string> FieldWords(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (IsAlpha(c)) {
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace

namespace {

std::vector<std::string> DegreeFields(std::string_view requirements_text, Clauses which) {
  std::vector<std::string> fields;
  // Where a degree names its field: "degree in …", "BS in …", "Bachelor's in …".
  static constexpr std::string_view kIntros[] = {"degree in ",
                                                 "diploma in ",
                                                 "bachelor's in ",
                                                 "bachelors in ",
                                                 "master's in ",
                                                 "masters in ",
                                                 "bs in ",
                                                 "ba in ",
                                                 "bsc in ",
                                                 "ms in ",
                                                 "msc in ",
                                                 "ma in ",
                                                 "b.s. in ",
                                                 "b.a. in ",
                                                 "bachelor of science in ",
                                                 "bachelor of arts in ",
                                                 "qualification in "};
  std::size_t start = 0;
  while (start <= requirements_text.size()) {
    const std::size_t end = std::min(requirements_text.find('\n', start), requirements_text.size());
    const std::string_view line = requirements_text.substr(start, end - start);
    start = end + 1;
    if (!Reads(which, line)) continue;
    const std::string lowered = LowerAscii(line);
    std::size_t at = std::string::npos;
    std::size_t intro_size = 0;
    for (std::string_view intro : kIntros) {
      const std::size_t found = lowered.find(intro);
      if (found != std::string::npos && (found == 0 || !IsAlnum(lowered[found - 1])) &&
          found < at) {
        at = found;
        intro_size = intro.size();
      }
    }
    if (at == std::string::npos) continue;
    const std::string_view intro = line.substr(0, at + intro_size);
    if (!DegreeLevelOf(intro) && !NamesGenericDegree(intro)) continue;
    // The list runs to the end of the clause, before "or equivalent", "or a related field".
    std::string_view list = line.substr(at + intro_size);
    std::string list_lower = lowered.substr(at + intro_size);
    // "or another engineering discipline", "or a related engineering field": any field of
    // that kind.
    std::string kind;
    for (std::string_view lead :
         {" or another ", " or any other ", " or a related ", " or other "}) {
      const std::size_t found = list_lower.find(lead);
      if (found == std::string::npos) continue;
      const std::string_view rest = std::string_view(list_lower).substr(found + lead.size());
      for (std::string_view noun : {" discipline", " field", " subject", " degree"}) {
        const std::size_t stop = rest.find(noun);
        if (stop == std::string_view::npos || stop == 0 || stop > 30) continue;
        const std::string_view words = rest.substr(0, stop);
        if (words.find(' ') == std::string_view::npos && words != "related" &&
            words != "relevant" && words != "similar" && words != "quantitative") {
          kind = std::string(line.substr(at + intro_size + found + lead.size(), stop));
        }
        break;
      }
      break;
    }
    for (std::string_view stop : {".",
                                  ";",
                                  "(",
                                  " or equivalent",
                                  " or a related",
                                  " or related",
                                  " or closely related",
                                  " or a closely related",
                                  ", or related",
                                  " or similar",
                                  " or another",
                                  " with ",
                                  " and at least",
                                  " and experience",
                                  " from ",
                                  " preferred",
                                  " required",
                                  " is ",
                                  " (",
                                  " - ",
                                  " – "}) {
      const std::size_t cut = list_lower.find(stop);
      if (cut != std::string::npos) {
        list = list.substr(0, cut);
        list_lower.resize(cut);
      }
    }
    // "a quantitative field such as statistics or economics": examples of a kind, which this
    // cannot judge; no field is asked for.
    if (list_lower.find("such as") != std::string::npos ||
        list_lower.find("e.g.") != std::string::npos ||
        list_lower.find(" like ") != std::string::npos) {
      continue;
    }
    // "Finance, Economics or Accounting", "nursing and health sciences".
    std::size_t item_start = 0;
    for (std::size_t i = 0; i <= list_lower.size(); ++i) {
      const bool at_end = i == list_lower.size();
      std::size_t skip = 0;
      if (!at_end && list_lower[i] == ',') skip = 1;
      if (!at_end && list_lower.compare(i, 4, " or ") == 0) skip = 4;
      if (!at_end && list_lower.compare(i, 3, " / ") == 0) skip = 3;
      if (!at_end && list_lower[i] == '/') skip = 1;
      if (!at_end && skip == 0) continue;
      std::string_view item = TrimField(list.substr(item_start, i - item_start));
      for (std::string_view article : {"a ", "an ", "the ", "or "}) {
        if (LowerAscii(item).starts_with(article)) item.remove_prefix(article.size());
      }
      const std::string item_lower = LowerAscii(item);
      // "any field", "any discipline": no field asked for.
      if (!item.empty() && item.size() <= 60 && item_lower.find("related") == std::string::npos &&
          item_lower.find("equivalent") == std::string::npos && !item_lower.starts_with("any ") &&
          std::find(fields.begin(), fields.end(), item) == fields.end()) {
        fields.emplace_back(item);
      }
      item_start = i + skip;
      if (skip > 1) i += skip - 1;
    }
    if (!kind.empty()) {
      std::string word = LowerAscii(kind);
      if (word[0] >= 'a' && word[0] <= 'z') word[0] = static_cast<char>(word[0] - 'a' + 'A');
      if (std::find(fields.begin(), fields.end(), word) == fields.end()) fields.push_back(word);
    }
  }
  return fields;
}

}  // namespace

std::vector<std::string> RequiredDegreeFields(std::string_view requirements_text) {
  return DegreeFields(requirements_text, Clauses::kFirm);
}

std::vector<std::string> PreferredDegreeFields(std::string_view preferred_text,
                                               std::string_view requirements_text) {
  std::vector<std::string> fields = DegreeFields(preferred_text, Clauses::kAll);
  for (std::string& field : DegreeFields(requirements_text, Clauses::kOptional)) {
    if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
      fields.push_back(std::move(field));
    }
  }
  return fields;
}

bool DegreeFieldShown(std::string_view education_text, const std::vector<std::string>& fields) {
  const std::vector<std::string> shown = FieldWords(education_text);
  // One word begins the other ("Maths" and "Mathematics" once its plural "s" is set aside).
  const auto begins = [](const std::string& a, const std::string& b) {
    const std::size_t common = std::min(a.size(), b.size());
    return common >= 4 && a.compare(0, common, b, 0, common) == 0;
  };
  const auto bare = [](std::string word) {
    if (word.size() > 4 && word.back() == 's') word.pop_back();
    return word;
  };
  const auto has = [&](const std::string& word) {
    return std::any_of(shown.begin(), shown.end(), [&](const std::string& other) {
      return other == word || begins(other, word) || begins(bare(other), bare(word));
    });
  };
  // A field written as its letters ("HCI") is the initials of words shown in a row
  // ("Human-Computer Interaction"), the small words between them left out.
  std::string initials;
  for (const std::string& word : shown) {
    if (word != "of" && word != "and" && word != "in" && word != "the") initials += word.front();
  }
  for (const std::string& field : fields) {
    const std::vector<std::string> words = FieldWords(field);
    if (!words.empty() && std::all_of(words.begin(), words.end(), has)) return true;
    const bool letters =
        field.size() >= 2 && field.size() <= 5 &&
        std::all_of(field.begin(), field.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (letters && initials.find(LowerAscii(field)) != std::string::npos) return true;
  }
  return false;
}

}  // namespace resumax::optimize

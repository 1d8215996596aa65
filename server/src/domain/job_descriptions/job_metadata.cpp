#include "domain/job_descriptions/job_metadata.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>

#include "domain/job_descriptions/skill_catalog.h"
#include "domain/job_descriptions/text_scan.h"

namespace resumax::jobs {
namespace {

using text::ContainsWord;
using text::FindWord;
using text::IsAsciiAlnum;
using text::IsAsciiAlpha;
using text::IsAsciiDigit;
using text::IsAsciiUpper;
using text::StartsWithNoCase;
using text::ToLowerAscii;
using text::Trim;
using Lines = std::vector<std::string_view>;

constexpr std::string_view kBullet = "• ";

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool ContainsAnyWord(std::string_view lowered, std::initializer_list<std::string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::string_view word) { return ContainsWord(lowered, word); });
}

bool IsBullet(std::string_view line) { return line.starts_with(kBullet); }

// The line without a leading bullet or Markdown emphasis/heading marks.
std::string_view StripDecoration(std::string_view line) {
  if (IsBullet(line)) line.remove_prefix(kBullet.size());
  while (!line.empty() && (line.front() == '#' || line.front() == '*' || line.front() == '_' ||
                           line.front() == ' ')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == '*' || line.back() == '_' || line.back() == ' ')) {
    line.remove_suffix(1);
  }
  return line;
}

// "Inc." and friends end names, not sentences.
bool EndsWithAbbreviation(std::string_view text) {
  for (std::string_view abbreviation : {"Inc.", "Co.", "Corp.", "Ltd.", "Jr.", "Sr.", "L.L.C."}) {
    if (text.ends_with(abbreviation) && (text.size() == abbreviation.size() ||
                                         text[text.size() - abbreviation.size() - 1] == ' ')) {
      return true;
    }
  }
  return false;
}

std::string_view TrimPunctuation(std::string_view value) {
  while (!value.empty() && std::string_view(" ,;:.-|*").find(value.back()) != std::string::npos &&
         !EndsWithAbbreviation(value)) {
    value.remove_suffix(1);
  }
  while (!value.empty() && std::string_view(" ,;:-|*").find(value.front()) != std::string::npos) {
    value.remove_prefix(1);
  }
  return value;
}

// The value of a "Label: value" line for one of `labels` (lowered, without the colon).
std::optional<std::string_view> LabelValue(std::string_view line,
                                           std::initializer_list<std::string_view> labels) {
  line = StripDecoration(line);
  for (std::string_view label : labels) {
    if (!StartsWithNoCase(line, label)) continue;
    std::string_view rest = line.substr(label.size());
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '*')) rest.remove_prefix(1);
    if (!rest.starts_with(':')) continue;
    const std::string_view value = TrimPunctuation(Trim(StripDecoration(rest.substr(1))));
    if (!value.empty()) return value;
  }
  return std::nullopt;
}

template <typename Found>
std::optional<std::string> FirstLabelValue(const Lines& lines,
                                           std::initializer_list<std::string_view> labels,
                                           Found accept) {
  for (std::string_view line : lines) {
    if (const auto value = LabelValue(line, labels); value && accept(*value)) {
      return std::string(*value);
    }
  }
  return std::nullopt;
}

// The leading run of capitalised words of `text` ("Acme Health" of "Acme Health is hiring"),
// allowing inner "of", "and", "&", "the", "de" and stopping after a clause-ending word.
std::string_view CapitalizedPhrase(std::string_view text) {
  std::size_t pos = 0;
  std::size_t phrase_end = 0;
  for (int words = 0; pos < text.size() && words < 6; ++words) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const std::size_t word_start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    std::string_view word = text.substr(word_start, pos - word_start);
    if (word.empty()) break;
    bool clause_ends = false;
    for (std::string_view possessive : {"'s", "’s"}) {
      if (word.ends_with(possessive)) {
        word.remove_suffix(possessive.size());
        clause_ends = true;
      }
    }
    while (!word.empty() && std::string_view(",;:!?.)").find(word.back()) != std::string::npos &&
           !EndsWithAbbreviation(word)) {
      word.remove_suffix(1);
      clause_ends = true;
    }
    if (word.empty()) break;
    const unsigned char first = static_cast<unsigned char>(word.front());
    const bool capital = IsAsciiUpper(word.front()) || IsAsciiDigit(word.front()) || first >= 0x80;
    if (capital) {
      phrase_end = word_start + word.size();
    } else if (!IsOneOf(word, {"of", "and", "&", "the", "de"})) {
      break;
    }
    if (clause_ends) break;
  }
  return text.substr(0, phrase_end);
}

bool IsPlausibleCompany(std::string_view name) {
  if (name.empty() || name.size() > 80) return false;
  const std::string_view first_word = name.substr(0, name.find(' '));
  return !IsOneOf(first_word,
                  {"We",   "We're",   "Our",     "Us",       "You",     "Your",     "They",
                   "This", "That",    "It",      "Who",      "Why",     "What",     "How",
                   "The",  "Company", "Role",    "Position", "Job",     "Team",     "Me",
                   "Here", "Apply",   "Working", "Life",     "Careers", "Benefits", "Culture"});
}

// Nouns that make a line a job title, '|'-separated.
constexpr std::string_view kRoleWords =
    "engineer|developer|programmer|architect|scientist|analyst|designer|nurse|physician|"
    "therapist|pharmacist|technician|technologist|assistant|aide|accountant|auditor|bookkeeper|"
    "controller|clerk|manager|director|supervisor|coordinator|specialist|representative|"
    "associate|consultant|administrator|officer|executive|lead|head|teacher|instructor|"
    "professor|tutor|educator|counselor|counsellor|driver|operator|mechanic|electrician|plumber|"
    "welder|carpenter|machinist|handler|picker|packer|worker|cashier|chef|cook|bartender|"
    "barista|receptionist|recruiter|strategist|writer|editor|marketer|intern|agent|advisor|"
    "adviser|planner|buyer|paralegal|attorney|lawyer|dentist|hygienist|paramedic|emt|caregiver|"
    "librarian|superintendent|foreman|inspector|estimator|producer|copywriter|sre|vp|president|"
    "chief|cto|cfo|ceo|coo|cmo|generalist|secretary|custodian|janitor|dispatcher|scheduler|"
    "underwriter|actuary|economist|statistician|researcher|surgeon|midwife|practitioner|"
    "psychologist|principal|trainer|coach|tester|stocker|loader|courier|partner|attendant|"
    "housekeeper|merchandiser|member";

bool HasRoleWord(std::string_view lowered) {
  bool found = false;
  text::ForEachAlternative(
      kRoleWords, [&](std::string_view word) { found = found || ContainsWord(lowered, word); });
  return found;
}

struct TitleLine {
  std::string title;
  std::optional<std::string> company;  // from "<Title> at <Company>" or "<Title> | <Company>"
};

bool MentionsWorkModeOrPlace(std::string_view part) {
  const std::string lowered = ToLowerAscii(part);
  return ContainsAnyWord(lowered, {"remote", "hybrid", "onsite", "on-site", "us", "usa", "uk"}) ||
         part.find(',') != std::string_view::npos;
}

TitleLine CleanTitleLine(std::string_view line) {
  TitleLine result;
  std::string_view title = StripDecoration(line);
  std::vector<std::string_view> parts;
  for (std::size_t bar = title.find(" | "); bar != std::string_view::npos;
       bar = title.find(" | ")) {
    parts.push_back(title.substr(0, bar));
    title.remove_prefix(bar + 3);
  }
  parts.push_back(title);
  title = parts.front();
  for (std::size_t i = 1; i < parts.size() && !result.company; ++i) {
    const std::string_view part = Trim(parts[i]);
    if (!MentionsWorkModeOrPlace(part) && CapitalizedPhrase(part) == part) {
      result.company = std::string(part);
    }
  }
  if (const std::size_t at = title.find(" at "); at != std::string_view::npos) {
    const std::string_view company = CapitalizedPhrase(title.substr(at + 4));
    if (IsPlausibleCompany(company)) result.company = std::string(company);
    title = title.substr(0, at);
  }
  // "(Remote, US)" and "- Hybrid" say where, not what.
  if (title.ends_with(')')) {
    const std::size_t open = title.rfind('(');
    if (open != std::string_view::npos && MentionsWorkModeOrPlace(title.substr(open))) {
      title = title.substr(0, open);
    }
  }
  for (std::string_view dash : {" - ", " – ", " — "}) {
    const std::size_t at = title.rfind(dash);
    if (at != std::string_view::npos && MentionsWorkModeOrPlace(title.substr(at + dash.size()))) {
      title = title.substr(0, at);
    }
  }
  result.title = std::string(TrimPunctuation(Trim(title)));
  return result;
}

struct HiringSentence {
  std::string company;
  std::optional<std::string> title;
};

// "<Company> is hiring a <Title>", "<Company> is seeking ...", "<Company> is looking for ...".
std::optional<HiringSentence> ParseHiringSentence(std::string_view line) {
  static constexpr std::string_view kVerbs[] = {
      " is hiring",      " are hiring",      " is seeking",       " are seeking",
      " is looking for", " are looking for", " is searching for", " seeks "};
  for (std::string_view verb : kVerbs) {
    const std::size_t at = line.find(verb);
    if (at == std::string_view::npos) continue;
    std::string_view subject = line.substr(0, at);
    for (std::string_view separator : {". ", ", ", ": ", "! "}) {
      if (const std::size_t cut = subject.rfind(separator); cut != std::string_view::npos) {
        subject.remove_prefix(cut + separator.size());
      }
    }
    subject = StripDecoration(Trim(subject));
    if (CapitalizedPhrase(subject) != subject || !IsPlausibleCompany(subject)) return std::nullopt;
    HiringSentence sentence{std::string(subject), std::nullopt};
    std::string_view rest = Trim(line.substr(at + verb.size()));
    for (std::string_view article : {"a ", "an ", "for a ", "for an ", "our next ", "a new "}) {
      if (rest.starts_with(article)) rest.remove_prefix(article.size());
    }
    const std::string_view title = CapitalizedPhrase(rest);
    if (!title.empty() && HasRoleWord(ToLowerAscii(title))) sentence.title = std::string(title);
    return sentence;
  }
  return std::nullopt;
}

// A short line that names a role ("Senior Backend Engineer"), among the first lines.
std::optional<TitleLine> FindTitleLine(const Lines& lines) {
  for (std::size_t i = 0; i < lines.size() && i < 8; ++i) {
    const std::string_view line = lines[i];
    if (IsBullet(line) || line.size() > 100 || text::CountWords(line) > 12 ||
        (line.ends_with('.') && !EndsWithAbbreviation(line)) ||
        line.find(':') != std::string_view::npos) {
      continue;
    }
    const std::string lowered = ToLowerAscii(line);
    if (ContainsAnyWord(lowered, {"we", "we're", "you", "you'll", "our", "join", "is", "are"})) {
      continue;
    }
    if (!HasRoleWord(lowered)) continue;
    TitleLine title = CleanTitleLine(line);
    if (!title.title.empty()) return title;
  }
  return std::nullopt;
}

std::optional<std::string> FindCompanyInText(const Lines& lines) {
  for (std::string_view line : lines) {
    if (const auto sentence = ParseHiringSentence(line)) return sentence->company;
  }
  for (std::string_view line : lines) {
    line = StripDecoration(line);
    if (!StartsWithNoCase(line, "about ") || text::CountWords(line) > 7) continue;
    const std::string_view name = TrimPunctuation(line.substr(6));
    if (CapitalizedPhrase(name) == name && IsPlausibleCompany(name)) return std::string(name);
  }
  for (std::string_view line : lines) {
    if (!line.starts_with("At ")) continue;
    const std::string_view rest = line.substr(3);
    const std::string_view name = CapitalizedPhrase(rest);
    if (!name.empty() && rest.substr(name.size()).starts_with(",") && IsPlausibleCompany(name)) {
      return std::string(name);
    }
  }
  return std::nullopt;
}

bool IsRegionCode(std::string_view code) {
  static constexpr std::string_view kCodes[] = {
      "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
      "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
      "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
      "VA", "WA", "WV", "WI", "WY", "DC", "ON", "BC", "QC", "AB", "MB", "NS", "NB", "NL", "SK"};
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

// "Austin, TX" in a line: up to three capitalised words, a comma and a state or province code
// not followed by another capitalised word (so "Java, OR Python" is not Oregon).
std::optional<std::string> FindCityAndRegion(std::string_view line) {
  for (std::size_t comma = line.find(", "); comma != std::string_view::npos;
       comma = line.find(", ", comma + 1)) {
    const std::size_t code_at = comma + 2;
    if (code_at + 2 > line.size() || !IsAsciiUpper(line[code_at]) ||
        !IsAsciiUpper(line[code_at + 1]) || !IsRegionCode(line.substr(code_at, 2))) {
      continue;
    }
    const std::size_t after = code_at + 2;
    if (after < line.size()) {
      if (IsAsciiAlpha(line[after])) continue;
      if (line[after] == ' ' && after + 1 < line.size() && IsAsciiUpper(line[after + 1])) continue;
    }
    std::size_t city_start = comma;
    for (std::size_t words = 0, word_end = comma; words < 3 && word_end > 0; ++words) {
      const std::size_t space = line.rfind(' ', word_end - 1);
      const std::size_t word_start = space == std::string_view::npos ? 0 : space + 1;
      if (word_start >= word_end || !IsAsciiUpper(line[word_start])) break;
      const std::string_view word = line.substr(word_start, word_end - word_start);
      if (std::any_of(word.begin(), word.end(),
                      [](char c) { return !IsAsciiAlpha(c) && c != '.' && c != '-'; })) {
        break;
      }
      city_start = word_start;
      if (word_start == 0) break;
      word_end = word_start - 1;
    }
    const std::string_view city = line.substr(city_start, comma - city_start);
    if (city.empty() || IsSkillTerm(city)) continue;
    return std::string(city) + ", " + std::string(line.substr(code_at, 2));
  }
  return std::nullopt;
}

std::optional<std::string> FindLocation(const Lines& lines) {
  const auto location = FirstLabelValue(lines,
                                        {"location", "locations", "job location", "work location",
                                         "office location", "based in", "where"},
                                        [](std::string_view value) { return value.size() <= 100; });
  if (location) {
    // "4100 Distribution Way, Reno, NV 89502" is "Reno, NV".
    if (auto city = FindCityAndRegion(*location)) return city;
    // "London, UK (Hybrid)": the work mode is reported on its own.
    std::string_view value = *location;
    if (value.ends_with(')') && value.find('(') != std::string_view::npos) {
      const std::size_t open = value.rfind('(');
      const std::string lowered = ToLowerAscii(value.substr(open));
      if (ContainsAnyWord(lowered, {"hybrid", "onsite", "on-site", "in-office"})) {
        value = Trim(value.substr(0, open));
      }
    }
    return std::string(value);
  }
  // "Remote", "Remote (US)", "Remote - Canada", "Remote, EMEA" but not "Remote work is ...".
  for (std::string_view line : lines) {
    line = StripDecoration(line);
    if (!StartsWithNoCase(line, "remote") || text::CountWords(line) > 5) continue;
    const std::string_view qualifier = Trim(line.substr(6));
    if (qualifier.empty() || qualifier.starts_with('(') || qualifier.starts_with('-') ||
        qualifier.starts_with(',') || qualifier.starts_with("–") || qualifier.starts_with('/')) {
      return std::string(TrimPunctuation(line));
    }
  }
  for (std::string_view line : lines) {
    if (auto city = FindCityAndRegion(line)) return city;
  }
  return std::nullopt;
}

bool ContainsPhrase(std::string_view lowered, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) {
    return FindWord(lowered, phrase) != std::string_view::npos;
  });
}

std::optional<std::string> FindWorkMode(std::string_view lowered) {
  for (std::size_t at = FindWord(lowered, "hybrid"); at != std::string_view::npos;
       at = FindWord(lowered, "hybrid", at + 1)) {
    const std::string_view next = lowered.substr(at + 6, 16);
    if (!ContainsAnyWord(
            next, {"cloud", "app", "apps", "mobile", "infrastructure", "vehicle", "vehicles"})) {
      return "hybrid";
    }
  }
  const bool remote_refused =
      ContainsPhrase(lowered, {"not remote", "not a remote", "no remote", "non-remote",
                               "not eligible for remote", "remote work is not"});
  if (!remote_refused &&
      ContainsPhrase(lowered, {"fully remote",    "100% remote",     "remote-first",
                               "remote first",    "remote position", "remote role",
                               "remote job",      "remote work",     "remote opportunity",
                               "remote-friendly", "work remotely",   "working remotely",
                               "(remote",         "remote (",        "remote -",
                               "remote –",        "remote,",         "location: remote",
                               "work from home",  "work-from-home",  "wfh",
                               "remote within",   "remote in the",   "remote us",
                               "remotely from"})) {
    return "remote";
  }
  for (std::size_t start = 0; start < lowered.size();) {
    std::size_t end = lowered.find('\n', start);
    if (end == std::string_view::npos) end = lowered.size();
    if (TrimPunctuation(StripDecoration(Trim(lowered.substr(start, end - start)))) == "remote" &&
        !remote_refused) {
      return "remote";
    }
    start = end + 1;
  }
  if (remote_refused ||
      ContainsPhrase(lowered, {"on-site", "onsite", "on site", "in-office", "in office",
                               "in-person", "in person", "office-based"})) {
    return "onsite";
  }
  return std::nullopt;
}

// The employment type whose wording comes first in `lowered`. A label value may be a bare
// "Contract" or "Temp", which running text only counts in unambiguous phrases.
std::optional<std::string> ClassifyEmploymentType(std::string_view lowered, bool is_label) {
  struct Cue {
    std::string_view phrase;
    std::string_view type;
  };
  static constexpr Cue kCues[] = {
      {"full-time", "full_time"},        {"full time", "full_time"},
      {"fulltime", "full_time"},         {"permanent", "full_time"},
      {"part-time", "part_time"},        {"part time", "part_time"},
      {"parttime", "part_time"},         {"internship", "internship"},
      {"intern", "internship"},          {"co-op", "internship"},
      {"temporary", "temporary"},        {"temp-to-hire", "temporary"},
      {"temp to hire", "temporary"},     {"seasonal", "temporary"},
      {"contract-to-hire", "contract"},  {"contract to hire", "contract"},
      {"contract position", "contract"}, {"contract role", "contract"},
      {"contract basis", "contract"},    {"contract assignment", "contract"},
      {"contractor", "contract"},        {"freelance", "contract"},
      {"month contract", "contract"},    {"(contract)", "contract"},
      {"fixed-term", "contract"},        {"fixed term contract", "contract"}};
  std::size_t best_at = std::string_view::npos;
  std::optional<std::string> best;
  for (const Cue& cue : kCues) {
    const std::size_t at = FindWord(lowered, cue.phrase);
    if (at < best_at) {
      best_at = at;
      best = std::string(cue.type);
    }
  }
  if (!best && is_label) {
    if (ContainsWord(lowered, "contract")) return "contract";
    if (ContainsWord(lowered, "temp")) return "temporary";
  }
  return best;
}

std::optional<std::string> FindEmploymentType(const Lines& lines, std::string_view title,
                                              std::string_view lowered_text) {
  for (std::string_view line : lines) {
    const auto value = LabelValue(
        line, {"employment type", "job type", "position type", "type", "schedule", "employment"});
    if (!value) continue;
    if (auto type = ClassifyEmploymentType(ToLowerAscii(*value), true)) return type;
  }
  if (auto type = ClassifyEmploymentType(ToLowerAscii(title), false)) return type;
  return ClassifyEmploymentType(lowered_text, false);
}

struct MoneyToken {
  enum class Kind { kNumber, kCurrency, kRangeSeparator, kPeriod, kWord, kOther };
  Kind kind = Kind::kOther;
  double value = 0;
  bool thousands = false;  // "120k"
  bool huge = false;       // "$2M", "$50 million": funding or revenue, never pay
  std::string_view text;   // currency code, period or lowered word
};
using MoneyKind = MoneyToken::Kind;

std::optional<std::string_view> PeriodOf(std::string_view word) {
  if (IsOneOf(word, {"yr", "year", "years", "y", "annum", "annually", "yearly", "annual", "pa"})) {
    return "year";
  }
  if (IsOneOf(word, {"mo", "month", "monthly", "mth"})) return "month";
  if (IsOneOf(word, {"hr", "hour", "hourly", "h", "hrs"})) return "hour";
  // Pay per week or day exists but has no place in the API; such amounts are skipped.
  if (IsOneOf(word, {"wk", "week", "weekly", "day", "daily", "shift"})) return "unsupported";
  return std::nullopt;
}

std::optional<std::string_view> CurrencyCode(std::string_view lowered_word) {
  static constexpr std::array<std::string_view, 16> kCodes = {
      "usd", "eur", "gbp", "cad", "aud", "chf", "inr", "jpy",
      "nzd", "sgd", "sek", "nok", "dkk", "pln", "mxn", "brl"};
  static constexpr std::array<std::string_view, 16> kUpper = {
      "USD", "EUR", "GBP", "CAD", "AUD", "CHF", "INR", "JPY",
      "NZD", "SGD", "SEK", "NOK", "DKK", "PLN", "MXN", "BRL"};
  for (std::size_t i = 0; i < kCodes.size(); ++i) {
    if (lowered_word == kCodes[i]) return kUpper[i];
  }
  return std::nullopt;
}

// Reads "120,000", "55.000", "32.50", "1.234,56": a lone separator before exactly three digits
// groups thousands, otherwise it is the decimal point.
double ParseAmount(std::string_view digits) {
  const std::size_t last_comma = digits.rfind(',');
  const std::size_t last_dot = digits.rfind('.');
  char decimal = 0;
  if (last_comma != std::string_view::npos && last_dot != std::string_view::npos) {
    decimal = last_comma > last_dot ? ',' : '.';
  } else if (last_comma != std::string_view::npos || last_dot != std::string_view::npos) {
    const char separator = last_comma != std::string_view::npos ? ',' : '.';
    const std::size_t last = std::min(last_comma, last_dot);
    const bool single = std::count(digits.begin(), digits.end(), separator) == 1;
    if (single && digits.size() - last - 1 != 3) decimal = separator;
  }
  double value = 0;
  double scale = 0;
  for (char c : digits) {
    if (c == decimal) {
      scale = 1;
    } else if (IsAsciiDigit(c)) {
      if (scale > 0) {
        scale /= 10;
        value += (c - '0') * scale;
      } else {
        value = value * 10 + (c - '0');
      }
    }
  }
  return value;
}

// Tokens of a lowered line; word tokens point into it.
std::vector<MoneyToken> TokenizeMoney(std::string_view lowered) {
  std::vector<MoneyToken> tokens;
  const auto word_at = [&](std::size_t at) {
    std::size_t end = at;
    while (end < lowered.size() && IsAsciiAlpha(lowered[end])) ++end;
    return lowered.substr(at, end - at);
  };
  for (std::size_t i = 0; i < lowered.size();) {
    const char c = lowered[i];
    const std::string_view rest = lowered.substr(i);
    MoneyToken token;
    if (c == ' ') {
      ++i;
      continue;
    }
    if (IsAsciiDigit(c)) {
      std::size_t end = i;
      while (end < lowered.size() &&
             (IsAsciiDigit(lowered[end]) ||
              ((lowered[end] == ',' || lowered[end] == '.') && end + 1 < lowered.size() &&
               IsAsciiDigit(lowered[end + 1])))) {
        ++end;
      }
      token.kind = MoneyKind::kNumber;
      token.value = ParseAmount(rest.substr(0, end - i));
      const std::string_view suffix = word_at(end);
      if (suffix == "k") {
        token.thousands = true;
        end += 1;
      } else if (IsOneOf(suffix, {"m", "mm", "b", "bn"})) {
        token.huge = true;
        end += suffix.size();
      }
      tokens.push_back(token);
      i = end;
      continue;
    }
    bool symbol = true;
    if (rest.starts_with("$")) {
      token = {MoneyKind::kCurrency, 0, false, false, "USD"};
      i += 1;
    } else if (rest.starts_with("€")) {
      token = {MoneyKind::kCurrency, 0, false, false, "EUR"};
      i += std::string_view("€").size();
    } else if (rest.starts_with("£")) {
      token = {MoneyKind::kCurrency, 0, false, false, "GBP"};
      i += std::string_view("£").size();
    } else if (rest.starts_with("¥")) {
      token = {MoneyKind::kCurrency, 0, false, false, "JPY"};
      i += std::string_view("¥").size();
    } else if (rest.starts_with("₹")) {
      token = {MoneyKind::kCurrency, 0, false, false, "INR"};
      i += std::string_view("₹").size();
    } else if (c == '-') {
      token.kind = MoneyKind::kRangeSeparator;
      i += 1;
    } else if (rest.starts_with("–") || rest.starts_with("—")) {
      token.kind = MoneyKind::kRangeSeparator;
      i += std::string_view("–").size();
    } else {
      symbol = false;
    }
    if (symbol) {
      tokens.push_back(token);
      continue;
    }
    if (c == '/') {
      std::size_t at = i + 1;
      while (at < lowered.size() && lowered[at] == ' ') ++at;
      const std::string_view word = word_at(at);
      if (const auto period = PeriodOf(word); period && !word.empty()) {
        tokens.push_back({MoneyKind::kPeriod, 0, false, false, *period});
        i = at + word.size();
        continue;
      }
    }
    if (IsAsciiAlpha(c)) {
      const std::string_view word = word_at(i);
      std::size_t end = i + word.size();
      token.kind = MoneyKind::kWord;
      token.text = word;
      if (end < lowered.size() && lowered[end] == '$' &&
          IsOneOf(word, {"c", "ca", "can", "a", "au", "us", "nz", "s", "hk"})) {
        token.kind = MoneyKind::kCurrency;
        token.text = word == "c" || word == "ca" || word == "can" ? "CAD"
                     : word == "a" || word == "au"                ? "AUD"
                     : word == "nz"                               ? "NZD"
                     : word == "s"                                ? "SGD"
                     : word == "hk"                               ? "HKD"
                                                                  : "USD";
        end += 1;
      } else if (const auto code = CurrencyCode(word)) {
        token.kind = MoneyKind::kCurrency;
        token.text = *code;
      } else if (word == "to") {
        token.kind = MoneyKind::kRangeSeparator;
      } else if (rest.starts_with("p.a.")) {
        token = {MoneyKind::kPeriod, 0, false, false, "year"};
        end = i + 4;
      } else if (IsOneOf(word, {"per", "a", "an"})) {
        std::size_t at = end;
        while (at < lowered.size() && lowered[at] == ' ') ++at;
        const std::string_view next = word_at(at);
        if (const auto period = PeriodOf(next); period && next.size() > 1) {
          token = {MoneyKind::kPeriod, 0, false, false, *period};
          end = at + next.size();
        }
      } else if (const auto period = PeriodOf(word); period && word.size() > 2) {
        token = {MoneyKind::kPeriod, 0, false, false, *period};
      } else if (IsOneOf(word, {"million", "mil", "billion"}) && !tokens.empty() &&
                 tokens.back().kind == MoneyKind::kNumber) {
        tokens.back().huge = true;
      }
      tokens.push_back(token);
      i = end;
      continue;
    }
    token.kind = MoneyKind::kOther;
    tokens.push_back(token);
    ++i;
    while (i < lowered.size() && (static_cast<unsigned char>(lowered[i]) & 0xC0) == 0x80) ++i;
  }
  return tokens;
}

struct Amount {
  double value = 0;
  bool thousands = false;
  bool huge = false;
  std::string_view currency;
  std::size_t end = 0;  // index of the token after the amount
};

// "[currency] number [currency]" at token `at`.
std::optional<Amount> AmountAt(const std::vector<MoneyToken>& tokens, std::size_t at) {
  Amount amount;
  if (at < tokens.size() && tokens[at].kind == MoneyKind::kCurrency) {
    amount.currency = tokens[at++].text;
  }
  if (at >= tokens.size() || tokens[at].kind != MoneyKind::kNumber) return std::nullopt;
  amount.value = tokens[at].value;
  amount.thousands = tokens[at].thousands;
  amount.huge = tokens[at].huge;
  ++at;
  if (amount.currency.empty() && at < tokens.size() && tokens[at].kind == MoneyKind::kCurrency) {
    amount.currency = tokens[at++].text;
  }
  amount.end = at;
  return amount;
}

bool NearNonPayWord(const std::vector<MoneyToken>& tokens, std::size_t begin, std::size_t end) {
  const std::size_t from = begin >= 2 ? begin - 2 : 0;
  const std::size_t to = std::min(tokens.size(), end + 3);
  for (std::size_t i = from; i < to; ++i) {
    if (tokens[i].kind == MoneyKind::kWord &&
        IsOneOf(tokens[i].text,
                {"bonus", "sign", "signing", "relocation", "stipend", "reimbursement", "budget",
                 "budgets", "revenue", "funding", "raised", "allowance", "tuition", "referral",
                 "valuation", "sales", "arr"})) {
      return true;
    }
  }
  return false;
}

std::string_view InferPeriod(std::string_view lowered_line, double max) {
  if (ContainsAnyWord(lowered_line, {"hour", "hourly", "hr"})) return "hour";
  if (ContainsAnyWord(lowered_line, {"month", "monthly"})) return "month";
  if (ContainsAnyWord(lowered_line, {"year", "yearly", "annual", "annually", "annum"})) {
    return "year";
  }
  if (max < 300) return "hour";
  if (max < 20000) return "month";
  return "year";
}

struct SalaryCandidate {
  JobMetadata::Salary salary;
  bool is_range = false;
};

std::optional<SalaryCandidate> SalaryInLine(std::string_view line) {
  const std::string lowered = ToLowerAscii(line);
  const std::vector<MoneyToken> tokens = TokenizeMoney(lowered);
  const bool pay_context =
      ContainsAnyWord(lowered, {"salary", "pay", "compensation", "wage", "wages", "rate", "earn",
                                "ote", "base", "range", "paid"});
  std::optional<SalaryCandidate> single;
  for (std::size_t at = 0; at < tokens.size(); ++at) {
    auto low = AmountAt(tokens, at);
    if (!low) continue;
    std::optional<Amount> high;
    std::size_t end = low->end;
    if (end < tokens.size() && tokens[end].kind == MoneyKind::kRangeSeparator) {
      high = AmountAt(tokens, end + 1);
      if (high) end = high->end;
    }
    std::string_view currency = low->currency;
    if (currency.empty() && high) currency = high->currency;
    if (currency.empty() || low->huge || (high && high->huge) || NearNonPayWord(tokens, at, end)) {
      at = end - 1;
      continue;
    }
    std::string_view period;
    for (std::size_t i = end; i < tokens.size() && i < end + 3; ++i) {
      if (tokens[i].kind == MoneyKind::kPeriod) {
        period = tokens[i].text;
        break;
      }
      if (tokens[i].kind == MoneyKind::kNumber) break;
    }
    if (period == "unsupported") {
      at = end - 1;
      continue;
    }
    double min = low->value * (low->thousands ? 1000 : 1);
    double max = high ? high->value * (high->thousands ? 1000 : 1) : min;
    // "$120-150k" and "$120k-150": one "k" covers both ends.
    if (high && high->thousands && !low->thousands && min < 1000) min *= 1000;
    if (high && low->thousands && !high->thousands && max < 1000) max *= 1000;
    if (min <= 0 || max < min) {
      at = end - 1;
      continue;
    }
    const bool explicit_period = !period.empty();
    if (!explicit_period) period = InferPeriod(lowered, max);
    SalaryCandidate candidate{{min, max, std::string(currency), std::string(period)},
                              high.has_value()};
    if (candidate.is_range) return candidate;
    if (!single && (pay_context || explicit_period)) single = candidate;
    at = end - 1;
  }
  return single;
}

std::optional<JobMetadata::Salary> FindSalary(const Lines& lines) {
  std::optional<JobMetadata::Salary> single;
  for (std::string_view line : lines) {
    const auto candidate = SalaryInLine(line);
    if (!candidate) continue;
    if (candidate->is_range) return candidate->salary;
    if (!single) single = candidate->salary;
  }
  return single;
}

std::optional<int> ParseCount(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (std::size_t i = 0; i < std::size(kWords); ++i) {
    if (word == kWords[i]) return static_cast<int>(i);
  }
  if (word.empty() || word.size() > 2 ||
      !std::all_of(word.begin(), word.end(), [](char c) { return IsAsciiDigit(c); })) {
    return std::nullopt;
  }
  return std::stoi(std::string(word));
}

std::vector<std::string_view> WordTokens(std::string_view lowered) {
  std::vector<std::string_view> tokens;
  for (std::size_t i = 0; i < lowered.size();) {
    if (IsAsciiAlnum(lowered[i])) {
      std::size_t end = i;
      while (end < lowered.size() && IsAsciiAlnum(lowered[end])) ++end;
      tokens.push_back(lowered.substr(i, end - i));
      i = end;
    } else if (lowered.substr(i).starts_with("–") || lowered.substr(i).starts_with("—")) {
      tokens.emplace_back("-");
      i += std::string_view("–").size();
    } else {
      if (lowered[i] != ' ') tokens.push_back(lowered.substr(i, 1));
      ++i;
    }
  }
  return tokens;
}

struct YearsRange {
  int min = 0;
  std::optional<int> max;
};

// "5+ years", "3-5 years of experience", "at least 7 years", "minimum of two (2) years", but not
// "18 years of age" or "20 years in business".
std::optional<YearsRange> YearsInLine(std::string_view line) {
  const std::string lowered = ToLowerAscii(line);
  if (lowered.find("year") == std::string::npos && lowered.find("yr") == std::string::npos) {
    return std::nullopt;
  }
  const std::vector<std::string_view> tokens = WordTokens(lowered);
  const auto token = [&](std::size_t i) { return i < tokens.size() ? tokens[i] : ""; };
  const bool experience_line =
      lowered.find("experien") != std::string::npos || ContainsWord(lowered, "exp");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const auto low = ParseCount(tokens[i]);
    if (!low) continue;
    std::size_t j = i + 1;
    const auto skip_spelled_digits = [&] {  // "two (2)"
      if (token(j) == "(" && ParseCount(token(j + 1)) && token(j + 2) == ")") j += 3;
    };
    skip_spelled_digits();
    std::optional<int> high;
    if (token(j) == "+" || token(j) == "plus") {
      ++j;
    } else if (token(j) == "or" && IsOneOf(token(j + 1), {"more", "greater", "above"})) {
      j += 2;
    } else if ((token(j) == "-" || token(j) == "to") && ParseCount(token(j + 1))) {
      high = ParseCount(token(j + 1));
      j += 2;
      skip_spelled_digits();
      if (token(j) == "+") ++j;
    }
    if (!IsOneOf(token(j), {"year", "years", "yr", "yrs"})) continue;
    ++j;
    if (token(j) == "+") ++j;
    const std::string_view next = token(j);
    const std::string_view after = token(j + 1);
    if (IsOneOf(next, {"old", "ago"}) || (next == "of" && after == "age") ||
        (next == "in" && after == "business")) {
      continue;
    }
    const bool experience_wording =
        experience_line ||
        IsOneOf(next, {"in", "as", "working", "progressive", "professional", "related", "relevant",
                       "managing", "leading", "teaching"}) ||
        (next == "of" && !IsOneOf(after, {"history", "service", "operation", "operations",
                                          "excellence", "growth", "innovation", "business"}));
    if (!experience_wording) continue;
    YearsRange range{*low, std::nullopt};
    if (high && *high >= *low) range.max = high;
    return range;
  }
  return std::nullopt;
}

std::optional<std::string> SeniorityFromTitle(std::string_view title) {
  const std::string lowered = ToLowerAscii(title);
  const auto has = [&](std::initializer_list<std::string_view> words) {
    return ContainsAnyWord(lowered, words);
  };
  if (has({"chief", "vp", "vice president", "svp", "evp", "president", "cto", "ceo", "cfo", "coo",
           "cmo", "cio", "ciso"})) {
    return "executive";
  }
  if (has({"director", "head of"})) return "director";
  if (has({"manager", "supervisor", "superintendent"})) return "manager";
  if (has({"intern", "internship", "co-op"})) return "intern";
  if (has({"principal", "distinguished", "fellow"})) return "principal";
  if (has({"lead", "head", "foreman"}) ||
      (has({"staff"}) &&
       has({"engineer", "developer", "scientist", "designer", "architect", "researcher"}))) {
    return "lead";
  }
  if (has({"senior", "sr", "iii"})) return "senior";
  if (has({"ii", "mid-level", "mid level", "intermediate"})) return "mid";
  if (has({"junior", "jr", "entry-level", "entry level", "associate", "graduate", "new grad",
           "trainee", "apprentice", "i"})) {
    return "junior";
  }
  return std::nullopt;
}

std::optional<std::string> FindSeniority(const std::optional<std::string>& title,
                                         std::optional<int> years_min,
                                         std::string_view lowered_text) {
  if (title) {
    if (auto seniority = SeniorityFromTitle(*title)) return seniority;
  }
  if (years_min) {
    if (*years_min < 2) return "junior";
    if (*years_min < 5) return "mid";
    return "senior";
  }
  if (ContainsPhrase(lowered_text, {"entry-level", "entry level", "new grad", "new graduates"})) {
    return "junior";
  }
  return std::nullopt;
}

enum class Block { kNone, kOther, kRequired, kPreferred };

struct Heading {
  Block block = Block::kNone;
  std::string_view rest;  // content after "Must have:" on the same line
};

// Heading phrases, '|'-separated.
constexpr std::string_view kRequiredHeadings =
    "requirements|required|qualifications|minimum qualifications|minimum requirements|"
    "basic qualifications|job requirements|position requirements|key requirements|"
    "what you'll need|what you will need|what you need|what we're looking for|"
    "what we are looking for|what we look for|who we're looking for|who we are looking for|"
    "who you are|about you|you have|you'll have|you will have|you bring|what you bring|"
    "what you'll bring|must have|must-have|must haves|must-haves|skills|key skills|"
    "required skills|technical skills|core skills|essential|education|certifications|licenses|"
    "licensure|credentials|experience|ideal candidate|the ideal candidate|your profile|"
    "your background|your skills|knowledge|competencies|what it takes";
constexpr std::string_view kPreferredHeadings =
    "nice to have|nice-to-have|nice to haves|nice-to-haves|preferred|bonus|pluses|plus|"
    "it's a plus|extra credit|desired|desirable|good to have|great to have|ideally|even better|"
    "additional qualifications|what sets you apart|you'll stand out|stand out";
constexpr std::string_view kOtherHeadings =
    "responsibilities|key responsibilities|your responsibilities|job responsibilities|duties|"
    "essential duties|essential functions|what you'll do|what you will do|what you'll be doing|"
    "the role|role|about|about us|who we are|benefits|perks|what we offer|we offer|"
    "compensation|salary|pay|why|how to apply|overview|summary|job summary|position summary|"
    "description|job description|schedule|working conditions|physical|equal opportunity|"
    "the team|a day in the life|location|hours";
// Without a colon only a heading-like continuation counts: "Preferred Qualifications",
// "Skills & Experience", but not "Experience with Kubernetes".
constexpr std::string_view kHeadingTails =
    " &| and|/| /| (|,| -| –| qualifications| skills| requirements| points| experience| for this|"
    " for the| if you";

// The block a heading opens, by the longest known phrase it starts with.
Block ClassifyHeadingText(std::string_view lowered_head, bool colon) {
  Block best = Block::kNone;
  std::size_t best_length = 0;
  const auto consider = [&](std::string_view phrases, Block block) {
    text::ForEachAlternative(phrases, [&](std::string_view phrase) {
      if (!lowered_head.starts_with(phrase) || phrase.size() <= best_length) return;
      const std::string_view tail = lowered_head.substr(phrase.size());
      if (!tail.empty() && IsAsciiAlnum(tail.front())) return;
      bool fits = colon || tail.empty();
      text::ForEachAlternative(
          kHeadingTails, [&](std::string_view known) { fits = fits || tail.starts_with(known); });
      if (!fits) return;
      best = block;
      best_length = phrase.size();
    });
  };
  consider(kRequiredHeadings, Block::kRequired);
  consider(kPreferredHeadings, Block::kPreferred);
  consider(kOtherHeadings, Block::kOther);
  return best;
}

std::optional<Heading> ParseHeading(std::string_view line) {
  if (IsBullet(line)) return std::nullopt;
  line = StripDecoration(line);
  const std::size_t colon = line.find(':');
  const bool has_colon = colon != std::string_view::npos;
  const std::string_view head = has_colon ? line.substr(0, colon) : line;
  if (head.size() > 60 || text::CountWords(head) > (has_colon ? 8u : 6u)) return std::nullopt;
  if (!has_colon && (line.ends_with('.') || line.ends_with('!') || line.ends_with('?'))) {
    return std::nullopt;
  }
  std::string lowered = ToLowerAscii(TrimPunctuation(head));
  for (std::size_t at = lowered.find("’"); at != std::string::npos; at = lowered.find("’")) {
    lowered.replace(at, std::string_view("’").size(), "'");
  }
  const std::string_view rest = has_colon ? Trim(line.substr(colon + 1)) : std::string_view{};
  Block block = ClassifyHeadingText(lowered, has_colon);
  if (block == Block::kNone && lowered.starts_with("about ") && !has_colon) block = Block::kOther;
  if (block == Block::kNone) {
    // An unknown "Our stack:" still ends the block above it; "Location: Austin" is content.
    if (has_colon && rest.empty()) return Heading{Block::kOther, {}};
    return std::nullopt;
  }
  return Heading{block, rest};
}

bool SoundsOptional(std::string_view lowered_line) {
  return ContainsPhrase(lowered_line, {"a plus", "nice to have", "nice-to-have", "preferred",
                                       "bonus", "desirable", "desired", "ideally", "an advantage",
                                       "an asset", "not required", "helpful", "a big plus"});
}

void CollectSkillLists(const Lines& lines, JobMetadata& metadata) {
  Block block = Block::kNone;
  bool block_has_bullets = false;
  bool found_skill_block = false;
  // Each sentence, clause or parenthesis of a line may say it is optional ("Go; Kubernetes is a
  // plus", "B2B sales (SaaS a plus)").
  const auto collect = [&](std::string_view content, Block in_block) {
    const auto ends_clause = [&](std::size_t at) {
      const char c = content[at];
      return c == '(' || c == ')' ||
             ((c == '.' || c == ';') && at + 1 < content.size() && content[at + 1] == ' ');
    };
    while (!content.empty()) {
      std::size_t end = 0;
      while (end + 1 < content.size() && !ends_clause(end)) ++end;
      ++end;
      const std::string_view clause = content.substr(0, end);
      const bool preferred = in_block == Block::kPreferred || SoundsOptional(ToLowerAscii(clause));
      CollectSkills(clause, preferred ? metadata.preferred_skills : metadata.required_skills);
      content.remove_prefix(end);
    }
  };
  for (std::string_view line : lines) {
    if (const auto heading = ParseHeading(line)) {
      block = heading->block;
      block_has_bullets = false;
      if (block == Block::kRequired || block == Block::kPreferred) {
        found_skill_block = true;
        if (!heading->rest.empty()) collect(heading->rest, block);
      }
      continue;
    }
    if (block != Block::kRequired && block != Block::kPreferred) continue;
    if (IsBullet(line)) {
      block_has_bullets = true;
    } else if (block_has_bullets) {
      block = Block::kNone;  // prose after the list is no longer part of it
      continue;
    }
    collect(line, block);
  }
  if (!found_skill_block) {
    for (std::string_view line : lines) collect(line, Block::kRequired);
  }
  std::erase_if(metadata.preferred_skills, [&](const std::string& skill) {
    return std::find(metadata.required_skills.begin(), metadata.required_skills.end(), skill) !=
           metadata.required_skills.end();
  });
}

std::optional<std::string> NonEmpty(const std::optional<std::string>& hint) {
  if (!hint) return std::nullopt;
  const std::string_view trimmed = Trim(*hint);
  if (trimmed.empty()) return std::nullopt;
  return std::string(trimmed);
}

boost::json::value OptionalString(const std::optional<std::string>& value) {
  if (!value) return nullptr;
  return boost::json::value(*value);
}

// Whole amounts as JSON integers ("120000", not "1.2E5").
boost::json::value JsonNumber(double value) {
  if (value == std::trunc(value) && std::abs(value) < 1e15) {
    return boost::json::value(static_cast<std::int64_t>(value));
  }
  return boost::json::value(value);
}

boost::json::value OptionalInt(std::optional<int> value) {
  if (!value) return nullptr;
  return boost::json::value(*value);
}

boost::json::array StringArray(const std::vector<std::string>& values) {
  boost::json::array array;
  for (const std::string& value : values) array.emplace_back(value);
  return array;
}

}  // namespace

boost::json::object JobMetadata::ToJson() const {
  boost::json::object json;
  json["title"] = OptionalString(title);
  json["company"] = OptionalString(company);
  json["location"] = OptionalString(location);
  json["workMode"] = OptionalString(work_mode);
  json["employmentType"] = OptionalString(employment_type);
  json["seniority"] = OptionalString(seniority);
  if (years_experience_min || years_experience_max) {
    json["yearsExperience"] = {{"min", OptionalInt(years_experience_min)},
                               {"max", OptionalInt(years_experience_max)}};
  } else {
    json["yearsExperience"] = nullptr;
  }
  if (salary) {
    json["salary"] = {{"min", JsonNumber(salary->min)},
                      {"max", JsonNumber(salary->max)},
                      {"currency", salary->currency},
                      {"period", salary->period}};
  } else {
    json["salary"] = nullptr;
  }
  json["requiredSkills"] = StringArray(required_skills);
  json["preferredSkills"] = StringArray(preferred_skills);
  return json;
}

JobMetadata ExtractJobMetadata(std::string_view sanitized_text,
                               const std::optional<std::string>& title_hint,
                               const std::optional<std::string>& company_hint,
                               const std::optional<std::string>& location_hint) {
  const Lines lines = text::NonEmptyLines(sanitized_text);
  const std::string lowered_text = ToLowerAscii(sanitized_text);
  JobMetadata metadata;

  const auto title_label =
      FirstLabelValue(lines, {"job title", "position title", "title", "position", "role", "job"},
                      [](std::string_view value) { return text::CountWords(value) <= 10; });
  const auto title_line = FindTitleLine(lines);
  std::optional<HiringSentence> hiring;
  for (std::size_t i = 0; i < lines.size() && !hiring; ++i) hiring = ParseHiringSentence(lines[i]);

  metadata.title = NonEmpty(title_hint);
  if (!metadata.title && title_label) metadata.title = CleanTitleLine(*title_label).title;
  if (!metadata.title && title_line) metadata.title = title_line->title;
  if (!metadata.title && hiring) metadata.title = hiring->title;

  metadata.company = NonEmpty(company_hint);
  if (!metadata.company) {
    metadata.company = FirstLabelValue(
        lines, {"company", "company name", "employer", "organization", "organisation"},
        [](std::string_view value) { return value.size() <= 80; });
  }
  if (!metadata.company) metadata.company = FindCompanyInText(lines);
  if (!metadata.company && title_line) metadata.company = title_line->company;
  // "Staff Accountant - Brightline Foods" names the company in the title line.
  if (metadata.title && metadata.company && !title_hint) {
    for (std::string_view dash : {" - ", " – ", " — "}) {
      const std::string suffix = std::string(dash) + *metadata.company;
      if (metadata.title->ends_with(suffix))
        metadata.title->resize(metadata.title->size() - suffix.size());
    }
  }

  metadata.location = NonEmpty(location_hint);
  if (!metadata.location) metadata.location = FindLocation(lines);
  metadata.work_mode = FindWorkMode(lowered_text);
  metadata.employment_type = FindEmploymentType(lines, metadata.title.value_or(""), lowered_text);
  metadata.salary = FindSalary(lines);
  for (std::string_view line : lines) {
    if (const auto years = YearsInLine(line)) {
      metadata.years_experience_min = years->min;
      metadata.years_experience_max = years->max;
      break;
    }
  }
  metadata.seniority = FindSeniority(metadata.title, metadata.years_experience_min, lowered_text);
  CollectSkillLists(lines, metadata);
  return metadata;
}

}  // namespace resumax::jobs

#include "domain/matching/job_analysis.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <limits>
#include <map>
#include <optional>
#include <set>

#include "domain/job_descriptions/job_metadata.h"
#include "domain/matching/credentials.h"
#include "domain/matching/education_level.h"
#include "domain/matching/json_fields.h"
#include "domain/matching/score_formula.h"
#include "domain/matching/skill_matcher.h"
#include "domain/matching/text_tokens.h"

namespace resumax::optimize {
namespace {

// A posting's blocks: what it asks for (required or preferred), what the job does (duties), and
// the rest (the company, benefits, how to apply).
enum class Block { kNone, kRequired, kPreferred, kDuties, kOther };

constexpr std::string_view kBullet = "• ";

bool ContainsAny(std::string_view lowered, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) {
    return lowered.find(phrase) != std::string_view::npos;
  });
}

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

std::string_view Trim(std::string_view text, std::string_view characters = " \t\r") {
  const std::size_t begin = text.find_first_not_of(characters);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(characters) - begin + 1);
}

Block ClassifyHeading(std::string_view lowered) {
  if (ContainsAny(lowered,
                  {"nice to have", "nice-to-have", "preferred", "bonus", "plus", "desired",
                   "desirable", "good to have", "great to have", "ideally", "stand out",
                   "advantage", "an asset", "extra credit", "even better", "additional qualif"})) {
    return Block::kPreferred;
  }
  if (ContainsAny(lowered, {"requirement",
                            "qualification",
                            "must have",
                            "must-have",
                            "you'll need",
                            "you will need",
                            "what you need",
                            "looking for",
                            "who you are",
                            "about you",
                            "you have",
                            "you bring",
                            "you'll bring",
                            "skill",
                            "experience",
                            "education",
                            "certification",
                            "license",
                            "licensure",
                            "credential",
                            "competenc",
                            "knowledge",
                            "ideal candidate",
                            "your profile",
                            "your background",
                            "what it takes",
                            "essential",
                            "abilities",
                            "expertise",
                            "required",
                            "minimum",
                            "what we need",
                            "person specification",
                            "you'll have",
                            "you will have",
                            "you should have",
                            "to succeed",
                            "to be successful",
                            "selection criteria",
                            "what makes you"})) {
    return Block::kRequired;
  }
  if (ContainsAny(lowered, {"responsibilit", "duties", "what you'll do", "what you will do",
                            "you'll be doing", "day in the life", "day to day", "day-to-day"})) {
    return Block::kDuties;
  }
  if (ContainsAny(lowered, {"about",
                            "benefit",
                            "perks",
                            "offer",
                            "compensation",
                            "salary",
                            "pay",
                            "apply",
                            "overview",
                            "summary",
                            "description",
                            "role",
                            "team",
                            "schedule",
                            "location",
                            "hours",
                            "culture",
                            "mission",
                            "why",
                            "day in the life",
                            "equal opportunity",
                            "working conditions"})) {
    return Block::kOther;
  }
  return Block::kNone;
}

// Every word capitalised, apart from short joining words: "What You'll Need", "Nice to Have".
bool IsTitleCase(std::string_view text) {
  bool any = false;
  for (const Token& token : Tokenize(text)) {
    const char first = token.surface.front();
    if (first >= 'A' && first <= 'Z') {
      any = true;
    } else if (!IsOneOf(token.lowered, {"and", "of", "the", "for", "a", "an", "to", "you", "we",
                                        "our", "your", "ll", "re", "ve", "s"})) {
      return false;
    }
  }
  return any;
}

// Whether the words after a name make it the body that accredits or approves what follows: "an
// AVMA-accredited programme", "ABET accredited", "an ABA-approved program". `rest` is lower case.
bool AccreditsWhatFollows(std::string_view rest) {
  return rest.starts_with("-accredited") || rest.starts_with(" accredited") ||
         rest.starts_with("-approved") || rest.starts_with(" approved");
}

bool IsAllCaps(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; }) &&
         std::any_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsKnownHeading(std::string_view lowered) {
  return IsOneOf(Trim(lowered, " .!-"), {"requirements",
                                         "qualifications",
                                         "minimum qualifications",
                                         "basic qualifications",
                                         "required qualifications",
                                         "preferred qualifications",
                                         "desired qualifications",
                                         "additional qualifications",
                                         "what you'll need",
                                         "what you will need",
                                         "what you need",
                                         "what we're looking for",
                                         "what we are looking for",
                                         "who you are",
                                         "about you",
                                         "you have",
                                         "you bring",
                                         "what you bring",
                                         "what you'll bring",
                                         "must have",
                                         "must haves",
                                         "must-have",
                                         "must-haves",
                                         "nice to have",
                                         "nice-to-have",
                                         "nice to haves",
                                         "nice-to-haves",
                                         "bonus points",
                                         "bonus",
                                         "preferred",
                                         "skills",
                                         "required skills",
                                         "key skills",
                                         "skills and experience",
                                         "experience",
                                         "education",
                                         "education and experience",
                                         "certifications",
                                         "licenses and certifications",
                                         "what you'll do",
                                         "what you will do",
                                         "responsibilities",
                                         "key responsibilities",
                                         "duties",
                                         "benefits",
                                         "perks",
                                         "about us",
                                         "about the role",
                                         "the role",
                                         "who we are",
                                         "what we offer",
                                         "compensation",
                                         "how to apply",
                                         "ideally you have",
                                         "even better",
                                         "it's a plus",
                                         "extra credit",
                                         "qualifications and skills",
                                         "requirements and qualifications",
                                         "required",
                                         "what we need",
                                         "person specification",
                                         "you'll have",
                                         "you will have",
                                         "you should have",
                                         "selection criteria",
                                         "key selection criteria"});
}

struct Heading {
  Block block = Block::kNone;
  std::string_view rest;  // "Must have: Go, Kubernetes" holds content on the heading line
};

std::optional<Heading> ParseHeading(std::string_view line) {
  if (line.starts_with(kBullet)) return std::nullopt;
  line = Trim(line, " \t\r#*_");
  const std::size_t colon = line.find(':');
  const bool has_colon = colon != std::string_view::npos;
  const std::string_view head = Trim(has_colon ? line.substr(0, colon) : line, " \t*_");
  const std::size_t words = static_cast<std::size_t>(std::count(head.begin(), head.end(), ' ')) + 1;
  if (head.empty() || head.size() > 60 || words > (has_colon ? 8u : 5u)) return std::nullopt;
  if (!has_colon && (line.ends_with('.') || line.ends_with('!') || line.ends_with('?'))) {
    return std::nullopt;
  }
  std::string lowered = LowerAscii(head);
  for (std::size_t at = lowered.find("’"); at != std::string::npos; at = lowered.find("’")) {
    lowered.replace(at, std::string_view("’").size(), "'");
  }
  const Block block = ClassifyHeading(lowered);
  const std::string_view rest = has_colon ? Trim(line.substr(colon + 1), " \t*_") : "";
  if (block == Block::kNone) {
    // An unknown "Our stack:" still ends the block above it; "Location: Austin" is content.
    if (has_colon && rest.empty()) return Heading{Block::kOther, {}};
    return std::nullopt;
  }
  // Without a colon a line is a heading in Title Case or capitals, or when it is a known
  // heading: "What you'll need" is one, "Experience with Kubernetes" is not.
  if (!has_colon && !IsTitleCase(head) && !IsAllCaps(head) && !IsKnownHeading(lowered)) {
    return std::nullopt;
  }
  return Heading{block, rest};
}

// Calls visit(clause) for each clause of a line: parentheses, ';' and sentence ends separate
// them, so "Go; Kubernetes is a plus" has its optional part apart.
template <typename Visit>
void ForEachClause(std::string_view content, Visit visit) {
  std::size_t start = 0;
  for (std::size_t at = 0; at <= content.size(); ++at) {
    const bool end = at == content.size();
    const char c = end ? ';' : content[at];
    const bool sentence_end = c == '.' && at + 1 < content.size() && content[at + 1] == ' ';
    if (c != ';' && c != '(' && c != ')' && !sentence_end) continue;
    if (at > start) visit(content.substr(start, at - start), start);
    start = at + 1;
  }
}

struct Candidate {
  std::string term;
  SkillKind kind = SkillKind::kHard;
  bool required = false;
  std::size_t first = std::numeric_limits<std::size_t>::max();
  int mentions = 0;
  std::vector<std::string> alternatives;
  bool own_words = false;  // a short list item read whole
};

double BaseWeight(SkillKind kind, bool required) {
  switch (kind) {
    case SkillKind::kSoft:
      return formula::kSoftWeight;
    case SkillKind::kCertification:
      return required ? formula::kRequiredCertificationWeight
                      : formula::kPreferredCertificationWeight;
    case SkillKind::kHard:
      return required ? formula::kRequiredHardWeight : formula::kPreferredHardWeight;
  }
  return formula::kPreferredHardWeight;
}

std::optional<int> YearsMin(const boost::json::object& metadata) {
  const boost::json::value* min = json::Object(metadata, "yearsExperience").if_contains("min");
  if (min == nullptr || !min->is_int64()) return std::nullopt;
  return static_cast<int>(min->as_int64());
}

// "or", ", or a", "/", "in Michigan or a multistate": what joins alternatives, a few words around
// a last "or".
bool JoinedByOr(std::string_view between) {
  if (between == "/") return true;
  const std::vector<Token> words = Tokenize(between);
  if (words.empty() || words.size() > 6) return false;
  const auto last_or = std::find_if(words.rbegin(), words.rend(),
                                    [](const Token& word) { return word.lowered == "or"; });
  // At most two words after it ("or a multistate compact license") and three before.
  if (last_or == words.rend() || last_or - words.rbegin() > 2 || words.rend() - last_or > 4) {
    return false;
  }
  return std::none_of(words.begin(), words.end(), [](const Token& word) {
    return IsOneOf(word.lowered, {"and", "with", "not", "than", "plus"});
  });
}

// How a posting says something does not count ("externship hours do not count").
constexpr std::string_view kDoesNotCount[] = {" do not count", " does not count", " don't count",
                                              " doesn't count"};

// Capitals that name no skill: places, currencies, pay and paperwork ("OTE", "PTO", "CV").
constexpr std::string_view kNotSkills[] = {
    "US", "USA", "UK", "EU", "EEA", "CV",  "OTE", "PTO", "FTE", "EOE",  "ASAP", "USD", "EUR", "GBP",
    "AM", "PM",  "ID", "OK", "TBD", "NA",  "HQ",  "ARR", "AE",  "SDR",  "BDR",  "DEI", "EEO", "FAQ",
    "ET", "PT",  "CT", "MT", "LLP", "LLC", "LTD", "INC", "PLC", "CORP", "BV",   "NV"};

// Acronyms in a requirement's clause that the taxonomy does not know are requirements of their
// own ("QTS", "an Enhanced DBS check", "a TWIC card"): credentials of many trades go by their
// letters. Not in a clause that says what does not count ("SDR time doesn't count"), not a job
// title ("CFOs"), not a degree (the education requirement's: "BSN", "a BS in …"), not part of a
// term the taxonomy read there ("Opera PMS"), not a place, a currency, a firm's legal form or a
// word of pay.
void RecordAcronyms(std::string_view clause, std::size_t offset, bool required,
                    const Taxonomy& taxonomy, const std::vector<SkillMatch>& matches,
                    std::map<std::string, Candidate>& unknown,
                    std::set<std::string>& alternative_names) {
  const std::string lowered = LowerAscii(clause);
  if (ContainsAny(lowered, {"n't", " not ", "no ", "never "})) return;
  // A degree's field in letters ("a degree in Interaction Design, HCI or a related field") is
  // judged by the education requirement.
  const std::vector<std::string> fields = PreferredDegreeFields(clause, {});
  struct Found {
    std::string word;
    std::size_t begin = 0, end = 0;
  };
  std::vector<Found> found_words;
  std::size_t at = 0;
  while (at < clause.size()) {
    while (at < clause.size() && std::isalnum(static_cast<unsigned char>(clause[at])) == 0) ++at;
    std::size_t end = at;
    while (end < clause.size() &&
           (std::isalnum(static_cast<unsigned char>(clause[end])) != 0 || clause[end] == '&')) {
      ++end;  // "FP&A" is one word
    }
    std::string word(clause.substr(at, end - at));
    const std::size_t begin = at;
    at = end;
    if (word.size() > 2 && word.back() == 's' && IsAcronym(word.substr(0, word.size() - 1)) &&
        std::isupper(static_cast<unsigned char>(word[word.size() - 2])) != 0) {
      word.pop_back();  // "CFOs", "AEs"
    }
    const bool in_term = std::any_of(matches.begin(), matches.end(), [&](const SkillMatch& m) {
      return m.begin <= begin && begin < m.end;
    });
    // Letters that qualify a term the taxonomy read right after them name who issues it ("NHA
    // ExCPT", "AHA BLS"); after a capitalised word or a number, a numeral or a grade ("Title
    // VII", "Technician II", "WCAG 2.1 AA").
    const std::size_t next = clause.find_first_not_of(' ', end);
    const bool qualifies = next != std::string_view::npos &&
                           std::any_of(matches.begin(), matches.end(),
                                       [&](const SkillMatch& m) { return m.begin == next; });
    std::size_t before = begin;
    while (before > 0 && clause[before - 1] == ' ') --before;
    std::size_t previous = before;
    while (previous > 0 && clause[previous - 1] != ' ') --previous;
    const std::string_view previous_word = clause.substr(previous, before - previous);
    const bool roman = word.find_first_not_of("IVX") == std::string::npos;
    const bool graded =
        !previous_word.empty() &&
        ((roman && std::isupper(static_cast<unsigned char>(previous_word.front())) != 0) ||
         (word.size() <= 2 && std::isdigit(static_cast<unsigned char>(previous_word.back())) != 0));
    const bool accredits = AccreditsWhatFollows(std::string_view(lowered).substr(end));
    if (qualifies || graded || accredits) continue;
    if (!IsAcronym(word) || in_term ||
        std::find(std::begin(kNotSkills), std::end(kNotSkills), word) != std::end(kNotSkills) ||
        taxonomy.FindIndex(word) || !taxonomy.FindTitles(word).empty() || DegreeLevelOf(word) ||
        std::find(fields.begin(), fields.end(), word) != fields.end()) {
      continue;
    }
    found_words.push_back({word, begin, end});
  }
  // "CVT, RVT or LVT": one requirement, met by any.
  const auto between = [&](const Found& left, const Found& right) {
    return std::string(Trim(std::string_view(lowered).substr(left.end, right.begin - left.end)));
  };
  for (std::size_t i = 0; i < found_words.size();) {
    std::size_t last = i;
    while (last + 1 < found_words.size()) {
      const std::string joint = between(found_words[last], found_words[last + 1]);
      if (joint != "," && !JoinedByOr(joint)) break;
      ++last;
    }
    const bool alternatives =
        last > i && JoinedByOr(between(found_words[last - 1], found_words[last]));
    for (std::size_t j = i; j <= last; ++j) {
      if (alternatives && j > i) {
        Candidate& head = unknown.at(LowerAscii(found_words[i].word));
        if (std::find(head.alternatives.begin(), head.alternatives.end(), found_words[j].word) ==
            head.alternatives.end()) {
          head.alternatives.push_back(found_words[j].word);
        }
        alternative_names.insert(LowerAscii(found_words[j].word));
        continue;
      }
      auto [found, inserted] = unknown.try_emplace(LowerAscii(found_words[j].word));
      Candidate& candidate = found->second;
      if (inserted) candidate.term = found_words[j].word;
      candidate.required = candidate.required || required;
      candidate.first = std::min(candidate.first, offset + found_words[j].begin);
    }
    i = last + 1;
  }
}

// Credentials the taxonomy lacks, named in capitals before their kind's word: "Fear Free
// certification", "Crisis Prevention Institute certification". At least two capitalised words,
// or one inside the clause; words the taxonomy read ("BLS certification"), acronyms (read
// above) and vague words ("Current", "Valid", "State") are not names.
void RecordNamedCredentials(std::string_view clause, std::size_t offset, bool required,
                            const std::vector<SkillMatch>& matches,
                            std::map<std::string, Candidate>& unknown) {
  const std::vector<Token> tokens = Tokenize(clause);
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (!IsOneOf(tokens[k].lowered, {"certification", "certificate", "certified", "license",
                                     "licence", "credential"})) {
      continue;
    }
    std::size_t first = k;
    while (first > 0 && k - first < 3) {
      const Token& word = tokens[first - 1];
      if (word.breaks_before && first - 1 != 0) break;
      const bool capital = std::isupper(static_cast<unsigned char>(word.surface.front())) != 0;
      if (!capital || IsAcronym(word.surface) ||
          IsOneOf(word.lowered, {"current", "valid", "active", "state", "national", "the", "a",
                                 "an", "professional", "relevant", "industry"})) {
        break;
      }
      --first;
      if (word.breaks_before) break;
    }
    const std::size_t names = k - first;
    if (names == 0) continue;
    const bool starts_clause = first == 0;
    if (names < 2 && starts_clause) continue;
    const std::size_t begin = tokens[first].begin;
    const std::size_t end = tokens[k - 1].end;
    if (std::any_of(matches.begin(), matches.end(),
                    [&](const SkillMatch& m) { return m.begin < end && begin < m.end; })) {
      continue;
    }
    const std::string term =
        std::string(clause.substr(begin, end - begin)) + " " + std::string(tokens[k].lowered);
    auto [found, inserted] = unknown.try_emplace(LowerAscii(term));
    Candidate& candidate = found->second;
    if (inserted) {
      candidate.term = term;
      candidate.kind = SkillKind::kCertification;
    }
    candidate.required = candidate.required || required;
    candidate.first = std::min(candidate.first, offset + begin);
  }
}

// At most this many keywords a posting (required first, then by weight and first mention).
constexpr std::size_t kMaxKeywords = 80;

// A list item of a few words that names no known term is a requirement in its own words ("-
// Labour planning", "- Goods in and goods out"), unless it says when, where or who may work
// ("Weekend availability", "Right to work in the UK").
// `names_a_term`: the taxonomy found a term somewhere in the line.
void RecordShortItem(std::string_view line, std::size_t offset, bool required, bool names_a_term,
                     std::map<std::string, Candidate>& unknown) {
  if (!line.starts_with(kBullet) || names_a_term) return;
  const std::string_view item = Trim(line.substr(kBullet.size()), " .;:");
  const std::vector<Token> tokens = Tokenize(item);
  if (tokens.empty() || tokens.size() > 4) return;
  // A degree is the education requirement's ("Bachelor's degree").
  if (DegreeLevelOf(item) || ContainsAny(LowerAscii(item), {"degree", "diploma"})) return;
  for (const Token& token : tokens) {
    if (token.breaks_before && &token != &tokens.front()) return;
    if (std::any_of(token.surface.begin(), token.surface.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
      return;
    }
  }
  static constexpr std::string_view kConditions[] = {
      "availability", "available", "flexible", "flexibility", "right", "eligible", "eligibility",
      "willing", "willingness", "ability", "able", "weekends", "weekend", "nights", "shifts",
      "travel", "relocate", "hours", "experience", "years", "passion", "attitude", "reliable",
      "punctual",
      // Qualities and what the body or the commute needs: no skill a resume lists.
      "motivated", "enthusiastic", "positive", "friendly", "organised", "organized", "proactive",
      "dependable", "honest", "hardworking", "driven", "energetic", "calm", "patient", "caring",
      "fit", "lift", "lifting", "standing", "own", "car", "transport", "presentable", "uniform"};
  for (const Token& token : tokens) {
    if (std::find(std::begin(kConditions), std::end(kConditions), token.lowered) !=
        std::end(kConditions)) {
      return;
    }
  }
  if (IsOneOf(tokens.front().lowered, {"a", "an", "the", "and", "or", "to", "be", "is", "are",
                                       "must", "can", "strong", "good", "excellent", "great"})) {
    return;
  }
  const std::string term(item);
  // A credential named in words was read as one already ("Gentle Paws certification").
  if (unknown.contains(LowerAscii(term))) return;
  Candidate& candidate = unknown[LowerAscii(term)];
  candidate.term = term;
  candidate.own_words = true;
  // "Nitrous oxide monitoring permit", "CSCS card": a credential by its last word.
  if (IsOneOf(tokens.back().lowered, {"permit", "card", "endorsement", "ticket", "licence",
                                      "license", "certificate", "certification"})) {
    candidate.kind = SkillKind::kCertification;
  }
  candidate.required = required;
  candidate.first = offset;
}

// How a requirement's clause reads its mentions. A posting names one thing per line a recruiter
// checks, and the words around it say what for: "Event streaming with Kafka", "Power BI
// dashboards", "PostgreSQL: schema design, query tuning", "Python for data analysis" ask for
// Kafka, Power BI, PostgreSQL and Python, not for a second, generic skill. Likewise "4+ years of
// backend development experience" says how much experience, not a keyword; "a degree in Finance
// or Accounting" names fields of study, which the education requirement judges; "fintech or
// accounting software" and "finance or procurement teams" name a kind of product or of
// colleague; "(we run on EKS, RDS and SQS)" describes the employer's own setup. Kept() says, for
// each match, whether it stays a keyword; Alternatives(kept), called after it, which keyword each
// belongs to ("GAAP or IFRS", "a BI tool such as Tableau or Looker").
class ClauseReading {
 public:
  // `required`: the clause asks for what it names, not only prefers it. A degree's field, required
  // or preferred, is judged by the education requirement and is no keyword.
  ClauseReading(std::string_view clause, bool required, const std::vector<SkillMatch>& matches,
                const Taxonomy& taxonomy)
      : clause_(clause),
        lowered_(LowerAscii(clause)),
        required_(required),
        matches_(matches),
        taxonomy_(taxonomy) {}

  bool IsGeneric(std::size_t i) const { return Generic(matches_[i]); }
  // Whether taxonomy entry `part` is a narrower concept of `whole` ("Pivot tables" of
  // Microsoft Excel).
  bool Narrower(std::size_t part, std::size_t whole) const {
    const std::vector<std::uint32_t>& broader = taxonomy_.Broader(part);
    return std::find(broader.begin(), broader.end(), whole) != broader.end();
  }
  // "we use Slack", "our stack", "internally": the clause describes the employer's own setup.
  bool DescribesEmployer() const {
    return ContainsAny(lowered_, {"we run on", "we use ", "we work in", "we live in", "we're on",
                                  "we are on", "our stack", "our data stack", "the team uses",
                                  "our team uses", "internally", "subscribes to"});
  }

  std::vector<bool> Kept() {
    std::vector<bool> kept(matches_.size(), true);
    folded_.assign(matches_.size(), std::nullopt);
    if (DescribesEmployer()) return std::vector<bool>(matches_.size(), false);
    // What the clause says is not wanted: after "rather than", "instead of"; before "do not
    // count", "are not accepted" ("print and brand design do not count").
    const auto [unwanted_begin, unwanted_end] = Unwanted();
    const std::optional<std::pair<std::size_t, std::size_t>> years = YearsSpan();
    const std::vector<std::string> fields =
        required_ ? RequiredDegreeFields(clause_) : PreferredDegreeFields(clause_, {});
    for (std::size_t i = 0; i < matches_.size(); ++i) {
      const SkillMatch& match = matches_[i];
      if (unwanted_begin <= match.begin && match.end <= unwanted_end) {
        kept[i] = false;
        continue;
      }
      if (taxonomy_.entries()[match.entry].kind == EntryKind::kCertification) continue;
      const std::string surface = LowerAscii(Surface(match));
      if (std::any_of(fields.begin(), fields.end(),
                      [&](const std::string& field) { return LowerAscii(field) == surface; })) {
        kept[i] = false;
        continue;
      }
      const bool counted =
          years && years->first <= match.begin && match.end <= years->second;  // "of … experience"
      // In a years phrase a job title names the roles that count ("5+ years as a construction
      // Project Manager"), not a skill.
      if (counted && !taxonomy_.FindTitles(Surface(match)).empty()) {
        kept[i] = false;
        continue;
      }
      if (!Generic(match)) continue;
      if (counted || QualifiesANoun(match)) kept[i] = false;
    }
    // Generic mentions joined to a named tool: before it by "with", "in", "using" (with the
    // mentions coordinated before them: "wireframing and prototyping in Figma"), after it
    // directly, by "for", or anywhere after its colon; after any mention's colon or "including".
    for (std::size_t t = 0; t < matches_.size(); ++t) {
      const bool named = Named(matches_[t]);
      for (std::size_t g = t; named && g-- > 0;) {
        if (!Generic(matches_[g])) break;
        const std::string between = Between(matches_[g], matches_[g + 1]);
        const bool link = g + 1 == t ? LinksToTool(between) : Coordinates(between);
        if (!link) break;
        kept[g] = false;
      }
      // "a BI tool such as Tableau or Looker", "a channel manager such as SiteMinder": the
      // examples show the kind they illustrate and are no keywords of their own.
      if (t + 1 < matches_.size() && GivesExamples(Between(matches_[t], matches_[t + 1]))) {
        for (std::size_t g = t + 1; g < matches_.size(); ++g) {
          if (g > t + 1 && !Coordinates(Between(matches_[g - 1], matches_[g]))) break;
          kept[g] = false;
          folded_[g] = t;
        }
        continue;
      }
      const std::size_t next = lowered_.find_first_not_of(' ', matches_[t].end);
      const bool colon = next != std::string::npos && lowered_[next] == ':';
      for (std::size_t g = t + 1; g < matches_.size(); ++g) {
        // A part of the head is its use too: "Excel: XLOOKUP, pivot tables".
        if (!Generic(matches_[g]) && !Narrower(matches_[g].entry, matches_[t].entry)) break;
        const std::string between = Between(matches_[g - 1], matches_[g]);
        // After a generic head only its colon or "including" ("cost control, including
        // cost-to-complete forecasts") introduce what it covers.
        const bool link = colon || (g == t + 1 ? (named ? Elaborates(between) : Includes(between))
                                               : Coordinates(between));
        if (!link) break;
        kept[g] = false;
        // What a generic head covers shows it: "statistics, including hypothesis testing".
        if (!named) folded_[g] = t;
      }
    }
    return kept;
  }

  // For each match, the first of the alternatives it belongs to ("GAAP or IFRS", "QuickBooks,
  // Xero or Sage", "a Registered Nurse license in Michigan or a multistate compact license"), or
  // itself. A run of kept mentions of one kind joined by commas is alternatives when "or" joins
  // its last two; any other word between two mentions ends the run.
  std::vector<std::size_t> Alternatives(const std::vector<bool>& kept) const {
    std::vector<std::size_t> head(matches_.size());
    for (std::size_t i = 0; i < head.size(); ++i) head[i] = i;
    std::vector<std::size_t> run;
    const auto close = [&] {
      if (run.size() >= 2 &&
          JoinedByOr(Between(matches_[run[run.size() - 2]], matches_[run.back()]))) {
        for (const std::size_t i : run) head[i] = run.front();
      }
      run.clear();
    };
    for (std::size_t i = 0; i < matches_.size(); ++i) {
      if (!kept[i]) continue;
      if (!run.empty()) {
        const SkillMatch& previous = matches_[run.back()];
        const std::string between = Between(previous, matches_[i]);
        const bool same_kind =
            taxonomy_.entries()[previous.entry].kind == taxonomy_.entries()[matches_[i].entry].kind;
        if (!same_kind || (between != "," && !JoinedByOr(between))) close();
      }
      run.push_back(i);
      if (run.size() >= 2 && JoinedByOr(Between(matches_[run[run.size() - 2]], matches_[i]))) {
        close();
      }
    }
    close();
    // What a generic head covers goes with it (and with its alternatives).
    for (std::size_t i = 0; i < head.size(); ++i) {
      if (i < folded_.size() && folded_[i] && kept[*folded_[i]]) head[i] = head[*folded_[i]];
    }
    return head;
  }

 private:
  std::string_view Surface(const SkillMatch& match) const {
    return clause_.substr(match.begin, match.end - match.begin);
  }
  bool StartsClause(const SkillMatch& match) const {
    return std::none_of(clause_.begin(), clause_.begin() + static_cast<std::ptrdiff_t>(match.begin),
                        [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
  }
  // Written as a common noun: lower case, or capitalised only where the clause begins and then
  // more than one word ("Infrastructure as code with Terraform"; a lone "Docker" may be a name).
  // A capital past the first letter: "PostgreSQL", "GA4", "Power BI".
  static bool HasInnerCapital(std::string_view surface) {
    return std::any_of(surface.begin() + 1, surface.end(),
                       [](char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; });
  }
  bool Generic(const SkillMatch& match) const {
    if (taxonomy_.entries()[match.entry].kind != EntryKind::kHard) return false;
    const std::string_view surface = Surface(match);
    if (HasInnerCapital(surface)) return false;
    if (std::isupper(static_cast<unsigned char>(surface.front())) == 0) return true;
    return StartsClause(match) && surface.find(' ') != std::string_view::npos;
  }
  // A name: a capital past the first letter ("PostgreSQL", "GA4", "Power BI"), or a capitalised
  // word inside the clause ("with Kafka").
  bool Named(const SkillMatch& match) const {
    if (taxonomy_.entries()[match.entry].kind == EntryKind::kSoft) return false;
    const std::string_view surface = Surface(match);
    if (HasInnerCapital(surface)) return true;
    if (std::isupper(static_cast<unsigned char>(surface.front())) == 0) return false;
    if (!StartsClause(match)) return true;
    // Where the clause begins a capital says nothing: one word without a common noun's ending
    // is read as a name ("Python for data analysis"; "Budgeting with Anaplan" is not one).
    if (surface.find(' ') != std::string_view::npos) return false;
    const std::string lowered = LowerAscii(surface);
    return std::none_of(std::begin(kNounEndings), std::end(kNounEndings),
                        [&](std::string_view ending) { return lowered.ends_with(ending); });
  }
  static constexpr std::string_view kNounEndings[] = {
      "ing", "tion", "sion", "ment", "ics", "ance", "ence", "ity", "ness", "ship", "ogy", "ysis"};
  // The lower-case words between two mentions, punctuation kept.
  std::string Between(const SkillMatch& left, const SkillMatch& right) const {
    if (right.begin <= left.end) return {};
    return std::string(Trim(lowered_.substr(left.end, right.begin - left.end)));
  }
  static bool LinksToTool(std::string_view between) {
    return IsOneOf(between, {"with", "in", "using", "via", "through", "with a", "in a", "with the",
                             "in the", "using the"});
  }
  static bool Elaborates(std::string_view between) {
    return IsOneOf(between, {"", "for", "for the", "to", "including", ", including"});
  }
  static bool GivesExamples(std::string_view between) {
    return between.ends_with("such as") || between.ends_with(" like") || between == "like" ||
           between.ends_with("e.g.") || between.ends_with("e.g.,") ||
           between.ends_with("for example");
  }
  static bool Includes(std::string_view between) {
    return between.starts_with("including") || between.starts_with(", including");
  }
  static bool Coordinates(std::string_view between) {
    return IsOneOf(between, {"and", "or", ",", ", and", ", or", "&", "/"});
  }
  // "fintech or accounting software", "with finance or procurement teams".
  bool QualifiesANoun(const SkillMatch& match) const {
    // The next word, when only spaces come between.
    std::size_t begin = match.end;
    while (begin < lowered_.size() && lowered_[begin] == ' ') ++begin;
    std::size_t end = begin;
    while (end < lowered_.size() && std::isalpha(static_cast<unsigned char>(lowered_[end])) != 0) {
      ++end;
    }
    return IsOneOf(std::string_view(lowered_).substr(begin, end - begin),
                   {"software", "teams", "team", "department", "departments", "industry", "sector",
                    "vendors", "companies", "firms", "clients"});
  }
  // Where a clause says how much experience: from "years" in "4+ years of …", "a minimum of two
  // years in …", "at least four years' experience in …" to the clause's end, to the next
  // statement joined on (", and a clear command of legal research") or to "experience" followed
  // by what it did ("experience building distributed systems").
  std::optional<std::pair<std::size_t, std::size_t>> YearsSpan() const {
    const std::vector<Token> tokens = Tokenize(clause_);
    for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
      std::string word = tokens[i].lowered;
      while (!word.empty() && word.back() == '+') word.pop_back();  // "4+"
      const bool number =
          (!word.empty() &&
           std::all_of(word.begin(), word.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) ||
          IsOneOf(word, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                         "ten", "twelve", "fifteen"});
      if (!number || (tokens[i + 1].lowered != "year" && tokens[i + 1].lowered != "years")) {
        continue;
      }
      const std::size_t begin = tokens[i + 1].end;
      std::size_t end = clause_.size();
      // "… experience building distributed systems": what the experience did is a skill.
      for (std::size_t j = i + 2; j + 1 < tokens.size(); ++j) {
        if ((tokens[j].lowered == "experience" || tokens[j].lowered == "experiences") &&
            tokens[j + 1].lowered.ends_with("ing")) {
          end = tokens[j].end;
          break;
        }
      }
      for (std::string_view joint : {", and ", " and a ", " and an ", " and the "}) {
        const std::size_t at = lowered_.find(joint, begin);
        if (at != std::string::npos) end = std::min(end, at);
      }
      return std::pair{begin, end};
    }
    return std::nullopt;
  }
  std::pair<std::size_t, std::size_t> Unwanted() const {
    for (std::string_view phrase : {"rather than ", "instead of "}) {
      const std::size_t at = lowered_.find(phrase);
      if (at != std::string::npos) return {at, clause_.size()};
    }
    const auto before = [&](std::string_view phrase) -> std::optional<std::size_t> {
      const std::size_t at = lowered_.find(phrase);
      return at == std::string::npos ? std::nullopt : std::optional(at);
    };
    for (std::string_view phrase : kDoesNotCount) {
      if (const auto at = before(phrase)) return {0, *at};
    }
    for (std::string_view phrase : {" not counted", " not accepted"}) {
      if (const auto at = before(phrase)) return {0, *at};
    }
    return {0, 0};
  }

  std::string_view clause_;
  std::string lowered_;
  bool required_;
  const std::vector<SkillMatch>& matches_;
  // For a mention a generic head's colon or "including" introduces: that head.
  std::vector<std::optional<std::size_t>> folded_;
  const Taxonomy& taxonomy_;
};

// What a posting says does not count toward its years: "(externship hours do not count)",
// "(SDR/BDR time doesn't count toward this)", "print and brand design do not count". The words
// before the phrase, back to the start of their clause.
std::vector<std::string> UncountedExperience(std::string_view text) {
  std::vector<std::string> out;
  const std::string lowered = LowerAscii(text);
  const auto read = [&](std::string_view phrase) {
    for (std::size_t at = lowered.find(phrase); at != std::string::npos;
         at = lowered.find(phrase, at + 1)) {
      std::size_t begin = at;
      // Inside a parenthesis, its whole list: "(veterinary assistant, kennel and student
      // externship time does not count)".
      const std::size_t line = lowered.rfind('\n', at);
      const std::size_t open = lowered.rfind('(', at);
      const bool inside = open != std::string::npos && (line == std::string::npos || open > line) &&
                          lowered.find(')', open) > at;
      while (begin > 0 &&
             std::string_view("(;:.\n•").find(text[begin - 1]) == std::string_view::npos &&
             !(text[begin - 1] == ',' && !inside)) {
        --begin;
      }
      const std::string_view what = Trim(text.substr(begin, at - begin), " \t-");
      if (!what.empty() && what.size() <= 80) out.emplace_back(what);
    }
  };
  for (std::string_view phrase : kDoesNotCount) read(phrase);
  for (std::string_view phrase :
       {" don’t count", " doesn’t count", " is not counted", " are not counted"}) {
    read(phrase);
  }
  return out;
}

}  // namespace

JobAnalysis AnalyzeJob(std::string_view sanitized_text, const boost::json::object& jd_metadata,
                       const Taxonomy& taxonomy) {
  const boost::json::object metadata =
      jd_metadata.empty()
          ? jobs::ExtractJobMetadata(sanitized_text, std::nullopt, std::nullopt, std::nullopt)
                .ToJson()
          : jd_metadata;
  JobAnalysis analysis;
  analysis.title = std::string(json::String(metadata, "title"));
  if (const std::string_view seniority = json::String(metadata, "seniority"); !seniority.empty()) {
    analysis.seniority = std::string(seniority);
  }
  analysis.years_min = YearsMin(metadata);

  const SkillMatcher matcher(taxonomy);
  const std::vector<SkillMatch> text_matches = matcher.FindAll(sanitized_text);
  // Mentions anywhere in the text: how often and where first.
  std::map<std::size_t, std::pair<int, std::size_t>> mentions;  // entry → count, first offset
  std::multimap<std::size_t, std::size_t> positions;            // entry → each mention's offset
  for (const SkillMatch& match : text_matches) {
    auto [at, inserted] = mentions.try_emplace(match.entry, 0, match.begin);
    ++at->second.first;
    positions.emplace(match.entry, match.begin);
  }

  std::map<std::size_t, Candidate> found;      // taxonomy entry → candidate
  std::map<std::string, Candidate> unknown;    // lowered name → a metadata skill we lack
  std::set<std::size_t> set_aside;             // entries a clause read as no keyword of its own
  std::set<std::string> unknown_alternatives;  // lowered names that are another's alternative
  std::map<std::size_t, std::vector<std::size_t>> alternatives;  // entry → others it may be
  const auto record = [&](std::size_t entry, bool required, std::size_t position) {
    const TaxonomyEntry& concept_entry = taxonomy.entries()[entry];
    if (concept_entry.kind == EntryKind::kTitle) return;
    auto [at, inserted] = found.try_emplace(entry);
    Candidate& candidate = at->second;
    if (inserted) {
      candidate.term = concept_entry.canonical;
      candidate.kind = ToSkillKind(concept_entry.kind);
    }
    candidate.required = candidate.required || required;
    candidate.first = std::min(candidate.first, position);
  };

  // The requirement blocks; without any, the whole text is one.
  std::string requirements;
  std::string preferred;  // the preferred blocks
  bool found_block = false;
  const auto add_alternative = [&](std::size_t head_entry, std::size_t entry) {
    if (head_entry == entry) return;
    std::vector<std::size_t>& others = alternatives[head_entry];
    if (std::find(others.begin(), others.end(), entry) == others.end()) others.push_back(entry);
  };
  std::vector<std::pair<std::size_t, std::size_t>> scanned;  // the requirement blocks' lines
  const auto scan = [&](std::string_view content, Block block, std::size_t offset) {
    if (block == Block::kRequired) (requirements += content) += '\n';
    if (block == Block::kPreferred) (preferred += content) += '\n';
    scanned.emplace_back(offset, offset + content.size());
    // The line's last keyword before a parenthesis: "automated dispensing cabinets (Pyxis or
    // Omnicell)" gives the kind's examples, "Google Ads campaigns (search, Shopping)" the
    // tool's uses.
    struct Last {
      std::size_t entry = 0;  // the keyword it stands for (a head of alternatives)
      std::size_t end = 0;    // in `content`
      bool generic = false;
      bool valid = false;
    } last;
    bool names_a_term = false;  // in any clause of the line
    ForEachClause(content, [&](std::string_view clause, std::size_t clause_offset) {
      const bool required = block == Block::kRequired && !SoundsOptional(clause);
      const std::vector<SkillMatch> matches = matcher.FindAll(clause);
      names_a_term = names_a_term || !matches.empty();
      ClauseReading reading(clause, required, matches, taxonomy);
      std::vector<bool> kept = reading.Kept();
      for (std::size_t i = 0; i < matches.size(); ++i) {
        if (AccreditsWhatFollows(LowerAscii(clause.substr(matches[i].end, 12)))) kept[i] = false;
      }
      const bool parenthetical =
          last.valid && clause_offset > 0 && content[clause_offset - 1] == '(' &&
          Trim(content.substr(last.end, clause_offset - 1 - last.end)).empty();
      if (parenthetical) {
        for (std::size_t i = 0; i < matches.size(); ++i) {
          if (!kept[i]) continue;
          if (last.generic) {
            add_alternative(last.entry, matches[i].entry);
            kept[i] = false;
          } else if (reading.IsGeneric(i) || reading.Narrower(matches[i].entry, last.entry)) {
            set_aside.insert(matches[i].entry);
            kept[i] = false;
          }
        }
      }
      const std::vector<std::size_t> head = reading.Alternatives(kept);
      for (std::size_t i = 0; i < matches.size(); ++i) {
        if (!kept[i] && head[i] == i) {
          if (!parenthetical || !last.generic) set_aside.insert(matches[i].entry);
        } else if (head[i] == i) {
          record(matches[i].entry, required, offset + clause_offset + matches[i].begin);
        } else {
          add_alternative(matches[head[i]].entry, matches[i].entry);
        }
        if (kept[i] || head[i] != i) {
          last = {matches[head[i]].entry, clause_offset + matches[i].end, reading.IsGeneric(i),
                  true};
        }
      }
      if ((!parenthetical || !last.generic) && !reading.DescribesEmployer()) {
        RecordAcronyms(clause, offset + clause_offset, required, taxonomy, matches, unknown,
                       unknown_alternatives);
        RecordNamedCredentials(clause, offset + clause_offset, required, matches, unknown);
      }
    });
    RecordShortItem(content, offset, block == Block::kRequired && !SoundsOptional(content),
                    names_a_term, unknown);
  };
  std::vector<std::pair<std::string_view, std::size_t>> lines;  // line, offset in the text
  for (std::size_t start = 0; start <= sanitized_text.size();) {
    std::size_t end = sanitized_text.find('\n', start);
    if (end == std::string_view::npos) end = sanitized_text.size();
    const std::string_view line = Trim(sanitized_text.substr(start, end - start));
    if (!line.empty()) {
      lines.emplace_back(line, static_cast<std::size_t>(line.data() - sanitized_text.data()));
    }
    start = end + 1;
  }
  Block block = Block::kNone;
  bool block_has_bullets = false;
  for (const auto& [line, offset] : lines) {
    if (const auto heading = ParseHeading(line)) {
      block = heading->block;
      block_has_bullets = false;
      found_block = found_block || block == Block::kRequired || block == Block::kPreferred;
      if (!heading->rest.empty() && (block == Block::kRequired || block == Block::kPreferred)) {
        scan(heading->rest, block,
             static_cast<std::size_t>(heading->rest.data() - sanitized_text.data()));
      }
      continue;
    }
    if (block != Block::kRequired && block != Block::kPreferred) continue;
    // Prose after a list is no longer part of it: "Compensation and perks", a benefits
    // paragraph, "contact us in HR".
    if (line.starts_with(kBullet)) {
      block_has_bullets = true;
    } else if (block_has_bullets) {
      block = Block::kOther;
      continue;
    }
    scan(line, block, offset);
  }
  if (!found_block) {
    for (const auto& [line, offset] : lines) scan(line, Block::kRequired, offset);
  }

  // The metadata's lists, which may name skills this taxonomy lacks.
  std::vector<TaxonomyEntry> extra;
  for (const bool required : {true, false}) {
    for (const boost::json::value& item :
         json::Array(metadata, required ? "requiredSkills" : "preferredSkills")) {
      const std::string name(json::AsString(item));
      if (name.empty()) continue;
      if (DegreeLevelOf(name)) continue;  // "BSN": the education requirement covers degrees
      if (const auto entry = taxonomy.FindIndex(name)) {
        // Where this taxonomy reads the text differently ("OSHA 10" is a certification, not
        // "OSHA"), its reading wins.
        const auto mention = mentions.find(*entry);
        // Named in the requirements, not only in the duties ("Hold quarterly performance
        // reviews with your key suppliers" is no performance management asked for).
        const auto [from, to] = positions.equal_range(*entry);
        const bool in_requirements = std::any_of(from, to, [&](const auto& position) {
          return std::any_of(scanned.begin(), scanned.end(), [&](const auto& span) {
            return span.first <= position.second && position.second < span.second;
          });
        });
        const bool alternative =
            std::any_of(alternatives.begin(), alternatives.end(), [&](const auto& group) {
              return std::find(group.second.begin(), group.second.end(), *entry) !=
                     group.second.end();
            });
        if (mention != mentions.end() && in_requirements &&
            (found.contains(*entry) || (!set_aside.contains(*entry) && !alternative))) {
          record(*entry, required, mention->second.second);
        }
        continue;
      }
      if (unknown_alternatives.contains(LowerAscii(name))) continue;  // "RVT" of "CVT or RVT"
      auto [at, inserted] = unknown.try_emplace(LowerAscii(name));
      if (inserted) at->second.term = name;
      at->second.required = at->second.required || required;
    }
  }
  // A short item that holds a name read otherwise ("More widgetry" beside the metadata's
  // "Widgetry") is that name's mention, not a requirement of its own.
  std::vector<std::string> read_otherwise;
  for (const auto& [name, candidate] : unknown) {
    if (!candidate.own_words) read_otherwise.push_back(" " + name + " ");
  }
  std::erase_if(unknown, [&](const auto& item) {
    if (!item.second.own_words) return false;
    const std::string padded = " " + item.first + " ";
    return std::any_of(read_otherwise.begin(), read_otherwise.end(), [&](const std::string& name) {
      return padded.find(name) != std::string::npos;
    });
  });
  extra.reserve(unknown.size());
  for (const auto& [name, candidate] : unknown) {
    extra.push_back({candidate.term,
                     EntryKind::kHard,
                     {},
                     IsAcronym(candidate.term) ? std::vector<std::string>{"=" + candidate.term}
                                               : std::vector<std::string>{},
                     {}});
  }
  if (!extra.empty()) {
    const Taxonomy extra_taxonomy = Taxonomy::FromEntries(std::move(extra));
    for (const SkillMatch& match : SkillMatcher(extra_taxonomy).FindAll(sanitized_text)) {
      Candidate& candidate =
          unknown.at(LowerAscii(extra_taxonomy.entries()[match.entry].canonical));
      ++candidate.mentions;
      candidate.first = std::min(candidate.first, match.begin);
    }
  }

  // A soft skill asked for on a commercial object is a competence a recruiter checks, not a
  // quality: "supplier negotiation", "contract negotiation", "client coaching".
  for (const SkillMatch& match : text_matches) {
    const auto at = found.find(match.entry);
    if (at == found.end() || at->second.kind != SkillKind::kSoft) continue;
    std::size_t end = match.begin;
    while (end > 0 && sanitized_text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && std::isalpha(static_cast<unsigned char>(sanitized_text[begin - 1])) != 0) {
      --begin;
    }
    if (IsOneOf(LowerAscii(sanitized_text.substr(begin, end - begin)),
                {"supplier", "suppliers", "vendor", "vendors", "contract", "contracts", "price",
                 "pricing", "commercial", "lease", "union", "salary", "carrier", "carriers",
                 "subcontractor", "subcontractors", "client", "customer", "deal"})) {
      at->second.kind = SkillKind::kHard;
    }
  }

  std::vector<Candidate> candidates;
  for (auto& [entry, candidate] : found) {
    const auto mention = mentions.find(entry);
    candidate.mentions = mention != mentions.end() ? mention->second.first : 1;
    // An alternative the job also asks for on its own is a keyword of its own.
    if (const auto group = alternatives.find(entry); group != alternatives.end()) {
      for (const std::size_t other : group->second) {
        if (!found.contains(other)) {
          candidate.alternatives.push_back(taxonomy.entries()[other].canonical);
        }
      }
    }
    candidates.push_back(std::move(candidate));
  }
  const std::size_t known_count = candidates.size();
  for (auto& [name, candidate] : unknown) candidates.push_back(std::move(candidate));

  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const Candidate& candidate = candidates[i];
    const int extra_mentions = std::clamp(candidate.mentions - 1, 0, formula::kMaxExtraMentions);
    analysis.keywords.push_back({candidate.term, candidate.kind, candidate.required,
                                 BaseWeight(candidate.kind, candidate.required) +
                                     formula::kExtraMentionWeight * extra_mentions,
                                 candidate.alternatives, /*known=*/i < known_count});
  }
  std::vector<std::size_t> order(candidates.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Keyword& ka = analysis.keywords[a];
    const Keyword& kb = analysis.keywords[b];
    if (ka.required != kb.required) return ka.required;
    if (ka.weight != kb.weight) return ka.weight > kb.weight;
    if (candidates[a].first != candidates[b].first)
      return candidates[a].first < candidates[b].first;
    return ka.term < kb.term;
  });
  std::vector<Keyword> sorted;
  sorted.reserve(order.size());
  for (const std::size_t i : order) sorted.push_back(analysis.keywords[i]);
  // A posting names a few dozen things at most; a flood of lines ("- Xyzabc handling" ten
  // thousand times) keeps the first of its most weighty.
  if (sorted.size() > kMaxKeywords) sorted.resize(kMaxKeywords);
  analysis.keywords = std::move(sorted);

  analysis.uncounted_experience = UncountedExperience(sanitized_text);
  const auto education =
      RequiredDegreeLevel(found_block ? std::string_view(requirements) : sanitized_text);
  if (education) {
    analysis.education = std::string(DegreeLevelName(*education));
    analysis.education_fields =
        RequiredDegreeFields(found_block ? std::string_view(requirements) : sanitized_text);
  }
  // A degree preferred, when it asks for more than the one required: a degree where none is
  // required, a higher level, or a field where the required one names none.
  const std::string_view firm = found_block ? std::string_view(requirements) : sanitized_text;
  if (const auto wanted = PreferredDegreeLevel(preferred, firm)) {
    std::vector<std::string> fields = PreferredDegreeFields(preferred, firm);
    if (!education || *wanted > *education ||
        (!fields.empty() && analysis.education_fields.empty())) {
      analysis.preferred_education =
          std::string(DegreeLevelName(std::max(*wanted, education.value_or(*wanted))));
      analysis.preferred_education_fields = std::move(fields);
    }
  }
  return analysis;
}

}  // namespace resumax::optimize

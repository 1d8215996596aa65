#include "domain/rewriting/guard_truthfulness.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>
#include <utility>

#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/diff_words.h"
#include "domain/rewriting/rewrite_text.h"
#include "domain/rewriting/rewrite_verbs.h"

namespace resumax::optimize {
namespace {

using rewrite::ContainsWord;
using rewrite::IsAsciiAlpha;
using rewrite::IsAsciiUpper;
using rewrite::LowerAscii;
using rewrite::Spelling;

constexpr std::size_t kMaxBulletBytes = 700;
constexpr std::size_t kMaxSummaryBytes = 1500;
constexpr std::size_t kMaxSkillsBytes = 3000;

// Spelled figures and the value they stand for (0 when they have no single value).
const std::map<std::string_view, int, std::less<>>& SpelledFigures() {
  static const std::map<std::string_view, int, std::less<>> figures = {
      {"zero", 0},     {"two", 2},        {"three", 3},     {"four", 4},        {"five", 5},
      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},        {"ten", 10},
      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},   {"fifteen", 15},
      {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},   {"twenty", 20},
      {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},      {"seventy", 70},
      {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"thousand", 1000}, {"million", 0},
      {"billion", 0},  {"dozen", 12},     {"dozens", 0},    {"hundreds", 0},    {"thousands", 0},
      {"millions", 0}, {"billions", 0},   {"doubled", 0},   {"tripled", 0},     {"quadrupled", 0},
      {"halved", 0},   {"twofold", 0},    {"threefold", 0}, {"tenfold", 0},     {"percent", 0}};
  return figures;
}

// Words that state a fact of their own kind, and how a refusal names that kind.
const std::map<std::string_view, std::string_view, std::less<>>& FactWords() {
  static const std::map<std::string_view, std::string_view, std::less<>> words = {
      {"certified", "a certification"},
      {"certification", "a certification"},
      {"certifications", "a certification"},
      {"certificate", "a certification"},
      {"certificates", "a certification"},
      {"licensed", "a license"},
      {"license", "a license"},
      {"licenses", "a license"},
      {"licensure", "a license"},
      {"accredited", "an accreditation"},
      {"accreditation", "an accreditation"},
      {"bachelor", "a degree"},
      {"bachelor's", "a degree"},
      {"bachelors", "a degree"},
      {"master's", "a degree"},
      {"masters", "a degree"},
      {"mba", "a degree"},
      {"phd", "a degree"},
      {"ph.d", "a degree"},
      {"doctorate", "a degree"},
      {"doctoral", "a degree"},
      {"degree", "a degree"},
      {"diploma", "a degree"},
      {"b.s", "a degree"},
      {"m.s", "a degree"},
      {"b.a", "a degree"},
      {"bsc", "a degree"},
      {"msc", "a degree"},
      {"senior", "a job title"},
      {"sr", "a job title"},
      {"principal", "a job title"},
      {"chief", "a job title"},
      {"director", "a job title"},
      {"manager", "a job title"},
      {"vp", "a job title"},
      {"president", "a job title"},
      {"supervisor", "a job title"},
      {"head", "a job title"},
      {"founder", "a job title"},
      {"co-founder", "a job title"},
      {"cofounder", "a job title"},
      {"ceo", "a job title"},
      {"cto", "a job title"},
      {"cfo", "a job title"},
      {"coo", "a job title"},
      {"cmo", "a job title"},
      {"promoted", "a promotion"},
      {"promotion", "a promotion"},
      {"award", "an award"},
      {"awards", "an award"},
      {"awarded", "an award"},
      {"award-winning", "an award"},
      {"honored", "an award"},
      {"honoured", "an award"},
      {"winner", "an award"},
      {"won", "an award"},
      {"patent", "a patent"},
      {"patents", "a patent"},
      {"patented", "a patent"},
      {"published", "a publication"},
      {"publication", "a publication"},
      {"publications", "a publication"}};
  return words;
}

// A supporting role in the original, and the leading role a rewrite may not turn it into.
const std::unordered_set<std::string_view>& SupportWords() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "helped help helping assisted assist assisting supported supporting contributed contributing "
      "participated involved shadowed observed");
  return words;
}
const std::unordered_set<std::string_view>& LeadWords() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "led lead leads leading headed spearheaded spearhead directed direct managed manage manages "
      "owned own owns oversaw oversee oversees supervised supervise championed drove architected "
      "orchestrated pioneered founded established");
  return words;
}

// Words a sentence may open with that are no names even when the resume lacks them.
const std::unordered_set<std::string_view>& OpeningWords() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "the a an this these those our over across with within for in on to as by at through from "
      "each all both more most also key daily weekly monthly proven strong while after before "
      "during when since including and or but then via per new multiple several hands-on highly "
      "background expertise experience focus passionate dedicated known skilled experienced holds "
      "professional results-driven detail-oriented");
  return words;
}

// What the resume already says, gathered once per resume.
struct Evidence {
  std::string text;
  std::string lowered;
  std::unordered_set<std::string> numbers;
  int years = 0;
  std::vector<Spelling> vocabulary;
  const TermAliases* aliases = nullptr;
};

Evidence Gather(const document::ResumeDocument& resume, std::string_view original_text,
                const std::vector<std::string>& known_skills, const RewriteOptions& options) {
  Evidence evidence;
  evidence.aliases = &AliasesOf(options);
  evidence.text = std::string(original_text) + "\n" + document::AllText(resume);
  evidence.lowered = LowerAscii(evidence.text);
  // Phone numbers and addresses are not figures a rewrite may cite.
  std::string figures(original_text);
  document::ResumeDocument identity_only;
  identity_only.contact = resume.contact;
  const std::string identities = document::AllText(identity_only);
  std::size_t from = 0;
  while (from < identities.size()) {
    const std::size_t newline = identities.find('\n', from);
    const std::string identity = identities.substr(from, newline - from);
    from = newline == std::string::npos ? identities.size() : newline + 1;
    for (std::size_t at = figures.find(identity); !identity.empty() && at != std::string::npos;
         at = figures.find(identity, at)) {
      figures.erase(at, identity.size());
    }
  }
  document::ResumeDocument without_contact = resume;
  without_contact.contact = {};
  figures += "\n" + document::AllText(without_contact);
  for (auto& number : rewrite::Numbers(figures)) evidence.numbers.insert(std::move(number.value));
  // Dates are structured ("2019-03"), not prose: their years are figures a rewrite may use.
  for (const auto& year : rewrite::DateYears(resume)) evidence.numbers.insert(year);
  evidence.years = rewrite::ExperienceYears(resume, rewrite::CurrentMonth(options.today)).years;
  evidence.vocabulary = evidence.aliases->AllSpellings();
  for (const std::string& skill : known_skills) {
    if (!rewrite::Trim(skill).empty()) evidence.vocabulary.push_back(rewrite::MakeSpelling(skill));
  }
  return evidence;
}

GuardVerdict Refuse(std::string_view code, std::string reason) {
  return {false, std::move(reason), std::string(code)};
}

std::string Quoted(std::string_view text) { return "'" + std::string(text) + "'"; }

// A word of a rewrite as the guard reads it, with what stands before it.
struct Word {
  std::string_view text;
  std::size_t begin = 0;
  bool sentence_start = false;  // first word, or after . ! ? : ; or a line break
  bool joined = false;          // only spaces between it and the previous word
};

bool IsSeparator(char c) {
  return rewrite::IsSpace(c) ||
         std::string_view(",;:()[]{}\"!?*|<>").find(c) != std::string_view::npos;
}

std::vector<Word> SplitWords(std::string_view text) {
  std::vector<Word> words;
  std::size_t at = 0;
  bool sentence_start = true;
  bool joined = false;
  while (at < text.size()) {
    if (IsSeparator(text[at])) {
      const char c = text[at];
      if (std::string_view("!?:;\n").find(c) != std::string_view::npos) sentence_start = true;
      if (c != ' ' && c != '\t') joined = false;
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && !IsSeparator(text[end])) ++end;
    std::string_view raw = text.substr(at, end - at);
    std::size_t begin = at;
    while (!raw.empty() && (raw.front() == '\'' || raw.front() == '.' || raw.front() == '-')) {
      raw.remove_prefix(1);
      ++begin;
    }
    bool ends_sentence = false;
    while (!raw.empty() && (raw.back() == '.' || raw.back() == '\'' || raw.back() == '-')) {
      ends_sentence = ends_sentence || raw.back() == '.';
      raw.remove_suffix(1);
    }
    if (!raw.empty()) {
      words.push_back({raw, begin, sentence_start, joined && !words.empty()});
      sentence_start = ends_sentence;
      joined = !ends_sentence;
    }
    at = end;
  }
  return words;
}

// "Brightline's" → "Brightline" (straight or curly apostrophe).
std::string_view WithoutPossessive(std::string_view word) {
  for (std::string_view suffix : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      return word.substr(0, word.size() - suffix.size());
    }
  }
  return word;
}

bool IsCapitalised(std::string_view word) {
  if (word == "I") return false;
  return std::any_of(word.begin(), word.end(), [](char c) { return IsAsciiUpper(c); });
}

bool HasLetter(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char c) { return IsAsciiAlpha(c); });
}

// Whether a text contains a word, by the rules skill names use: exact case up to three letters;
// "APIs" also counts as "API".
bool TextHasWord(std::string_view text, std::string_view word) {
  const Spelling spelling{std::string(word), word.size() <= 3};
  if (ContainsWord(text, spelling)) return true;
  if (word.size() > 3 && word.back() == 's') {
    return ContainsWord(text, Spelling{std::string(word.substr(0, word.size() - 1)), false});
  }
  return false;
}

bool IsLenientOpener(std::string_view word) {
  const std::string lower = LowerAscii(word);
  if (OpeningWords().contains(lower) || rewrite::LookupVerb(lower)) return true;
  for (std::string_view suffix : {"ed", "ing", "ly"}) {
    if (lower.size() > suffix.size() + 2 && lower.ends_with(suffix)) return true;
  }
  return false;
}

// Skill names in `after`: a refusal when one is new to the resume, else the byte ranges of
// those the resume shows (a longer name hides the shorter ones inside it: "Go-to-market").
std::optional<std::vector<std::pair<std::size_t, std::size_t>>> CheckSkills(
    const Evidence& evidence, std::string_view before, std::string_view after,
    std::string& reason) {
  struct Found {
    std::size_t begin;
    std::size_t end;
    const Spelling* spelling;
  };
  std::vector<Found> found;
  for (const Spelling& spelling : evidence.vocabulary) {
    for (const auto& match : rewrite::FindWord(after, spelling)) {
      found.push_back({match.begin, match.end, &spelling});
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> covered;
  for (const Found& item : found) {
    const bool inside_longer = std::any_of(found.begin(), found.end(), [&](const Found& other) {
      return other.begin <= item.begin && other.end >= item.end &&
             other.end - other.begin > item.end - item.begin;
    });
    if (inside_longer) continue;
    const std::string& term = item.spelling->text;
    if (!MentionsTerm(before, term, *evidence.aliases) &&
        !MentionsTerm(evidence.text, term, *evidence.aliases)) {
      reason = "It adds the skill " + Quoted(term) + ", which the resume doesn't show.";
      return std::nullopt;
    }
    covered.emplace_back(item.begin, item.end);
  }
  return covered;
}

GuardVerdict CheckFigures(const Evidence& evidence, std::string_view before,
                          std::string_view after) {
  std::unordered_set<std::string> before_numbers;
  for (auto& number : rewrite::Numbers(before)) before_numbers.insert(std::move(number.value));
  for (const auto& number : rewrite::Numbers(after)) {
    if (before_numbers.contains(number.value) || evidence.numbers.contains(number.value)) continue;
    // "7+ years" of experience, up to what the dates show.
    std::string_view rest = after.substr(number.end);
    if (rest.starts_with("+")) rest.remove_prefix(1);
    rest = rewrite::Trim(rest);
    const std::string lowered = LowerAscii(rest.substr(0, 5));
    const bool years = lowered.starts_with("year") || lowered.starts_with("yrs");
    if (years && number.value.find('.') == std::string::npos && number.value.size() <= 2 &&
        std::stoi(number.value) >= 1 && std::stoi(number.value) <= evidence.years) {
      continue;
    }
    return Refuse("new_figure", "It adds the figure " + Quoted(number.value) +
                                    ", which the resume doesn't contain.");
  }
  for (const Word& word : SplitWords(after)) {
    const std::string lower = LowerAscii(word.text);
    const auto figure = SpelledFigures().find(lower);
    if (figure == SpelledFigures().end()) continue;
    if (TextHasWord(before, lower) || TextHasWord(evidence.text, lower)) continue;
    if (figure->second > 0 && evidence.numbers.contains(std::to_string(figure->second))) continue;
    return Refuse("new_figure", "It adds the figure " + Quoted(word.text) +
                                    ", which the resume doesn't contain.");
  }
  return {};
}

// A link or address in `after` that the resume does not have, or "".
std::string NewLink(const Evidence& evidence, std::string_view after) {
  std::size_t at = 0;
  while (at < after.size()) {
    while (at < after.size() && rewrite::IsSpace(after[at])) ++at;
    std::size_t end = at;
    while (end < after.size() && !rewrite::IsSpace(after[end])) ++end;
    std::string chunk = LowerAscii(after.substr(at, end - at));
    while (!chunk.empty() &&
           std::string_view(".,;:!?)]'\"").find(chunk.back()) != std::string_view::npos) {
      chunk.pop_back();
    }
    const bool link = chunk.find('@') != std::string::npos ||
                      chunk.find("://") != std::string::npos ||
                      chunk.find("www.") != std::string::npos;
    if (link && evidence.lowered.find(chunk) == std::string::npos) return chunk;
    at = end;
  }
  return {};
}

GuardVerdict CheckWords(const Evidence& evidence, std::string_view before, std::string_view after) {
  if (!NewLink(evidence, after).empty()) {
    return Refuse("new_link", "It adds a link or address that isn't in the resume.");
  }
  std::set<std::string> before_lower;
  for (const Word& word : SplitWords(before)) before_lower.insert(LowerAscii(word.text));
  bool supporting_role = false;
  for (const std::string& word : before_lower) supporting_role |= SupportWords().contains(word);

  const std::vector<Word> words = SplitWords(after);
  // "Senior" may repeat "Senior Accountant" from the resume, not make "senior specialist".
  auto with_neighbour_in_resume = [&](std::size_t k) {
    auto phrase = [&](std::size_t first, std::size_t last) {
      const std::size_t end = words[last].begin + words[last].text.size();
      return after.substr(words[first].begin, end - words[first].begin);
    };
    return (k > 0 && TextHasWord(evidence.text, phrase(k - 1, k))) ||
           (k + 1 < words.size() && TextHasWord(evidence.text, phrase(k, k + 1)));
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& word = words[k];
    const std::string lower = LowerAscii(word.text);
    if (const auto fact = FactWords().find(lower); fact != FactWords().end()) {
      if (!before_lower.contains(lower) && !with_neighbour_in_resume(k)) {
        return Refuse("new_fact", "It adds " + std::string(fact->second) + " (" +
                                      Quoted(word.text) + ") that the resume doesn't mention.");
      }
    }
    if (supporting_role && LeadWords().contains(lower) && !before_lower.contains(lower)) {
      return Refuse("role_inflation", "It says " + Quoted(word.text) +
                                          " where the original describes a supporting role.");
    }
  }
  return {};
}

// New capitalised names: employers, schools, places, products, certifications.
GuardVerdict CheckNames(const Evidence& evidence, std::string_view before, std::string_view after,
                        const std::vector<std::pair<std::size_t, std::size_t>>& skills) {
  auto is_skill = [&](const Word& word) {
    return std::any_of(skills.begin(), skills.end(), [&](const auto& range) {
      return word.begin >= range.first && word.begin < range.second;
    });
  };
  auto known = [&](const Word& word) {
    return is_skill(word) || TextHasWord(before, word.text) ||
           TextHasWord(evidence.text, word.text);
  };
  auto in_item = [&](const Word& word) { return is_skill(word) || TextHasWord(before, word.text); };

  std::vector<Word> words = SplitWords(after);
  for (Word& word : words) word.text = WithoutPossessive(word.text);
  std::vector<const Word*> run;
  auto check_run = [&]() -> GuardVerdict {
    if (run.size() < 2) return {};
    const std::size_t begin = run.front()->begin;
    const std::size_t end = run.back()->begin + run.back()->text.size();
    const std::string_view phrase = after.substr(begin, end - begin);
    if (TextHasWord(evidence.text, phrase)) return {};
    if (std::all_of(run.begin(), run.end(), [&](const Word* word) { return in_item(*word); })) {
      return {};
    }
    return Refuse("new_name",
                  "It adds the name " + Quoted(phrase) + ", which the resume doesn't mention.");
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const Word& word = words[i];
    const bool capitalised = IsCapitalised(word.text) && HasLetter(word.text);
    const bool connector = (word.text == "of" || word.text == "&") && !run.empty() && word.joined &&
                           i + 1 < words.size() && words[i + 1].joined &&
                           IsCapitalised(words[i + 1].text);
    if (!capitalised && !connector) {
      if (auto verdict = check_run(); !verdict.ok) return verdict;
      run.clear();
      continue;
    }
    if (connector) {
      run.push_back(&word);
      continue;
    }
    if (!word.joined) {
      if (auto verdict = check_run(); !verdict.ok) return verdict;
      run.clear();
    }
    // A sentence's first word is capitalised anyway: a verb or a common opener is no name.
    if (word.sentence_start && IsLenientOpener(word.text)) continue;
    if (!known(word)) {
      return Refuse("new_name", "It adds the name " + Quoted(word.text) +
                                    ", which the resume doesn't mention.");
    }
    run.push_back(&word);
  }
  return check_run();
}

bool HasControlCharacters(std::string_view text, bool allow_newlines) {
  return std::any_of(text.begin(), text.end(), [&](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && !(allow_newlines && c == '\n')) || byte == 0x7F;
  });
}

GuardVerdict CheckPath(const document::ResumeDocument& resume, const Change& change) {
  const auto steps = ParseChangePath(change.path);
  if (!steps) return Refuse("bad_path", "Its path is not a path in the resume.");
  if (!IsEditablePath(*steps)) {
    const std::string& last =
        steps->back().index ? (*steps)[steps->size() - 2].field : steps->back().field;
    if (steps->front().field == "contact") {
      return Refuse("edits_contact", "It edits contact details, which only the user changes.");
    }
    if (last.find("Date") != std::string::npos || last == "date" || last == "current") {
      return Refuse("edits_dates", "It edits dates, which only the user changes.");
    }
    return Refuse("edits_fact",
                  "It edits a fact (a title, employer, school, degree or certification).");
  }
  if (!change.section.empty() && change.section != steps->front().field) {
    return Refuse("section_mismatch", "Its section doesn't match its path.");
  }
  const auto current = CurrentText(resume, change.path);
  if (!current) return Refuse("missing_item", "The item it edits doesn't exist.");
  if (*current != change.before)
    return Refuse("stale_original", "Its original text doesn't match the resume.");
  return {};
}

// A skills item the resume shows: itself, or each part of "Basic Life Support (BLS)" and
// "AWS (EC2, S3)".
bool SkillShown(const Evidence& evidence, std::string_view item) {
  if (MentionsTerm(evidence.text, item, *evidence.aliases)) return true;
  const std::size_t open = item.find('(');
  if (open == std::string_view::npos || open == 0 || item.back() != ')') return false;
  std::vector<std::string> parts = SplitSkills(item.substr(open + 1, item.size() - open - 2));
  parts.emplace_back(rewrite::Trim(item.substr(0, open)));
  return std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
    return part.find('(') == std::string::npos &&
           MentionsTerm(evidence.text, part, *evidence.aliases);
  });
}

GuardVerdict CheckAgainst(const Evidence& evidence, const document::ResumeDocument& resume,
                          const Change& change) {
  if (auto verdict = CheckPath(resume, change); !verdict.ok) return verdict;
  const std::string_view before = change.before;
  const std::string_view after = change.after;
  // A new order of bullets says nothing new: the same lines, word for word.
  if (const auto steps = ParseChangePath(change.path); steps && IsBulletOrderPath(*steps)) {
    if (after == before) return Refuse("no_change", "It changes nothing.");
    if (!BulletOrder(before, after)) {
      return Refuse("bad_reorder", "It reorders the bullets but drops, adds or rewords one.");
    }
    return {};
  }
  const bool skills = change.path == "skills";
  const bool summary = change.path == "summary";
  if (after == before) return Refuse("no_change", "It changes nothing.");
  if (rewrite::Trim(after).empty()) return Refuse("deletes_item", "It would delete the item.");
  if (!rewrite::IsValidUtf8(after) || HasControlCharacters(after, summary)) {
    return Refuse("not_text", "It contains characters that aren't text.");
  }
  const std::size_t limit = skills ? kMaxSkillsBytes : summary ? kMaxSummaryBytes : kMaxBulletBytes;
  if (after.size() > limit || after.size() > 3 * before.size() + 400) {
    return Refuse("too_long", "It is much longer than a resume item should be.");
  }
  if (auto verdict = CheckFigures(evidence, before, after); !verdict.ok) return verdict;

  if (skills) {
    const std::vector<std::string> old_items = SplitSkills(before);
    for (const std::string& item : SplitSkills(after)) {
      const bool kept = std::any_of(old_items.begin(), old_items.end(), [&](const auto& old) {
        return rewrite::EqualsNoCase(old, item);
      });
      if (!kept && !SkillShown(evidence, item)) {
        return Refuse("new_skill",
                      "It adds the skill " + Quoted(item) + ", which the resume doesn't show.");
      }
    }
    return {};
  }

  std::string reason;
  const auto skill_ranges = CheckSkills(evidence, before, after, reason);
  if (!skill_ranges) return Refuse("new_skill", std::move(reason));
  if (auto verdict = CheckWords(evidence, before, after); !verdict.ok) return verdict;
  return CheckNames(evidence, before, after, *skill_ranges);
}

std::string NormalizedPath(std::string_view path) {
  const auto steps = ParseChangePath(path);
  if (!steps) return std::string(path);
  std::string normalized;
  for (const PathStep& step : *steps) {
    if (step.index) {
      normalized += "[" + std::to_string(*step.index) + "]";
    } else {
      if (!normalized.empty()) normalized += ".";
      normalized += step.field;
    }
  }
  return normalized;
}

}  // namespace

GuardVerdict CheckChange(const document::ResumeDocument& original, std::string_view original_text,
                         const Change& change, const std::vector<std::string>& known_skills,
                         const RewriteOptions& options) {
  return CheckAgainst(Gather(original, original_text, known_skills, options), original, change);
}

GuardedChanges FilterChanges(const document::ResumeDocument& original,
                             std::string_view original_text, const std::vector<Change>& changes,
                             const std::vector<std::string>& known_skills,
                             const RewriteOptions& options) {
  const Evidence evidence = Gather(original, original_text, known_skills, options);
  GuardedChanges result;
  std::set<std::string> edited;
  for (const Change& change : changes) {
    const std::string path = NormalizedPath(change.path);
    GuardVerdict verdict;
    if (edited.contains(path)) {
      verdict = Refuse("duplicate", "Another change already edits this item.");
    } else {
      verdict = CheckAgainst(evidence, original, change);
    }
    if (!verdict.ok) {
      result.dropped.push_back(
          {change.id, change.path, std::move(verdict.reason), std::move(verdict.code)});
      continue;
    }
    edited.insert(path);
    Change kept = change;
    if (kept.section.empty()) kept.section = ParseChangePath(kept.path)->front().field;
    kept.diff = WordDiff(kept.before, kept.after);
    std::vector<std::string> keywords;
    for (const std::string& keyword : kept.keywords) {
      const bool duplicate = std::find(keywords.begin(), keywords.end(), keyword) != keywords.end();
      if (!duplicate && MentionsTerm(kept.after, keyword, *evidence.aliases)) {
        keywords.push_back(keyword);
      }
    }
    kept.keywords = std::move(keywords);
    result.kept.push_back(std::move(kept));
  }
  return result;
}

}  // namespace resumax::optimize

#include "domain/rewriting/rewrite_engine.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "domain/rewriting/diff_words.h"
#include "domain/rewriting/rewrite_text.h"
#include "domain/rewriting/rewrite_verbs.h"

namespace resumax::optimize {
namespace {

using rewrite::Capitalize;
using rewrite::EqualsNoCase;
using rewrite::LookupVerb;
using rewrite::LowerAscii;
using rewrite::Spelling;
using rewrite::Verb;
using rewrite::VerbForm;

// Which tense a job's bullets open with: past once it has ended, present while it lasts.
enum class Tense { kPast, kPresent, kKeep };

constexpr std::string_view kFirstPersonNote = "drops the first person";

// One item's rewrite in progress: its text and why each edit was made.
struct Draft {
  std::string text;
  std::vector<std::string> notes;
  std::vector<std::string> keywords;

  void Note(std::string_view note) {
    if (std::find(notes.begin(), notes.end(), note) == notes.end()) notes.emplace_back(note);
  }
};

// A word as written, and lower-cased without the punctuation around it.
struct WordToken {
  std::string_view raw;
  std::string bare;
  std::size_t begin = 0;        // offset of `raw` in the text
  std::size_t bare_offset = 0;  // offset of the bare word in `raw`
};

std::vector<WordToken> SplitWordTokens(std::string_view text) {
  std::vector<WordToken> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    if (rewrite::IsSpace(text[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && !rewrite::IsSpace(text[end])) ++end;
    const std::string_view raw = text.substr(at, end - at);
    std::size_t first = 0;
    std::size_t last = raw.size();
    while (first < last && std::string_view("([\"'").find(raw[first]) != std::string_view::npos) {
      ++first;
    }
    while (last > first &&
           std::string_view(".,;:!?)]\"'").find(raw[last - 1]) != std::string_view::npos) {
      --last;
    }
    tokens.push_back({raw, LowerAscii(raw.substr(first, last - first)), at, first});
    at = end;
  }
  return tokens;
}

bool StartsWithPhrase(const std::vector<WordToken>& tokens, std::size_t at,
                      std::string_view phrase) {
  while (!phrase.empty()) {
    const std::size_t space = phrase.find(' ');
    if (at >= tokens.size() || tokens[at].bare != phrase.substr(0, space)) return false;
    ++at;
    phrase = space == std::string_view::npos ? std::string_view() : phrase.substr(space + 1);
  }
  return true;
}

std::size_t PhraseLength(std::string_view phrase) {
  return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

// The verb `base` in the tense a bullet wants; past when the tense is unknown.
std::string Conjugate(std::string_view base, Tense tense) {
  const auto match = LookupVerb(base);
  if (!match) return std::string(base);
  return tense == Tense::kPresent ? match->verb->base : match->verb->past;
}

enum class Weak { kResponsible, kDuties, kRoleTo, kContributed, kHelpedVerb, kWorkedOn };

struct WeakOpener {
  std::string_view phrase;
  Weak kind;
  bool past = false;  // written in the past tense, so a rewrite stays there ("Helped with")
};

// Openers that hide what the person did, longest first where one begins another.
constexpr WeakOpener kWeakOpeners[] = {
    {"was responsible for", Weak::kResponsible, true},
    {"am responsible for", Weak::kResponsible},
    {"responsible for", Weak::kResponsible},
    {"in charge of", Weak::kResponsible},
    {"accountable for", Weak::kResponsible},
    {"tasked with", Weak::kDuties},
    {"my duties included", Weak::kDuties, true},
    {"my duties include", Weak::kDuties},
    {"my responsibilities included", Weak::kDuties, true},
    {"my responsibilities include", Weak::kDuties},
    {"duties included", Weak::kDuties, true},
    {"duties include", Weak::kDuties},
    {"responsibilities included", Weak::kDuties, true},
    {"responsibilities include", Weak::kDuties},
    {"my role was to", Weak::kRoleTo, true},
    {"role was to", Weak::kRoleTo, true},
    {"my role is to", Weak::kRoleTo},
    {"role is to", Weak::kRoleTo},
    {"helped with", Weak::kContributed, true},
    {"helped in", Weak::kContributed, true},
    {"helped on", Weak::kContributed, true},
    {"assisted with", Weak::kContributed, true},
    {"assisted in", Weak::kContributed, true},
    {"assisted on", Weak::kContributed, true},
    {"helping with", Weak::kContributed},
    {"assisting with", Weak::kContributed},
    {"assisting in", Weak::kContributed},
    {"was involved in", Weak::kContributed, true},
    {"involved in", Weak::kContributed},
    {"participated in", Weak::kContributed, true},
    {"participating in", Weak::kContributed},
    {"took part in", Weak::kContributed, true},
    {"helped to", Weak::kHelpedVerb, true},
    {"helped", Weak::kHelpedVerb, true},
    {"worked on", Weak::kWorkedOn, true},
    {"working on", Weak::kWorkedOn},
};

// "Helped lead X" stays: "Contributed to leading X" would read as a claim to have led.
const std::unordered_set<std::string_view>& LeadingVerbs() {
  static const std::unordered_set<std::string_view> words =
      rewrite::WordSet("lead manage direct oversee supervise own run spearhead head");
  return words;
}

// Words that end the object of an opener ("the team that built …").
const std::unordered_set<std::string_view>& ObjectEnds() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "that which who whose where with for to in at by across as while and from within under");
  return words;
}
// Objects a "Responsible for" leads: people and projects.
const std::unordered_set<std::string_view>& LedObjects() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "team teams staff crew squad group department unit engineers nurses analysts developers "
      "associates employees people reports interns volunteers project projects initiative "
      "initiatives program programs migration launch rollout effort transition redesign overhaul "
      "implementation upgrade conversion campaign campaigns");
  return words;
}
// Objects a "Responsible for" manages: caseloads, accounts, money and schedules.
const std::unordered_set<std::string_view>& ManagedObjects() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "patients patient clients customers accounts caseload portfolio budget budgets inventory "
      "schedule schedules vendors vendor payroll calendar relationships");
  return words;
}
// Objects a "Responsible for" keeps working: systems, services and equipment.
const std::unordered_set<std::string_view>& MaintainedObjects() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "service services system systems equipment machines machinery fleet vehicles servers "
      "database databases network networks website websites site records files documentation "
      "tools pipeline pipelines infrastructure platform platforms application applications "
      "runbooks manuals docs");
  return words;
}
// Objects a "Responsible for" runs: shifts, operations and processes.
const std::unordered_set<std::string_view>& RunObjects() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "shift shifts operations operation process processes meetings desk kitchen floor store "
      "audit audits checks routine routines close closing payroll-run rota rotas");
  return words;
}
// Words after which an ambiguous verb ("Lead", "Plan") is surely a verb.
const std::unordered_set<std::string_view>& Determiners() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "the a an all our their its my new multiple several daily weekly monthly quarterly annual "
      "over more up both each every key internal external cross-functional company-wide");
  return words;
}
// Nouns after "my" that read better with "the" than with nothing ("my team" → "the team").
const std::unordered_set<std::string_view>& SharedNouns() {
  static const std::unordered_set<std::string_view> words = rewrite::WordSet(
      "team teams department unit group staff manager supervisor company employer organization "
      "clients customers patients colleagues peers office branch");
  return words;
}

// What a "Responsible for" did with its object: led people and projects, managed money and
// caseloads, maintained systems and equipment, ran shifts and operations, and otherwise oversaw.
std::string OwnerVerb(const std::vector<WordToken>& tokens, std::size_t at, Tense tense) {
  for (std::size_t k = at; k < tokens.size() && k < at + 6; ++k) {
    const std::string& word = tokens[k].bare;
    if (k > at && ObjectEnds().contains(word)) break;
    if (LedObjects().contains(word)) return Conjugate("lead", tense);
    if (ManagedObjects().contains(word)) return Conjugate("manage", tense);
    if (MaintainedObjects().contains(word)) return Conjugate("maintain", tense);
    if (RunObjects().contains(word)) return Conjugate("run", tense);
  }
  return Conjugate("oversee", tense);
}

// The opener verb in the job's tense, keeping the punctuation around it; nullopt when right.
std::optional<std::string> Retense(const std::vector<WordToken>& tokens, std::size_t at,
                                   Tense tense, std::vector<std::string>& notes) {
  const auto match = LookupVerb(tokens[at].bare);
  if (!match || tense == Tense::kKeep) return std::nullopt;
  const Verb& verb = *match->verb;
  const std::string_view next = at + 1 < tokens.size() ? tokens[at + 1].bare : std::string_view();
  const bool surely_verb = !verb.ambiguous || Determiners().contains(next) ||
                           (!next.empty() && rewrite::IsAsciiDigit(next.front()));
  std::string target;
  std::string_view note;
  if (tense == Tense::kPast &&
      (match->form == VerbForm::kBase || match->form == VerbForm::kThird) && surely_verb) {
    target = verb.past;
    note = "uses the past tense for a job that has ended";
  } else if (tense == Tense::kPresent && (match->form == VerbForm::kThird ||
                                          (match->form == VerbForm::kPast && verb.ongoing))) {
    target = verb.base;
    note = "uses the present tense for a job you still hold";
  }
  if (target.empty() || target == tokens[at].bare) return std::nullopt;
  const WordToken& token = tokens[at];
  notes.emplace_back(note);
  return std::string(token.raw.substr(0, token.bare_offset)) + Capitalize(target) +
         std::string(token.raw.substr(token.bare_offset + token.bare.size()));
}

// A sentence with its opener fixed, or nullopt when it needs nothing. In a summary only the
// first person is dropped.
std::optional<std::string> FixOpener(std::string_view sentence, Tense tense, bool summary,
                                     std::vector<std::string>& notes) {
  const std::vector<WordToken> tokens = SplitWordTokens(sentence);
  if (tokens.empty()) return std::nullopt;
  auto word = [&](std::size_t k) {
    return k < tokens.size() ? std::string_view(tokens[k].bare) : std::string_view();
  };

  std::size_t at = 0;
  bool first_person = false;
  bool have_been = false;
  if (word(0) == "i" || word(0) == "i'm" || word(0) == "i've") {
    first_person = true;
    at = 1;
    if (word(0) == "i" && (word(1) == "am" || word(1) == "was")) at = 2;
    if (word(0) == "i" && word(1) == "have") at = 2;
    if (word(0) == "i'm" || at == 2) {
      if (word(at) == "a" || word(at) == "an") ++at;
    }
    if ((word(0) == "i've" || word(1) == "have") && word(at) == "been") {
      ++at;
      have_been = true;
    }
  }
  if (at >= tokens.size()) return std::nullopt;

  std::string head;
  std::size_t rest = at + 1;
  std::vector<std::string> opener_notes;
  if (summary && first_person) {
    // "I lead …" → "Leads …": a summary speaks of the person in the third person.
    if (const auto verb = LookupVerb(word(at)); verb && verb->form == VerbForm::kBase && at == 1) {
      const WordToken& token = tokens[at];
      head = std::string(token.raw.substr(0, token.bare_offset)) + verb->verb->third +
             std::string(token.raw.substr(token.bare_offset + token.bare.size()));
    }
  }
  if (!summary) {
    for (const WeakOpener& weak : kWeakOpeners) {
      if (!StartsWithPhrase(tokens, at, weak.phrase)) continue;
      const std::size_t object = at + PhraseLength(weak.phrase);
      if (object >= tokens.size()) break;
      const WordToken& last = tokens[object - 1];
      const std::size_t written_begin = tokens[at].begin + tokens[at].bare_offset;
      const std::string written(sentence.substr(
          written_begin, last.begin + last.bare_offset + last.bare.size() - written_begin));
      // An opener written in the past stays there; otherwise the job decides.
      const Tense tense_here = weak.past && tense == Tense::kPresent ? Tense::kPast : tense;
      const auto verb = LookupVerb(word(object));
      const bool helping = verb && (verb->verb->base == "help" || verb->verb->base == "assist");
      if ((weak.kind == Weak::kResponsible || weak.kind == Weak::kDuties) && verb &&
          verb->form == VerbForm::kGerund) {
        if (!helping) {
          head = Conjugate(verb->verb->base, tense_here);
          rest = object + 1;
        } else if (word(object + 1) == "with" || word(object + 1) == "in") {
          head = Conjugate("contribute", tense_here) + " to";
          rest = object + 2;
        }
      } else if (weak.kind == Weak::kResponsible) {
        head = OwnerVerb(tokens, object, tense_here);
        rest = object;
      } else if (weak.kind == Weak::kRoleTo && verb && verb->form == VerbForm::kBase) {
        head = Conjugate(verb->verb->base, tense_here);
        rest = object + 1;
      } else if (weak.kind == Weak::kContributed) {
        head = Conjugate("contribute", tense_here) + " to";
        rest = object;
      } else if (weak.kind == Weak::kHelpedVerb && verb && verb->form == VerbForm::kBase &&
                 !helping && !LeadingVerbs().contains(verb->verb->base)) {
        head = Conjugate("contribute", tense_here) + " to " + verb->verb->gerund;
        rest = object + 1;
      } else if (weak.kind == Weak::kWorkedOn) {
        // "Worked on" says the person took part, not that they built it: a verb of the same
        // strength, never "Built" or "Developed".
        // "Worked on a team that …" says where, not what: it stays.
        bool team = false;
        for (std::size_t k = object; k < tokens.size() && k < object + 4; ++k) {
          team = team || tokens[k].bare == "team" || tokens[k].bare == "teams" ||
                 tokens[k].bare == "crew" || tokens[k].bare == "squad";
        }
        if (!team) {
          head = Conjugate("contribute", tense_here) + " to";
          rest = object;
        }
      }
      if (!head.empty()) {
        first_person = first_person || weak.phrase.starts_with("my ");
        opener_notes.push_back("opens with '" + Capitalize(head) + "' instead of '" +
                               Capitalize(written) + "'");
        if (rest >= tokens.size()) return std::nullopt;
      }
      break;
    }
    if (head.empty() && have_been) {
      if (const auto verb = LookupVerb(word(at)); verb && verb->form == VerbForm::kGerund) {
        head = Conjugate(verb->verb->base, tense == Tense::kKeep ? Tense::kPresent : tense);
      }
    }
    if (head.empty()) {
      if (auto retensed = Retense(tokens, at, tense, opener_notes)) head = std::move(*retensed);
    }
  }
  if (head.empty()) {
    if (!first_person) return std::nullopt;
    head = std::string(tokens[at].raw);
  }
  if (first_person) notes.emplace_back(kFirstPersonNote);
  notes.insert(notes.end(), opener_notes.begin(), opener_notes.end());

  std::string out(sentence.substr(0, tokens.front().begin));
  out += Capitalize(head);
  if (rest < tokens.size()) {
    out += ' ';
    out += sentence.substr(tokens[rest].begin);
  } else {
    out += sentence.substr(tokens.back().begin + tokens.back().raw.size());
  }
  return out;
}

// FixOpener on each sentence of a text ("Led X. Responsible for Y." has two openers).
std::string FixOpeners(std::string_view text, Tense tense, bool summary, Draft& draft) {
  std::string out;
  std::size_t start = 0;
  auto flush = [&](std::size_t end) {
    const std::string_view sentence = text.substr(start, end - start);
    std::vector<std::string> notes;
    if (auto fixed = FixOpener(sentence, tense, summary, notes)) {
      out += *fixed;
      for (const std::string& note : notes) draft.Note(note);
    } else {
      out += sentence;
    }
    start = end;
  };
  for (std::size_t at = 0; at + 2 < text.size(); ++at) {
    if (std::string_view(".!?").find(text[at]) == std::string_view::npos || text[at + 1] != ' ') {
      continue;
    }
    std::size_t next = at + 1;
    while (next < text.size() && text[next] == ' ') ++next;
    if (next < text.size() && rewrite::IsAsciiUpper(text[next])) flush(next);
  }
  flush(text.size());
  return out;
}

// "my" mid-sentence: "my team" → "the team", "my findings" → "findings", "under my G3 ticket" →
// "under the G3 ticket" (a singular noun needs its article).
std::string DropMy(std::string_view text) {
  const std::vector<WordToken> tokens = SplitWordTokens(text);
  std::string out;
  std::size_t copied = 0;
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k) {
    const WordToken& token = tokens[k];
    if (token.raw != "my" && token.raw != "My") continue;
    const std::string& next = tokens[k + 1].bare;
    if (next == "own") continue;
    out += text.substr(copied, token.begin - copied);
    const bool plural = next.size() > 3 && next.ends_with('s') && !next.ends_with("ss");
    if (SharedNouns().contains(next) || (token.raw == "my" && !plural)) {
      out += token.raw == "My" ? "The" : "the";
      copied = token.begin + token.raw.size();
    } else if (token.raw == "my") {
      copied = tokens[k + 1].begin;
    } else {
      copied = token.begin;
    }
  }
  out += text.substr(copied);
  return out;
}

// A term as written mid-sentence: "Accounts payable" → "accounts payable"; names and acronyms
// ("PostgreSQL", "Google Ads", "SEO") stay as they are.
std::string MidSentence(std::string_view term) {
  const bool phrase = term.find(' ') != std::string_view::npos;
  const bool sentence_case =
      !term.empty() && rewrite::IsAsciiUpper(term.front()) &&
      std::none_of(term.begin() + 1, term.end(), [](char c) { return rewrite::IsAsciiUpper(c); });
  if (!phrase || !sentence_case) return std::string(term);
  return LowerAscii(term.substr(0, 1)) + std::string(term.substr(1));
}

bool AtSentenceStart(std::string_view text, std::size_t at) {
  while (at > 0 && rewrite::IsSpace(text[at - 1])) --at;
  return at == 0 || std::string_view(".!?:").find(text[at - 1]) != std::string_view::npos;
}

std::string JoinWithAnd(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t k = 0; k < items.size(); ++k) {
    if (k > 0) out += k + 1 == items.size() ? " and " : ", ";
    out += items[k];
  }
  return out;
}

// An acronym such as "SEO", "CI/CD" or "A/R": capitals, digits and joiners only.
bool IsAcronym(std::string_view text) {
  int capitals = 0;
  for (char c : text) {
    if (rewrite::IsAsciiUpper(c)) {
      ++capitals;
    } else if (!rewrite::IsAsciiDigit(c) && c != '/' && c != '&' && c != '-') {
      return false;
    }
  }
  return capitals >= 2 && text.size() <= 6;
}

// Swaps the resume's wording of a job keyword for the job's. An acronym and its expansion keep
// both ("search engine optimization (SEO)") so the resume's own words stay.
void UseJobTerms(Draft& draft, const JobAnalysis& job, const TermAliases& aliases) {
  std::vector<std::string> used;
  for (const Keyword& keyword : job.keywords) {
    const std::vector<Spelling> spellings = aliases.SpellingsOf(keyword.term);
    if (spellings.size() < 2 || rewrite::ContainsWord(draft.text, spellings.front())) continue;
    // Longest first, so "Google AdWords" goes whole before "AdWords" could match inside it.
    std::vector<Spelling> others(spellings.begin() + 1, spellings.end());
    std::stable_sort(others.begin(), others.end(), [](const Spelling& a, const Spelling& b) {
      return a.text.size() > b.text.size();
    });
    for (const Spelling& other : others) {
      if (EqualsNoCase(other.text, keyword.term)) continue;
      // "REST API" for "REST APIs": the same term in another number reads as the job's already,
      // and a plural put before a noun ("REST APIs design") is no English.
      const std::string lower_other = LowerAscii(other.text);
      const std::string lower_term = LowerAscii(keyword.term);
      if (lower_other + "s" == lower_term || lower_term + "s" == lower_other ||
          lower_other + "es" == lower_term || lower_term + "es" == lower_other) {
        continue;
      }
      const auto matches = rewrite::FindWord(draft.text, other);
      if (matches.empty()) continue;
      const bool keep_both = IsAcronym(other.text) != IsAcronym(keyword.term);
      std::string out;
      std::size_t copied = 0;
      for (std::size_t m = 0; m < matches.size(); ++m) {
        const std::string_view text = draft.text;
        const std::string_view written =
            text.substr(matches[m].begin, matches[m].end - matches[m].begin);
        const std::string term =
            AtSentenceStart(text, matches[m].begin) ? keyword.term : MidSentence(keyword.term);
        out += text.substr(copied, matches[m].begin - copied);
        if (!keep_both) {
          out += term;
        } else if (m > 0) {
          out += written;
        } else if (IsAcronym(written)) {
          out += term + " (" + std::string(written) + ")";
        } else {
          out += std::string(written) + " (" + term + ")";
        }
        copied = matches[m].end;
      }
      out += std::string_view(draft.text).substr(copied);
      draft.text = std::move(out);
      draft.keywords.push_back(keyword.term);
      used.push_back("'" + keyword.term + "'");
      break;
    }
  }
  if (used.empty()) return;
  draft.Note((used.size() == 1 ? "uses the job's term " : "uses the job's terms ") +
             JoinWithAnd(used));
}

// The notes as one sentence: "a and b", or "a; b; c" when a note has a list of its own.
std::string ReasonOf(const Draft& draft) {
  const bool nested = std::any_of(draft.notes.begin(), draft.notes.end(), [](const auto& note) {
    return note.find(',') != std::string::npos || note.find(" and ") != std::string::npos;
  });
  if (!nested) return Capitalize(JoinWithAnd(draft.notes)) + ".";
  std::string joined;
  for (const std::string& note : draft.notes) joined += (joined.empty() ? "" : "; ") + note;
  return Capitalize(joined) + ".";
}

Tense TenseOf(const document::Period& period) {
  if (period.current) return Tense::kPresent;
  if (period.end) return Tense::kPast;
  return Tense::kKeep;
}

// The title of the job a summary introduces: the current one, else the one that ended last.
std::string LatestTitle(const document::ResumeDocument& resume) {
  std::string title;
  int latest = -1;
  for (const document::Experience& job : resume.experience) {
    const std::string candidate(rewrite::Trim(job.title));
    if (candidate.empty()) continue;
    int ended = 0;
    if (job.period.current) {
      ended = 1 << 30;
    } else if (job.period.end) {
      ended = document::MonthIndex(*job.period.end);
    }
    if (ended > latest) {
      latest = ended;
      title = candidate;
    }
  }
  return title;
}

// The degree a new graduate would lead with: finished in the last 18 months, or under way.
const document::Education* RecentDegree(const document::ResumeDocument& resume,
                                        rewrite::YearMonth today) {
  const document::Education* recent = nullptr;
  int latest = -1;
  for (const document::Education& school : resume.education) {
    if (rewrite::Trim(school.degree).empty() && rewrite::Trim(school.field).empty()) continue;
    int ended = -1;
    if (school.period.current) {
      ended = today.Index();
    } else if (school.period.end) {
      ended = document::MonthIndex(*school.period.end);
    }
    if (ended >= today.Index() - 18 && ended > latest) {
      latest = ended;
      recent = &school;
    }
  }
  return recent;
}

// "BSc in Economics", "Bachelor of Science in Nursing", "Economics": the degree with its field
// when the degree does not already name it.
std::string DegreeName(const document::Education& school) {
  std::string degree(rewrite::Trim(school.degree));
  std::string field(rewrite::Trim(school.field));
  if (degree.empty()) return field;
  if (field.empty() || LowerAscii(degree).find(LowerAscii(field)) != std::string::npos) {
    return degree;
  }
  return degree + " in " + field;
}

// The role a job description is for, without what follows a dash or a bracket ("Junior Data
// Analyst - Commercial Analytics" → "Junior Data Analyst").
std::string RoleApplied(std::string_view title) {
  for (std::string_view separator : {" - ", " – ", " — ", " | ", " (", ", "}) {
    if (const std::size_t at = title.find(separator); at != std::string_view::npos && at > 0) {
      title = title.substr(0, at);
    }
  }
  return std::string(rewrite::Trim(title));
}

// "a Junior Data Analyst", "an Account Executive".
std::string WithArticle(const std::string& noun) {
  const char first =
      noun.empty() ? 'x'
                   : static_cast<char>(std::tolower(static_cast<unsigned char>(noun.front())));
  return (std::string_view("aeiou").find(first) != std::string_view::npos ? "an " : "a ") + noun;
}

// Whether the report lists a keyword as missing: by its term, or with its alternatives
// ("French or German", "QuickBooks, Xero or Sage").
bool Missing(const KeywordReport& report, const Keyword& keyword) {
  const std::string all = AllNames(keyword);
  return std::any_of(report.missing.begin(), report.missing.end(), [&](const std::string& missing) {
    return EqualsNoCase(missing, keyword.term) || EqualsNoCase(missing, all);
  });
}

// The job's keywords, required before preferred, otherwise in the job's order.
std::vector<const Keyword*> ByImportance(const JobAnalysis& job) {
  std::vector<const Keyword*> keywords;
  for (const Keyword& keyword : job.keywords) keywords.push_back(&keyword);
  std::stable_sort(keywords.begin(), keywords.end(),
                   [](const Keyword* a, const Keyword* b) { return a->required && !b->required; });
  return keywords;
}

// A summary from the resume's own facts: latest title, years its dates show, job skills and
// certifications it mentions. Nothing else: no employer, no figure it does not compute.
std::optional<Draft> WriteSummary(const document::ResumeDocument& resume, const JobAnalysis& job,
                                  const KeywordReport& report, const TermAliases& aliases,
                                  rewrite::YearMonth today) {
  const std::string resume_text = document::AllText(resume);
  Draft draft;
  std::vector<std::string> skills;
  std::vector<std::string> certifications;
  for (const Keyword* keyword : ByImportance(job)) {
    if (keyword->kind == SkillKind::kSoft || !keyword->known || Missing(report, *keyword) ||
        !MentionsTerm(resume_text, keyword->term, aliases)) {
      continue;
    }
    auto& list = keyword->kind == SkillKind::kCertification ? certifications : skills;
    if (list.size() < (keyword->kind == SkillKind::kCertification ? 3u : 5u)) {
      list.push_back(MidSentence(keyword->term));
      draft.keywords.push_back(keyword->term);
    }
  }
  const std::string title = LatestTitle(resume);
  const rewrite::ExperienceSpan span = rewrite::ExperienceYears(resume, today);
  // A new graduate (a degree finished in the last 18 months or under way, under three years of
  // dated work) is introduced by the degree and the role applied for, not by a part-time job.
  if (const document::Education* degree = RecentDegree(resume, today);
      degree != nullptr && span.years < 3) {
    std::string text = DegreeName(*degree) + " graduate";
    if (degree->period.end && !degree->period.current) {
      text += " (" + std::to_string(degree->period.end->year) + ")";
    }
    const std::string role = RoleApplied(job.title);
    if (!role.empty()) text += ", looking for a first role as " + WithArticle(role);
    text += ".";
    if (!skills.empty()) text += " Skilled in " + JoinWithAnd(skills) + ".";
    if (!certifications.empty()) text += " Holds " + JoinWithAnd(certifications) + ".";
    draft.text = std::move(text);
    draft.Note("a summary aimed at this job, built only from your degree and skills");
    return draft;
  }
  if (span.years < 1 && skills.empty()) return std::nullopt;  // a bare title says nothing
  std::string text = title;
  if (span.years >= 1) {
    if (text.empty()) text = "Professional";
    text += " with " + std::to_string(span.years) + (span.partial_year ? "+" : "") +
            (span.years == 1 && !span.partial_year ? " year" : " years") + " of experience";
  }
  if (!skills.empty()) {
    if (text.empty()) {
      text = "Skilled in " + JoinWithAnd(skills);
    } else {
      text += (span.years >= 1 ? ". Skilled in " : " skilled in ") + JoinWithAnd(skills);
    }
  }
  if (text.empty()) return std::nullopt;
  text += ".";
  if (!certifications.empty()) text += " Holds " + JoinWithAnd(certifications) + ".";
  draft.text = std::move(text);
  draft.Note("a summary aimed at this job, built only from your titles, dates and skills");
  return draft;
}

// skills[]: the job's spellings, skills the bullets show added, and (bold) the job's first.
std::optional<Draft> RewriteSkills(const document::ResumeDocument& resume, const JobAnalysis& job,
                                   const KeywordReport& report, const TermAliases& aliases,
                                   bool reorder, std::string& before) {
  std::vector<std::string> items = document::AllSkills(resume);
  auto join = [](const std::vector<std::string>& list) {
    std::string joined;
    for (const std::string& item : list) joined += (joined.empty() ? "" : ", ") + item;
    return joined;
  };
  before = join(items);

  Draft draft;
  std::vector<std::string> respelled;
  for (std::string& item : items) {
    Draft spelled{item, {}, {}};
    UseJobTerms(spelled, job, aliases);
    if (spelled.text == item) continue;
    item = spelled.text;
    for (const std::string& keyword : spelled.keywords) {
      draft.keywords.push_back(keyword);
      respelled.push_back("'" + keyword + "'");
    }
  }
  if (!respelled.empty()) {
    draft.Note((respelled.size() == 1 ? "uses the job's term " : "uses the job's terms ") +
               JoinWithAnd(respelled));
  }

  // What the bullets and summary show: the evidence for adding a skill.
  std::string shown;
  auto show = [&](const auto& entries) {
    for (const auto& entry : entries) {
      shown += entry.summary + "\n";
      for (const std::string& bullet : entry.bullets) shown += bullet + "\n";
    }
  };
  show(resume.experience);
  show(resume.projects);
  shown += resume.summary;
  auto listed = [&](std::string_view term) {
    return std::any_of(items.begin(), items.end(),
                       [&](const std::string& item) { return MentionsTerm(item, term, aliases); });
  };
  std::vector<std::string> added;
  for (const Keyword* keyword : ByImportance(job)) {
    // Letters the taxonomy lacks ("GP" of "GP targets") may be no skill at all.
    if (keyword->kind == SkillKind::kCertification || !keyword->known ||
        Missing(report, *keyword) || listed(keyword->term) ||
        !MentionsTerm(shown, keyword->term, aliases)) {
      continue;
    }
    items.push_back(keyword->term);
    added.push_back("'" + keyword->term + "'");
    draft.keywords.push_back(keyword->term);
  }
  if (!added.empty()) draft.Note("adds " + JoinWithAnd(added) + ", which your experience shows");

  if (reorder) {
    auto rank = [&](const std::string& item) {
      int best = 2;
      for (const Keyword& keyword : job.keywords) {
        if (MentionsTerm(item, keyword.term, aliases))
          best = std::min(best, keyword.required ? 0 : 1);
      }
      return best;
    };
    const std::vector<std::string> unsorted = items;
    std::stable_sort(items.begin(), items.end(),
                     [&](const std::string& a, const std::string& b) { return rank(a) < rank(b); });
    if (items != unsorted) draft.Note("puts the skills this job asks for first");
  }
  draft.text = join(items);
  if (draft.text == before) return std::nullopt;
  return draft;
}

Draft RewriteText(std::string_view text, Tense tense, bool summary, bool balanced,
                  const JobAnalysis& job, const TermAliases& aliases) {
  Draft draft;
  draft.text = FixOpeners(text, tense, summary, draft);
  if (balanced) {
    if (std::string dropped = DropMy(draft.text); dropped != draft.text) {
      draft.text = std::move(dropped);
      draft.Note(kFirstPersonNote);
    }
    UseJobTerms(draft, job, aliases);
  }
  return draft;
}

}  // namespace

std::vector<Change> ProposeLocalChanges(const document::ResumeDocument& resume,
                                        const JobAnalysis& job, const KeywordReport& report,
                                        Strategy strategy, const RewriteOptions& options) {
  const TermAliases& aliases = AliasesOf(options);
  const bool balanced = strategy != Strategy::kConservative;
  const bool bold = strategy == Strategy::kBold;
  std::vector<Change> changes;
  auto propose = [&](std::string section, std::string path, std::string before,
                     const Draft& draft) {
    if (draft.text == before || draft.notes.empty()) return;
    Change change;
    change.section = std::move(section);
    change.path = std::move(path);
    change.diff = WordDiff(before, draft.text);
    change.before = std::move(before);
    change.after = draft.text;
    change.reason = ReasonOf(draft);
    for (const std::string& keyword : draft.keywords) {
      if (std::find(change.keywords.begin(), change.keywords.end(), keyword) ==
          change.keywords.end()) {
        change.keywords.push_back(keyword);
      }
    }
    changes.push_back(std::move(change));
  };

  const std::string& summary = resume.summary;
  // A summary is written only where there is none: the user's own keeps every fact it states
  // (its title, its field, the years it claims), so it is only edited (openers, first person).
  if (bold && rewrite::Trim(summary).empty()) {
    if (auto written =
            WriteSummary(resume, job, report, aliases, rewrite::CurrentMonth(options.today))) {
      propose("summary", "summary", summary, *written);
    }
  }
  if (changes.empty() && !summary.empty()) {
    propose("summary", "summary", summary,
            RewriteText(summary, Tense::kKeep, true, balanced, job, aliases));
  }
  // Bold: within each job, the bullets that show what this job asks for first (required terms
  // count twice), the rest as they were. The same bullets, word for word.
  const auto propose_order = [&](std::size_t i) {
    const std::vector<std::string>& list = resume.experience[i].bullets;
    if (!bold || list.size() < 2) return;
    std::vector<int> weight(list.size(), 0);
    std::vector<std::vector<std::string>> shows(list.size());
    for (std::size_t j = 0; j < list.size(); ++j) {
      for (const Keyword& keyword : job.keywords) {
        if (keyword.kind == SkillKind::kSoft || !MentionsTerm(list[j], keyword.term, aliases)) {
          continue;
        }
        weight[j] += keyword.required ? 2 : 1;
        shows[j].push_back(keyword.term);
      }
    }
    std::vector<std::size_t> order(list.size());
    for (std::size_t j = 0; j < order.size(); ++j) order[j] = j;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return weight[a] > weight[b]; });
    if (std::is_sorted(order.begin(), order.end())) return;
    std::string before;
    std::string after;
    std::vector<std::string> moved;
    for (std::size_t j = 0; j < list.size(); ++j) {
      before += (j > 0 ? "\n" : "") + list[j];
      after += (j > 0 ? "\n" : "") + list[order[j]];
    }
    Draft draft{after, {}, {}};
    for (std::size_t j = 0; j < list.size(); ++j) {
      if (order[j] <= j) continue;  // the bullets moved up: what they show
      for (const std::string& term : shows[order[j]]) {
        if (std::find(moved.begin(), moved.end(), term) == moved.end()) moved.push_back(term);
      }
    }
    draft.keywords = moved;
    std::vector<std::string> quoted;
    quoted.reserve(moved.size());
    for (const std::string& term : moved) quoted.push_back("'" + term + "'");
    draft.Note("puts first the bullets that show what this job asks for" +
               (quoted.empty() ? std::string() : " (" + JoinWithAnd(quoted) + ")"));
    propose("experience", "experience[" + std::to_string(i) + "].bullets", std::move(before),
            draft);
  };
  auto bullets = [&](std::string_view section, const auto& entries, bool dated) {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const Tense tense = dated ? TenseOf(entries[i].period) : Tense::kKeep;
      for (std::size_t j = 0; j < entries[i].bullets.size(); ++j) {
        const std::string& before = entries[i].bullets[j];
        propose(
            std::string(section),
            std::string(section) + "[" + std::to_string(i) + "].bullets[" + std::to_string(j) + "]",
            before, RewriteText(before, tense, false, balanced, job, aliases));
      }
      if (section == "experience") propose_order(i);
    }
  };
  bullets("experience", resume.experience, true);
  bullets("education", resume.education, false);
  if (balanced) {
    std::string before;
    if (auto draft = RewriteSkills(resume, job, report, aliases, bold, before)) {
      propose("skills", "skills", std::move(before), *draft);
    }
  }
  bullets("projects", resume.projects, false);
  bullets("volunteer", resume.volunteer, true);
  for (std::size_t k = 0; k < changes.size(); ++k) changes[k].id = "c" + std::to_string(k + 1);
  return changes;
}

}  // namespace resumax::optimize

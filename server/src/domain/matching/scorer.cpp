#include "domain/matching/scorer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <deque>
#include <limits>
#include <map>
#include <set>

#include "core/text.h"
#include "domain/document/resume_document.h"
#include "domain/matching/credentials.h"
#include "domain/matching/education_level.h"
#include "domain/matching/job_titles.h"
#include "domain/matching/score_formula.h"
#include "domain/matching/skill_matcher.h"
#include "domain/matching/text_tokens.h"

namespace resumax::optimize {
namespace {

// Months counted from year 0; a date of only a year reads as its middle.
std::optional<int> MonthIndex(const std::optional<document::Date>& date) {
  if (!date) return std::nullopt;
  return date->year * 12 + (date->month >= 1 && date->month <= 12 ? date->month : 7) - 1;
}

struct Span {
  int start = 0, end = 0;  // inclusive months
};

struct ResumeJob {
  std::string title;
  std::optional<Span> span;
  int recency = -1;                     // the month it ended (today when current), for ordering
  std::vector<std::string_view> texts;  // title and bullets
  double relevance = 1;                 // to the job scored against, 0–1
};

// What the scorer reads from the resume document.
struct ResumeView {
  // skills, certifications, languages, summary, headline, post-nominals, job titles, degrees
  std::vector<std::string_view> screener;
  // Degrees and programmes still under way: where a screener looks for skills and fields, but a
  // certificate programme under way ("Pharmacy Technician Certificate", current) is no
  // credential held.
  std::vector<std::string_view> studying;
  std::vector<std::string_view> evidence;  // bullets, projects, schools, other text
  std::vector<ResumeJob> jobs;             // most recent first
  std::string_view summary;
  std::string_view summary_read;  // the summary as `screener` holds it
  std::optional<DegreeLevel> degree;
  // Each degree's level with its degree and field; a certificate ("Post-Baccalaureate
  // Certificate in Accounting") is no degree.
  std::vector<std::pair<DegreeLevel, std::string>> degrees;
  bool email = false, phone = false;
  bool experience = false, education = false, skills = false;
  std::size_t section_chars = 0;
};

std::size_t NonSpaceChars(std::string_view text) {
  return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  }));
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool IsSpokenLanguage(const TaxonomyEntry& entry) {
  return std::find(entry.professions.begin(), entry.professions.end(), "language") !=
         entry.professions.end();
}

// The words before and after a language's name say it is spoken there: "in", "into" or "from"
// before it, a word of speaking, fluency or translation beside it, or another language beside
// English ("English/Spanish").
bool SpokenThere(std::string_view text, std::size_t begin, std::size_t end) {
  const auto word_before = [&](std::size_t at) {
    while (at > 0 && (text[at - 1] == ' ' || text[at - 1] == '/' || text[at - 1] == '(')) --at;
    std::size_t from = at;
    while (from > 0 && std::isalpha(static_cast<unsigned char>(text[from - 1]))) --from;
    return AsciiLowercase(text.substr(from, at - from));
  };
  const auto word_after = [&](std::size_t at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '-' || text[at] == '/')) ++at;
    std::size_t to = at;
    while (to < text.size() && std::isalpha(static_cast<unsigned char>(text[to]))) ++to;
    return AsciiLowercase(text.substr(at, to - at));
  };
  static const std::set<std::string, std::less<>> kBefore = {
      "in",      "into",    "from",      "fluent",     "fluently", "bilingual",      "native",
      "speak",   "speaks",  "spoke",     "spoken",     "speaking", "conversational", "business",
      "written", "english", "translate", "translated", "interpret"};
  static const std::set<std::string, std::less<>> kAfter = {
      "speaking",    "speaker",      "speakers", "language", "languages", "translation",
      "interpreter", "interpreting", "fluency",  "native",   "english",   "translator"};
  const std::string before = word_before(begin);
  const std::string after = word_after(end);
  return kBefore.contains(before) || kAfter.contains(after) ||
         // An alias that says so itself: "fluent Spanish", "Spanish-speaking".
         text.substr(begin, end - begin).find_first_of(" -") != std::string_view::npos;
}

// A text without its parts about credentials still to come (split at ",;." and line breaks).
std::string WithoutStillToCome(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    const bool end = at == text.size();
    if (!end && text[at] != ',' && text[at] != ';' && text[at] != '.' && text[at] != '\n') {
      continue;
    }
    const std::string_view segment = text.substr(start, at - start + (end ? 0 : 1));
    if (!CredentialStillToCome(segment, false)) out += segment;
    start = at + 1;
  }
  return out;
}

// Views of text built here point into `storage`, whose elements never move.
ResumeView ReadResume(const document::ResumeDocument& resume, int today,
                      std::deque<std::string>& storage) {
  ResumeView view;
  const auto keep = [&](std::string text) -> std::string_view {
    storage.push_back(std::move(text));
    return storage.back();
  };
  const auto evidence = [&](std::string_view text) {
    if (!text.empty()) view.evidence.push_back(text);
  };
  view.email = !resume.contact.email.empty();
  view.phone = !resume.contact.phone.empty();
  view.summary = resume.summary;
  if (!view.summary.empty()) {
    view.summary_read = keep(WithoutStillToCome(view.summary));
    view.screener.push_back(view.summary_read);
  }
  // The top of the page: a headline and the letters after the name ("RN, BSN", "CPA").
  if (!resume.contact.headline.empty()) view.screener.push_back(resume.contact.headline);
  if (!resume.contact.post_nominals.empty()) view.screener.push_back(resume.contact.post_nominals);
  for (const document::SkillGroup& group : resume.skills) {
    for (const std::string& skill : group.items) {
      if (skill.empty() || CredentialStillToCome(skill, true)) continue;
      view.screener.push_back(skill);
      view.skills = true;
    }
  }
  for (const document::Certification& certification : resume.certifications) {
    if (CredentialStillToCome(certification.name + " " + certification.issuer, true)) continue;
    if (!certification.name.empty()) view.screener.push_back(certification.name);
    evidence(certification.issuer);
  }
  for (const document::Experience& job : resume.experience) {
    ResumeJob entry;
    entry.title = job.title;
    const auto start = MonthIndex(job.period.start);
    auto end = job.period.current ? std::optional<int>(today) : MonthIndex(job.period.end);
    if (end) end = std::min(*end, today);
    if (start && end && *start <= *end) entry.span = Span{*start, *end};
    entry.recency = end ? *end : start.value_or(-1);
    if (!entry.title.empty()) {
      view.screener.push_back(keep(entry.title));
      entry.texts.push_back(view.screener.back());
    }
    if (!job.summary.empty()) {
      entry.texts.push_back(keep(WithoutStillToCome(job.summary)));
      view.evidence.push_back(entry.texts.back());
    }
    for (const std::string& bullet : job.bullets) {
      if (bullet.empty()) continue;
      view.evidence.push_back(keep(WithoutStillToCome(bullet)));
      entry.texts.push_back(view.evidence.back());
    }
    view.experience =
        view.experience || !entry.title.empty() || !job.bullets.empty() || !job.company.empty();
    view.jobs.push_back(std::move(entry));
  }
  std::stable_sort(view.jobs.begin(), view.jobs.end(),
                   [](const ResumeJob& a, const ResumeJob& b) { return a.recency > b.recency; });
  // A degree and its field are where a screener looks for them; the school's name is not.
  for (const document::Education& school : resume.education) {
    const std::string text = school.degree + "\n" + school.field + "\n" + school.school;
    if (NonSpaceChars(text) == 0) continue;
    view.education = true;
    const std::string degree = school.degree + "\n" + school.field;
    const bool under_way =
        school.period.current || CredentialStillToCome(school.degree + " " + school.field, true);
    if (NonSpaceChars(degree) > 0)
      (under_way ? view.studying : view.screener).push_back(keep(degree));
    evidence(school.school);
    for (const std::string& line : school.bullets) evidence(keep(WithoutStillToCome(line)));
    // A degree still under way meets no education requirement yet.
    if (under_way) continue;
    if (const auto level = EducationLevel(school.degree, school.field, school.school)) {
      view.degrees.emplace_back(*level, degree);
      if (!view.degree || *level > *view.degree) view.degree = level;
    }
  }
  // Projects, volunteering and the other sections: evidence, as one text.
  document::ResumeDocument rest;
  rest.projects = resume.projects;
  rest.volunteer = resume.volunteer;
  rest.awards = resume.awards;
  rest.publications = resume.publications;
  rest.custom = resume.custom;
  for (const document::Language& language : resume.languages) {
    if (!language.language.empty()) view.screener.push_back(language.language);
  }
  evidence(keep(WithoutStillToCome(document::AllText(rest))));
  view.section_chars = NonSpaceChars(document::AllText(resume));
  return view;
}

int Percent(double fraction) {
  return static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * 100.0));
}

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string_view DegreePhrase(DegreeLevel level) {
  switch (level) {
    case DegreeLevel::kHighSchool:
      return "a high school diploma";
    case DegreeLevel::kAssociate:
      return "an associate degree";
    case DegreeLevel::kBachelor:
      return "a bachelor's degree";
    case DegreeLevel::kMaster:
      return "a master's degree";
    case DegreeLevel::kDoctorate:
      return "a doctorate";
  }
  return "a degree";
}

std::string FormatYears(double years) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", years);
  std::string formatted(text);
  if (formatted.ends_with(".0")) formatted.resize(formatted.size() - 2);
  return formatted;
}

enum class Where { kMatched, kEvidenced, kMissing };

struct KeywordPlace {
  const Keyword* keyword;
  Where where;
  std::string name;  // the term, or the alternative the resume shows
};

// A category's score and whether the job asks about it at all.
struct Rated {
  CategoryScore category;
  bool counts = true;
};

Rated NotCounted(std::string explanation) {
  CategoryScore category;
  category.score = 100;
  category.explanation = std::move(explanation);
  return {std::move(category), false};
}

Rated SkillCategory(const std::vector<KeywordPlace>& places, bool soft) {
  double earned = 0;
  double possible = 0;
  std::size_t asked = 0, shown = 0, evidenced = 0;
  CategoryScore category;
  for (const KeywordPlace& place : places) {
    const bool is_soft = place.keyword->kind == SkillKind::kSoft;
    if (is_soft != soft) continue;
    ++asked;
    possible += place.keyword->weight;
    if (place.where == Where::kMissing) {
      category.missing.push_back(AllNames(*place.keyword));
      continue;
    }
    ++shown;
    category.counted.push_back(place.name);
    if (place.where == Where::kMatched) {
      earned += place.keyword->weight * formula::kMatchedCredit;
    } else {
      ++evidenced;
      earned += place.keyword->weight *
                (soft ? formula::kEvidencedSoftCredit : formula::kEvidencedHardCredit);
    }
  }
  const std::string what = soft ? "soft skills" : "hard skills and certifications";
  if (asked == 0) return NotCounted("Not counted: the job description names no " + what + ".");
  category.score = Percent(earned / possible);
  category.explanation = "Your resume shows " + std::to_string(shown) + " of " +
                         std::to_string(asked) + " " + what + " the job asks for";
  if (evidenced > 0) {
    category.explanation += ", " + std::to_string(evidenced) +
                            " of them only in bullets or projects; naming them under Skills or in "
                            "your summary counts more.";
  } else {
    category.explanation += ".";
  }
  return {std::move(category)};
}

Rated TitleCategory(const JobAnalysis& job, const ResumeView& resume, const Taxonomy& taxonomy) {
  if (job.title.empty()) return NotCounted("Not counted: the job description states no title.");
  CategoryScore category;
  double best = 0;
  std::string best_title;
  for (std::size_t i = 0; i < resume.jobs.size(); ++i) {
    const std::string& title = resume.jobs[i].title;
    if (title.empty()) continue;
    const double factor = i == 0 ? 1.0 : formula::kOlderTitleFactor;
    const double similarity = TitleSimilarity(job.title, title, taxonomy) * factor;
    if (similarity > best) {
      best = similarity;
      best_title = title;
    }
  }
  bool from_summary = false;
  const std::string job_key = TitleKey(job.title);
  if (!resume.summary.empty() && !job_key.empty() &&
      (" " + StemKey(resume.summary) + " ").find(" " + job_key + " ") != std::string::npos &&
      formula::kOlderTitleFactor > best) {
    best = formula::kOlderTitleFactor;
    from_summary = true;
  }
  category.score = Percent(best);
  if (from_summary) {
    category.counted.push_back("summary names " + Quoted(job.title));
    category.explanation = "Your summary names the role " + Quoted(job.title) +
                           "; a job title that matches it counts more.";
    return {std::move(category)};
  }
  if (best_title.empty()) {
    category.missing.push_back(job.title);
    category.explanation =
        "No job titles were found in your experience to compare with " + Quoted(job.title) + ".";
    return {std::move(category)};
  }
  category.counted.push_back(best_title);
  if (category.score >= 80) {
    category.explanation =
        "Your title " + Quoted(best_title) + " matches the job title " + Quoted(job.title) + ".";
  } else {
    category.missing.push_back(job.title);
    category.explanation = "Your closest title " + Quoted(best_title) +
                           " only partly matches the job title " + Quoted(job.title) +
                           "; use the job's wording where it truly describes your role.";
  }
  return {std::move(category)};
}

// "a bachelor's degree in Business or Commerce".
std::string DegreeWithFields(DegreeLevel level, const std::vector<std::string>& fields) {
  std::string phrase(DegreePhrase(level));
  for (std::size_t i = 0; i < fields.size(); ++i) {
    phrase += i == 0 ? " in " : i + 1 == fields.size() ? " or " : ", ";
    phrase += fields[i];
  }
  return phrase;
}

// Whether the resume shows the degree the job prefers (its level, and one of its fields when it
// names any); nullopt when the job prefers none.
std::optional<bool> PreferredEducationMet(const JobAnalysis& job, const ResumeView& resume) {
  const auto wanted =
      job.preferred_education ? ParseDegreeLevel(*job.preferred_education) : std::nullopt;
  if (!wanted) return std::nullopt;
  return std::any_of(resume.degrees.begin(), resume.degrees.end(), [&](const auto& degree) {
    return degree.first >= *wanted &&
           (job.preferred_education_fields.empty() ||
            DegreeFieldShown(degree.second, job.preferred_education_fields));
  });
}

// `preferred_met`: PreferredEducationMet's answer.
Rated EducationCategory(const JobAnalysis& job, const ResumeView& resume,
                        std::optional<bool> preferred_met) {
  const auto required = job.education ? ParseDegreeLevel(*job.education) : std::nullopt;
  const std::string preferred = preferred_met
                                    ? DegreeWithFields(*ParseDegreeLevel(*job.preferred_education),
                                                       job.preferred_education_fields)
                                    : std::string();
  if (!required) {
    // A degree only preferred earns a place when the resume shows it and costs nothing when it
    // does not.
    if (preferred_met == true) {
      CategoryScore category;
      category.score = 100;
      category.counted.push_back(preferred + " (preferred)");
      category.explanation = "The job prefers " + preferred + " and your resume shows it.";
      return {std::move(category)};
    }
    if (preferred_met == false) {
      return NotCounted("Not counted: the job prefers " + preferred +
                        " without requiring a degree, and your resume does not show one.");
    }
    return NotCounted("Not counted: the job description requires no degree.");
  }
  CategoryScore category;
  if (!resume.degree) {
    category.score = 0;
    category.missing.push_back(std::string(DegreePhrase(*required)));
    category.explanation = "The job asks for " + std::string(DegreePhrase(*required)) +
                           " and no degree was found in your education section.";
    return {std::move(category)};
  }
  const int below = static_cast<int>(*required) - static_cast<int>(*resume.degree);
  const auto& table = formula::kEducationScoreByLevelsBelow;
  category.score =
      table[static_cast<std::size_t>(std::clamp(below, 0, static_cast<int>(table.size()) - 1))];
  category.explanation = "The job asks for " + std::string(DegreePhrase(*required)) +
                         " and your resume shows " + std::string(DegreePhrase(*resume.degree)) +
                         ".";
  if (below > 0) {
    category.missing.push_back(std::string(DegreePhrase(*required)));
  } else if (!job.education_fields.empty() &&
             std::none_of(resume.degrees.begin(), resume.degrees.end(), [&](const auto& degree) {
               return degree.first >= *required &&
                      DegreeFieldShown(degree.second, job.education_fields);
             })) {
    // The level in another field: half the credit, and the field named as what is missing.
    std::string fields;
    for (std::size_t i = 0; i < job.education_fields.size(); ++i) {
      if (i > 0) fields += i + 1 == job.education_fields.size() ? " or " : ", ";
      fields += job.education_fields[i];
    }
    category.score = std::min(category.score, formula::kEducationOtherFieldScore);
    category.missing.push_back("a degree in " + fields);
    category.explanation = "The job asks for " + std::string(DegreePhrase(*required)) + " in " +
                           fields + "; your resume shows " +
                           std::string(DegreePhrase(*resume.degree)) + " in another field.";
  } else {
    category.counted.push_back(std::string(DegreePhrase(*resume.degree)));
  }
  if (preferred_met) {
    category.explanation += " It prefers " + preferred + ", which your resume " +
                            (*preferred_met ? "shows." : "does not show.");
    if (*preferred_met) category.counted.push_back(preferred + " (preferred)");
  }
  return {std::move(category)};
}

// Whether a resume job's title is experience the posting says does not count ("project engineer
// time", "externship hours", "SDR/BDR time"): it holds a word of the phrase that the posting's own
// title lacks ("engineer" for a Project Manager posting), or one such word begins the other
// ("apprenticeship" and "Apprentice"), or the phrase's letters name its title ("SDR").
bool Uncounted(const JobAnalysis& job, std::string_view title, const Taxonomy& taxonomy) {
  if (job.uncounted_experience.empty() || title.empty()) return false;
  static constexpr std::string_view kVague[] = {
      "time", "years", "year", "hours",      "hour", "roles",  "role",      "only",     "and",
      "or",   "the",   "a",    "an",         "any",  "work",   "positions", "position", "jobs",
      "job",  "in",    "as",   "experience", "of",   "toward", "towards",   "this",     "spent"};
  const std::vector<Token> job_words = Tokenize(job.title);
  const std::vector<Token> title_words = Tokenize(title);
  const auto same = [](const Token& a, const Token& b) {
    if (a.stem == b.stem) return true;
    const std::string& shorter = a.stem.size() < b.stem.size() ? a.stem : b.stem;
    const std::string& longer = a.stem.size() < b.stem.size() ? b.stem : a.stem;
    return shorter.size() >= 5 && longer.starts_with(shorter);
  };
  const std::vector<std::size_t> title_entries = taxonomy.FindTitles(title);
  for (const std::string& phrase : job.uncounted_experience) {
    for (const Token& mark : Tokenize(phrase)) {
      if (std::find(std::begin(kVague), std::end(kVague), mark.lowered) != std::end(kVague)) {
        continue;
      }
      if (std::any_of(job_words.begin(), job_words.end(),
                      [&](const Token& word) { return same(word, mark); })) {
        continue;
      }
      if (std::any_of(title_words.begin(), title_words.end(),
                      [&](const Token& word) { return same(word, mark); })) {
        return true;
      }
      if (IsAcronym(mark.surface)) {
        for (const std::size_t entry : taxonomy.FindTitles(mark.surface)) {
          if (std::find(title_entries.begin(), title_entries.end(), entry) != title_entries.end()) {
            return true;
          }
        }
      }
    }
  }
  return false;
}

// How much a resume job counts as experience for `job`: not at all when the posting says such
// experience does not count; fully when its title is similar enough, in proportion below, and
// at least kRelevancePerSkill for each distinct hard skill asked for that it shows (up to
// kSkillsOnlyRelevance).
double JobRelevance(const JobAnalysis& job, const ResumeJob& resume_job, const Taxonomy& taxonomy,
                    const SkillMatcher& matcher, const std::set<std::size_t>& hard_entries) {
  if (Uncounted(job, resume_job.title, taxonomy)) return 0.0;
  if (job.title.empty()) return 1.0;
  double relevance = resume_job.title.empty()
                         ? 0.0
                         : std::min(1.0, TitleSimilarity(job.title, resume_job.title, taxonomy) /
                                             formula::kRelevantTitleSimilarity);
  if (relevance >= formula::kSkillsOnlyRelevance) return relevance;
  std::set<std::size_t> shown;
  for (std::string_view text : resume_job.texts) {
    for (const SkillMatch& match : matcher.FindAll(text)) {
      if (hard_entries.count(match.entry)) shown.insert(match.entry);
    }
  }
  const double skills = std::min(formula::kSkillsOnlyRelevance,
                                 formula::kRelevancePerSkill * static_cast<double>(shown.size()));
  return std::max(relevance, skills);
}

// Years of the resume's dated jobs, each month counted once (overlaps merged) at the relevance
// of the most relevant job covering it.
double RelevantYears(const ResumeView& resume) {
  int first = std::numeric_limits<int>::max();
  int last = std::numeric_limits<int>::min();
  for (const ResumeJob& job : resume.jobs) {
    if (!job.span) continue;
    first = std::min(first, job.span->start);
    last = std::max(last, job.span->end);
  }
  double months = 0;
  for (int month = first; month <= last; ++month) {
    double relevance = 0;
    for (const ResumeJob& job : resume.jobs) {
      if (job.span && job.span->start <= month && month <= job.span->end) {
        relevance = std::max(relevance, job.relevance);
      }
    }
    months += relevance;
  }
  return months / 12.0;
}

// The largest number of people a job's bullets say it led: "led a team of 12", "managed 18
// staff", "supervised 6 nurses", "9 direct reports". Projects, budgets and subcontractors are
// no people.
int PeopleLed(const std::vector<std::string_view>& texts) {
  static constexpr std::string_view kVerbs[] = {
      "led",        "lead",        "leads",    "leading",  "managed",    "manage",     "manages",
      "managing",   "oversaw",     "oversee",  "oversees", "overseeing", "supervised", "supervise",
      "supervises", "supervising", "directed", "directs",  "coached",    "coach"};
  static constexpr std::string_view kPeople[] = {
      "staff",        "people",          "employees",   "engineers",    "nurses",
      "reports",      "developers",      "analysts",    "associates",   "agents",
      "technicians",  "drivers",         "teachers",    "accountants",  "designers",
      "members",      "supervisors",     "managers",    "workers",      "operatives",
      "electricians", "representatives", "reps",        "assistants",   "attorneys",
      "paralegals",   "clerks",          "specialists", "coordinators", "receptionists",
      "officers",     "consultants",     "colleagues",  "cooks",        "chefs",
      "servers",      "caregivers",      "aides",       "therapists",   "pharmacists",
      "lawyers",      "marketers",       "recruiters",  "auditors",     "bookkeepers",
      "apprentices",  "tradespeople",    "crew"};
  const auto number = [](std::string_view word) -> int {
    if (word.empty() || word.size() > 3 || !std::all_of(word.begin(), word.end(), [](char c) {
          return std::isdigit(static_cast<unsigned char>(c)) != 0;
        })) {
      return 0;
    }
    return std::stoi(std::string(word));
  };
  int most = 0;
  for (std::string_view text : texts) {
    const std::vector<Token> tokens = Tokenize(text);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      const std::string& word = tokens[i].lowered;
      // "a team of 12", "team of 18 across reception and concierge".
      if (word == "team" && i + 2 < tokens.size() && tokens[i + 1].lowered == "of") {
        most = std::max(most, number(tokens[i + 2].lowered));
        continue;
      }
      // "9 direct reports".
      if (i + 2 < tokens.size() && tokens[i + 1].lowered == "direct" &&
          tokens[i + 2].lowered == "reports") {
        most = std::max(most, number(word));
        continue;
      }
      if (std::find(std::begin(kVerbs), std::end(kVerbs), word) == std::end(kVerbs)) continue;
      // "managed 18 staff", "supervised a crew of 6" (handled by "of"), "led 4 junior engineers".
      std::size_t at = i + 1;
      if (at < tokens.size() && (tokens[at].lowered == "a" || tokens[at].lowered == "the" ||
                                 tokens[at].lowered == "my" || tokens[at].lowered == "our")) {
        ++at;
      }
      if (at >= tokens.size()) continue;
      const int count = number(tokens[at].lowered);
      if (count == 0) continue;
      for (std::size_t next = at + 1; next < tokens.size() && next <= at + 2; ++next) {
        if (std::find(std::begin(kPeople), std::end(kPeople), tokens[next].lowered) !=
            std::end(kPeople)) {
          most = std::max(most, count);
          break;
        }
      }
    }
  }
  return most;
}

Rated ExperienceCategory(const JobAnalysis& job, const ResumeView& resume) {
  std::optional<int> required_years = job.years_min;
  if (!required_years && job.seniority) {
    for (const auto& typical : formula::kTypicalYears) {
      if (typical.seniority == *job.seniority) required_years = typical.years;
    }
  }
  const auto job_rank = job.seniority ? SeniorityRank(*job.seniority) : std::nullopt;
  if (!required_years && !job_rank) {
    return NotCounted("Not counted: the job description states no experience or seniority.");
  }
  CategoryScore category;
  const double years = RelevantYears(resume);
  const double years_part =
      !required_years || *required_years <= 0 ? 1.0 : std::min(1.0, years / *required_years);

  double seniority_part = years_part;
  std::string seniority_note;
  if (job_rank) {
    // The latest role's seniority counts as far as that role is relevant to this job.
    const ResumeJob* latest = resume.jobs.empty() ? nullptr : &resume.jobs.front();
    std::optional<std::string> seniority = latest ? SeniorityOfTitle(latest->title) : std::nullopt;
    double relevance = latest ? latest->relevance : 1.0;
    if (!seniority) {
      seniority = years < 2 ? "junior" : years < 5 ? "mid" : "senior";
      relevance = 1.0;  // read from the relevant years already
    }
    // Scope raises what the title says: leading three people or more is a lead's job.
    if (latest && SeniorityRank(*seniority).value_or(0) < SeniorityRank("lead").value_or(0) &&
        PeopleLed(latest->texts) >= formula::kPeopleLedForLead) {
      seniority = "lead";
      relevance = latest->relevance;
    }
    const int below = *job_rank - SeniorityRank(*seniority).value_or(0);
    const auto& table = formula::kSeniorityCreditByRanksBelow;
    seniority_part = relevance * (below <= 0 ? 1.0
                                  : below < static_cast<int>(table.size())
                                      ? table[static_cast<std::size_t>(below)]
                                      : 0.0);
    seniority_note =
        "; your latest role reads as " + *seniority + " for a " + *job.seniority + " job";
    (below <= 0 ? category.counted : category.missing).push_back(*job.seniority + " seniority");
  }
  category.score =
      Percent(formula::kYearsShare * years_part + formula::kSeniorityShare * seniority_part);
  const std::string years_text = FormatYears(years) + " years of relevant experience";
  if (required_years && *required_years > 0) {
    const std::string asked = std::to_string(*required_years) + "+ years";
    (years_part >= 1.0 ? category.counted : category.missing).push_back(asked);
    category.explanation = "The job asks for " + asked + " and your dated roles add up to " +
                           years_text + seniority_note + ".";
  } else {
    category.explanation = "Your dated roles add up to " + years_text + seniority_note + ".";
  }
  if (years > 0) category.counted.insert(category.counted.begin(), years_text);
  return {std::move(category)};
}

Rated SearchabilityCategory(const ResumeView& resume, std::string_view parsed_text) {
  CategoryScore category;
  int points = 0;
  const auto check = [&](bool passed, int worth, std::string what) {
    if (passed) {
      points += worth;
      category.counted.push_back(std::move(what));
    } else {
      category.missing.push_back(std::move(what));
    }
  };
  check(resume.email, formula::kEmailPoints, "email address");
  check(resume.phone, formula::kPhonePoints, "phone number");
  check(resume.experience, formula::kExperienceSectionPoints, "Experience section");
  check(resume.education, formula::kEducationSectionPoints, "Education section");
  check(resume.skills, formula::kSkillsSectionPoints, "Skills section");

  std::size_t dated = 0;
  for (const ResumeJob& job : resume.jobs) dated += job.span.has_value();
  const double dated_share =
      resume.jobs.empty() ? 0.0
                          : static_cast<double>(dated) / static_cast<double>(resume.jobs.size());
  points += static_cast<int>(std::lround(formula::kDatesPoints * dated_share));
  (dated_share >= 1.0 ? category.counted : category.missing).push_back("readable job dates");

  const std::size_t document_chars = NonSpaceChars(parsed_text);
  const double kept = document_chars == 0 ? 1.0
                                          : static_cast<double>(resume.section_chars) /
                                                static_cast<double>(document_chars);
  const double content_share = std::min(1.0, kept / formula::kContentKeptRatio);
  points += static_cast<int>(std::lround(formula::kContentPoints * content_share));
  (content_share >= 1.0 ? category.counted : category.missing)
      .push_back("all text read into sections");

  const std::size_t words = CountWords(parsed_text);
  double length_share = 1.0;
  if (words < static_cast<std::size_t>(formula::kMinWords)) {
    length_share = static_cast<double>(words) / formula::kMinWords;
  } else if (words > static_cast<std::size_t>(formula::kMaxWords)) {
    length_share =
        std::max(0.5, static_cast<double>(formula::kMaxWords) / static_cast<double>(words));
  }
  if (document_chars == 0) length_share = 1.0;  // nothing to measure: no parsed text given
  points += static_cast<int>(std::lround(formula::kLengthPoints * length_share));
  (length_share >= 1.0 ? category.counted : category.missing)
      .push_back("a length of " + std::to_string(formula::kMinWords) + "–" +
                 std::to_string(formula::kMaxWords) + " words");

  category.score = std::clamp(points, 0, 100);
  category.explanation =
      category.missing.empty()
          ? "An applicant tracking system finds everything it looks for: contact details, "
            "standard sections, dates and a readable length."
          : "An applicant tracking system would miss: " +
                [&] {
                  std::string list;
                  for (const std::string& item : category.missing) {
                    list += (list.empty() ? "" : ", ") + item;
                  }
                  return list;
                }() +
                ".";
  return {std::move(category)};
}

}  // namespace

ScoreResult Score(const document::ResumeDocument& resume_document, std::string_view parsed_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy,
                  std::chrono::year_month_day today) {
  const int today_month = static_cast<int>(today.year()) * 12 +
                          static_cast<int>(static_cast<unsigned>(today.month())) - 1;
  std::deque<std::string> storage;
  ResumeView resume = ReadResume(resume_document, today_month, storage);

  // Where each keyword shows: taxonomy concepts by entry, others by their own words.
  std::vector<TaxonomyEntry> extra_entries;
  std::vector<std::optional<std::size_t>> entry_of(job.keywords.size());
  // An acronym the taxonomy lacks ("QTS", "TWIC") matches only in its capitals: "SEND" is not
  // "send".
  const auto add_extra = [&](const std::string& term) {
    extra_entries.push_back(
        {term,
         EntryKind::kHard,
         {},
         IsAcronym(term) ? std::vector<std::string>{"=" + term} : std::vector<std::string>{},
         {}});
  };
  for (std::size_t i = 0; i < job.keywords.size(); ++i) {
    entry_of[i] = taxonomy.FindIndex(job.keywords[i].term);
    if (!entry_of[i]) add_extra(job.keywords[i].term);
    for (const std::string& alternative : job.keywords[i].alternatives) {
      if (!taxonomy.FindIndex(alternative)) add_extra(alternative);  // "RVT" of "CVT or RVT"
    }
  }
  const Taxonomy extra = Taxonomy::FromEntries(std::move(extra_entries));
  const auto entries_in = [&](const std::vector<std::string_view>& texts, const Taxonomy& from) {
    std::set<std::size_t> entries;
    const SkillMatcher matcher(from);
    for (std::string_view text : texts) {
      for (const SkillMatch& match : matcher.FindAll(text)) entries.insert(match.entry);
    }
    return entries;
  };
  // A spoken language in text about work, and in the summary, shows only where it is spoken
  // ("calls in Spanish", "fluent Polish"), not as an adjective ("moved casings to a Polish
  // foundry", "an Irish national"); a list (skills, languages) names it outright.
  const SkillMatcher matcher(taxonomy);
  const auto spoken_where_named = [&](const std::vector<std::string_view>& texts,
                                      const auto& read_as_prose) {
    std::set<std::size_t> entries;
    for (std::string_view text : texts) {
      for (const SkillMatch& match : matcher.FindAll(text)) {
        if (read_as_prose(text) && IsSpokenLanguage(taxonomy.entries()[match.entry]) &&
            !SpokenThere(text, match.begin, match.end)) {
          continue;
        }
        entries.insert(match.entry);
      }
    }
    return entries;
  };
  const std::set<std::size_t> held = spoken_where_named(
      resume.screener,
      [&](std::string_view text) { return text.data() == resume.summary_read.data(); });
  std::set<std::size_t> screener = entries_in(resume.studying, taxonomy);
  screener.insert(held.begin(), held.end());
  std::set<std::size_t> evidence =
      spoken_where_named(resume.evidence, [](std::string_view) { return true; });
  // A narrower concept shows the broader ones it belongs to ("Pivot tables" shows Excel,
  // "Physical inventory" shows inventory management): shown, not matched, wherever it is.
  {
    std::set<std::size_t> shown = evidence;
    shown.insert(screener.begin(), screener.end());
    for (const std::size_t entry : shown) {
      for (const std::uint32_t broader : taxonomy.Broader(entry)) evidence.insert(broader);
    }
  }
  const std::set<std::size_t> extra_screener = entries_in(resume.screener, extra);
  const std::set<std::size_t> extra_evidence = entries_in(resume.evidence, extra);

  // How relevant each of the resume's jobs is to this one, for the years of experience.
  std::set<std::size_t> hard_entries;
  for (std::size_t i = 0; i < job.keywords.size(); ++i) {
    if (entry_of[i] && job.keywords[i].kind != SkillKind::kSoft) hard_entries.insert(*entry_of[i]);
  }
  for (ResumeJob& resume_job : resume.jobs) {
    resume_job.relevance = JobRelevance(job, resume_job, taxonomy, matcher, hard_entries);
  }

  ScoreResult result;
  std::vector<KeywordPlace> places;
  // Where one term shows: by its taxonomy entry (or its own words), and a licence or
  // certification asked for with its kind's word ("RN license", "PMP certification") by its name
  // alone: "RN" after the name or in "Registered Nurse (RN)", or the title the name abbreviates
  // ("Registered Nurse").
  const auto place_of = [&](const std::string& term, SkillKind kind,
                            std::optional<std::size_t> entry) {
    bool matched = false;
    bool evidenced = false;
    if (entry) {
      matched = (kind == SkillKind::kCertification ? held : screener).count(*entry) > 0;
      evidenced = evidence.count(*entry) > 0;
    } else if (const auto extra_entry = extra.FindIndex(term)) {
      matched = extra_screener.count(*extra_entry) > 0;
      evidenced = extra_evidence.count(*extra_entry) > 0;
    }
    if (!matched && kind == SkillKind::kCertification) {
      const std::string name = CredentialName(term);
      if (name.size() >= 2 && name.size() < term.size()) {
        const std::vector<std::size_t> titles = taxonomy.FindTitles(name);
        const std::string expansion = titles.empty()
                                          ? std::string()
                                          : AsciiLowercase(taxonomy.entries()[titles[0]].canonical);
        const std::string lower_name = AsciiLowercase(name);
        const auto shown_in = [&](const std::vector<std::string_view>& texts) {
          return std::any_of(texts.begin(), texts.end(), [&](std::string_view text) {
            const std::string lower = AsciiLowercase(text);
            return (IsAcronym(name) ? NamesHeldCredential(text, name)
                                    : NamesHeldCredential(lower, lower_name)) ||
                   (!expansion.empty() && NamesHeldCredential(lower, expansion));
          });
        };
        matched = shown_in(resume.screener);
        evidenced = evidenced || shown_in(resume.evidence);
      }
    }
    return matched ? Where::kMatched : evidenced ? Where::kEvidenced : Where::kMissing;
  };
  for (std::size_t i = 0; i < job.keywords.size(); ++i) {
    const Keyword& keyword = job.keywords[i];
    Where where = place_of(keyword.term, keyword.kind, entry_of[i]);
    // Any of the alternatives the job accepts meets it, under the name the resume shows.
    std::string shown_as = keyword.term;
    for (const std::string& alternative : keyword.alternatives) {
      if (where == Where::kMatched) break;
      const Where other = place_of(alternative, keyword.kind, taxonomy.FindIndex(alternative));
      if (other == Where::kMatched || (other == Where::kEvidenced && where == Where::kMissing)) {
        where = other;
        shown_as = alternative;
      }
    }
    // A keyword nowhere in the resume is named with all it may be: "French or German".
    if (where == Where::kMissing) shown_as = AllNames(keyword);
    places.push_back({&keyword, where, shown_as});
    (where == Where::kMatched     ? result.keywords.matched
     : where == Where::kEvidenced ? result.keywords.evidenced
                                  : result.keywords.missing)
        .push_back(shown_as);
  }

  std::map<std::string, Rated> categories;
  categories["hardSkills"] = SkillCategory(places, false);
  categories["softSkills"] = SkillCategory(places, true);
  categories["jobTitle"] = TitleCategory(job, resume, taxonomy);
  result.preferred_education_met = PreferredEducationMet(job, resume);
  categories["education"] = EducationCategory(job, resume, result.preferred_education_met);
  categories["experience"] = ExperienceCategory(job, resume);
  categories["searchability"] = SearchabilityCategory(resume, parsed_text);

  // A category the job does not ask about is left out; the others share its weight.
  double applicable_weight = 0;
  for (const formula::Category& category : formula::kCategories) {
    if (categories[std::string(category.name)].counts) applicable_weight += category.weight;
  }
  double total = 0;
  for (const formula::Category& category : formula::kCategories) {
    Rated& rated = categories[std::string(category.name)];
    rated.category.weight = rated.counts ? category.weight / applicable_weight : 0.0;
    total += rated.category.weight * rated.category.score;
    result.breakdown[std::string(category.name)] = std::move(rated.category);
  }
  result.total = std::clamp(static_cast<int>(std::lround(total)), 0, 100);
  result.relevant_years = RelevantYears(resume);
  return result;
}

ScoreResult Score(const document::ResumeDocument& resume, std::string_view parsed_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy) {
  const auto today = std::chrono::year_month_day(
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
  return Score(resume, parsed_text, job, taxonomy, today);
}

}  // namespace resumax::optimize

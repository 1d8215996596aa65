// The labelled matching set (server/tests/data/matching, its README says how it was written):
// jobs across professions, each with a recruiter's verdict on every requirement for a strong, a
// medium and a weak resume. Measures, per split (tuning, validation, frozen) and per profession:
//   - keyword verdicts: precision and recall of matched, shown (the scorer's "evidenced") and
//     missing. Recall counts the labelled requirements; precision counts every hard-skill and
//     certification keyword the job analysis found, so a term the job never asked for ("we use
//     Slack internally") reported missing is a false alarm. A labelled degree no keyword stands
//     for takes the education category's verdict (met in level and field: matched; else missing),
//     and a preferred one the verdict on the degree the job analysis read as preferred;
//   - ordering: strong > medium > weak in total score;
//   - relevant years within a year of the recruiter's count.
// Fails below the floors set from the measured figures. RESUMAX_MATCHING_REPORT=path writes the
// figures as JSON; RESUMAX_MATCHING_MISSES=1 prints the tuning and validation splits'
// disagreements (the frozen split's are never printed: it is not looked at while tuning).
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "domain/document/document_json.h"
#include "domain/export/renderers.h"
#include "domain/export/resume_document.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/matching/job_analysis.h"
#include "domain/matching/scorer.h"
#include "domain/matching/skill_matcher.h"
#include "domain/rewriting/apply_changes.h"
#include "domain/rewriting/guard_truthfulness.h"
#include "domain/rewriting/rewrite_engine.h"

namespace resumax::optimize {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

// The day the labels count current jobs to.
constexpr std::chrono::year_month_day kLabelDay{std::chrono::year{2026}, std::chrono::month{12},
                                                std::chrono::day{1}};

// Floors from the figures measured when the set was added (the note of that change); raise them
// as the matcher improves, never lower them to pass.
struct Floors {
  double matched_precision;
  double matched_recall;
  double missing_precision;
  double missing_recall;
  double ordering;
};
// Measured at the set's arrival: tuning matched P 0.82 R 0.58, missing P 0.41 R 0.69, ordering
// 10/10; frozen matched P 0.80 R 0.83, missing P 0.65 R 0.90, ordering 5/5. After the list's
// block ends at prose, acronym credentials and where a screener looks (post-nominals, languages,
// degrees): tuning matched P 0.86 R 0.75, missing P 0.56 R 0.80, ordering 10/10; frozen matched
// P 0.81 R 0.87, missing P 0.67 R 0.93, ordering 5/5. With labelled degrees read from the
// education category: tuning matched 0.86/0.81, missing 0.57/0.83; frozen matched 0.80/0.89,
// missing 0.68/0.94. The validation split (jobs 16-21) was written after those figures, to choose
// between rules without looking at the frozen split; on arrival: matched 0.79/0.77, missing
// 0.45/0.70, ordering 5/6. Reading each requirement's clause (the words around a named tool, a
// years phrase, a degree's fields, "X or Y" as one keyword), credentials still to come, and
// keywords mapped to the requirement whose words hold them: tuning matched 0.90/0.82, missing
// 0.81/0.85; validation matched 0.86/0.78, missing 0.55/0.80; frozen matched 0.83/0.85, missing
// 0.76/0.88: the frozen split's missing recall fell (0.94 → 0.88) as its precision rose (0.68 →
// 0.76). With the taxonomy's terms for more trades (hospitality, electrical, pharmacy, HR,
// construction; written from what postings name, partly from the tuning and validation splits'
// disagreements), verbs with their objects ("managed subcontractors") and issuers and grades
// beside unknown acronyms: tuning matched 0.92/0.90, missing 0.80/0.96; validation 0.89/0.95,
// 0.64/0.87, ordering 5/6; frozen 0.84/0.87, 0.76/0.88, ordering 5/5. With a degree's field
// counted only on a degree at the level asked for, certificates not degrees, "or another
// engineering discipline" as a field, what a generic head covers folded into it and aspirations
// ("looking to move into HR") not read as held: tuning 0.94/0.90, 0.81/0.97; validation
// 0.91/0.97, 0.69/0.90, ordering 6/6; frozen 0.88/0.87, 0.77/0.91, ordering 5/5. With what a
// clause says it does not want ("rather than document review", "print and brand design do not
// count"), examples folded into the kind they illustrate ("a BI tool such as Tableau or Looker")
// and job titles in a years phrase read as roles: tuning 0.94/0.90, 0.85/0.97; validation
// 0.93/0.97, 0.72/0.90; frozen 0.89/0.87, 0.79/0.91. With a parenthesis after a kind read as
// its examples and after a name as its uses: tuning 0.94/0.90, 0.85/0.97; validation 0.94/0.97,
// 0.76/0.90; frozen 0.93/0.87, 0.82/0.91. With programmes under way and "… student" holding no
// credential: validation 0.97/0.97, 0.77/0.92 (the other splits unchanged). Then six more jobs
// from fields nobody had tuned on, written by labellers who saw neither the matcher nor its
// figures: validation 22 (veterinary technician) and 25 (procurement buyer), frozen 23, 24, 26
// and 27 (so that 9 of the 27 jobs are frozen). Measured as they arrived: validation (8 jobs)
// matched 0.93/0.88, missing 0.69/0.86; frozen (9 jobs) matched 0.90/0.76, missing 0.65/0.80 —
// the new jobs alone far lower than the old (the same engine had 0.93/0.87, 0.82/0.91 on the
// old five). With 1,458 taxonomy entries for 23 professions the set does not hold (written
// from what postings name, by a helper who saw none of the set): validation 0.94/0.91,
// 0.67/0.87; frozen 0.91/0.79, 0.65/0.83. With a spoken language in a bullet shown only
// where it is spoken: validation missing 0.67/0.88. With credentials planned ("I plan to sit"),
// a soft skill on a commercial object a competence, accrediting bodies no credential and a
// parenthesis's whole list of roles that do not count: validation 0.94/0.92, 0.69/0.90 (years
// 17/24); frozen 0.91/0.79, 0.67/0.83. With metadata skills kept only where the requirement
// blocks name them: validation missing P 0.70; frozen matched 0.93/0.79. The goal is
// 0.95 on the frozen split for each; ordering's is 0.9. Then six more jobs, written by labellers
// who saw neither the matcher nor its figures: validation 28-31 (dental hygienist, retail store
// manager, warehouse supervisor, paralegal), frozen 32 and 33 (primary teacher, claims
// adjuster), chosen as frozen before they were written (11 of 33 frozen). Measured as they
// arrived: validation (12 jobs) matched 0.94/0.79, missing 0.67/0.79; frozen (11 jobs) matched
// 0.94/0.72, missing 0.67/0.79, ordering 10/11. With "Required", "Minimum", "What we need" and
// "Person specification" heading the requirements, the reading of a text that covers the most
// words with terms ("pricing change orders" is "pricing" and "change orders"), the body that
// approves a programme no credential ("an ABA-approved program") and a skill "on" a tool a
// keyword of its own ("legal research on Westlaw"): validation 0.94/0.84, 0.67/0.83; frozen
// 0.94/0.79, 0.67/0.83, ordering 10/11. The floors of the two splits that grew were set again
// from these figures. With preferred degrees judged (and their fields no keywords) and a degree
// under way meeting no level: tuning 0.94/0.92, 0.85/0.97; validation 0.94/0.85, 0.68/0.84;
// frozen 0.94/0.80, 0.67/0.83. With a verb and its object giving way to a term, no unknown
// letters from a clause about the employer ("we use LS Central"), "due to complete" and a
// short item's "studying" still to come, and (a change of measure) a name the taxonomy lacks
// standing for the requirement a name of which it begins ("ILM" of "ILM Level 3"): validation
// 0.95/0.86, 0.70/0.86; frozen 0.95/0.80, 0.68/0.83. With 95 more spoken and signed languages
// in the taxonomy: validation 0.95/0.87, 0.71/0.87. With a short list item the taxonomy does not
// know read as a requirement in its own words ("- Labour planning"): validation 0.95/0.88,
// 0.71/0.89; frozen unchanged (0.95/0.80, 0.68/0.83). With common UK words for loss
// prevention, appraisals and absence reviews (from the validation split's disagreements):
// validation 0.96/0.89, 0.72/0.89. With 959 broader links in the taxonomy (a narrower concept
// shows its broader ones; a tool's parts after it are its uses): tuning 0.94/0.92, 0.86/0.97;
// validation 0.96/0.88, 0.77/0.89; frozen 0.95/0.80, 0.69/0.82.
constexpr Floors kTuningFloors{0.92, 0.90, 0.84, 0.95, 0.9};
constexpr Floors kValidationFloors{0.94, 0.86, 0.75, 0.87, 0.9};
constexpr Floors kFrozenFloors{0.93, 0.78, 0.67, 0.80, 0.9};

// Words folded for comparing a keyword with a label: lower-case ASCII letters and digits.
std::string Fold(std::string_view text) {
  std::string out;
  bool gap = false;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      if (gap && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

struct Requirement {
  std::string term;
  std::vector<std::string> names;  // the term and its aliases, folded
  bool degree = false;             // a degree or field: the education category's verdict
  bool required = false;           // (a preferred one: the preferred degree's)
};

struct Tally {
  // [label][engine] over matched, shown, missing, and "not found" for the engine.
  std::map<std::string, std::map<std::string, int>> confusion;
  std::map<std::string, int> engine_total;  // every keyword the engine gave each verdict
  std::map<std::string, int> engine_right;  // of those, on a requirement labelled the same
  int jobs = 0;
  int ordered = 0;
  int resumes = 0;
  int years_close = 0;
  double years_error = 0;

  void Add(const Tally& other) {
    for (const auto& [label, row] : other.confusion) {
      for (const auto& [engine, count] : row) confusion[label][engine] += count;
    }
    for (const auto& [verdict, count] : other.engine_total) engine_total[verdict] += count;
    for (const auto& [verdict, count] : other.engine_right) engine_right[verdict] += count;
    jobs += other.jobs;
    ordered += other.ordered;
    resumes += other.resumes;
    years_close += other.years_close;
    years_error += other.years_error;
  }
  double Recall(const std::string& verdict) const {
    int total = 0;
    const auto row = confusion.find(verdict);
    if (row == confusion.end()) return 1.0;
    for (const auto& [engine, count] : row->second) total += count;
    const auto right = row->second.find(verdict);
    return total == 0 ? 1.0 : (right == row->second.end() ? 0 : right->second) / double(total);
  }
  double Precision(const std::string& verdict) const {
    const auto total = engine_total.find(verdict);
    if (total == engine_total.end() || total->second == 0) return 1.0;
    const auto right = engine_right.find(verdict);
    return (right == engine_right.end() ? 0 : right->second) / double(total->second);
  }
  double Ordering() const { return jobs == 0 ? 1.0 : ordered / double(jobs); }
  json::object ToJson() const {
    json::object out;
    for (const std::string verdict : {"matched", "shown", "missing"}) {
      out[verdict] = json::object{{"precision", std::round(Precision(verdict) * 1000) / 1000},
                                  {"recall", std::round(Recall(verdict) * 1000) / 1000}};
    }
    // Label by the engine's verdict ("not found": no keyword stood for the requirement).
    json::object confusion_json;
    for (const auto& [label, row] : confusion) {
      json::object counts;
      for (const auto& [engine, count] : row) counts[engine] = count;
      confusion_json[label] = std::move(counts);
    }
    out["confusion"] = std::move(confusion_json);
    out["ordering"] = std::round(Ordering() * 1000) / 1000;
    out["jobs"] = jobs;
    out["yearsWithinOne"] = resumes == 0 ? 1.0 : std::round(years_close * 1000.0 / resumes) / 1000;
    out["yearsMeanError"] = resumes == 0 ? 0.0 : std::round(years_error * 100 / resumes) / 100;
    return out;
  }
};

std::string Line(const std::string& name, const Tally& tally) {
  std::ostringstream out;
  out.precision(2);
  out << std::fixed << name << ": matched P " << tally.Precision("matched") << " R "
      << tally.Recall("matched") << " | shown P " << tally.Precision("shown") << " R "
      << tally.Recall("shown") << " | missing P " << tally.Precision("missing") << " R "
      << tally.Recall("missing") << " | ordering " << tally.ordered << "/" << tally.jobs
      << " | years within 1: " << tally.years_close << "/" << tally.resumes;
  return out.str();
}

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// The job files of a split ("tuning", "frozen"), in name order.
std::vector<fs::path> JobFiles(const std::string& split) {
  std::vector<fs::path> files;
  if (!fs::is_directory(fs::path(RESUMAX_MATCHING_DIR) / split)) return files;
  for (const auto& entry : fs::directory_iterator(fs::path(RESUMAX_MATCHING_DIR) / split)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// A job file's posting as the product analyses it.
JobAnalysis AnalyzedJob(const json::object& file) {
  const std::string job_text = jobs::SanitizeJobText(std::string(file.at("job").as_string()));
  return AnalyzeJob(
      job_text,
      jobs::ExtractJobMetadata(job_text, std::nullopt, std::nullopt, std::nullopt).ToJson(),
      Taxonomy::Builtin());
}

// One job file: its three resumes scored, their verdicts tallied.
Tally MeasureJob(const json::object& file, bool print_misses) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  Tally tally;
  const std::string id(file.at("id").as_string());
  const JobAnalysis job = AnalyzedJob(file);
  if (print_misses) {
    std::cout << "  " << id << " title \"" << job.title << "\" keywords:";
    for (const Keyword& keyword : job.keywords) {
      std::cout << " " << keyword.term << (keyword.required ? "" : "?")
                << (keyword.kind == SkillKind::kSoft ? "(soft)" : "");
      for (const std::string& alternative : keyword.alternatives) std::cout << "|" << alternative;
      std::cout << ";";
    }
    std::cout << " education " << job.education.value_or("-") << " in";
    for (const std::string& field : job.education_fields) std::cout << " [" << field << "]";
    std::cout << ", preferred " << job.preferred_education.value_or("-") << " in";
    for (const std::string& field : job.preferred_education_fields) {
      std::cout << " [" << field << "]";
    }
    std::cout << "\n";
  }

  // Which labelled requirement a keyword of the job analysis stands for: the same words as
  // the term or an alias, or the same taxonomy entry.
  std::vector<Requirement> requirements;
  for (const auto& value : file.at("requirements").as_array()) {
    Requirement requirement;
    requirement.term = std::string(value.at("term").as_string());
    requirement.degree = value.at("kind").as_string() == "degree";
    requirement.required = value.at("required").as_bool();
    requirement.names.push_back(Fold(requirement.term));
    for (const auto& alias : value.at("aliases").as_array()) {
      requirement.names.push_back(Fold(alias.as_string()));
    }
    requirements.push_back(std::move(requirement));
  }
  const SkillMatcher matcher(taxonomy);
  const auto requirement_of = [&](const std::string& keyword) -> const Requirement* {
    const std::string folded = Fold(keyword);
    const auto entry = taxonomy.FindIndex(keyword);
    for (const Requirement& requirement : requirements) {
      for (const std::string& name : requirement.names) {
        if (name == folded) return &requirement;
        if (entry && taxonomy.FindIndex(name) == entry) return &requirement;
      }
    }
    // Else the requirement whose words hold the keyword's concept: "OSHA" in "OSHA
    // recordkeeping", "claims adjudication" in "Insurance claims adjudication"; a name the
    // taxonomy lacks, the one a name of which it begins ("ILM" of "ILM Level 3").
    if (!entry) {
      for (const Requirement& requirement : requirements) {
        for (const std::string& name : requirement.names) {
          if (name.starts_with(folded + " ")) return &requirement;
        }
      }
      return nullptr;
    }
    for (const Requirement& requirement : requirements) {
      for (const std::string& name : requirement.names) {
        const std::vector<std::size_t> found = matcher.FindEntries(name);
        if (std::find(found.begin(), found.end(), *entry) != found.end()) return &requirement;
      }
    }
    return nullptr;
  };
  std::map<std::string, int> totals;
  for (const std::string fit : {"strong", "medium", "weak"}) {
    const json::object& labelled = file.at("resumes").at(fit).as_object();
    const document::ResumeDocument resume = document::FromJson(labelled.at("document"));
    const std::string text = exporting::RenderText(exporting::ForPrint(resume));
    const ScoreResult score = Score(resume, text, job, taxonomy, kLabelDay);
    totals[fit] = score.total;
    // The engine's verdict on each labelled requirement (the best of its keywords for it).
    std::map<std::string, std::string> engine;
    const auto rank = [](const std::string& verdict) {
      return verdict == "matched" ? 3 : verdict == "shown" ? 2 : verdict == "missing" ? 1 : 0;
    };
    const auto count = [&](const std::vector<std::string>& keywords, const std::string& verdict) {
      for (const std::string& keyword : keywords) {
        // Soft skills are no requirement the labels list ("team player").
        const auto found = std::find_if(job.keywords.begin(), job.keywords.end(),
                                        [&](const Keyword& k) { return k.term == keyword; });
        if (found != job.keywords.end() && found->kind == SkillKind::kSoft) continue;
        ++tally.engine_total[verdict];
        // The engine names a keyword by its term or the alternative the resume shows; the
        // keyword stands for the requirement any of its names stands for.
        const Requirement* requirement = requirement_of(keyword);
        // A missing keyword is named with its alternatives: "French or German".
        const auto asked =
            std::find_if(job.keywords.begin(), job.keywords.end(), [&](const Keyword& k) {
              return k.term == keyword || AllNames(k) == keyword ||
                     std::find(k.alternatives.begin(), k.alternatives.end(), keyword) !=
                         k.alternatives.end();
            });
        if (requirement == nullptr && asked != job.keywords.end()) {
          requirement = requirement_of(asked->term);
          for (const std::string& alternative : asked->alternatives) {
            if (requirement == nullptr) requirement = requirement_of(alternative);
          }
        }
        if (requirement == nullptr) {
          if (print_misses) {
            std::cout << "  " << id << " " << fit << ": " << verdict << " \"" << keyword
                      << "\" is no requirement\n";
          }
          continue;
        }
        const std::string label(labelled.at("verdicts").at(requirement->term).as_string());
        if (label == verdict) ++tally.engine_right[verdict];
        std::string& best = engine[requirement->term];
        if (rank(verdict) > rank(best)) best = verdict;
      }
    };
    count(score.keywords.matched, "matched");
    count(score.keywords.evidenced, "shown");
    count(score.keywords.missing, "missing");
    // A degree the job asks for is no keyword: the education category says whether the resume
    // meets it (its level; the field of study is not checked), and that is the engine's verdict
    // on a labelled degree requirement no keyword stood for.
    // A preferred degree takes the verdict on the degree the job analysis read as preferred.
    const auto education = score.breakdown.find("education");
    for (const Requirement& requirement : requirements) {
      if (!requirement.degree || engine.contains(requirement.term)) continue;
      std::string verdict;
      if (requirement.required && job.education && education != score.breakdown.end()) {
        verdict = education->second.missing.empty() ? "matched" : "missing";
      } else if (!requirement.required && score.preferred_education_met) {
        verdict = *score.preferred_education_met ? "matched" : "missing";
      } else {
        continue;
      }
      engine[requirement.term] = verdict;
      ++tally.engine_total[verdict];
      if (labelled.at("verdicts").at(requirement.term).as_string() == verdict) {
        ++tally.engine_right[verdict];
      }
    }
    for (const Requirement& requirement : requirements) {
      const std::string label(labelled.at("verdicts").at(requirement.term).as_string());
      const auto found = engine.find(requirement.term);
      const std::string verdict = found == engine.end() ? "not found" : found->second;
      ++tally.confusion[label][verdict];
      if (print_misses && verdict != label) {
        std::cout << "  " << id << " " << fit << ": " << requirement.term << " labelled " << label
                  << ", read " << verdict << "\n";
      }
    }
    const double years = std::round(score.relevant_years * 10) / 10;
    const double expected = labelled.at("relevantYears").to_number<double>();
    ++tally.resumes;
    tally.years_error += std::abs(years - expected);
    if (std::abs(years - expected) <= 1.0) {
      ++tally.years_close;
    } else if (print_misses) {
      std::cout << "  " << id << " " << fit << ": relevant years " << years << ", labelled "
                << expected << "\n";
    }
  }
  ++tally.jobs;
  if (totals["strong"] > totals["medium"] && totals["medium"] > totals["weak"]) {
    ++tally.ordered;
  } else if (print_misses) {
    std::cout << "  " << id << ": scores strong " << totals["strong"] << ", medium "
              << totals["medium"] << ", weak " << totals["weak"] << "\n";
  }
  return tally;
}

TEST(MatchingSet, VerdictsOrderingAndYearsHoldAcrossProfessions) {
  const bool misses = std::getenv("RESUMAX_MATCHING_MISSES") != nullptr;
  json::object report;
  for (const std::string split : {"tuning", "validation", "frozen"}) {
    const std::vector<fs::path> files = JobFiles(split);
    ASSERT_FALSE(files.empty() && split != "validation") << split;
    if (files.empty()) continue;
    Tally all;
    std::map<std::string, Tally> by_profession;
    for (const fs::path& path : files) {
      const json::object file = json::parse(Read(path)).as_object();
      const Tally tally = MeasureJob(file, misses && split != "frozen");
      all.Add(tally);
      by_profession[std::string(file.at("profession").as_string())].Add(tally);
    }
    std::cout << Line(split + " (" + std::to_string(files.size()) + " jobs)", all) << "\n";
    json::object professions;
    for (const auto& [profession, tally] : by_profession) {
      std::cout << "  " << Line(profession, tally) << "\n";
      professions[profession] = tally.ToJson();
    }
    json::object figures = all.ToJson();
    figures["professions"] = std::move(professions);
    report[split] = std::move(figures);

    const Floors& floors = split == "tuning"       ? kTuningFloors
                           : split == "validation" ? kValidationFloors
                                                   : kFrozenFloors;
    SCOPED_TRACE(split);
    EXPECT_GE(all.Precision("matched"), floors.matched_precision);
    EXPECT_GE(all.Recall("matched"), floors.matched_recall);
    EXPECT_GE(all.Precision("missing"), floors.missing_precision);
    EXPECT_GE(all.Recall("missing"), floors.missing_recall);
    EXPECT_GE(all.Ordering(), floors.ordering);
  }
  if (const char* path = std::getenv("RESUMAX_MATCHING_REPORT")) {
    std::ofstream(path) << json::serialize(report) << "\n";
  }
}

// Words that claim more than taking part: what a hedged opener must never become.
constexpr std::string_view kRaisedClaims[] = {
    "developed",  "built",       "led",         "owned",    "own",      "managed",
    "manage",     "created",     "designed",    "launched", "directed", "headed",
    "drove",      "spearheaded", "architected", "founded",  "oversaw",  "ran",
    "supervised", "delivered",   "implemented", "develop",  "build",    "lead",
    "oversee",    "run",         "supervise",   "deliver",  "implement"};

// Hedged openers: the user says they took part, not that they did it.
constexpr std::string_view kHedges[] = {"worked on",    "helped",       "assisted",
                                        "participated", "was involved", "were involved",
                                        "involved in",  "supported",    "contributed"};

std::string FirstWord(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end])) != 0) ++end;
  std::string word(text.substr(0, end));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word;
}

// Sentences of a text that start with a lower-case letter, and words written twice in a row.
std::vector<std::string> GrammarSlips(std::string_view text) {
  std::vector<std::string> slips;
  bool sentence_start = true;
  std::string previous;
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (std::isalpha(static_cast<unsigned char>(c)) != 0) {
      std::size_t end = at;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) != 0 ||
                                   text[end] == '\'' || text[end] == '-')) {
        ++end;
      }
      const std::string word(text.substr(at, end - at));
      if (sentence_start && std::islower(static_cast<unsigned char>(word[0])) != 0) {
        slips.push_back("starts with \"" + word + "\"");
      }
      std::string lower = word;
      for (char& l : lower) l = static_cast<char>(std::tolower(static_cast<unsigned char>(l)));
      if (lower == previous) slips.push_back("\"" + word + "\" twice");
      previous = lower;
      sentence_start = false;
      at = end;
      continue;
    }
    if (c == '.' || c == '!' || c == '?') {
      // A sentence ends at a stop followed by a space and no digit ("3.5"), except the last stop
      // of letters written with stops between them ("e.g.", "C.R.C.P.").
      const bool abbreviation = c == '.' && at >= 2 && text[at - 2] == '.' &&
                                std::isalpha(static_cast<unsigned char>(text[at - 1])) != 0;
      if (!abbreviation && (at + 1 >= text.size() || text[at + 1] == ' ')) {
        sentence_start = at + 1 < text.size();
      }
    } else if (std::isdigit(static_cast<unsigned char>(c)) != 0) {
      sentence_start = false;
      previous.clear();
    } else if (c != ' ') {
      previous.clear();
    }
    ++at;
  }
  return slips;
}

// The check itself: it catches what it is for and reads letters with stops as one word.
TEST(MatchingSet, GrammarCheckCatchesSlipsAndReadsAbbreviations) {
  EXPECT_EQ(GrammarSlips("Led the audit. then closed it."),
            (std::vector<std::string>{"starts with \"then\""}));
  EXPECT_EQ(GrammarSlips("Managed the the rota."), (std::vector<std::string>{"\"the\" twice"}));
  EXPECT_TRUE(GrammarSlips("Calculated deadlines under the C.R.C.P. and the Federal Rules, e.g. "
                           "appeals. Cut costs 3.5%.")
                  .empty());
}

// The numbers a text states ("9 years", "40 patients"), in order.
std::vector<std::string> Numbers(std::string_view text) {
  std::vector<std::string> numbers;
  for (std::size_t at = 0; at < text.size();) {
    if (std::isdigit(static_cast<unsigned char>(text[at])) == 0) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < text.size() && std::isdigit(static_cast<unsigned char>(text[end])) != 0) ++end;
    numbers.emplace_back(text.substr(at, end - at));
    at = end;
  }
  return numbers;
}

// The local engine's changes on every resume of the set, against its job, at every strategy:
// nothing the guard refuses, no hedged opener raised to a stronger claim, a summary the user
// wrote keeps each number it states, every change reads as sentences (no lower-case start, no
// doubled word), and accepting them all never lowers the score.
TEST(MatchingSet, LocalRewritesNeverRaiseAClaimOrDropAFact) {
  const Taxonomy& taxonomy = Taxonomy::Builtin();
  int changes = 0;
  int hedged = 0;
  for (const std::string split : {"tuning", "validation", "frozen"}) {
    for (const fs::path& path : JobFiles(split)) {
      const json::object file = json::parse(Read(path)).as_object();
      // The frozen split's texts are never printed: a failure there names the file alone.
      const bool show = split != "frozen";
      const JobAnalysis job = AnalyzedJob(file);
      std::vector<std::string> known;
      for (const Keyword& keyword : job.keywords) known.push_back(keyword.term);
      for (const std::string fit : {"strong", "medium", "weak"}) {
        const document::ResumeDocument resume =
            document::FromJson(file.at("resumes").at(fit).at("document"));
        const std::string text = exporting::RenderText(exporting::ForPrint(resume));
        const ScoreResult score = Score(resume, text, job, taxonomy, kLabelDay);
        for (const Strategy strategy :
             {Strategy::kConservative, Strategy::kBalanced, Strategy::kBold}) {
          SCOPED_TRACE(path.filename().string() + " " + fit + " " +
                       std::string(StrategyName(strategy)));
          const std::vector<Change> proposed =
              ProposeLocalChanges(resume, job, score.keywords, strategy);
          const auto guarded = FilterChanges(resume, text, proposed, known);
          EXPECT_TRUE(guarded.dropped.empty())
              << "the guard refused: "
              << (guarded.dropped.empty() || !show ? "" : guarded.dropped[0].reason);
          for (const Change& change : proposed) {
            ++changes;
            const std::string where = show ? change.before + " → " + change.after : change.path;
            if (change.path != "skills") {
              const std::vector<std::string> slips = GrammarSlips(change.after);
              EXPECT_TRUE(slips.empty()) << (slips.empty() ? "" : slips[0]) << ": " << where;
            }
            std::string before = change.before;
            for (char& c : before)
              c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            const bool hedge =
                std::any_of(std::begin(kHedges), std::end(kHedges), [&](std::string_view h) {
                  return before.starts_with(h) || before.starts_with("i " + std::string(h));
                });
            if (hedge) {
              ++hedged;
              const std::string first = FirstWord(change.after);
              EXPECT_EQ(std::find(std::begin(kRaisedClaims), std::end(kRaisedClaims), first),
                        std::end(kRaisedClaims))
                  << "a hedged claim raised: " << where;
            }
            if (change.path == "summary" && !change.before.empty()) {
              for (const std::string& number : Numbers(change.before)) {
                const std::vector<std::string> kept = Numbers(change.after);
                EXPECT_NE(std::find(kept.begin(), kept.end(), number), kept.end())
                    << "the summary dropped \"" << number << "\": " << where;
              }
            }
          }
          auto applied = ApplyChanges(resume, guarded.kept);
          ASSERT_TRUE(applied.has_value());
          const ScoreResult after = Score(*applied, text, job, taxonomy, kLabelDay);
          std::string fell;  // the categories that fell, to say why
          for (const auto& [name, category] : score.breakdown) {
            if (after.breakdown.at(name).score < category.score) fell += " " + name;
          }
          EXPECT_GE(after.total, score.total) << "accepting every change lowered:" << fell;
        }
      }
    }
  }
  std::cout << changes << " changes checked, " << hedged << " of hedged openers\n";
  EXPECT_GT(hedged, 20) << "the set exercises hedged openers";
}

}  // namespace
}  // namespace resumax::optimize

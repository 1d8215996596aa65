#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

// The vocabulary of matching: what a job asks for and how well a resume matches it (the
// resume itself is a document::ResumeDocument). The namespace is optimization's, shared by the
// matching, rewriting and optimize rooms.
namespace resumax::optimize {

enum class SkillKind { kHard, kSoft, kCertification };

// A term the job description asks for, with how much it matters.
struct Keyword {
  std::string term;  // canonical spelling ("Kubernetes", "ACLS", "Stakeholder management")
  SkillKind kind = SkillKind::kHard;
  bool required = true;  // required vs. preferred
  double weight = 1.0;   // required hard skills weigh most; repeated mentions add weight
  // Other terms the job accepts instead: "GAAP or IFRS", "French, German or Italian", "CVT,
  // RVT or LVT". Any of them meets the keyword.
  std::vector<std::string> alternatives;
  // A concept of the taxonomy; false for letters or names it lacks ("QTS", "GP", "Fear Free
  // certification"), whose nature is unknown.
  bool known = true;
};

// A keyword with all it may be, as a missing one is reported: "French or German",
// "QuickBooks, Xero or Sage"; the term alone without alternatives.
inline std::string AllNames(const Keyword& keyword) {
  std::string out = keyword.term;
  for (std::size_t i = 0; i < keyword.alternatives.size(); ++i) {
    out += (i + 1 == keyword.alternatives.size() ? " or " : ", ") + keyword.alternatives[i];
  }
  return out;
}

// What the scorer needs to know about a job, computed once per JD text (cacheable by hash).
struct JobAnalysis {
  std::string title;
  std::optional<std::string> seniority;  // intern … executive (as the JD metadata)
  std::optional<int> years_min;
  std::optional<std::string> education;  // "bachelor", "master", "phd", "associate", "high_school"
  std::vector<Keyword> keywords;         // skills and certifications, deduplicated
  // The fields of study its required degree names ("Finance", "Economics"); empty when none.
  std::vector<std::string> education_fields;
  // A degree the posting prefers without requiring it ("a bachelor's degree in business is a
  // plus"), in the same words as `education`, and the fields it names.
  std::optional<std::string> preferred_education;
  std::vector<std::string> preferred_education_fields;
  // Experience the posting says does not count toward its years: "externship hours",
  // "project engineer time", "SDR/BDR time" (as written, from "… do not count").
  std::vector<std::string> uncounted_experience;
};

struct CategoryScore {
  int score = 0;                     // 0–100
  double weight = 0;                 // its share of the total (the published formula)
  std::vector<std::string> counted;  // what earned points
  std::vector<std::string> missing;  // what would have earned more
  std::string explanation;           // one sentence a user understands
};

// Where a keyword was found in a resume.
struct KeywordReport {
  std::vector<std::string>
      matched;  // in the resume where a screener looks (skills, titles, summary)
  std::vector<std::string>
      evidenced;  // asked for, shown somewhere (e.g. a bullet) but not where a screener looks
  std::vector<std::string> missing;  // asked for and nowhere in the resume
};

struct ScoreResult {
  int total = 0;  // 0–100
  // hardSkills, softSkills, jobTitle, education, experience, searchability
  std::map<std::string, CategoryScore> breakdown;
  KeywordReport keywords;
  // Years of the resume's dated jobs relevant to this one (overlaps once, each month at the
  // relevance of the most relevant job covering it), whether or not the job asks for years.
  double relevant_years = 0;
  // Whether the resume shows the degree the posting prefers; nullopt when it prefers none.
  std::optional<bool> preferred_education_met;
};

}  // namespace resumax::optimize

#pragma once

#include <array>
#include <string_view>

// The published alignment-score formula, every number of it in one place. docs/scoring.md
// explains it; change both together.
namespace resumax::optimize::formula {

struct Category {
  std::string_view name;  // the key in ScoreResult::breakdown
  double weight;          // share of the total when every category applies
};

// The total is the weighted mean of the category scores (0–100). A category the job does not
// ask about (no soft skills listed, no degree required, ...) is left out and the others' weights
// are scaled up to sum to 1, so a job is never scored on what it does not want.
inline constexpr std::array<Category, 6> kCategories = {{
    {"hardSkills", 0.35},     // hard skills and certifications the job asks for
    {"softSkills", 0.10},     // soft skills the job asks for
    {"jobTitle", 0.15},       // the job's title against the resume's titles
    {"education", 0.10},      // degree level against the requirement
    {"experience", 0.15},     // years of experience and seniority
    {"searchability", 0.15},  // can an applicant tracking system read it
}};

// Keyword weights (AnalyzeJob): what a job asks for, by kind and whether it is required.
inline constexpr double kRequiredHardWeight = 3.0;
inline constexpr double kPreferredHardWeight = 1.5;
inline constexpr double kRequiredCertificationWeight = 2.5;
inline constexpr double kPreferredCertificationWeight = 1.25;
inline constexpr double kSoftWeight = 1.0;  // required or preferred alike
// Each mention of a keyword after the first adds this much, for at most kMaxExtraMentions.
inline constexpr double kExtraMentionWeight = 0.5;
inline constexpr int kMaxExtraMentions = 3;

// Credit of a keyword by where the resume shows it (hardSkills, softSkills): listed where a
// screener looks (skills, certifications, summary, job titles, …: scorer.h) earns all of its
// weight; shown only in bullets, projects or other text earns part of it; missing earns nothing.
inline constexpr double kMatchedCredit = 1.0;
inline constexpr double kEvidencedHardCredit = 0.7;
inline constexpr double kEvidencedSoftCredit = 0.8;

// jobTitle: the best similarity (0–1) of the job title to a resume title; titles other than the
// most recent count this much of theirs, and a summary naming the title counts as one of them.
inline constexpr double kOlderTitleFactor = 0.85;

// education: score by how far the resume's highest degree is below the required one.
inline constexpr std::array<int, 4> kEducationScoreByLevelsBelow = {100, 50, 25, 10};
// The level met in another field than the one(s) the job names ("a degree in Accounting").
inline constexpr int kEducationOtherFieldScore = 50;

// experience: years against the job's minimum, and seniority (from the most recent title, or
// from the years) against the job's.
inline constexpr double kYearsShare = 0.75;
// Years count by relevance: a job whose title is this similar to the job's title (jobTitle's
// similarity) counts fully, a less similar one in proportion, and one whose title or bullets
// show hard skills the job asks for at least kRelevancePerSkill for each distinct one, up to
// kSkillsOnlyRelevance; a job the posting says does not count ("externship hours do not
// count") not at all. The latest job's seniority counts as far as that job is relevant.
inline constexpr double kRelevantTitleSimilarity = 0.6;
inline constexpr double kRelevancePerSkill = 0.1;
inline constexpr double kSkillsOnlyRelevance = 0.5;
inline constexpr double kSeniorityShare = 0.25;
// A latest role whose bullets say it led this many people or more ("led a team of 12", "managed
// 18 staff") reads as lead seniority when its title says less.
inline constexpr int kPeopleLedForLead = 3;
// Seniority credit by ranks below the job's (job_titles.h SeniorityRank); at or above is 1.
inline constexpr std::array<double, 3> kSeniorityCreditByRanksBelow = {1.0, 0.6, 0.3};
// Typical minimum years for a job that states a seniority but no years.
struct SeniorityYears {
  std::string_view seniority;
  int years;
};
inline constexpr std::array<SeniorityYears, 9> kTypicalYears = {{{"intern", 0},
                                                                 {"junior", 0},
                                                                 {"mid", 2},
                                                                 {"senior", 5},
                                                                 {"lead", 7},
                                                                 {"manager", 5},
                                                                 {"principal", 8},
                                                                 {"director", 8},
                                                                 {"executive", 10}}};

// searchability: points out of 100 for what lets an applicant tracking system read a resume.
inline constexpr int kEmailPoints = 15;
inline constexpr int kPhonePoints = 10;
inline constexpr int kExperienceSectionPoints = 15;
inline constexpr int kEducationSectionPoints = 10;
inline constexpr int kSkillsSectionPoints = 15;
inline constexpr int kDatesPoints = 15;    // share of jobs with a readable start and end
inline constexpr int kContentPoints = 10;  // the sections hold the document's text
inline constexpr int kLengthPoints = 10;   // a readable length
// Sections holding this share of the document's non-space characters lose nothing.
inline constexpr double kContentKeptRatio = 0.8;
inline constexpr int kMinWords = 250;
inline constexpr int kMaxWords = 1400;

}  // namespace resumax::optimize::formula

#include "domain/ats/knock_outs.h"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <utility>

#include "core/text.h"
#include "domain/matching/credentials.h"
#include "domain/matching/education_level.h"

namespace resumax::ats {
namespace {

// The sentences of a text: split at line ends and at ". " / "; ".
std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&] {
    const std::string_view trimmed = TrimSpace(current);
    if (!trimmed.empty()) out.emplace_back(trimmed);
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') {
      flush();
      continue;
    }
    current += c;
    if ((c == '.' || c == ';') && (i + 1 == text.size() || text[i + 1] == ' ')) flush();
  }
  flush();
  return out;
}

bool ContainsAny(std::string_view lower, std::initializer_list<std::string_view> phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view phrase) {
    return lower.find(phrase) != std::string_view::npos;
  });
}

// A line as shown to the user: without a list's mark ("- ", "• "), at most 200 bytes.
std::string Clip(std::string_view text) {
  text = TrimSpace(text);
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::string_view mark : {"- ", "* ", "\u2022 ", "\u2013 ", "\u00B7 "}) {
      if (text.starts_with(mark)) {
        text = TrimSpace(text.substr(mark.size()));
        stripped = true;
      }
    }
  }
  return std::string(Utf8Prefix(text, 200));
}

// Every piece of the resume's text, one line each, as written.
std::string ResumeText(const document::ResumeDocument& resume) {
  return document::AllText(resume) + "\n" + resume.contact.post_nominals + "\n" +
         resume.contact.location;
}

// Months the jobs cover, overlapping jobs counted once; a date of only a year counts from its
// January to its December, a current job to `today`.
int ExperienceMonths(const document::ResumeDocument& resume, const document::Date& today) {
  std::vector<std::pair<int, int>> spans;
  const int now = document::MonthIndex(today);
  for (const document::Experience& job : resume.experience) {
    if (!job.period.start) continue;
    const int start = document::MonthIndex(*job.period.start);
    int end = now;
    if (!job.period.current && job.period.end) {
      end = document::MonthIndex(*job.period.end) + (job.period.end->month == 0 ? 11 : 0);
    } else if (!job.period.current) {
      continue;  // started, never said to end or go on: unknown length
    }
    if (end >= start) spans.emplace_back(start, std::min(end, now));
  }
  std::sort(spans.begin(), spans.end());
  int months = 0;
  int covered_to = -1;
  for (const auto& [start, end] : spans) {
    const int from = std::max(start, covered_to + 1);
    if (end >= from) months += end - from + 1;
    covered_to = std::max(covered_to, end);
  }
  return months;
}

std::string Years(double years) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", years);
  std::string out = text;
  if (out.ends_with(".0")) out.resize(out.size() - 2);
  return out + (out == "1" ? " year" : " years");
}

void WorkAuthorization(const JobFacts& job, const std::string& resume_text,
                       std::vector<KnockOut>& out) {
  for (const std::string& sentence : Sentences(job.text)) {
    const std::string lower = AsciiLowercase(sentence);
    if (!ContainsAny(
            lower, {"authorized to work", "authorised to work", "authorization to work",
                    "authorisation to work", "work authorization", "work authorisation",
                    "right to work", "eligible to work", "eligibility to work", "sponsorship",
                    "sponsor ", "work permit", "security clearance", "citizenship", " citizen"}) ||
        optimize::SoundsOptional(lower)) {
      continue;
    }
    KnockOut knock{"work_authorization", Clip(sentence), "", "not_shown"};
    const bool no_sponsorship =
        ContainsAny(lower, {"no sponsorship", "not sponsor", "unable to sponsor", "cannot sponsor",
                            "not able to sponsor", "without sponsorship", "will not sponsor"});
    for (const std::string& sentence_shown : Sentences(resume_text)) {
      const std::string line = AsciiLowercase(sentence_shown);
      if (ContainsAny(line, {"require sponsorship", "requires sponsorship", "need sponsorship",
                             "needs sponsorship", "visa sponsorship required"})) {
        knock.shown = Clip(sentence_shown);
        knock.status = no_sponsorship ? "not_met" : "met";
        break;
      }
      if (ContainsAny(line, {"authorized to work", "authorised to work", "right to work",
                             "eligible to work", "work permit", "permanent resident", "green card",
                             "citizen", "clearance", "no sponsorship"})) {
        knock.shown = Clip(sentence_shown);
        knock.status = "met";
        break;
      }
    }
    out.push_back(std::move(knock));
    return;  // one question about the right to work
  }
}

void Location(const JobFacts& job, const document::ResumeDocument& resume,
              const std::string& lower_text, std::vector<KnockOut>& out) {
  std::string asked;
  for (const std::string& sentence : Sentences(job.text)) {
    const std::string lower = AsciiLowercase(sentence);
    if (ContainsAny(lower,
                    {"relocat", "must live", "must reside", "must be located", "must be based",
                     "commutable", "commuting distance", "on-site in", "onsite in"}) &&
        !optimize::SoundsOptional(lower)) {
      asked = Clip(sentence);
      break;
    }
  }
  const bool remote = job.work_mode && *job.work_mode == "remote";
  if (asked.empty() && (remote || !job.location || TrimSpace(*job.location).empty())) return;
  if (asked.empty()) {
    asked = "Work " +
            std::string(job.work_mode && *job.work_mode == "hybrid" ? "hybrid" : "on site") +
            " in " + *job.location;
  }
  KnockOut knock{"location", asked, resume.contact.location, "not_shown"};
  const bool relocates = ContainsAny(lower_text, {"relocat", "open to moving"});
  if (relocates) {
    knock.status = "met";
    if (knock.shown.empty()) knock.shown = "open to relocation";
  } else if (!resume.contact.location.empty() && job.location) {
    // The job's city (its first part) named in the resume's location.
    const std::string city =
        AsciiLowercase(TrimSpace(job.location->substr(0, job.location->find(','))));
    const std::string where = AsciiLowercase(resume.contact.location);
    knock.status = !city.empty() && where.find(city) != std::string::npos ? "met" : "not_met";
  }
  out.push_back(std::move(knock));
}

void Licenses(const JobFacts& job, const document::ResumeDocument& resume,
              const std::string& lower_text, std::vector<KnockOut>& out) {
  std::set<std::string> asked;
  // Whether the resume holds a credential: in its certificates (one only worked towards,
  // "PMP (in progress)", is named but not met) or anywhere in its text.
  const auto holds = [&](const std::string& needle, KnockOut& knock) {
    const std::string credential = optimize::CredentialName(needle);
    const std::string lower_needle = AsciiLowercase(credential);
    for (const document::Certification& certificate : resume.certifications) {
      const std::string text = certificate.name + " " + certificate.issuer;
      if (!optimize::ContainsWords(AsciiLowercase(text), lower_needle)) continue;
      knock.shown = certificate.name;
      if (!optimize::CredentialStillToCome(text, true)) {
        knock.status = "met";
        return;
      }
      knock.status = "not_met";
    }
    if (knock.status == "not_shown" && optimize::ContainsWords(lower_text, lower_needle)) {
      knock.shown = "\"" + credential + "\" in the resume";
      knock.status = "met";
    }
  };
  auto check = [&](const std::string& name, const std::string& needle, const std::string& sentence,
                   const std::vector<std::string>& alternatives = {}) {
    if (name.empty() || !asked.insert(AsciiLowercase(name)).second) return;
    KnockOut knock{"license", sentence.empty() ? name : Clip(sentence), "", "not_shown"};
    holds(needle, knock);
    // "TNCC or CEN": any of the alternatives the job accepts meets it.
    for (const std::string& alternative : alternatives) {
      if (knock.status == "met") break;
      knock.asked += " or " + alternative;
      KnockOut other = knock;
      other.status = "not_shown";
      holds(alternative, other);
      if (other.status == "met") knock = std::move(other);
    }
    out.push_back(std::move(knock));
  };
  for (const optimize::Keyword& keyword : job.analysis.keywords) {
    if (keyword.kind == optimize::SkillKind::kCertification && keyword.required) {
      check(keyword.term, keyword.term, "", keyword.alternatives);
    }
  }
  // "a valid RN license", "state licensure as a CPA", "a current driver's licence": the word
  // before the licence names it.
  for (const std::string& sentence : Sentences(job.text)) {
    const std::string lower = AsciiLowercase(sentence);
    if (optimize::SoundsOptional(lower)) continue;
    for (std::string_view word : {"license", "licence", "licensure"}) {
      const std::size_t at = lower.find(word);
      if (at == std::string::npos || at < 2) continue;
      std::size_t end = at;
      while (end > 0 && lower[end - 1] == ' ') --end;
      std::size_t begin = end;
      while (begin > 0 && lower[begin - 1] != ' ') --begin;
      std::string before = sentence.substr(begin, end - begin);
      static constexpr std::array<std::string_view, 8> kVague = {
          "a", "the", "valid", "current", "active", "state", "professional", "unrestricted"};
      if (before.empty() ||
          std::find(kVague.begin(), kVague.end(), AsciiLowercase(before)) != kVague.end()) {
        continue;
      }
      check(before + " " + std::string(word), before, sentence);
      break;
    }
  }
}

void Degree(const JobFacts& job, const document::ResumeDocument& resume,
            std::vector<KnockOut>& out) {
  if (!job.analysis.education) return;
  const auto wanted = optimize::ParseDegreeLevel(*job.analysis.education);
  if (!wanted) return;
  KnockOut knock{"degree",
                 "A " + std::string(optimize::DegreeLevelName(*wanted)) + " degree or higher", "",
                 "not_shown"};
  if (*wanted == optimize::DegreeLevel::kHighSchool)
    knock.asked = "A high school diploma or higher";
  if (*wanted == optimize::DegreeLevel::kDoctorate) knock.asked = "A doctorate";
  std::optional<optimize::DegreeLevel> best;
  std::string best_text;
  for (const document::Education& school : resume.education) {
    const auto level = optimize::EducationLevel(school.degree, school.field, school.school);
    if (level && (!best || *level > *best)) {
      best = level;
      best_text = school.degree + (school.field.empty() ? "" : " " + school.field);
    }
  }
  if (best) {
    knock.shown = best_text;
    knock.status = *best >= *wanted ? "met" : "not_met";
  }
  out.push_back(std::move(knock));
}

void MinimumYears(const JobFacts& job, const document::ResumeDocument& resume,
                  const document::Date& today, std::vector<KnockOut>& out) {
  if (!job.analysis.years_min || *job.analysis.years_min <= 0) return;
  const int wanted = *job.analysis.years_min;
  KnockOut knock{"years", std::to_string(wanted) + "+ years of experience", "", "not_shown"};
  const int months = ExperienceMonths(resume, today);
  if (months > 0) {
    const double years = std::floor(months / 1.2) / 10.0;  // to a tenth, never rounded up
    knock.shown = Years(years) + " of dated jobs";
    knock.status = years >= wanted ? "met" : "not_met";
  }
  out.push_back(std::move(knock));
}

}  // namespace

std::vector<KnockOut> KnockOuts(const JobFacts& job, const document::ResumeDocument& resume,
                                const document::Date& today) {
  std::vector<KnockOut> out;
  const std::string resume_text = ResumeText(resume);
  const std::string lower_text = AsciiLowercase(resume_text);
  WorkAuthorization(job, resume_text, out);
  Location(job, resume, lower_text, out);
  Licenses(job, resume, lower_text, out);
  Degree(job, resume, out);
  MinimumYears(job, resume, today, out);
  return out;
}

boost::json::value KnockOutsToJson(const std::vector<KnockOut>& knock_outs) {
  boost::json::array out;
  for (const KnockOut& knock : knock_outs) {
    out.push_back(boost::json::object{{"requirement", knock.requirement},
                                      {"asked", knock.asked},
                                      {"shown", knock.shown},
                                      {"status", knock.status}});
  }
  return out;
}

}  // namespace resumax::ats

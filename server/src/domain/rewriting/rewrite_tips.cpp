#include "domain/rewriting/rewrite_tips.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "domain/rewriting/rewrite_text.h"

namespace resumax::optimize {
namespace {

constexpr std::size_t kMaxPerCode = 8;
constexpr std::size_t kLongBulletWords = 35;

// Words of a text, lower-cased, letters and digits only ("I'm" → "i", "m").
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool HasNumber(std::string_view text) {
  if (std::any_of(text.begin(), text.end(),
                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
    return true;
  }
  static constexpr std::string_view kNumberWords[] = {
      "one",   "two",     "three",    "four",     "five",      "six",     "seven",
      "eight", "nine",    "ten",      "eleven",   "twelve",    "twenty",  "thirty",
      "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
      "dozen", "dozens",  "half",     "double",   "doubled",   "tripled", "percent",
      "third", "thirds",  "quarter",  "halved",   "twice"};
  for (const std::string& word : Words(text)) {
    if (std::find(std::begin(kNumberWords), std::end(kNumberWords), word) !=
        std::end(kNumberWords)) {
      return true;
    }
  }
  return false;
}

// "Was given …", "Were tasked with …", "Is used to …": the sentence hides who acted.
bool OpensPassive(const std::vector<std::string>& words) {
  if (words.size() < 2) return false;
  static constexpr std::string_view kBe[] = {"was", "were", "is", "are", "been", "being"};
  if (std::find(std::begin(kBe), std::end(kBe), words[0]) == std::end(kBe)) return false;
  const std::string& next = words[1];
  return next.ends_with("ed") || next.ends_with("en") || next == "made" || next == "given" ||
         next == "sent" || next == "kept" || next == "held" || next == "put";
}

constexpr std::string_view kCliches[] = {
    "team player",         "hard working",    "hard-working",       "hardworking",
    "detail-oriented",     "detail oriented", "results-driven",     "results driven",
    "self-starter",        "self starter",    "go-getter",          "think outside the box",
    "proven track record", "synergy",         "dynamic individual", "passionate about",
    "go-to person",        "best of breed",   "wears many hats"};

std::string Cliche(std::string_view text) {
  const std::string lower = rewrite::LowerAscii(text);
  for (std::string_view cliche : kCliches) {
    if (lower.find(cliche) != std::string::npos) return std::string(cliche);
  }
  return {};
}

std::string Capitalized(std::string word) {
  if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
  return word;
}

class Tips {
 public:
  void Add(std::string code, std::string path, std::string message) {
    if (count_[code]++ >= kMaxPerCode) return;
    tips_.push_back({std::move(code), std::move(path), std::move(message)});
  }
  std::vector<Tip> Take() { return std::move(tips_); }

 private:
  std::map<std::string, std::size_t> count_;
  std::vector<Tip> tips_;
};

template <typename Entries>
void BulletTips(std::string_view section, const Entries& entries, Tips& tips,
                std::map<std::string, std::vector<std::string>>& openers) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    for (std::size_t j = 0; j < entries[i].bullets.size(); ++j) {
      const std::string& bullet = entries[i].bullets[j];
      const std::vector<std::string> words = Words(bullet);
      if (words.empty()) continue;
      const std::string path =
          std::string(section) + "[" + std::to_string(i) + "].bullets[" + std::to_string(j) + "]";
      if (!HasNumber(bullet)) {
        tips.Add("add_a_number", path,
                 "No number here: add one if you have it (how many, how much, how often, how "
                 "fast).");
      }
      if (OpensPassive(words)) {
        tips.Add("passive_opening", path,
                 "This opens in the passive (\"" + Capitalized(words[0]) + " " + words[1] +
                     " …\"): say what you did, starting with the verb.");
      } else if (words[0] == "i" || words[0] == "we" || words[0] == "my" || words[0] == "our") {
        tips.Add("first_person", path,
                 "This opens with \"" + Capitalized(words[0]) +
                     "\": resume bullets leave the person out and start with the verb.");
      }
      if (words.size() > kLongBulletWords) {
        tips.Add("long_bullet", path,
                 std::to_string(words.size()) +
                     " words: a screener reads one or two lines. Keep the result and cut or "
                     "split the rest.");
      }
      if (const std::string cliche = Cliche(bullet); !cliche.empty()) {
        tips.Add("cliche", path,
                 "\"" + cliche + "\" says little: show it with something you did instead.");
      }
      openers[words[0]].push_back(path);
    }
  }
}

}  // namespace

std::vector<Tip> LocalTips(const document::ResumeDocument& resume, const JobAnalysis& job,
                           const KeywordReport& report) {
  Tips tips;
  if (const std::string cliche = Cliche(resume.summary); !cliche.empty()) {
    tips.Add("cliche", "summary",
             "\"" + cliche + "\" says little: show it with something you did instead.");
  }
  std::map<std::string, std::vector<std::string>> openers;
  BulletTips("experience", resume.experience, tips, openers);
  BulletTips("projects", resume.projects, tips, openers);
  BulletTips("volunteer", resume.volunteer, tips, openers);
  // The same opening verb again and again: every use after the second.
  for (const auto& [verb, paths] : openers) {
    if (paths.size() < 3 || verb.size() < 3) continue;
    for (std::size_t k = 2; k < paths.size(); ++k) {
      tips.Add("repeated_verb", paths[k],
               "\"" + Capitalized(verb) + "\" opens " + std::to_string(paths.size()) +
                   " of your bullets: vary the verbs so each one reads as its own result.");
    }
  }
  // Dates written with months for some jobs and years alone for others.
  bool any_month = false;
  for (const document::Experience& job_entry : resume.experience) {
    any_month = any_month || (job_entry.period.start && job_entry.period.start->month > 0);
  }
  for (std::size_t i = 0; i < resume.experience.size() && any_month; ++i) {
    const document::Period& period = resume.experience[i].period;
    const bool year_only = (period.start && period.start->month == 0) ||
                           (!period.current && period.end && period.end->month == 0);
    if (year_only) {
      tips.Add("date_format", "experience[" + std::to_string(i) + "]",
               "Only the year is given here while other jobs give months: give months "
               "everywhere, so a screener counting your experience reads it alike.");
    }
  }
  // What the job asks for that the resume does not show: only the user knows.
  for (const Keyword& keyword : job.keywords) {
    if (keyword.kind == SkillKind::kSoft) continue;
    // "French or German": any of the alternatives the job accepts, as the report names it.
    const std::string asked = AllNames(keyword);
    if (std::find(report.missing.begin(), report.missing.end(), asked) == report.missing.end() &&
        std::find(report.missing.begin(), report.missing.end(), keyword.term) ==
            report.missing.end()) {
      continue;
    }
    const bool certificate = keyword.kind == SkillKind::kCertification;
    tips.Add("missing_requirement", certificate ? "certifications" : "skills",
             std::string(keyword.required ? "The job asks for " : "The job would like ") + asked +
                 "; add it only if you " + (certificate ? "hold" : "have") + " it.");
  }
  return tips.Take();
}

}  // namespace resumax::optimize

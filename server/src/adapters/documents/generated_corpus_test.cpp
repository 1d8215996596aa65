// Scores the parser on the generated corpus (corpus/, `make corpus`): resumes of fictional people
// rendered by many layout engines, each with the fields a careful reader finds in it. Layouts are
// split in corpus/layouts.json: misses are printed for the tuning split only; the frozen split is
// measured and never shown in detail, so that it stays a fair test of layouts nobody tuned to.
//
//   RESUMAX_GENERATED_CORPUS=dir   read another corpus folder (default corpus/out)
//   RESUMAX_CORPUS_LAYOUT=id       score one layout only (tuning layouts show their misses)
//   RESUMAX_CORPUS_REPORT=file     also write the figures as JSON
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "adapters/documents/corpus_scoring.h"
#include "adapters/documents/resume_reader.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

using scoring::Canonical;
using scoring::ContainsWords;
using scoring::Digits;
using scoring::ReadFile;

namespace json = boost::json;

// Floors a little under the measured figures (tuning 99.4 % over 53 layouts, frozen 95.1 %
// over 27, a third of the 80, when they were last set); a change that loses ground on either
// split fails. The goals are 98 % and 95 %. Four more frozen layouts, chosen by a rule and
// never seen while tuning (html-8-bit-sheep 89.7 %, html-ace 99.5 %, latex-cvsty 89.0 %,
// docx-lo-html 99.2 %: 94.4 % on average), left the frozen split at 95.1 % over 31 of the 84.
constexpr double kTuningFloor = 0.99;
constexpr double kFrozenFloor = 0.945;

const char* const kFields[] = {"name",    "post_nominals", "email",           "phone",
                               "jobs",    "job_title",     "job_company",     "job_start",
                               "job_end", "job_bullets",   "schools",         "degree",
                               "school",  "skills_recall", "skills_precision"};

std::string Text(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value != nullptr && value->is_string() ? std::string(value->get_string()) : "";
}

std::string DateText(const std::optional<document::Date>& date) {
  return date ? document::FormatDate(*date) : "";
}

struct Score {
  double points = 0;
  int count = 0;
  void Add(double p) {
    points += p;
    ++count;
  }
  double Rate() const { return count == 0 ? 1.0 : points / count; }
};

struct Tally {
  std::map<std::string, Score> fields;
  Score overall;
  int documents = 0;
};

// Expected jobs matched to parsed ones in order: the next parsed job (from where the last match
// left off) with the same title or company, else the one at the same position.
std::vector<int> AlignJobs(const json::array& expected,
                           const std::vector<document::Experience>& parsed) {
  std::vector<int> match(expected.size(), -1);
  std::vector<bool> used(parsed.size(), false);
  std::size_t from = 0;
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const json::object& want = expected[i].as_object();
    for (std::size_t j = from; j < parsed.size(); ++j) {
      if (used[j]) continue;
      if (Canonical(parsed[j].title) == Canonical(Text(want, "title")) ||
          Canonical(parsed[j].company) == Canonical(Text(want, "company"))) {
        match[i] = static_cast<int>(j);
        used[j] = true;
        from = j + 1;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    if (match[i] < 0 && i < parsed.size() && !used[i]) {
      match[i] = static_cast<int>(i);
      used[i] = true;
    }
  }
  return match;
}

TEST(GeneratedCorpus, ParserReadsLayoutsItWasNotTunedTo) {
  const char* dir_env = std::getenv("RESUMAX_GENERATED_CORPUS");
  const std::filesystem::path corpus = dir_env != nullptr ? dir_env : RESUMAX_GENERATED_CORPUS_DIR;
  if (!std::filesystem::exists(corpus / "index.jsonl")) {
    if (std::getenv("RESUMAX_REQUIRE_GENERATED_CORPUS") != nullptr) {
      FAIL() << "The generated corpus is missing at " << corpus << ": run `make corpus`.";
    }
    GTEST_SKIP() << "The generated corpus is not at " << corpus
                 << "; `make corpus` writes it (make test does so first). Skipping.";
  }
  const char* only_layout = std::getenv("RESUMAX_CORPUS_LAYOUT");

  std::map<std::string, Tally> splits;   // "tuning", "frozen"
  std::map<std::string, Tally> layouts;  // by layout id
  std::map<std::string, std::string> layout_split;
  std::ostringstream misses;

  std::ifstream index(corpus / "index.jsonl");
  std::string line;
  while (std::getline(index, line)) {
    if (line.empty()) continue;
    const json::object entry = json::parse(line).as_object();
    const std::string file = Text(entry, "file");
    const std::string layout = Text(entry, "layout");
    const std::string split = Text(entry, "split");
    if (only_layout != nullptr && layout != only_layout) continue;
    layout_split[layout] = split;
    const bool show = split == "tuning";
    const json::object& want = entry.at("expected").as_object();

    const std::string mime =
        file.ends_with(".pdf")
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    Result<ParseOutput> parsed = ParseResume(ReadFile(corpus / file), mime, ParseLimits{});
    ASSERT_TRUE(parsed) << file << ": " << parsed.error().code << " " << parsed.error().internal;
    const document::ResumeDocument& doc = parsed->document;

    Tally& by_split = splits[split];
    Tally& by_layout = layouts[layout];
    ++by_split.documents;
    ++by_layout.documents;
    auto record = [&](const std::string& field, double points, const std::string& expected,
                      const std::string& got) {
      for (Tally* tally : {&by_split, &by_layout}) {
        tally->fields[field].Add(points);
        tally->overall.Add(points);
      }
      if (points < 1 && show) {
        misses << "  " << file << " " << field << ": want [" << expected << "] got [" << got
               << "]\n";
      }
    };
    auto same = [&](const std::string& field, const std::string& expected, const std::string& got) {
      record(field, Canonical(expected) == Canonical(got) ? 1 : 0, expected, got);
    };

    same("name", Text(want, "name"), doc.contact.name);
    if (!Text(want, "postNominals").empty()) {
      same("post_nominals", Text(want, "postNominals"), doc.contact.post_nominals);
    }
    same("email", Text(want, "email"), doc.contact.email);
    record("phone", Digits(Text(want, "phone")) == Digits(doc.contact.phone) ? 1 : 0,
           Text(want, "phone"), doc.contact.phone);

    const json::array& jobs = want.at("experience").as_array();
    record("jobs", jobs.size() == doc.experience.size() ? 1 : 0, std::to_string(jobs.size()),
           std::to_string(doc.experience.size()));
    const std::vector<int> match = AlignJobs(jobs, doc.experience);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
      const json::object& job = jobs[i].as_object();
      const std::string at = "[" + std::to_string(i) + "]";
      if (match[i] < 0) {
        for (const char* field : {"job_title", "job_company", "job_start", "job_end"}) {
          record(field, 0, at + " a job", "none");
        }
        record("job_bullets", 0, at + " a job", "none");
        continue;
      }
      const document::Experience& got = doc.experience[static_cast<std::size_t>(match[i])];
      same("job_title", Text(job, "title"), got.title);
      same("job_company", Text(job, "company"), got.company);
      same("job_start", Text(job, "start"), DateText(got.period.start));
      const bool current = job.at("current").as_bool();
      same("job_end", current ? "current" : Text(job, "end"),
           got.period.current ? "current" : DateText(got.period.end));
      const bool prose = job.if_contains("prose") != nullptr && job.at("prose").as_bool();
      if (prose) {
        record("job_bullets", got.summary.empty() && got.bullets.empty() ? 0 : 1,
               at + " a paragraph", "nothing");
      } else {
        const auto bullets = job.at("bullets").to_number<std::int64_t>();
        record("job_bullets", static_cast<std::int64_t>(got.bullets.size()) == bullets ? 1 : 0,
               at + " " + std::to_string(bullets) + " bullets",
               std::to_string(got.bullets.size()) +
                   (got.summary.empty() ? "" : " + summary [" + got.summary + "]"));
      }
    }

    const json::array& schools = want.at("education").as_array();
    record("schools", schools.size() == doc.education.size() ? 1 : 0,
           std::to_string(schools.size()), std::to_string(doc.education.size()));
    for (std::size_t i = 0; i < schools.size(); ++i) {
      const json::object& school = schools[i].as_object();
      if (i >= doc.education.size()) {
        record("degree", 0, Text(school, "degree"), "none");
        record("school", 0, Text(school, "school"), "none");
        continue;
      }
      const document::Education& got = doc.education[i];
      std::string degree = got.degree;
      if (!got.field.empty()) degree += (degree.empty() ? "" : " ") + got.field;
      // A degree read whole or as degree + field both count: "B.A., English" = "B.A." + "English".
      const bool degree_ok = Canonical(Text(school, "degree")) == Canonical(got.degree) ||
                             Canonical(Text(school, "degree")) == Canonical(degree) ||
                             (!got.field.empty() && Canonical(Text(school, "degree")) ==
                                                        Canonical(got.degree + ", " + got.field)) ||
                             (!got.field.empty() && Canonical(Text(school, "degree")) ==
                                                        Canonical(got.degree + " in " + got.field));
      record("degree", degree_ok ? 1 : 0, Text(school, "degree"), degree);
      same("school", Text(school, "school"), got.school);
    }

    const json::array& skills = want.at("skills").as_array();
    if (!skills.empty()) {
      const std::vector<std::string> got = document::AllSkills(doc);
      int found = 0;
      std::string missing;
      for (const json::value& skill : skills) {
        bool hit = false;
        for (const std::string& item : got) hit = hit || ContainsWords(item, skill.as_string());
        found += hit ? 1 : 0;
        if (!hit) missing += std::string(skill.as_string()) + "; ";
      }
      record("skills_recall", static_cast<double>(found) / static_cast<double>(skills.size()),
             "all", "missing " + missing);
      int right = 0;
      std::string extra;
      for (const std::string& item : got) {
        bool hit = false;
        for (const json::value& skill : skills) {
          hit = hit || ContainsWords(item, skill.as_string());
        }
        right += hit ? 1 : 0;
        if (!hit) extra += item + "; ";
      }
      record("skills_precision",
             got.empty() ? 0 : static_cast<double>(right) / static_cast<double>(got.size()),
             "only skills", "also " + extra);
    }
  }
  ASSERT_FALSE(splits.empty()) << "no document in " << corpus / "index.jsonl";

  std::printf("\nGenerated corpus (%s)\n", corpus.c_str());
  std::printf("  %-28s %-7s %5s %9s\n", "layout", "split", "docs", "accuracy");
  for (const auto& [layout, tally] : layouts) {
    std::printf("  %-28s %-7s %5d %8.1f%%\n", layout.c_str(), layout_split[layout].c_str(),
                tally.documents, 100 * tally.overall.Rate());
  }
  std::printf("\n  %-18s", "field");
  for (const auto& [split, tally] : splits) std::printf(" %14s", split.c_str());
  std::printf("\n");
  for (const char* field : kFields) {
    std::printf("  %-18s", field);
    for (const auto& [split, tally] : splits) {
      const auto it = tally.fields.find(field);
      if (it == tally.fields.end()) {
        std::printf(" %14s", "-");
      } else {
        std::printf(" %7.1f%% %5d", 100 * it->second.Rate(), it->second.count);
      }
    }
    std::printf("\n");
  }
  std::printf("  %-18s", "OVERALL");
  for (const auto& [split, tally] : splits) {
    std::printf(" %7.1f%% %5d", 100 * tally.overall.Rate(), tally.overall.count);
  }
  std::printf("\n");
  if (!misses.str().empty()) std::printf("Misses (tuning split):\n%s", misses.str().c_str());

  if (const char* report_path = std::getenv("RESUMAX_CORPUS_REPORT")) {
    json::object report;
    for (const auto& [split, tally] : splits) {
      json::object fields;
      for (const auto& [field, score] : tally.fields) fields[field] = score.Rate();
      report[split] = json::object{{"documents", tally.documents},
                                   {"accuracy", tally.overall.Rate()},
                                   {"fields", std::move(fields)}};
    }
    json::object by_layout;
    for (const auto& [layout, tally] : layouts) {
      by_layout[layout] = json::object{{"split", layout_split[layout]},
                                       {"documents", tally.documents},
                                       {"accuracy", tally.overall.Rate()}};
    }
    report["layouts"] = std::move(by_layout);
    std::ofstream(report_path) << json::serialize(report) << "\n";
  }

  if (only_layout == nullptr) {
    if (splits.contains("tuning")) {
      EXPECT_GE(splits["tuning"].overall.Rate(), kTuningFloor);
    }
    if (splits.contains("frozen")) {
      EXPECT_GE(splits["frozen"].overall.Rate(), kFrozenFloor);
    }
  }
}

}  // namespace
}  // namespace resumax::documents

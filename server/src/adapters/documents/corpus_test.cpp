// Parses every resume of the real corpus (shared/corpus/real, outside the repository) and
// scores the extracted fields against expected.jsonl.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "adapters/documents/corpus_scoring.h"
#include "adapters/documents/resume_reader.h"
#include "domain/document/document_test_support.h"
#include "domain/parsing/dates.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::documents {
namespace {

using scoring::Canonical;
using scoring::ContainsWords;
using scoring::Digits;
using scoring::ReadFile;

// The parser reads 99.9 % of this corpus (276 scored fields; a skills label read as a group name,
// not a skill, is the miss); more than two misses fail.
constexpr double kOverallFloor = 0.99;

const char* const kFields[] = {
    "name",      "email",   "phone",           "experience_count", "job_title", "job_company",
    "job_start", "job_end", "education_count", "degree",           "school",    "skills_sample"};

std::string Text(const boost::json::value& value) {
  return value.is_string() ? std::string(value.as_string()) : std::string();
}

// A printed date as the parser reports it: "YYYY-MM", "YYYY", "current" or "".
std::string ExpectedDate(const boost::json::value& value) {
  if (!value.is_string()) return "";
  bool current = false;
  std::optional<std::string> date = parsing::NormalizeDate(value.as_string(), &current);
  if (current) return "current";
  return date.value_or("");
}

struct Score {
  double points = 0;
  int count = 0;
};

TEST(Corpus, RealResumesParseIntoTheExpectedFields) {
  const std::filesystem::path corpus = RESUMAX_CORPUS_DIR;
  if (!std::filesystem::exists(corpus / "expected.jsonl")) {
    GTEST_SKIP() << "The real-resume corpus is not at " << corpus
                 << " (it lives in shared/corpus/real beside the repository); skipping.";
  }
  std::map<std::string, Score> fields;
  Score overall;
  std::ostringstream misses;
  std::ifstream expected_file(corpus / "expected.jsonl");
  std::string json_line;
  int files = 0;
  while (std::getline(expected_file, json_line)) {
    if (json_line.empty()) continue;
    const boost::json::object expected = boost::json::parse(json_line).as_object();
    const std::string file = Text(expected.at("file"));
    const std::string notes = Text(expected.at("notes"));
    const std::string mime =
        file.ends_with(".pdf")
            ? "application/pdf"
            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    ++files;
    Result<ParseOutput> parsed = ParseResume(ReadFile(corpus / file), mime, ParseLimits{});
    ASSERT_TRUE(parsed) << file << ": " << parsed.error().code << " " << parsed.error().internal;
    const boost::json::object sections = document::testing::Sections(parsed->document);
    const boost::json::object& contact = sections.at("contact").as_object();
    const boost::json::array& jobs = sections.at("experience").as_array();
    const boost::json::array& schools = sections.at("education").as_array();

    auto record = [&](const char* field, double points, const std::string& want,
                      const std::string& got) {
      fields[field].points += points;
      ++fields[field].count;
      overall.points += points;
      ++overall.count;
      if (points < 1) {
        misses << "  " << file << " " << field << ": want [" << want << "] got [" << got << "]\n";
      }
    };
    auto same = [&](const char* field, const std::string& want, const std::string& got) {
      record(field, Canonical(want) == Canonical(got) ? 1 : 0, want, got);
    };

    same("name", Text(expected.at("name")), Text(contact.at("name")));
    same("email", Text(expected.at("email")), Text(contact.at("email")));
    const std::string phone_want = Digits(Text(expected.at("phone")));
    const std::string phone_got = Digits(Text(contact.at("phone")));
    record("phone", phone_want == phone_got ? 1 : 0, Text(expected.at("phone")),
           Text(contact.at("phone")));
    const auto experience_count = expected.at("experience_count").as_int64();
    record("experience_count", static_cast<std::int64_t>(jobs.size()) == experience_count ? 1 : 0,
           std::to_string(experience_count), std::to_string(jobs.size()));
    const boost::json::object empty;
    const boost::json::object& job = jobs.empty() ? empty : jobs[0].as_object();
    auto job_field = [&](const char* key) {
      const auto* value = job.if_contains(key);
      return value == nullptr ? boost::json::value() : *value;
    };
    if (expected.at("first_job").is_object()) {
      const boost::json::object& want = expected.at("first_job").as_object();
      same("job_title", Text(want.at("title")), Text(job_field("title")));
      same("job_company", Text(want.at("company")), Text(job_field("company")));
      same("job_start", ExpectedDate(want.at("start")), Text(job_field("startDate")));
      const std::string end_got = job_field("current").is_bool() && job_field("current").as_bool()
                                      ? "current"
                                      : Text(job_field("endDate"));
      same("job_end", ExpectedDate(want.at("end")), end_got);
    } else {
      for (const char* field : {"job_title", "job_company", "job_start", "job_end"}) {
        record(field, jobs.empty() ? 1 : 0, "(no job)", jobs.empty() ? "(no job)" : "a job");
      }
    }
    const auto education_count = expected.at("education_count").as_int64();
    record("education_count", static_cast<std::int64_t>(schools.size()) == education_count ? 1 : 0,
           std::to_string(education_count), std::to_string(schools.size()));
    const boost::json::object& school = schools.empty() ? empty : schools[0].as_object();
    const boost::json::object& want_school = expected.at("first_education").as_object();
    same("degree", Text(want_school.at("degree")),
         school.contains("degree") ? Text(school.at("degree")) : "");
    same("school", Text(want_school.at("school")),
         school.contains("school") ? Text(school.at("school")) : "");

    const bool no_skills_section = notes.find("No Skills section") != std::string::npos;
    const boost::json::array& samples = expected.at("skills_sample").as_array();
    int found = 0;
    std::string missing;
    for (const boost::json::value& sample : samples) {
      bool hit = false;
      if (no_skills_section) {
        hit = ContainsWords(parsed->parsed_text, sample.as_string());
      } else {
        for (const boost::json::value& skill : document::testing::SkillItems(sections)) {
          hit = hit || ContainsWords(skill.as_string(), sample.as_string());
        }
      }
      found += hit ? 1 : 0;
      if (!hit) missing += std::string(sample.as_string()) + "; ";
    }
    record("skills_sample",
           samples.empty() ? 1 : static_cast<double>(found) / static_cast<double>(samples.size()),
           "all samples", "missing " + missing);
  }
  ASSERT_GT(files, 0);

  std::printf("\nCorpus accuracy over %d files (%s)\n", files, corpus.c_str());
  std::printf("  %-18s %8s\n", "field", "accuracy");
  for (const char* field : kFields) {
    const Score& score = fields[field];
    std::printf("  %-18s %7.1f%%  (%.1f/%d)\n", field, 100 * score.points / score.count,
                score.points, score.count);
  }
  const double accuracy = overall.points / overall.count;
  std::printf("  %-18s %7.1f%%  (%.1f/%d)\n", "OVERALL", 100 * accuracy, overall.points,
              overall.count);
  if (!misses.str().empty()) std::printf("Misses:\n%s", misses.str().c_str());
  EXPECT_GE(accuracy, kOverallFloor);
}

}  // namespace
}  // namespace resumax::documents

// Rows written before a migration still read after it: a database migrated to an earlier
// version, filled the way the code of that version wrote it, then migrated to the latest.
// SQLite always; PostgreSQL in a fresh database when the test services run
// (RESUMAX_TEST_POSTGRES_URL, set by `make test`).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "adapters/db/open_database.h"
#include "core/clock.h"
#include "core/ids.h"
#include "domain/resumes/resume_repository.h"

namespace resumax::db {
namespace {

constexpr const char* kUser = "11111111-1111-4111-8111-111111111111";
constexpr const char* kResume = "33333333-3333-4333-8333-333333333333";
constexpr const char* kJob = "44444444-4444-4444-8444-444444444444";
constexpr const char* kOptimization = "55555555-5555-4555-8555-555555555555";
constexpr const char* kVersion = "66666666-6666-4666-8666-666666666666";
constexpr const char* kExport = "77777777-7777-4777-8777-777777777777";

// parsedSections exactly as the parser stored them before schemaVersion 2.
constexpr const char* kStoredBeforeVersionTwo = R"({"contact":{"name":"Dana Whitfield",
"email":"dana@example.com","phone":null,"location":"Portland, OR","links":["github.com/dana"]},
"summary":"Backend engineer.","experience":[{"title":"Engineer","company":"Northwind",
"location":null,"startDate":"2021-03","endDate":null,"current":true,"bullets":["Built it"],
"confidence":0.9}],"education":[],"skills":["Go","Python"],"projects":[],
"certifications":["AWS Certified"],"other":[{"heading":"Volunteering","text":"Mentor"}]})";

class Migrations : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres") {
      const char* base = std::getenv("RESUMAX_TEST_POSTGRES_URL");
      if (!base) GTEST_SKIP() << "RESUMAX_TEST_POSTGRES_URL is not set: `make test` starts it";
      const std::string name = "migration_" + NewUuid().substr(0, 8);
      const std::string command =
          std::string("psql -q -X \"") + base + "\" -c 'CREATE DATABASE " + name + "' >/dev/null";
      ASSERT_EQ(std::system(command.c_str()), 0);
      const std::string url(base);
      database_ = OpenDatabase(url.substr(0, url.rfind('/') + 1) + name, 2);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("resumax-migration-" + NewUuid());
      std::filesystem::create_directories(directory_);
      database_ = OpenDatabase("sqlite:" + (directory_ / "test.db").string(), 2);
    }
  }
  void TearDown() override {
    database_.reset();
    if (!directory_.empty()) std::filesystem::remove_all(directory_);
  }
  void Run(const std::string& sql, std::vector<Value> params) { database_->Execute(sql, params); }
  std::unique_ptr<Database> database_;
  std::filesystem::path directory_;
};

TEST_P(Migrations, RowsOfVersionSevenReadAsEditableDocuments) {
  ASSERT_EQ(Migrate(*database_, 7), 7);
  const std::string now = FormatTimestamp(std::chrono::system_clock::now());
  Run("INSERT INTO users (id, email, password_hash, name, created_at, updated_at) "
      "VALUES (?, 'dana@example.com', 'x', 'Dana', ?, ?)",
      {kUser, now, now});
  Run("INSERT INTO resumes (id, user_id, title, original_filename, storage_key, mime_type, "
      "size_bytes, parse_status, parsed_text, parsed_sections, created_at, updated_at) VALUES "
      "(?, ?, 'cv', 'cv.pdf', 'k', 'application/pdf', 1, 'completed', 'text', ?, ?, ?)",
      {kResume, kUser, std::string(kStoredBeforeVersionTwo), now, now});
  Run("INSERT INTO job_descriptions (id, user_id, title, source_type, sanitized_text, "
      "created_at, updated_at) VALUES (?, ?, 'Engineer', 'paste', 'text', ?, ?)",
      {kJob, kUser, now, now});
  Run("INSERT INTO optimizations (id, user_id, resume_id, job_description_id, status, strategy, "
      "request_hash, created_at, updated_at) VALUES (?, ?, ?, ?, 'completed', 'balanced', 'h', "
      "?, ?)",
      {kOptimization, kUser, kResume, kJob, now, now});
  Run("INSERT INTO optimization_versions (id, optimization_id, user_id, resume_id, "
      "accepted_changes, optimized_sections, diff, alignment_score, score_breakdown, "
      "created_at) VALUES (?, ?, ?, ?, '[]', ?, '[]', 80, '{}', ?)",
      {kVersion, kOptimization, kUser, kResume, std::string(kStoredBeforeVersionTwo), now});
  Run("INSERT INTO export_artifacts (id, user_id, version_id, format, template, paper_size, "
      "storage_key, file_name, size_bytes, expires_at, created_at) VALUES (?, ?, ?, 'pdf', "
      "'classic', 'letter', 'users/x/exports/y/cv.pdf', 'cv.pdf', 10, ?, ?)",
      {kExport, kUser, kVersion, now, now});

  EXPECT_GE(Migrate(*database_), 1);

  resumes::ResumeRepository repository(*database_);
  const auto resume = repository.FindForUser(kUser, kResume);
  ASSERT_TRUE(resume);
  ASSERT_TRUE(resume->document);
  EXPECT_EQ(resume->revision, 1);
  EXPECT_FALSE(resume->edited);
  const document::ResumeDocument& read = *resume->document;
  EXPECT_EQ(read.contact.name, "Dana Whitfield");
  ASSERT_EQ(read.experience.size(), 1u);
  EXPECT_EQ(read.experience[0].id, "exp1");
  EXPECT_TRUE(read.experience[0].period.current);
  ASSERT_EQ(read.skills.size(), 1u);
  EXPECT_EQ(read.skills[0].items, (std::vector<std::string>{"Go", "Python"}));
  EXPECT_EQ(read.certifications.at(0).name, "AWS Certified");
  EXPECT_EQ(read.custom.at(0).title, "Volunteering");

  // The parser's document was kept as the original: an edit can be undone.
  document::ResumeDocument edited = read;
  edited.contact.name = "Dana M. Whitfield";
  ASSERT_TRUE(repository.SaveDocument(kUser, kResume, 1, edited, now));
  EXPECT_FALSE(repository.SaveDocument(kUser, kResume, 1, edited, now)) << "a stale revision";
  EXPECT_TRUE(repository.FindForUser(kUser, kResume)->edited);
  ASSERT_TRUE(repository.RestoreOriginal(kUser, kResume, now));
  const auto restored = repository.FindForUser(kUser, kResume);
  EXPECT_EQ(restored->revision, 3);
  EXPECT_FALSE(restored->edited);
  EXPECT_EQ(restored->document->contact.name, "Dana Whitfield");

  // Versions made before are optimization versions; the export row survived its table's
  // rebuild; an export belongs to a version or a resume, never both or neither.
  const Value version[] = {std::string(kVersion)};
  const auto origin = database_->QueryOne(
      "SELECT origin, parent_version_id FROM optimization_versions WHERE id = ?", version);
  ASSERT_TRUE(origin);
  EXPECT_EQ(origin->Text(0), "optimization");
  EXPECT_TRUE(origin->IsNull(1));
  EXPECT_EQ(database_->QueryOne("SELECT COUNT(*) FROM export_artifacts")->Int(0), 1);
  const std::string insert =
      "INSERT INTO export_artifacts (id, user_id, version_id, resume_id, resume_revision, "
      "format, template, paper_size, storage_key, file_name, size_bytes, expires_at, "
      "created_at) VALUES (?, ?, ?, ?, ?, 'json', '', '', 'k', 'cv.json', 1, ?, ?)";
  EXPECT_EQ(database_->Execute(insert, std::vector<Value>{NewUuid(), kUser, nullptr, kResume,
                                                          std::int64_t{3}, now, now}),
            1);
  EXPECT_THROW(database_->Execute(insert, std::vector<Value>{NewUuid(), kUser, nullptr, nullptr,
                                                             nullptr, now, now}),
               DatabaseError);
}

INSTANTIATE_TEST_SUITE_P(Dialects, Migrations, ::testing::Values("sqlite", "postgres"));

}  // namespace
}  // namespace resumax::db

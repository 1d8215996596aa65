#include "domain/export/export_service.h"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>
#include <filesystem>

#include "adapters/db/open_database.h"
#include "adapters/export/writers.h"
#include "adapters/queue/database_job_queue.h"
#include "adapters/storage/local_object_store.h"
#include "core/crypto.h"
#include "core/ids.h"
#include "domain/export/export_test_support.h"
#include "domain/optimize/local_change_engine.h"

namespace resumax::exporting {
namespace {

using db::Value;

class ManualClock final : public Clock {
 public:
  TimePoint Now() const override { return now_; }
  void Advance(std::chrono::seconds by) { now_ += by; }

 private:
  TimePoint now_ = std::chrono::system_clock::now();
};

// A SQLite database with one user's saved version (and another user), an encrypted local
// store, and the service under test.
class ExportServiceTest : public ::testing::Test {
 protected:
  ExportServiceTest()
      : root_(MakeRoot()),
        database_(db::OpenDatabase("sqlite:" + (root_ / "db.sqlite").string(), 2)),
        store_(root_ / "objects", std::string(32, 'k'), "http://localhost"),
        queue_(*database_, clock_),
        optimizations_(*database_, queue_, optimize::Taxonomy::Builtin(), engine_, clock_, {}),
        resumes_(*database_),
        exports_(*database_, store_, optimizations_, resumes_, DefaultRenderers(), clock_, {}) {
    db::Migrate(*database_);
    const std::string now = FormatTimestamp(clock_.Now());
    for (const std::string id : {kOwner, kStranger}) {
      database_->Execute(
          "INSERT INTO users (id, email, password_hash, name, created_at, updated_at) "
          "VALUES (?, ?, 'x', 'Dana', ?, ?)",
          std::vector<Value>{id, id + "@example.com", now, now});
    }
    database_->Execute(
        "INSERT INTO resumes (id, user_id, title, original_filename, storage_key, mime_type, "
        "size_bytes, created_at, updated_at) VALUES (?, ?, 'cv', 'cv.pdf', 'k', "
        "'application/pdf', 1, ?, ?)",
        std::vector<Value>{kResume, kOwner, now, now});
    database_->Execute(
        "INSERT INTO job_descriptions (id, user_id, title, source_type, sanitized_text, "
        "created_at, updated_at) VALUES (?, ?, 'Engineer', 'paste', 'text', ?, ?)",
        std::vector<Value>{kJob, kOwner, now, now});
    database_->Execute(
        "INSERT INTO optimizations (id, user_id, resume_id, job_description_id, status, "
        "strategy, request_hash, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, 'completed', 'balanced', 'h', ?, ?)",
        std::vector<Value>{kOptimization, kOwner, kResume, kJob, now, now});
    database_->Execute(
        "INSERT INTO optimization_versions (id, optimization_id, user_id, resume_id, "
        "accepted_changes, optimized_sections, diff, alignment_score, score_breakdown, "
        "created_at) VALUES (?, ?, ?, ?, '[]', ?, '[]', 80, '{}', ?)",
        std::vector<Value>{kVersion, kOptimization, kOwner, kResume,
                           boost::json::serialize(testing::SampleSections()), now});
  }
  ~ExportServiceTest() override {
    std::error_code ignored;
    std::filesystem::remove_all(root_, ignored);
  }

  static std::filesystem::path MakeRoot() {
    auto root = std::filesystem::temp_directory_path() / ("resumax-exports-" + NewUuid());
    std::filesystem::create_directories(root);
    return root;
  }
  static auth::User User(const char* id) {
    auth::User user;
    user.id = id;
    return user;
  }
  Result<ExportLink> Export(ExportFormat format, const char* user = kOwner) {
    return exports_.Create(User(user), {.version_id = kVersion, .format = format});
  }

  static constexpr const char* kOwner = "11111111-1111-4111-8111-111111111111";
  static constexpr const char* kStranger = "22222222-2222-4222-8222-222222222222";
  static constexpr const char* kResume = "33333333-3333-4333-8333-333333333333";
  static constexpr const char* kJob = "44444444-4444-4444-8444-444444444444";
  static constexpr const char* kOptimization = "55555555-5555-4555-8555-555555555555";
  static constexpr const char* kVersion = "66666666-6666-4666-8666-666666666666";

  std::filesystem::path root_;
  ManualClock clock_;
  std::unique_ptr<db::Database> database_;
  storage::LocalObjectStore store_;
  jobs::DatabaseJobQueue queue_;
  optimize::LocalChangeEngine engine_;
  optimize::OptimizationService optimizations_;
  resumes::ResumeRepository resumes_;
  ExportService exports_;
};

TEST_F(ExportServiceTest, RendersOnceAndReusesUntilExpiry) {
  crypto::Initialize();
  auto first = Export(ExportFormat::kPdf);
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_FALSE(first->reused);
  EXPECT_EQ(first->artifact.file_name, "Dana-Whitfield-Resume.pdf");
  EXPECT_TRUE(
      first->artifact.storage_key.starts_with(std::string("users/") + kOwner + "/exports/"));
  ASSERT_TRUE(store_.Head(first->artifact.storage_key));
  EXPECT_TRUE(first->preview_url.has_value());

  auto again = Export(ExportFormat::kPdf);
  ASSERT_TRUE(again);
  EXPECT_TRUE(again->reused);
  EXPECT_EQ(again->artifact.id, first->artifact.id);

  // Past its 7 days the file is rendered anew and the old one deleted.
  clock_.Advance(std::chrono::hours(24 * 8));
  auto renewed = Export(ExportFormat::kPdf);
  ASSERT_TRUE(renewed);
  EXPECT_FALSE(renewed->reused);
  EXPECT_NE(renewed->artifact.id, first->artifact.id);
  EXPECT_FALSE(store_.Head(first->artifact.storage_key));
}

TEST_F(ExportServiceTest, AMissingFileIsRenderedAgain) {
  crypto::Initialize();
  auto first = Export(ExportFormat::kDocx);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->preview_url.has_value());
  store_.Delete(first->artifact.storage_key);
  auto again = Export(ExportFormat::kDocx);
  ASSERT_TRUE(again);
  EXPECT_FALSE(again->reused);
  EXPECT_TRUE(store_.Head(again->artifact.storage_key));
}

TEST_F(ExportServiceTest, AnotherUsersVersionIsNotFound) {
  crypto::Initialize();
  auto refused = Export(ExportFormat::kText, kStranger);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "not_found");
  EXPECT_FALSE(exports_.ListForVersion(User(kStranger), kVersion));
}

TEST_F(ExportServiceTest, ListsUnexpiredExportsAndPurgesExpiredOnes) {
  crypto::Initialize();
  auto pdf = Export(ExportFormat::kPdf);
  clock_.Advance(std::chrono::hours(24 * 4));
  auto text = Export(ExportFormat::kText);
  ASSERT_TRUE(pdf && text);
  auto listed = exports_.ListForVersion(User(kOwner), kVersion);
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ(listed->front().artifact.id, text->artifact.id);  // newest first

  clock_.Advance(std::chrono::hours(24 * 4));  // the PDF is 8 days old, the text 4
  EXPECT_EQ(exports_.ListForVersion(User(kOwner), kVersion)->size(), 1u);
  EXPECT_EQ(exports_.PurgeExpired(), 1u);
  EXPECT_FALSE(store_.Head(pdf->artifact.storage_key));
  EXPECT_TRUE(store_.Head(text->artifact.storage_key));
  EXPECT_EQ(exports_.PurgeExpired(), 0u);
}

TEST(ExportFileName, KeepsLettersAndDigitsOfTheName) {
  PrintedResume document;
  EXPECT_EQ(ExportFileName(document, ExportFormat::kPdf), "Resume.pdf");
  document.contact.name = "  Zoë O'Neil-Smith 3rd ";
  EXPECT_EQ(ExportFileName(document, ExportFormat::kDocx), "Zo-O-Neil-Smith-3rd-Resume.docx");
  document.contact.name = "李小龙";
  EXPECT_EQ(ExportFileName(document, ExportFormat::kText), "Resume.txt");
}

}  // namespace
}  // namespace resumax::exporting

// The database job queue and the worker pool on SQLite, and on PostgreSQL when the test
// services run (RESUMAX_TEST_POSTGRES_CONTRACT_URL, set by `make test`). ctest runs these
// cases in parallel and the queue claims any due row, so each PostgreSQL case gets a schema
// of its own: another case's jobs are never claimed or deleted under it.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "adapters/db/open_database.h"
#include "adapters/queue/database_job_queue.h"
#include "core/crypto.h"
#include "core/ids.h"
#include "domain/jobs/worker_pool.h"

namespace resumax::jobs {
namespace {

class QueueContract : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    crypto::Initialize();
    if (GetParam() == "postgres") {
      const char* url = std::getenv("RESUMAX_TEST_POSTGRES_CONTRACT_URL");
      if (!url)
        GTEST_SKIP()
            << "RESUMAX_TEST_POSTGRES_CONTRACT_URL is not set: `make test` starts PostgreSQL";
      schema_ = "queue_" + NewUuid().substr(0, 8);
      // Quiet: the migrations' and the cleanup's notices would fill the test log.
      base_url_ = std::string(url) +
                  (std::string_view(url).find('?') == std::string::npos ? "?" : "&") +
                  "options=-cclient_min_messages%3Dwarning";
      db::OpenDatabase(base_url_, 1)->ExecuteScript("CREATE SCHEMA " + schema_);
      database_ = db::OpenDatabase(base_url_ + "%20-csearch_path%3D" + schema_, 6);
    } else {
      directory_ = std::filesystem::temp_directory_path() / ("resumax-queue-" + NewUuid());
      std::filesystem::create_directories(directory_);
      database_ = db::OpenDatabase("sqlite:" + (directory_ / "q.db").string(), 6);
    }
    db::Migrate(*database_);
    database_->Execute("DELETE FROM jobs");
    queue_ = std::make_unique<DatabaseJobQueue>(*database_, clock_);
  }
  void TearDown() override {
    queue_.reset();
    database_.reset();
    if (!schema_.empty())
      db::OpenDatabase(base_url_, 1)->ExecuteScript("DROP SCHEMA " + schema_ + " CASCADE");
    if (!directory_.empty()) std::filesystem::remove_all(directory_);
  }
  std::string Status(const std::string& id) {
    return database_->QueryOne("SELECT status FROM jobs WHERE id = ?", std::vector<db::Value>{id})
        ->Text(0);
  }

  SystemClock clock_;
  std::filesystem::path directory_;
  std::string base_url_;
  std::string schema_;
  std::unique_ptr<db::Database> database_;
  std::unique_ptr<JobQueue> queue_;
};

TEST_P(QueueContract, ClaimsDueJobsOnceAndHonoursDelay) {
  const auto now_id = queue_->Enqueue("k", R"({"n":1})");
  queue_->Enqueue("k", R"({"n":2})", {std::chrono::hours(1), 3});
  auto job = queue_->Claim(std::chrono::seconds(60));
  ASSERT_TRUE(job);
  EXPECT_EQ(job->id, now_id);
  EXPECT_EQ(job->attempt, 1);
  EXPECT_EQ(job->kind, "k");
  EXPECT_FALSE(queue_->Claim(std::chrono::seconds(60))) << "leased, and the other is not due";
  queue_->Complete(job->id);
  EXPECT_EQ(Status(job->id), "succeeded");
  EXPECT_EQ(queue_->Depth(), 1);
}

TEST_P(QueueContract, ExpiredLeasesAreClaimedAgain) {
  const auto id = queue_->Enqueue("k", "{}");
  auto first = queue_->Claim(std::chrono::seconds(1));
  ASSERT_TRUE(first);
  EXPECT_FALSE(queue_->Claim(std::chrono::seconds(1)));
  std::this_thread::sleep_for(std::chrono::milliseconds(1100));
  auto second = queue_->Claim(std::chrono::seconds(60));
  ASSERT_TRUE(second) << "the first worker died";
  EXPECT_EQ(second->id, id);
  EXPECT_EQ(second->attempt, 2);
}

TEST_P(QueueContract, ConcurrentWorkersNeverShareAJob) {
  for (int i = 0; i < 40; ++i) queue_->Enqueue("k", "{}");
  std::mutex mutex;
  std::multiset<std::string> claimed;
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w) {
    workers.emplace_back([&] {
      while (auto job = queue_->Claim(std::chrono::seconds(60))) {
        std::lock_guard lock(mutex);
        claimed.insert(job->id);
      }
    });
  }
  for (auto& worker : workers) worker.join();
  EXPECT_EQ(claimed.size(), 40U);
  EXPECT_EQ(std::set<std::string>(claimed.begin(), claimed.end()).size(), 40U);
}

TEST_P(QueueContract, WorkerPoolRetriesWithBackoffThenDeadLetters) {
  WorkerSettings settings;
  settings.workers = 2;
  settings.retry_base = std::chrono::milliseconds(20);
  settings.poll_interval = std::chrono::milliseconds(10);
  WorkerPool pool(*queue_, settings);
  std::atomic<int> flaky_runs{0};
  std::atomic<int> doomed_runs{0};
  std::atomic<int> dead_calls{0};
  std::string dead_error;
  pool.Register("flaky", {[&](const ClaimedJob& job) {
                            ++flaky_runs;
                            return job.attempt < 3 ? HandlerResult{Outcome::kRetry, "not yet"}
                                                   : HandlerResult{Outcome::kDone, {}};
                          },
                          {}});
  pool.Register("doomed", {[&](const ClaimedJob&) -> HandlerResult {
                             ++doomed_runs;
                             throw std::runtime_error("storage unreachable");
                           },
                           [&](const ClaimedJob&, const std::string& error) {
                             dead_error = error;
                             ++dead_calls;
                           }});
  const auto flaky = queue_->Enqueue("flaky", "{}", {std::chrono::milliseconds(0), 5});
  const auto doomed = queue_->Enqueue("doomed", "{}", {std::chrono::milliseconds(0), 3});
  const auto permanent = queue_->Enqueue("unknown-kind", "{}");
  pool.Start();
  for (int i = 0; i < 300 && (Status(flaky) != "succeeded" || Status(doomed) != "dead"); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  pool.Stop();
  EXPECT_EQ(Status(flaky), "succeeded");
  EXPECT_EQ(flaky_runs.load(), 3);
  EXPECT_EQ(Status(doomed), "dead");
  EXPECT_EQ(doomed_runs.load(), 3);
  EXPECT_EQ(dead_calls.load(), 1);
  EXPECT_EQ(dead_error, "storage unreachable");
  EXPECT_EQ(Status(permanent), "dead");
}

INSTANTIATE_TEST_SUITE_P(Backends, QueueContract, ::testing::Values("sqlite", "postgres"));

TEST(Backoff, GrowsExponentiallyWithJitterAndACap) {
  class NoQueue final : public JobQueue {
   public:
    std::string Enqueue(const std::string&, const std::string&, const EnqueueOptions&) override {
      return {};
    }
    std::optional<ClaimedJob> Claim(std::chrono::seconds) override { return std::nullopt; }
    void Complete(const std::string&) override {}
    void Retry(const std::string&, const std::string&, std::chrono::milliseconds) override {}
    void Bury(const std::string&, const std::string&) override {}
    long long Depth() override { return 0; }
  } queue;
  WorkerSettings settings;
  settings.retry_base = std::chrono::milliseconds(1000);
  settings.retry_cap = std::chrono::milliseconds(8000);
  WorkerPool pool(queue, settings);
  for (int attempt = 1; attempt <= 6; ++attempt) {
    const long long base = std::min(1000LL << (attempt - 1), 8000LL);
    const auto delay = pool.Backoff(attempt).count();
    EXPECT_GE(delay, base) << attempt;
    EXPECT_LE(delay, base + base / 2) << attempt;
  }
}

}  // namespace
}  // namespace resumax::jobs

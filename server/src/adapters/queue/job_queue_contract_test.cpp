// The database job queue and the worker pool on SQLite, and on PostgreSQL when the test
// services run (RESUMAX_TEST_POSTGRES_CONTRACT_URL, set by `make test`). ctest runs these
// cases in parallel and the queue claims any due row, so each PostgreSQL case gets a schema
// of its own: another case's jobs are never claimed or deleted under it.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "adapters/db/open_database.h"
#include "adapters/queue/database_job_queue.h"
#include "adapters/queue/postgres_wakeups.h"
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

  // The operator's side of the queue (`resumax jobs`).
  DatabaseJobQueue& Admin() { return static_cast<DatabaseJobQueue&>(*queue_); }

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

// A lease given back at shutdown makes the job due at once, and the interrupted run is no
// attempt: a job stopped by deploys is never dead-lettered for it.
TEST_P(QueueContract, ReleasedJobsAreDueAgainWithoutSpendingAnAttempt) {
  const auto id = queue_->Enqueue("k", "{}", {std::chrono::milliseconds(0), 2});
  for (int round = 0; round < 3; ++round) {
    auto job = queue_->Claim(std::chrono::seconds(600));
    ASSERT_TRUE(job) << round;
    EXPECT_EQ(job->attempt, 1) << round;
    queue_->Release(job->id);
    EXPECT_EQ(Status(id), "queued");
  }
  queue_->Complete(id);
  queue_->Release(id);
  EXPECT_EQ(Status(id), "succeeded") << "only a running job is released";
}

// The operator's view: dead jobs keep their error, can be listed by state and kind, run again
// from their first attempt or deleted; nothing but a dead job can be requeued or discarded.
TEST_P(QueueContract, DeadJobsAreListedRequeuedAndDiscarded) {
  const auto first = queue_->Enqueue("parse", "{}", {std::chrono::milliseconds(0), 1, "user-1"});
  const auto second = queue_->Enqueue("mail", "{}");
  const auto waiting = queue_->Enqueue("parse", "{}", {std::chrono::hours(1), 3});
  for (int i = 0; i < 2; ++i) {
    auto job = queue_->Claim(std::chrono::seconds(60));
    ASSERT_TRUE(job);
    queue_->Bury(job->id, job->kind == "parse" ? "the document is encrypted" : "relay refused");
  }
  const auto dead = Admin().List("dead", "", 10);
  ASSERT_EQ(dead.size(), 2U);
  const auto parse = Admin().List("dead", "parse", 10);
  ASSERT_EQ(parse.size(), 1U);
  EXPECT_EQ(parse[0].id, first);
  EXPECT_EQ(parse[0].last_error, "the document is encrypted");
  EXPECT_EQ(parse[0].owner, "user-1");
  EXPECT_EQ(parse[0].attempts, 1);
  EXPECT_EQ(parse[0].max_attempts, 1);
  EXPECT_EQ(Admin().List("", "", 1).size(), 1U) << "the limit holds";
  EXPECT_EQ(Admin().List("", "", 10).size(), 3U);

  bool saw_dead_parse = false;
  for (const auto& stat : Admin().Stats()) {
    if (stat.kind == "parse" && stat.status == "dead") {
      saw_dead_parse = true;
      EXPECT_EQ(stat.count, 1);
      EXPECT_GE(stat.oldest_seconds, 0);
    }
  }
  EXPECT_TRUE(saw_dead_parse);

  EXPECT_FALSE(Admin().Requeue(waiting)) << "a queued job is not dead";
  EXPECT_FALSE(Admin().Discard(waiting));
  EXPECT_TRUE(Admin().Requeue(first));
  EXPECT_EQ(Status(first), "queued");
  auto again = queue_->Claim(std::chrono::seconds(60));
  ASSERT_TRUE(again);
  EXPECT_EQ(again->id, first);
  EXPECT_EQ(again->attempt, 1) << "a requeued job starts from its first attempt";
  queue_->Complete(first);
  EXPECT_FALSE(Admin().Discard(first)) << "a succeeded job is not dead";
  EXPECT_TRUE(Admin().Discard(second));
  EXPECT_FALSE(Admin().Find(second));
  EXPECT_TRUE(Admin().List("dead", "", 10).empty());
  ASSERT_TRUE(Admin().Find(waiting));
  EXPECT_EQ(Admin().Find(waiting)->status, "queued");

  const auto third = queue_->Enqueue("mail", "{}");
  ASSERT_TRUE(queue_->Claim(std::chrono::seconds(60)));
  queue_->Bury(third, "relay refused");
  EXPECT_EQ(Admin().RequeueDead("parse"), 0);
  EXPECT_EQ(Admin().RequeueDead(""), 1);
  EXPECT_EQ(Status(third), "queued");
}

// Stopping with a grace period: a job that finishes in time completes; one that outlives the
// grace is given back to the queue (due at once, its run not counted) and the pool says so.
TEST_P(QueueContract, StoppingWithGraceReleasesJobsThatOutliveIt) {
  WorkerSettings settings;
  settings.workers = 1;
  settings.poll_interval = std::chrono::milliseconds(10);
  WorkerPool pool(*queue_, settings);
  std::atomic<bool> started{false};
  std::atomic<bool> let_go{false};
  pool.Register("slow", {[&](const ClaimedJob&) {
                           started = true;
                           while (!let_go)
                             std::this_thread::sleep_for(std::chrono::milliseconds(5));
                           return HandlerResult{};
                         },
                         {}});
  const auto id = queue_->Enqueue("slow", "{}");
  pool.Start();
  for (int i = 0; i < 500 && !started; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  ASSERT_TRUE(started);
  EXPECT_EQ(pool.Running(), 1U);
  EXPECT_FALSE(pool.Stop(std::chrono::milliseconds(100)));
  EXPECT_EQ(Status(id), "queued");
  EXPECT_EQ(Admin().Find(id)->attempts, 0);
  let_go = true;  // the destructor waits for the handler's thread

  WorkerPool quick(*queue_, settings);
  quick.Register("slow", {[](const ClaimedJob&) { return HandlerResult{}; }, {}});
  quick.Start();
  for (int i = 0; i < 500 && Status(id) != "succeeded"; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(quick.Stop(std::chrono::seconds(5)));
  EXPECT_EQ(Status(id), "succeeded") << "another worker ran the released job";
}

// PostgreSQL: a job enqueued by one process wakes the idle workers of another within
// milliseconds (LISTEN/NOTIFY), without waiting for a poll.
TEST_P(QueueContract, EnqueueWakesListenersInOtherProcesses) {
  if (GetParam() != "postgres") GTEST_SKIP() << "wake-ups across processes need PostgreSQL";
  std::mutex mutex;
  std::condition_variable woke;
  int wakeups = 0;
  PostgresWakeups listener(base_url_, {"resumax_jobs"},
                           [&](const std::string&, const std::string&) {
                             std::lock_guard lock(mutex);
                             ++wakeups;
                             woke.notify_all();
                           });
  listener.Start();
  {
    std::unique_lock lock(mutex);
    // The first wake-up comes when the listener connects (work may be waiting).
    ASSERT_TRUE(woke.wait_for(lock, std::chrono::seconds(10), [&] { return wakeups >= 1; }));
  }
  const int before = wakeups;
  queue_->Enqueue("k", "{}");
  std::unique_lock lock(mutex);
  // The listener never polls: a wake-up here is the notification.
  ASSERT_TRUE(woke.wait_for(lock, std::chrono::seconds(5), [&] { return wakeups > before; }));
  lock.unlock();
  EXPECT_TRUE(listener.Listening());
  listener.Stop();
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
    void Release(const std::string&) override {}
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

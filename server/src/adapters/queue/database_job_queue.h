#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "domain/jobs/job_queue.h"

namespace resumax::jobs {

// One job as `resumax jobs list` shows it: never its payload, which may hold a user's data.
struct JobInfo {
  std::string id;
  std::string kind;
  std::string status;  // queued, running, succeeded or dead
  int attempts = 0;
  int max_attempts = 0;
  std::string owner;  // the user id the job works for, or empty
  std::string last_error;
  std::string created_at;
  std::string updated_at;
  std::string run_at;
};

// Jobs of one kind in one state, for the metrics: how many and how long the oldest has waited
// (since it was due, for queued jobs; since it was last touched, for the others).
struct QueueStat {
  std::string kind;
  std::string status;
  long long count = 0;
  double oldest_seconds = 0;
};

// The embedded queue: jobs are rows in the application database, claimed with a lease.
class DatabaseJobQueue final : public JobQueue {
 public:
  DatabaseJobQueue(db::Database& db, const Clock& clock, int per_user_limit = 1)
      : db_(db), clock_(clock), per_user_limit_(per_user_limit) {}
  // Called after each enqueue, so this process's idle workers start at once instead of at
  // their next poll.
  void OnEnqueue(std::function<void()> callback) { on_enqueue_ = std::move(callback); }
  std::string Enqueue(const std::string& kind, const std::string& payload_json,
                      const EnqueueOptions& options) override;
  std::optional<ClaimedJob> Claim(std::chrono::seconds lease) override;
  void Complete(const std::string& job_id) override;
  void Retry(const std::string& job_id, const std::string& error,
             std::chrono::milliseconds retry_in) override;
  void Bury(const std::string& job_id, const std::string& error) override;
  void Release(const std::string& job_id) override;
  long long Depth() override;

  // The newest jobs first, filtered by status and kind when they are not empty.
  std::vector<JobInfo> List(const std::string& status, const std::string& kind, int limit);
  std::optional<JobInfo> Find(const std::string& job_id);
  // A dead job runs again from its first attempt; false when there is no dead job of that id.
  bool Requeue(const std::string& job_id);
  // Requeues every dead job (of `kind` when not empty); the number requeued.
  long long RequeueDead(const std::string& kind);
  // Deletes a dead job; false when there is no dead job of that id. Only dead jobs can be
  // discarded: a waiting job's row, resume or optimization is waiting for it.
  bool Discard(const std::string& job_id);
  // Per kind and state, the jobs not yet succeeded.
  std::vector<QueueStat> Stats();
  // Deletes succeeded jobs last updated before `done_before` and dead ones before
  // `dead_before`; the number deleted.
  long long PurgeFinished(std::chrono::system_clock::time_point done_before,
                          std::chrono::system_clock::time_point dead_before);

 private:
  db::Database& db_;
  const Clock& clock_;
  int per_user_limit_;
  std::function<void()> on_enqueue_;
};

}  // namespace resumax::jobs

#pragma once

#include <functional>

#include "core/clock.h"
#include "core/database.h"
#include "domain/jobs/job_queue.h"

namespace resumax::jobs {

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
  long long Depth() override;
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

#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace resumax::jobs {

struct EnqueueOptions {
  std::chrono::milliseconds delay{0};
  int max_attempts = 5;
  // The user the job works for: at most the queue's per-user limit of one user's jobs run at
  // once, so one user's slow jobs never hold every worker. Empty: no owner, no limit.
  std::string owner;
};

// A job a worker holds under a lease until it completes, fails or the lease runs out.
struct ClaimedJob {
  std::string id;
  std::string kind;
  std::string payload_json;
  int attempt = 0;  // 1 on the first run
  int max_attempts = 0;
  std::string trace_parent;  // the W3C traceparent of the span that queued it, or empty
};

// A durable, at-least-once queue: a job whose worker dies is claimed again once its lease
// expires, so handlers must be idempotent. Implementations: the database (embedded default),
// Redis (distributed).
class JobQueue {
 public:
  virtual ~JobQueue() = default;
  virtual std::string Enqueue(const std::string& kind, const std::string& payload_json,
                              const EnqueueOptions& options = {}) = 0;
  // The next job that is due (or whose lease expired), leased for `lease`; a job whose owner
  // already has the per-user limit of jobs running waits.
  virtual std::optional<ClaimedJob> Claim(std::chrono::seconds lease) = 0;
  virtual void Complete(const std::string& job_id) = 0;
  // Runs the job again after `retry_in`.
  virtual void Retry(const std::string& job_id, const std::string& error,
                     std::chrono::milliseconds retry_in) = 0;
  // Gives up on the job (dead letter).
  virtual void Bury(const std::string& job_id, const std::string& error) = 0;
  // Gives the lease back at shutdown: the job is due again at once, and the interrupted run
  // does not count as an attempt.
  virtual void Release(const std::string& job_id) = 0;
  // Jobs waiting or running, for metrics.
  virtual long long Depth() = 0;
};

}  // namespace resumax::jobs

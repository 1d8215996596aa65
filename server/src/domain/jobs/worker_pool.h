#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "domain/jobs/job_queue.h"

namespace resumax::jobs {

// What a handler says about a run.
enum class Outcome {
  kDone,       // finished
  kRetry,      // a transient failure: run again later (until attempts run out)
  kPermanent,  // will never succeed: dead-letter now
};

struct HandlerResult {
  Outcome outcome = Outcome::kDone;
  std::string error;
};

struct JobHandler {
  std::function<HandlerResult(const ClaimedJob&)> run;
  // Called once when the job is dead-lettered (attempts exhausted or permanent failure).
  std::function<void(const ClaimedJob&, const std::string& error)> on_dead;
};

struct WorkerSettings {
  int workers = 2;
  std::chrono::seconds lease{120};
  std::chrono::milliseconds retry_base{2000};  // backoff: base * 2^(attempt-1), plus jitter
  std::chrono::milliseconds retry_cap{5 * 60 * 1000};
  // How often an idle worker looks for due work when nothing woke it (a retry's delay ran out,
  // or a job was enqueued by a process whose wake-ups do not reach this one).
  std::chrono::milliseconds poll_interval{250};
  std::chrono::milliseconds start_delay{0};  // fault injection for recovery tests
};

// Threads that claim jobs from a queue and run the handler registered for their kind, plus
// periodic tasks (cleanup). Stop() lets running jobs finish; Stop(grace) waits at most `grace`.
class WorkerPool {
 public:
  WorkerPool(JobQueue& queue, WorkerSettings settings);
  ~WorkerPool();
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void Register(const std::string& kind, JobHandler handler);
  // Runs task every `interval` on its own thread (first run after one interval).
  void Every(std::chrono::seconds interval, std::function<void()> task);
  void Start();
  // Stops taking work without waiting (safe from a signal's handler thread).
  void BeginStop();
  // Stops taking work and waits for the running jobs to finish.
  void Stop();
  // Stops taking work and waits up to `grace` for the running jobs. Jobs still running then
  // have their leases given back (another worker takes them at once) and answers false: their
  // threads are still running (the destructor waits for them), so a process that must stop
  // now ends without unwinding. True when every job finished and every thread was joined.
  bool Stop(std::chrono::milliseconds grace);
  // Jobs running now.
  std::size_t Running() const;
  // The job kinds registered, in order.
  std::vector<std::string> Kinds() const;
  // Wakes idle workers (a job was just enqueued in this process).
  void Notify();

  // The delay before attempt `attempt + 1`, with jitter.
  std::chrono::milliseconds Backoff(int attempt) const;

 private:
  void Work();
  void RunOne(const ClaimedJob& job);

  JobQueue& queue_;
  WorkerSettings settings_;
  std::map<std::string, JobHandler> handlers_;
  std::vector<std::pair<std::chrono::seconds, std::function<void()>>> periodic_;
  std::vector<std::thread> threads_;
  std::atomic<bool> stopping_{false};
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable finished_;  // a running job ended
  std::set<std::string> running_;     // ids of the jobs running now
  bool pending_ = false;              // a job was enqueued since the workers last looked
};

}  // namespace resumax::jobs

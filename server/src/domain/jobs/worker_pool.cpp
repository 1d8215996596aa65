#include "domain/jobs/worker_pool.h"

#include <sodium.h>

#include <algorithm>

#include "core/log.h"
#include "core/metrics.h"
#include "core/trace.h"

namespace resumax::jobs {
namespace {

metrics::Counter& JobRuns() {
  static auto& counter = metrics::Counter::Get(
      "resumax_job_runs_total", "Job runs by kind and outcome (succeeded, retried, dead).",
      {"kind", "outcome"});
  return counter;
}

metrics::Histogram& JobDuration() {
  static auto& histogram =
      metrics::Histogram::Get("resumax_job_duration_seconds", "How long one job run took.",
                              {"kind"}, metrics::SlowBuckets());
  return histogram;
}

}  // namespace

WorkerPool::WorkerPool(JobQueue& queue, WorkerSettings settings)
    : queue_(queue), settings_(settings) {}

WorkerPool::~WorkerPool() { Stop(); }

void WorkerPool::Register(const std::string& kind, JobHandler handler) {
  handlers_[kind] = std::move(handler);
}

std::vector<std::string> WorkerPool::Kinds() const {
  std::vector<std::string> kinds;
  kinds.reserve(handlers_.size());
  for (const auto& [kind, handler] : handlers_) kinds.push_back(kind);
  return kinds;
}

void WorkerPool::Every(std::chrono::seconds interval, std::function<void()> task) {
  periodic_.emplace_back(interval, std::move(task));
}

void WorkerPool::Start() {
  for (int i = 0; i < settings_.workers; ++i) threads_.emplace_back([this] { Work(); });
  for (auto& [interval, task] : periodic_) {
    threads_.emplace_back([this, interval = interval, task = task] {
      while (!stopping_) {
        {
          std::unique_lock lock(mutex_);
          wake_.wait_for(lock, interval, [this] { return stopping_.load(); });
        }
        if (stopping_) break;
        try {
          task();
        } catch (const std::exception& error) {
          log::Error("periodic_task_failed", {{"detail", error.what()}});
        }
      }
    });
  }
}

void WorkerPool::BeginStop() {
  stopping_ = true;
  wake_.notify_all();
}

void WorkerPool::Stop() {
  stopping_ = true;
  wake_.notify_all();
  for (auto& thread : threads_) {
    if (thread.joinable()) thread.join();
  }
  threads_.clear();
}

bool WorkerPool::Stop(std::chrono::milliseconds grace) {
  stopping_ = true;
  wake_.notify_all();
  std::vector<std::string> unfinished;
  {
    std::unique_lock lock(mutex_);
    finished_.wait_for(lock, grace, [this] { return running_.empty(); });
    unfinished.assign(running_.begin(), running_.end());
  }
  if (unfinished.empty()) {
    Stop();
    return true;
  }
  for (const auto& id : unfinished) {
    try {
      queue_.Release(id);
      log::Warn("job_released", {{"jobId", id}, {"reason", "shutdown grace period ended"}});
    } catch (const std::exception& error) {
      // The lease runs out on its own and another worker takes the job then.
      log::Error("job_release_failed", {{"jobId", id}, {"detail", error.what()}});
    }
  }
  // The threads of the unfinished jobs are not joined here; the destructor would wait for them.
  return false;
}

std::size_t WorkerPool::Running() const {
  std::lock_guard lock(mutex_);
  return running_.size();
}

void WorkerPool::Notify() {
  {
    std::lock_guard lock(mutex_);
    pending_ = true;
  }
  wake_.notify_all();
}

std::chrono::milliseconds WorkerPool::Backoff(int attempt) const {
  const auto exponent = std::min(attempt - 1, 20);
  const auto base = settings_.retry_base.count() * (1LL << std::max(exponent, 0));
  const auto capped = std::min<long long>(base, settings_.retry_cap.count());
  const auto jitter = capped > 0 ? randombytes_uniform(static_cast<uint32_t>(capped / 2 + 1)) : 0;
  return std::chrono::milliseconds(capped + jitter);
}

void WorkerPool::Work() {
  while (!stopping_) {
    std::optional<ClaimedJob> job;
    try {
      job = queue_.Claim(settings_.lease);
    } catch (const std::exception& error) {
      log::Error("job_claim_failed", {{"detail", error.what()}});
    }
    if (!job) {
      std::unique_lock lock(mutex_);
      wake_.wait_for(lock, settings_.poll_interval,
                     [this] { return stopping_.load() || pending_; });
      pending_ = false;
      continue;
    }
    if (stopping_) {
      // Claimed while the pool was stopping: another worker runs it.
      try {
        queue_.Release(job->id);
      } catch (const std::exception& error) {
        log::Error("job_release_failed", {{"jobId", job->id}, {"detail", error.what()}});
      }
      break;
    }
    {
      std::lock_guard lock(mutex_);
      running_.insert(job->id);
    }
    RunOne(*job);
    {
      std::lock_guard lock(mutex_);
      running_.erase(job->id);
    }
    finished_.notify_all();
  }
}

void WorkerPool::RunOne(const ClaimedJob& job) {
  // The run joins the trace of the request (or task) that queued the job.
  trace::Span span("job.run " + job.kind, trace::SpanKind::kConsumer,
                   trace::ParseTraceparent(job.trace_parent));
  span.SetAttribute("resumax.job.kind", job.kind);
  span.SetAttribute("resumax.job.attempt", job.attempt);
  const auto handler = handlers_.find(job.kind);
  const auto bury = [&](const std::string& error) {
    queue_.Bury(job.id, error);
    JobRuns().Inc({job.kind, "dead"});
    span.SetError("dead");
    log::Warn("job_dead_lettered", {{"jobId", job.id}, {"kind", job.kind}, {"error", error}});
    if (handler != handlers_.end() && handler->second.on_dead) handler->second.on_dead(job, error);
  };
  try {
    if (handler == handlers_.end()) {
      bury("no handler for job kind " + job.kind);
      return;
    }
    if (job.attempt > job.max_attempts) {
      bury("the job's worker stopped before it finished, " + std::to_string(job.max_attempts) +
           " times");
      return;
    }
    if (settings_.start_delay.count() > 0) std::this_thread::sleep_for(settings_.start_delay);
    const auto started = std::chrono::steady_clock::now();
    HandlerResult result;
    try {
      result = handler->second.run(job);
    } catch (const std::exception& error) {
      result = {Outcome::kRetry, error.what()};
    }
    const auto elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                                std::chrono::steady_clock::now() - started)
                                .count();
    JobDuration().Observe({job.kind}, static_cast<double>(elapsed_ms) / 1000.0);
    if (result.outcome == Outcome::kDone) {
      queue_.Complete(job.id);
      JobRuns().Inc({job.kind, "succeeded"});
      log::Info(
          "job_done",
          {{"jobId", job.id}, {"kind", job.kind}, {"attempt", job.attempt}, {"ms", elapsed_ms}});
    } else if (result.outcome == Outcome::kRetry && job.attempt < job.max_attempts) {
      const auto delay = Backoff(job.attempt);
      queue_.Retry(job.id, result.error, delay);
      JobRuns().Inc({job.kind, "retried"});
      span.SetError("retried");
      log::Warn("job_retry", {{"jobId", job.id},
                              {"kind", job.kind},
                              {"attempt", job.attempt},
                              {"retryInMs", delay.count()},
                              {"error", result.error}});
    } else {
      bury(result.error);
    }
  } catch (const std::exception& error) {
    log::Error("job_bookkeeping_failed", {{"jobId", job.id}, {"detail", error.what()}});
  }
}

}  // namespace resumax::jobs

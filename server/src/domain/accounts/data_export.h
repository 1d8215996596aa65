#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "domain/auth/mailer.h"
#include "domain/auth/rate_limiter.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"
#include "domain/storage/object_store.h"

namespace resumax::accounts {

inline constexpr std::string_view kDataExportJob = "account.data_export";

// A copy of a user's data they asked for, as their list shows it.
struct DataExport {
  std::string id;
  std::string status;  // queued, running, ready, failed
  std::string created_at;
  std::optional<std::string> completed_at;
  std::optional<std::string> expires_at;
  std::optional<long long> size_bytes;
  std::optional<std::string> download_url;  // while ready and not expired
};

// "Download a copy of my data": a background job gathers everything the account holds into one
// ZIP (profile and preferences, each resume's original file with its document as JSON and as
// JSON Resume, job descriptions, optimizations with their changes and choices, versions, export
// files and the account's security activity), stores it under the account's namespace and
// emails a signed link that works for 24 hours.
class DataExports {
 public:
  DataExports(db::Database& db, storage::ObjectStore& storage, jobs::JobQueue& queue,
              Mailer& mailer, RateLimiter& limiter, const Clock& clock);

  // 429 when the user asked less than five minutes ago.
  Result<DataExport> Request(const std::string& user_id, const std::string& ip,
                             const std::string& request_id);
  std::vector<DataExport> List(const std::string& user_id);
  void RegisterJobs(jobs::WorkerPool& pool);
  // Deletes the files of copies past their link's life, and copies older than 30 days.
  long long PurgeExpired();

  // Builds one copy (the job's work); public for tests.
  jobs::HandlerResult Build(const std::string& export_id);

 private:
  std::string Now() const;
  std::string ZipFor(const std::string& user_id);

  db::Database& db_;
  storage::ObjectStore& storage_;
  jobs::JobQueue& queue_;
  Mailer& mailer_;
  RateLimiter& limiter_;
  const Clock& clock_;
};

}  // namespace resumax::accounts

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "core/paging.h"
#include "domain/auth/models.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"
#include "domain/resumes/resume_parser.h"
#include "domain/resumes/resume_service.h"
#include "domain/resumes/virus_scanner.h"
#include "domain/storage/object_store.h"

namespace resumax::jobs {

struct JobDescription {
  std::string id;
  std::string user_id;
  std::string title;
  std::optional<std::string> company;
  std::optional<std::string> location;
  std::string source_type = "paste";
  std::optional<std::string> storage_key;
  std::string sanitized_text;
  std::string metadata_json = "{}";
  std::string created_at;
  std::string updated_at;
  // Files are read by a background job: uploading → pending (queued) → parsing → completed or
  // failed. Pasted text is completed at once.
  std::string parse_status = "completed";
  std::optional<std::string> parse_error_code;
  std::optional<std::string> parse_error_message;
};

inline constexpr std::string_view kParseJobDescriptionJob = "job_description.parse";

struct JobDescriptionInput {
  std::optional<std::string> title;
  std::optional<std::string> company;
  std::optional<std::string> location;
  std::optional<std::string> text;
};

struct JobDescriptionUpload {
  JobDescription job_description;
  storage::PresignedUpload upload;
};

using JobDescriptionPage = Page<JobDescription>;

// Job descriptions: pasted text is sanitised and its metadata extracted (title, company,
// location, work mode, salary, seniority, years, required and preferred skills). Scoped to
// the calling user.
class JobDescriptionService {
 public:
  JobDescriptionService(db::Database& db, storage::ObjectStore& storage, JobQueue& queue,
                        resumes::ResumeParser& reader, const Clock& clock)
      : db_(db), storage_(storage), queue_(queue), reader_(reader), clock_(clock) {}

  Result<JobDescription> Create(const auth::User& user, const JobDescriptionInput& input);
  // A job description from a file: a row and an upload URL (verified addresses only);
  // RequestParse queues the reading of the uploaded file, which a worker does (RunParse).
  Result<JobDescriptionUpload> Presign(const auth::User& user, const std::string& filename,
                                       const std::string& mime_type, std::int64_t size,
                                       const JobDescriptionInput& input);
  Result<JobDescription> RequestParse(const auth::User& user, const std::string& id);
  // True when a job description waits for its file under this storage key.
  bool WantsUpload(const std::string& storage_key);
  // Job descriptions a user may keep (pasted and uploaded).
  void SetQuota(long long max_job_descriptions) { quota_ = max_job_descriptions; }
  void SetScanner(resumes::VirusScanner* scanner) { scanner_ = scanner; }
  void RegisterJobs(WorkerPool& pool);
  HandlerResult RunParse(const ClaimedJob& job);
  Result<JobDescriptionPage> List(const auth::User& user, int limit, const std::string& cursor);
  Result<JobDescription> Get(const auth::User& user, const std::string& id);
  Result<JobDescription> Update(const auth::User& user, const std::string& id,
                                const JobDescriptionInput& input);
  Result<void> Delete(const auth::User& user, const std::string& id);

 private:
  std::optional<JobDescription> Find(const std::string& user_id, const std::string& id);
  // Reads a job description back after writing it; NotFound when a concurrent delete won.
  Result<JobDescription> FindAfterWrite(const std::string& user_id, const std::string& id);
  void MarkFailed(const std::string& id, const std::string& code, const std::string& message);
  // Validates fields, sanitises the text and extracts metadata into jd.
  Result<void> Apply(JobDescription& jd, const JobDescriptionInput& input);
  Result<void> CheckQuota(const std::string& user_id);

  db::Database& db_;
  storage::ObjectStore& storage_;
  JobQueue& queue_;
  long long quota_ = 500;
  resumes::VirusScanner* scanner_ = nullptr;
  resumes::ResumeParser& reader_;
  const Clock& clock_;
};

}  // namespace resumax::jobs

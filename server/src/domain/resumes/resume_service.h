#pragma once

#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "core/paging.h"
#include "domain/ats/ats_report.h"
#include "domain/auth/models.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"
#include "domain/resumes/models.h"
#include "domain/resumes/resume_parser.h"
#include "domain/resumes/resume_repository.h"
#include "domain/resumes/virus_scanner.h"
#include "domain/storage/object_store.h"

namespace resumax::resumes {

inline constexpr std::string_view kParseJob = "resume.parse";
inline constexpr std::string_view kDeleteObjectsJob = "resume.delete_objects";
// Pages of a file an ATS report draws as pictures (the parser reads no more).
inline constexpr std::size_t kMaxReportPages = 10;

struct ResumeSettings {
  std::uint64_t max_upload_bytes = 10 * 1024 * 1024;
  std::chrono::seconds upload_url_ttl{15 * 60};
  std::chrono::hours retention{24 * 30};     // soft-deleted rows are purged after this
  long long quota_files = 100;               // resumes a user may keep
  std::uint64_t quota_bytes = 200ull << 20;  // and the bytes their files may take
};

struct UploadTicket {
  Resume resume;
  storage::PresignedUpload upload;
};

using ResumePage = Page<Resume>;

// Resume management: presigned uploads, parsing through the job queue, reads, rename,
// soft delete with background cleanup. Every call is scoped to the calling user.
class ResumeService {
 public:
  ResumeService(ResumeRepository& repository, storage::ObjectStore& storage, jobs::JobQueue& queue,
                ResumeParser& parser, const Clock& clock, ResumeSettings settings);

  Result<UploadTicket> Presign(const auth::User& user, const std::string& filename,
                               const std::string& mime_type, std::int64_t size);
  // Queues a parse of the uploaded file; answers the resume's status.
  Result<Resume> RequestParse(const auth::User& user, const std::string& id);
  // True when a resume that is not deleted waits for a file under this storage key.
  bool WantsUpload(const std::string& storage_key);
  // Every file passes the scanner before it is parsed (when one is configured).
  void SetScanner(VirusScanner* scanner) { scanner_ = scanner; }
  Result<ResumePage> List(const auth::User& user, int limit, const std::string& cursor);
  Result<Resume> Get(const auth::User& user, const std::string& id);
  Result<Resume> Rename(const auth::User& user, const std::string& id, const std::string& title);
  // The user's corrections: replaces the document when `if_match` is its current revision
  // (428 without one, 412 revision_conflict when another save came first), after validation
  // (422 invalid_sections). Entries keep their ids; an edited entry is confirmed.
  Result<Resume> SaveDocument(const auth::User& user, const std::string& id,
                              std::optional<long long> if_match, document::ResumeDocument edited);
  // Puts back what the parser read from the file.
  Result<Resume> RestoreOriginal(const auth::User& user, const std::string& id);
  // What an applicant tracking system reads of the resume's file: the file read again in the
  // parser's sandbox, its findings, and each field of the document as kept checked against that
  // reading (409 resume_not_parsed before the file was read, 409 upload_missing when it is gone).
  Result<ats::Report> AtsReport(const auth::User& user, const std::string& id);
  Result<void> Delete(const auth::User& user, const std::string& id);

  // Worker side: registers the job handlers and the purge task on a pool.
  void RegisterJobs(jobs::WorkerPool& pool);
  jobs::HandlerResult RunParse(const jobs::ClaimedJob& job);
  jobs::HandlerResult RunDeleteObjects(const jobs::ClaimedJob& job);
  // Removes rows soft-deleted longer ago than the retention period; returns how many.
  std::size_t PurgeExpired();

 private:
  std::string Now() const { return FormatTimestamp(clock_.Now()); }
  // Reads a resume back after writing it; NotFound when a concurrent delete won.
  Result<Resume> FindAfterWrite(const std::string& user_id, const std::string& id);

  VirusScanner* scanner_ = nullptr;
  // Users with an ATS report being prepared: one at a time each, so that one user cannot hold
  // every reader while others wait.
  std::mutex inspecting_mutex_;
  std::set<std::string> inspecting_;
  ResumeRepository& repository_;
  storage::ObjectStore& storage_;
  jobs::JobQueue& queue_;
  ResumeParser& parser_;
  const Clock& clock_;
  ResumeSettings settings_;
};

// Trims and checks a title (1–200 characters).
// Scans an upload when a scanner is configured: a clean verdict without one; a harmful file is
// deleted from storage; an error when the scanner cannot be asked (the caller retries later).
Result<ScanVerdict> ScanUpload(VirusScanner* scanner, std::string_view bytes,
                               const std::string& storage_key, storage::ObjectStore& storage);
// What the user reads when an upload was refused as harmful.
std::string MalwareMessage();

Result<std::string> NormalizeTitle(std::string_view title);

}  // namespace resumax::resumes

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "core/paging.h"
#include "domain/auth/models.h"
#include "domain/resumes/resume_parser.h"
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
};

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
  JobDescriptionService(db::Database& db, storage::ObjectStore& storage,
                        resumes::ResumeParser& reader, const Clock& clock)
      : db_(db), storage_(storage), reader_(reader), clock_(clock) {}

  Result<JobDescription> Create(const auth::User& user, const JobDescriptionInput& input);
  // A job description from a file: a row and an upload URL; ReadUpload reads it once uploaded.
  Result<JobDescriptionUpload> Presign(const auth::User& user, const std::string& filename,
                                       const std::string& mime_type, std::int64_t size,
                                       const JobDescriptionInput& input);
  Result<JobDescription> ReadUpload(const auth::User& user, const std::string& id);
  Result<JobDescriptionPage> List(const auth::User& user, int limit, const std::string& cursor);
  Result<JobDescription> Get(const auth::User& user, const std::string& id);
  Result<JobDescription> Update(const auth::User& user, const std::string& id,
                                const JobDescriptionInput& input);
  Result<void> Delete(const auth::User& user, const std::string& id);

 private:
  std::optional<JobDescription> Find(const std::string& user_id, const std::string& id);
  // Validates fields, sanitises the text and extracts metadata into jd.
  Result<void> Apply(JobDescription& jd, const JobDescriptionInput& input);

  db::Database& db_;
  storage::ObjectStore& storage_;
  resumes::ResumeParser& reader_;
  const Clock& clock_;
};

}  // namespace resumax::jobs

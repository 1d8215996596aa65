#include "domain/job_descriptions/job_description_service.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/ids.h"
#include "core/paging.h"
#include "core/text.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/resumes/file_types.h"

namespace resumax::jobs {
namespace {

using db::Value;

constexpr std::size_t kMaxRawText = 100 * 1024;
constexpr std::size_t kMinText = 30;

constexpr std::string_view kColumns =
    "id, user_id, title, company, location, source_type, storage_key, sanitized_text, metadata, "
    "created_at, updated_at, parse_status, parse_error_code, parse_error_message";
constexpr std::string_view kInsert =
    "INSERT INTO job_descriptions (id, user_id, title, company, location, source_type, "
    "storage_key, sanitized_text, metadata, created_at, updated_at, parse_status) VALUES (?, ?, "
    "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kUpdate =
    "UPDATE job_descriptions SET title = ?, company = ?, location = ?, sanitized_text = ?, "
    "metadata = ?, updated_at = ?, parse_status = ?, parse_error_code = NULL, "
    "parse_error_message = NULL WHERE id = ? AND user_id = ?";
constexpr std::string_view kSetParseStatus =
    "UPDATE job_descriptions SET parse_status = ?, parse_error_code = NULL, parse_error_message "
    "= NULL, updated_at = ? WHERE id = ? AND user_id = ?";
constexpr std::string_view kMarkFailed =
    "UPDATE job_descriptions SET parse_status = 'failed', parse_error_code = ?, "
    "parse_error_message = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kCountForUser =
    "SELECT COUNT(*) FROM job_descriptions WHERE user_id = ?";
constexpr std::string_view kWantsUpload =
    "SELECT 1 FROM job_descriptions WHERE storage_key = ? AND parse_status = 'uploading'";
constexpr std::string_view kFindById = "SELECT user_id FROM job_descriptions WHERE id = ?";
constexpr std::string_view kDelete = "DELETE FROM job_descriptions WHERE id = ? AND user_id = ?";
constexpr std::string_view kExportsOfJob =
    "SELECT a.storage_key FROM export_artifacts a "
    "JOIN optimization_versions v ON v.id = a.version_id "
    "JOIN optimizations o ON o.id = v.optimization_id "
    "WHERE o.job_description_id = ? AND a.user_id = ?";
constexpr std::uint64_t kMaxFileBytes = 5 * 1024 * 1024;

Value Optional(const std::optional<std::string>& text) {
  return text ? Value{*text} : Value{nullptr};
}

JobDescription ToJobDescription(const db::Row& row) {
  return {row.Text(0),
          row.Text(1),
          row.Text(2),
          row.Optional(3),
          row.Optional(4),
          row.Text(5),
          row.Optional(6),
          row.Text(7),
          row.Text(8),
          NormalizeTimestamp(row.Text(9)),
          NormalizeTimestamp(row.Text(10)),
          row.Text(11),
          row.Optional(12),
          row.Optional(13)};
}

std::string JobIdFrom(const ClaimedJob& job) {
  boost::system::error_code ec;
  const auto payload = boost::json::parse(job.payload_json, ec);
  if (ec || !payload.is_object()) return {};
  const auto* id = payload.as_object().if_contains("jobDescriptionId");
  return id && id->is_string() ? std::string(id->as_string()) : std::string();
}

// Trims a short text field; empty means absent.
Result<std::optional<std::string>> ShortField(const std::optional<std::string>& value,
                                              std::string_view field, std::size_t max) {
  if (!value) return std::optional<std::string>();
  const std::string_view text = TrimSpace(*value);
  if (text.size() > max) {
    return Error::Validation(field, "'" + std::string(field) + "' is too long.");
  }
  if (ContainsBidiControl(text) ||
      std::any_of(text.begin(), text.end(), [](unsigned char c) { return c < 0x20; })) {
    return Error::Validation(field, "'" + std::string(field) + "' contains control characters.");
  }
  if (text.empty()) return std::optional<std::string>();
  return std::optional<std::string>(std::string(text));
}

}  // namespace

Result<void> JobDescriptionService::Apply(JobDescription& jd, const JobDescriptionInput& input) {
  auto title = ShortField(input.title, "title", 200);
  if (!title) return title.error();
  auto company = ShortField(input.company, "company", 200);
  if (!company) return company.error();
  auto location = ShortField(input.location, "location", 200);
  if (!location) return location.error();
  if (input.title) {
    if (!*title) return Error::Validation("title", "Enter the job title.");
    jd.title = **title;
  }
  if (input.company) jd.company = *company;
  if (input.location) jd.location = *location;
  if (input.text) {
    if (input.text->size() > kMaxRawText) {
      return Error::Validation("text", "The job description is longer than 100 KB.");
    }
    std::string sanitized = SanitizeJobText(*input.text);
    if (sanitized.size() < kMinText) {
      return Error::Validation("text", "Paste the full job description (at least a few lines).");
    }
    jd.sanitized_text = std::move(sanitized);
  }
  const JobMetadata metadata = ExtractJobMetadata(
      jd.sanitized_text, jd.title.empty() ? std::nullopt : std::optional<std::string>(jd.title),
      jd.company, jd.location);
  jd.metadata_json = boost::json::serialize(metadata.ToJson());
  if (jd.title.empty() && metadata.title) jd.title = metadata.title->substr(0, 200);
  if (jd.title.empty()) return Error::Validation("title", "Enter the job title.");
  return {};
}

Result<void> JobDescriptionService::CheckQuota(const std::string& user_id) {
  const Value params[] = {user_id};
  const long long count = db_.QueryOne(kCountForUser, params)->Int(0);
  if (count < quota_) return {};
  Error error = Error::QuotaExceeded("You have reached the limit of " + std::to_string(quota_) +
                                     " job descriptions. Delete ones you no longer need.");
  error.details["maxJobDescriptions"] = quota_;
  return error;
}

bool JobDescriptionService::WantsUpload(const std::string& storage_key) {
  const Value params[] = {storage_key};
  return db_.QueryOne(kWantsUpload, params).has_value();
}

Result<JobDescriptionUpload> JobDescriptionService::Presign(const auth::User& user,
                                                            const std::string& filename,
                                                            const std::string& mime_type,
                                                            std::int64_t size,
                                                            const JobDescriptionInput& input) {
  if (!user.email_verified_at) {
    return Error::Forbidden("email_not_verified",
                            "Verify your email address before uploading files.");
  }
  if (!resumes::IsAcceptedType(mime_type) || mime_type == resumes::kJsonResume) {
    return Error{ErrorKind::kUnsupportedMediaType,
                 "unsupported_file_type",
                 "Upload a PDF, a Word document (.docx) or a plain text file.",
                 {},
                 {},
                 0};
  }
  if (ContainsBidiControl(filename)) {
    return Error::Validation("filename", "The file name contains characters that are not allowed.");
  }
  const std::string clean = resumes::CleanFilename(filename);
  if (!resumes::ExtensionMatches(clean, mime_type)) {
    return Error::Validation("filename", "The file name's extension does not match its type.");
  }
  if (size <= 0 || static_cast<std::uint64_t>(size) > kMaxFileBytes) {
    return Error::Validation("size", "Upload a job description file of at most 5 MB.");
  }
  if (auto room = CheckQuota(user.id); !room) return room.error();
  JobDescription jd;
  jd.id = NewUuid();
  jd.user_id = user.id;
  jd.source_type = "upload";
  jd.storage_key = storage::ObjectKey(user.id, "job-descriptions", jd.id, "original");
  auto title = ShortField(input.title, "title", 200);
  if (!title) return title.error();
  jd.title = title->value_or(clean.substr(0, clean.rfind('.')));
  auto company = ShortField(input.company, "company", 200);
  if (!company) return company.error();
  auto location = ShortField(input.location, "location", 200);
  if (!location) return location.error();
  jd.company = *company;
  jd.location = *location;
  // A title taken from the file name stands in until the posting is read; the posting's own
  // title then wins (the form promises "leave empty to take it from the posting").
  jd.metadata_json = boost::json::serialize(
      boost::json::object{{"mimeType", mime_type}, {"titleFromFilename", !*title}});
  jd.parse_status = "uploading";  // until POST …/parse queues its reading
  jd.created_at = jd.updated_at = FormatTimestamp(clock_.Now());
  const Value params[] = {jd.id,
                          jd.user_id,
                          jd.title,
                          Optional(jd.company),
                          Optional(jd.location),
                          jd.source_type,
                          Optional(jd.storage_key),
                          std::string(),
                          jd.metadata_json,
                          jd.created_at,
                          jd.updated_at,
                          jd.parse_status};
  db_.Execute(kInsert, params);
  auto upload = storage_.PresignUpload(*jd.storage_key, mime_type, static_cast<std::uint64_t>(size),
                                       std::chrono::minutes(15));
  return JobDescriptionUpload{std::move(jd), std::move(upload)};
}

Result<JobDescription> JobDescriptionService::RequestParse(const auth::User& user,
                                                           const std::string& id) {
  auto jd = Find(user.id, id);
  if (!jd) return Error::NotFound("No such job description.");
  if (!jd->storage_key) {
    return Error::Conflict("not_an_upload", "This job description was pasted, not uploaded.");
  }
  if (jd->parse_status == "pending" || jd->parse_status == "parsing" ||
      jd->parse_status == "completed") {
    return std::move(*jd);
  }
  if (!storage_.Head(*jd->storage_key)) {
    return Error::Conflict("upload_missing",
                           "The file has not been uploaded yet. Upload it, then try again.");
  }
  const Value params[] = {"pending", FormatTimestamp(clock_.Now()), id, user.id};
  if (db_.Execute(kSetParseStatus, params) == 0) return Error::NotFound("No such job description.");
  queue_.Enqueue(std::string(kParseJobDescriptionJob),
                 boost::json::serialize(boost::json::object{{"jobDescriptionId", id}}),
                 {std::chrono::milliseconds(0), 4, user.id});
  return FindAfterWrite(user.id, id);
}

void JobDescriptionService::MarkFailed(const std::string& id, const std::string& code,
                                       const std::string& message) {
  const Value params[] = {code, message, FormatTimestamp(clock_.Now()), id};
  db_.Execute(kMarkFailed, params);
}

void JobDescriptionService::RegisterJobs(WorkerPool& pool) {
  pool.Register(std::string(kParseJobDescriptionJob),
                {[this](const ClaimedJob& job) { return RunParse(job); },
                 [this](const ClaimedJob& job, const std::string&) {
                   const std::string id = JobIdFrom(job);
                   if (!id.empty()) {
                     MarkFailed(id, "parse_failed",
                                "We could not read this file. Try again later or paste the text.");
                   }
                 }});
}

HandlerResult JobDescriptionService::RunParse(const ClaimedJob& job) {
  const std::string id = JobIdFrom(job);
  if (!IsUuid(id)) return {Outcome::kDone, {}};
  const Value id_param[] = {id};
  const auto owner = db_.QueryOne(kFindById, id_param);
  if (!owner) return {Outcome::kDone, {}};  // deleted meanwhile
  auto jd = Find(owner->Text(0), id);
  if (!jd || !jd->storage_key || jd->parse_status == "completed") return {Outcome::kDone, {}};
  {
    const Value params[] = {"parsing", FormatTimestamp(clock_.Now()), id, jd->user_id};
    db_.Execute(kSetParseStatus, params);
  }
  const auto info = storage_.Head(*jd->storage_key);
  if (!info) {
    MarkFailed(id, "upload_missing", "The uploaded file is missing. Upload it again.");
    return {Outcome::kDone, {}};
  }
  auto bytes = storage_.Get(*jd->storage_key, kMaxFileBytes);
  if (!bytes) {
    MarkFailed(id, "file_too_large", "The uploaded file is larger than 5 MB.");
    return {Outcome::kDone, {}};
  }
  if (!resumes::MagicMatches(info->content_type, *bytes)) {
    MarkFailed(id, "unsupported_file_type",
               "The file is not what its name says. Upload a real PDF, DOCX or text file.");
    return {Outcome::kDone, {}};
  }
  const auto scanned = resumes::ScanUpload(scanner_, *bytes, *jd->storage_key, storage_);
  if (!scanned) return {Outcome::kRetry, "the virus scanner is unreachable"};
  if (!scanned->clean()) {
    MarkFailed(id, "malware_detected", resumes::MalwareMessage());
    return {Outcome::kDone, {}};
  }
  // In a child process with time and memory limits; a limit hit is final, not retried.
  auto document = reader_.Parse(*bytes, info->content_type);
  if (!document) {
    MarkFailed(id, document.error().code, document.error().message);
    return {Outcome::kDone, {}};
  }
  JobDescriptionInput input;
  input.text = std::move(document->text);
  if (input.text->size() > kMaxRawText) input.text->resize(kMaxRawText);
  boost::system::error_code ec;
  const auto metadata = boost::json::parse(jd->metadata_json, ec);
  const auto* from_filename =
      !ec && metadata.is_object() ? metadata.as_object().if_contains("titleFromFilename") : nullptr;
  const std::string filename_title = jd->title;
  if (from_filename && from_filename->is_bool() && from_filename->as_bool()) jd->title.clear();
  auto applied = Apply(*jd, input);
  if (!applied && jd->title.empty() && !filename_title.empty()) {
    jd->title = filename_title;  // the posting names no title: keep the file's name
    applied = Apply(*jd, input);
  }
  if (!applied) {
    MarkFailed(id, "no_job_text", applied.error().message);
    return {Outcome::kDone, {}};
  }
  jd->updated_at = FormatTimestamp(clock_.Now());
  const Value params[] = {jd->title,
                          Optional(jd->company),
                          Optional(jd->location),
                          jd->sanitized_text,
                          jd->metadata_json,
                          jd->updated_at,
                          "completed",
                          jd->id,
                          jd->user_id};
  db_.Execute(kUpdate, params);
  return {Outcome::kDone, {}};
}

Result<JobDescription> JobDescriptionService::FindAfterWrite(const std::string& user_id,
                                                             const std::string& id) {
  auto found = Find(user_id, id);
  if (!found) return Error::NotFound("No such job description.");
  return std::move(*found);
}

Result<JobDescription> JobDescriptionService::Create(const auth::User& user,
                                                     const JobDescriptionInput& input) {
  if (!input.text) return Error::Validation("text", "Paste the job description text.");
  if (auto room = CheckQuota(user.id); !room) return room.error();
  JobDescription jd;
  jd.id = NewUuid();
  jd.user_id = user.id;
  if (auto applied = Apply(jd, input); !applied) return applied.error();
  jd.created_at = jd.updated_at = FormatTimestamp(clock_.Now());
  const Value params[] = {jd.id,
                          jd.user_id,
                          jd.title,
                          Optional(jd.company),
                          Optional(jd.location),
                          jd.source_type,
                          Optional(jd.storage_key),
                          jd.sanitized_text,
                          jd.metadata_json,
                          jd.created_at,
                          jd.updated_at,
                          jd.parse_status};
  db_.Execute(kInsert, params);
  return FindAfterWrite(user.id, jd.id);
}

std::optional<JobDescription> JobDescriptionService::Find(const std::string& user_id,
                                                          const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  const Value params[] = {id, user_id};
  auto row = db_.QueryOne(
      "SELECT " + std::string(kColumns) + " FROM job_descriptions WHERE id = ? AND user_id = ?",
      params);
  if (!row) return std::nullopt;
  return ToJobDescription(*row);
}

Result<JobDescriptionPage> JobDescriptionService::List(const auth::User& user, int limit,
                                                       const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  limit = std::clamp(limit, 1, 100);
  const Value params[] = {user.id, std::int64_t{limit + 1}, std::int64_t{*offset}};
  std::vector<JobDescription> rows;
  for (const auto& row : db_.Query("SELECT " + std::string(kColumns) +
                                       " FROM job_descriptions WHERE user_id = ? ORDER BY "
                                       "updated_at DESC, id LIMIT ? OFFSET ?",
                                   params)) {
    rows.push_back(ToJobDescription(row));
  }
  return MakePage(std::move(rows), limit, *offset);
}

Result<JobDescription> JobDescriptionService::Get(const auth::User& user, const std::string& id) {
  auto jd = Find(user.id, id);
  if (!jd) return Error::NotFound("No such job description.");
  return std::move(*jd);
}

Result<JobDescription> JobDescriptionService::Update(const auth::User& user, const std::string& id,
                                                     const JobDescriptionInput& input) {
  auto jd = Find(user.id, id);
  if (!jd) return Error::NotFound("No such job description.");
  if (auto applied = Apply(*jd, input); !applied) return applied.error();
  jd->updated_at = FormatTimestamp(clock_.Now());
  const Value params[] = {jd->title, Optional(jd->company), Optional(jd->location),
                          jd->sanitized_text, jd->metadata_json, jd->updated_at,
                          // New text completes a file whose reading failed or is pending.
                          input.text ? "completed" : jd->parse_status, jd->id, user.id};
  // A DELETE of the same job description may land between the read above and this write.
  if (db_.Execute(kUpdate, params) == 0) return Error::NotFound("No such job description.");
  return FindAfterWrite(user.id, id);
}

Result<void> JobDescriptionService::Delete(const auth::User& user, const std::string& id) {
  auto jd = Find(user.id, id);
  if (!jd) return Error::NotFound("No such job description.");
  if (jd->storage_key) storage_.Delete(*jd->storage_key);
  const Value params[] = {id, user.id};
  // The versions tailored to this job go with it (their rows cascade); so do their exported
  // files, which the database cannot delete.
  for (const auto& row : db_.Query(kExportsOfJob, params)) storage_.Delete(row.Text(0));
  db_.Execute(kDelete, params);
  return {};
}

}  // namespace resumax::jobs

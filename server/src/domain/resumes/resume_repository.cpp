#include "domain/resumes/resume_repository.h"

#include "core/clock.h"
#include "core/ids.h"
#include "domain/document/document_json.h"

namespace resumax::resumes {
namespace {

using db::Value;

constexpr std::string_view kColumns =
    "id, user_id, title, original_filename, storage_key, mime_type, size_bytes, parse_status, "
    "parse_error_code, parse_error_message, parsed_text, parsed_sections, last_score, deleted_at, "
    "created_at, updated_at, revision, edited_at";
constexpr std::string_view kListColumns =
    "id, user_id, title, original_filename, storage_key, mime_type, size_bytes, parse_status, "
    "parse_error_code, parse_error_message, NULL, NULL, last_score, deleted_at, created_at, "
    "updated_at, revision, edited_at";
constexpr std::string_view kInsert =
    "INSERT INTO resumes (id, user_id, title, original_filename, storage_key, mime_type, "
    "size_bytes, parse_status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, "
    "?)";
constexpr std::string_view kRename =
    "UPDATE resumes SET title = ?, updated_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS "
    "NULL";
constexpr std::string_view kSetStatus =
    "UPDATE resumes SET parse_status = ?, parse_error_code = NULL, parse_error_message = NULL, "
    "updated_at = ? WHERE id = ?";
constexpr std::string_view kMarkParsed =
    "UPDATE resumes SET parse_status = 'completed', parsed_text = ?, parsed_sections = ?, "
    "original_sections = ?, revision = revision + 1, edited_at = NULL, parse_error_code = NULL, "
    "parse_error_message = NULL, updated_at = ? WHERE id = ?";
constexpr std::string_view kSaveDocument =
    "UPDATE resumes SET parsed_sections = ?, revision = revision + 1, edited_at = ?, "
    "updated_at = ? WHERE id = ? AND user_id = ? AND revision = ? AND deleted_at IS NULL AND "
    "parse_status = 'completed'";
constexpr std::string_view kRestoreOriginal =
    "UPDATE resumes SET parsed_sections = original_sections, revision = revision + 1, "
    "edited_at = NULL, updated_at = ? WHERE id = ? AND user_id = ? AND deleted_at IS NULL AND "
    "parse_status = 'completed' AND original_sections IS NOT NULL";
constexpr std::string_view kMarkFailed =
    "UPDATE resumes SET parse_status = 'failed', parse_error_code = ?, parse_error_message = ?, "
    "updated_at = ? WHERE id = ?";
constexpr std::string_view kSoftDelete =
    "UPDATE resumes SET deleted_at = ?, updated_at = ? WHERE id = ? AND user_id = ? AND "
    "deleted_at IS NULL";
constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM resumes WHERE user_id = ? AND deleted_at IS NULL";
constexpr std::string_view kUsage =
    "SELECT COUNT(*), COALESCE(SUM(size_bytes), 0) FROM resumes WHERE user_id = ? AND "
    "deleted_at IS NULL";
constexpr std::string_view kWantsUpload =
    "SELECT 1 FROM resumes WHERE storage_key = ? AND deleted_at IS NULL";
constexpr std::string_view kPurgeSelect =
    "SELECT id FROM resumes WHERE deleted_at IS NOT NULL AND deleted_at < ?";
constexpr std::string_view kPurgeDelete = "DELETE FROM resumes WHERE id = ?";
constexpr std::string_view kExportsOfResume =
    "SELECT a.id, a.storage_key FROM export_artifacts a "
    "LEFT JOIN optimization_versions v ON v.id = a.version_id "
    "LEFT JOIN optimizations o ON o.id = v.optimization_id WHERE o.resume_id = ? OR "
    "a.resume_id = ?";
constexpr std::string_view kDeleteExport = "DELETE FROM export_artifacts WHERE id = ?";

Resume ToResume(const db::Row& row) {
  Resume resume;
  resume.id = row.Text(0);
  resume.user_id = row.Text(1);
  resume.title = row.Text(2);
  resume.original_filename = row.Text(3);
  resume.storage_key = row.Text(4);
  resume.mime_type = row.Text(5);
  resume.size_bytes = row.Int(6);
  resume.parse_status = row.Text(7);
  resume.parse_error_code = row.Optional(8);
  resume.parse_error_message = row.Optional(9);
  resume.parsed_text = row.Optional(10);
  if (!row.IsNull(11)) resume.document = document::ParseStored(row.Text(11));
  if (!row.IsNull(12)) resume.last_score = std::stod(row.Text(12));
  resume.deleted_at = NormalizeTimestamp(row.Optional(13));
  resume.created_at = NormalizeTimestamp(row.Text(14));
  resume.updated_at = NormalizeTimestamp(row.Text(15));
  resume.revision = row.Int(16);
  resume.edited = !row.IsNull(17);
  return resume;
}

}  // namespace

void ResumeRepository::Insert(const Resume& resume) {
  const Value params[] = {
      resume.id,          resume.user_id,   resume.title,      resume.original_filename,
      resume.storage_key, resume.mime_type, resume.size_bytes, resume.created_at,
      resume.updated_at};
  db_.Execute(kInsert, params);
}

std::optional<Resume> ResumeRepository::FindForUser(const std::string& user_id,
                                                    const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  const Value params[] = {id, user_id};
  auto row = db_.QueryOne("SELECT " + std::string(kColumns) +
                              " FROM resumes WHERE id = ? AND user_id = ? AND deleted_at IS NULL",
                          params);
  if (!row) return std::nullopt;
  return ToResume(*row);
}

std::optional<Resume> ResumeRepository::FindById(const std::string& id) {
  if (!IsUuid(id)) return std::nullopt;
  const Value params[] = {id};
  auto row = db_.QueryOne("SELECT " + std::string(kColumns) + " FROM resumes WHERE id = ?", params);
  if (!row) return std::nullopt;
  return ToResume(*row);
}

std::vector<Resume> ResumeRepository::ListForUser(const std::string& user_id, int limit,
                                                  int offset) {
  const Value params[] = {user_id, std::int64_t{limit}, std::int64_t{offset}};
  std::vector<Resume> out;
  for (const auto& row :
       db_.Query("SELECT " + std::string(kListColumns) +
                     " FROM resumes WHERE user_id = ? AND deleted_at IS NULL ORDER BY "
                     "updated_at DESC, id LIMIT ? OFFSET ?",
                 params)) {
    out.push_back(ToResume(row));
  }
  return out;
}

long long ResumeRepository::CountForUser(const std::string& user_id) {
  const Value params[] = {user_id};
  return db_.QueryOne(kCount, params)->Int(0);
}

std::pair<long long, long long> ResumeRepository::UsageForUser(const std::string& user_id) {
  const Value params[] = {user_id};
  const auto row = db_.QueryOne(kUsage, params);
  return {row->Int(0), row->Int(1)};
}

bool ResumeRepository::WantsUpload(const std::string& storage_key) {
  const Value params[] = {storage_key};
  return db_.QueryOne(kWantsUpload, params).has_value();
}

bool ResumeRepository::Rename(const std::string& user_id, const std::string& id,
                              const std::string& title, const std::string& now) {
  if (!IsUuid(id)) return false;
  const Value params[] = {title, now, id, user_id};
  return db_.Execute(kRename, params) == 1;
}

void ResumeRepository::SetStatus(const std::string& id, const std::string& status,
                                 const std::string& now) {
  const Value params[] = {status, now, id};
  db_.Execute(kSetStatus, params);
}

void ResumeRepository::MarkParsed(const std::string& id, const std::string& text,
                                  const document::ResumeDocument& document,
                                  const std::string& now) {
  const std::string json = document::Serialize(document);
  const Value params[] = {text, json, json, now, id};
  db_.Execute(kMarkParsed, params);
}

bool ResumeRepository::SaveDocument(const std::string& user_id, const std::string& id,
                                    long long revision, const document::ResumeDocument& document,
                                    const std::string& now) {
  const Value params[] = {document::Serialize(document), now, now, id, user_id,
                          std::int64_t{revision}};
  return db_.Execute(kSaveDocument, params) == 1;
}

bool ResumeRepository::RestoreOriginal(const std::string& user_id, const std::string& id,
                                       const std::string& now) {
  const Value params[] = {now, id, user_id};
  return db_.Execute(kRestoreOriginal, params) == 1;
}

void ResumeRepository::MarkFailed(const std::string& id, const std::string& code,
                                  const std::string& message, const std::string& now) {
  const Value params[] = {code, message, now, id};
  db_.Execute(kMarkFailed, params);
}

bool ResumeRepository::SoftDelete(const std::string& user_id, const std::string& id,
                                  const std::string& now) {
  if (!IsUuid(id)) return false;
  const Value params[] = {now, now, id, user_id};
  return db_.Execute(kSoftDelete, params) == 1;
}

std::vector<std::string> ResumeRepository::PurgeDeletedBefore(const std::string& before) {
  const Value params[] = {before};
  std::vector<std::string> ids;
  for (const auto& row : db_.Query(kPurgeSelect, params)) {
    ids.push_back(row.Text(0));
    const Value id[] = {row.Text(0)};
    db_.Execute(kPurgeDelete, id);
  }
  return ids;
}

std::vector<std::string> ResumeRepository::TakeExportKeys(const std::string& resume_id) {
  const Value params[] = {resume_id, resume_id};
  std::vector<std::string> keys;
  for (const auto& row : db_.Query(kExportsOfResume, params)) {
    keys.push_back(row.Text(1));
    const Value id[] = {row.Text(0)};
    db_.Execute(kDeleteExport, id);
  }
  return keys;
}

}  // namespace resumax::resumes

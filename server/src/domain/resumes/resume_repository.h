#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/database.h"
#include "domain/document/resume_document.h"
#include "domain/resumes/models.h"

namespace resumax::resumes {

// The SQL of resumes. Every read a user can trigger is scoped by user_id.
class ResumeRepository {
 public:
  explicit ResumeRepository(db::Database& db) : db_(db) {}
  void Insert(const Resume& resume);
  // The user's resume, unless deleted.
  std::optional<Resume> FindForUser(const std::string& user_id, const std::string& id);
  // Any resume by id, deleted or not (for workers).
  std::optional<Resume> FindById(const std::string& id);
  std::vector<Resume> ListForUser(const std::string& user_id, int limit, int offset);
  long long CountForUser(const std::string& user_id);
  // Resumes the user keeps (not deleted) and the bytes their files take.
  std::pair<long long, long long> UsageForUser(const std::string& user_id);
  // True when a resume that is not deleted waits for a file under this key.
  bool WantsUpload(const std::string& storage_key);
  bool Rename(const std::string& user_id, const std::string& id, const std::string& title,
              const std::string& now);
  void SetStatus(const std::string& id, const std::string& status, const std::string& now);
  // The parser's document: kept as the original and as the current one (a new revision).
  void MarkParsed(const std::string& id, const std::string& text,
                  const document::ResumeDocument& document, const std::string& now);
  // Replaces the user's document when its revision is still `revision`; false when another save
  // came first or the resume is gone.
  bool SaveDocument(const std::string& user_id, const std::string& id, long long revision,
                    const document::ResumeDocument& document, const std::string& now);
  // Puts the parser's document back (a new revision); false when the resume is gone.
  bool RestoreOriginal(const std::string& user_id, const std::string& id, const std::string& now);
  void MarkFailed(const std::string& id, const std::string& code, const std::string& message,
                  const std::string& now);
  bool SoftDelete(const std::string& user_id, const std::string& id, const std::string& now);
  // Rows deleted before `before`, for the purge job; then removes them.
  std::vector<std::string> PurgeDeletedBefore(const std::string& before);
  // The storage keys of the exports made from this resume's versions, whose rows it deletes.
  std::vector<std::string> TakeExportKeys(const std::string& resume_id);

  db::Database& database() { return db_; }

 private:
  db::Database& db_;
};

}  // namespace resumax::resumes

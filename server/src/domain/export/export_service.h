#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "domain/ats/ats_report.h"
#include "domain/auth/models.h"
#include "domain/export/renderers.h"
#include "domain/export/resume_document.h"
#include "domain/jobs/worker_pool.h"
#include "domain/optimize/optimization_service.h"
#include "domain/resumes/resume_parser.h"
#include "domain/resumes/resume_repository.h"
#include "domain/storage/object_store.h"

namespace resumax::exporting {

// kJson is JSON Resume (schema 1.x).
enum class ExportFormat { kPdf, kDocx, kText, kJson };

std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ExportFormatName(ExportFormat format);
std::string_view ContentType(ExportFormat format);
std::string_view FileExtension(ExportFormat format);  // ".pdf", ".docx", ".txt", ".json"

// The whole file of a document in a printed format (PDF and DOCX use options; text ignores
// them). JSON Resume is written from the document itself (ToJsonResume).
std::string Render(const Renderers& renderers, ExportFormat format, const PrintedResume& document,
                   const RenderOptions& options);

// "Dana-Whitfield-Resume.pdf": the name's letters and digits, ASCII only, "Resume" otherwise.
std::string ExportFileName(const PrintedResume& document, ExportFormat format);

// What to render: a saved version, or (resume_id instead) a resume's current document.
struct ExportRequest {
  std::string version_id;
  std::string resume_id;
  ExportFormat format = ExportFormat::kPdf;
  Template layout = Template::kClassic;
  PaperSize paper = PaperSize::kLetter;
};

// A stored export (the ExportArtifact table).
struct ExportArtifact {
  std::string id;
  std::string version_id;  // empty for an export of a resume
  std::string resume_id;   // set for an export of a resume (at resume_revision)
  long long resume_revision = 0;
  ExportFormat format = ExportFormat::kPdf;
  std::optional<Template> layout;  // none for text
  std::optional<PaperSize> paper;  // none for text
  std::string storage_key;
  std::string file_name;
  long long size_bytes = 0;
  std::string expires_at;  // the artifact is rendered anew after this
  std::string created_at;
  // PDF and DOCX: the document's fields the parser read back from the file before its link was
  // handed out, of how many (none for text and JSON Resume, or without a reader).
  std::optional<int> read_back_ok;
  std::optional<int> read_back_total;
};

// An artifact with freshly signed links.
struct ExportLink {
  ExportArtifact artifact;
  std::string download_url;                // saves the file
  std::optional<std::string> preview_url;  // PDFs: shows it in the page
  std::string link_expires_at;
  bool reused = false;  // rendered before, not now
};

// What an applicant tracking system reads of one format of a version's export.
struct FormatAtsReport {
  ExportFormat format = ExportFormat::kPdf;
  std::string file_name;
  ats::Report report;
};

// The ATS report of a version as exported in one template and paper size: its PDF and its DOCX.
struct VersionAtsReport {
  std::string version_id;
  Template layout = Template::kClassic;
  PaperSize paper = PaperSize::kLetter;
  std::vector<FormatAtsReport> formats;
};

// "read back 100 %: all 23 fields", "read back 91 %: 21 of 23 fields".
std::string ReadBackSummary(int fields_ok, std::size_t fields);
inline std::string ReadBackSummary(const ats::Report& report) {
  return ReadBackSummary(report.fields_ok, report.fields.size());
}

struct ExportSettings {
  std::chrono::seconds artifact_ttl{7 * 24 * 3600};
  std::chrono::seconds link_ttl{15 * 60};
};

// Renders a saved version, or a resume's current document (once per revision), once per format,
// template and paper size, stores the file under the user's namespace and hands out short-lived
// signed links. Scoped to the calling user: another user's version or resume is not found.
class ExportService {
 public:
  ExportService(db::Database& db, storage::ObjectStore& store,
                optimize::OptimizationService& optimizations, resumes::ResumeRepository& resumes,
                Renderers renderers, const Clock& clock, ExportSettings settings);

  Result<ExportLink> Create(const auth::User& user, const ExportRequest& request);
  // The reader exports are read back with: the project's own parser, in process (exports are
  // the service's own files). Without one there is no ATS report of versions.
  void SetReader(resumes::ResumeParser* reader) { reader_ = reader; }
  // What an ATS reads of a version's PDF and DOCX in this template and paper size: each rendered
  // as an export is, read back, and checked against the version's document.
  Result<VersionAtsReport> AtsReport(const auth::User& user, const std::string& version_id,
                                     Template layout, PaperSize paper);
  // Deletes artifacts past their expiry, files first; returns how many.
  std::size_t PurgeExpired();
  // Purges expired artifacts every hour on the workers' scheduler.
  void RegisterJobs(jobs::WorkerPool& pool);

  // The version's unexpired exports, newest first.
  Result<std::vector<ExportLink>> ListForVersion(const auth::User& user,
                                                 const std::string& version_id);
  // The same for a version the caller already read for this user.
  std::vector<ExportLink> ListFor(const auth::User& user, const optimize::Version& version);

 private:
  std::optional<ExportArtifact> FindVariant(const std::string& user_id,
                                            const ExportRequest& request, long long revision);
  // The document the request names, and the revision of a resume's (0 for a version).
  Result<std::pair<document::ResumeDocument, long long>> Source(const auth::User& user,
                                                                const ExportRequest& request);
  void Remove(const ExportArtifact& artifact);
  ExportLink Sign(ExportArtifact artifact, bool reused) const;
  // Create without its metrics and span.
  Result<ExportLink> Produce(const auth::User& user, const ExportRequest& request);

  db::Database& db_;
  storage::ObjectStore& store_;
  optimize::OptimizationService& optimizations_;
  resumes::ResumeRepository& resumes_;
  Renderers renderers_;
  resumes::ResumeParser* reader_ = nullptr;
  const Clock& clock_;
  ExportSettings settings_;
};

}  // namespace resumax::exporting

#include "domain/export/export_service.h"

#include <boost/json/serialize.hpp>
#include <chrono>
#include <exception>

#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/trace.h"
#include "domain/accounts/funnel.h"
#include "domain/document/json_resume.h"
#include "domain/export/renderers.h"

namespace resumax::exporting {
namespace {

using db::Value;

constexpr std::string_view kArtifactColumns =
    "id, version_id, format, template, paper_size, storage_key, file_name, size_bytes, "
    "expires_at, created_at, resume_id, resume_revision, read_back_ok, read_back_total";

// Text and JSON Resume have no template or paper size; their rows store empty strings.
bool HasLayout(ExportFormat format) {
  return format == ExportFormat::kPdf || format == ExportFormat::kDocx;
}
std::string TemplateColumn(const ExportRequest& request) {
  return HasLayout(request.format) ? std::string(TemplateName(request.layout)) : std::string();
}
std::string PaperColumn(const ExportRequest& request) {
  return HasLayout(request.format) ? std::string(PaperSizeName(request.paper)) : std::string();
}

db::Value OptionalText(const std::string& text) {
  return text.empty() ? db::Value{nullptr} : db::Value{text};
}

ExportArtifact ToArtifact(const db::Row& row) {
  ExportArtifact artifact;
  artifact.id = row.Text(0);
  artifact.version_id = row.IsNull(1) ? std::string() : row.Text(1);
  artifact.format = ParseExportFormat(row.Text(2)).value_or(ExportFormat::kPdf);
  artifact.layout = ParseTemplate(row.Text(3));
  artifact.paper = ParsePaperSize(row.Text(4));
  artifact.storage_key = row.Text(5);
  artifact.file_name = row.Text(6);
  artifact.size_bytes = row.Int(7);
  artifact.expires_at = NormalizeTimestamp(row.Text(8));
  artifact.created_at = NormalizeTimestamp(row.Text(9));
  artifact.resume_id = row.IsNull(10) ? std::string() : row.Text(10);
  artifact.resume_revision = row.IsNull(11) ? 0 : row.Int(11);
  if (!row.IsNull(12) && !row.IsNull(13)) {
    artifact.read_back_ok = static_cast<int>(row.Int(12));
    artifact.read_back_total = static_cast<int>(row.Int(13));
  }
  return artifact;
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "pdf") return ExportFormat::kPdf;
  if (name == "docx") return ExportFormat::kDocx;
  if (name == "text") return ExportFormat::kText;
  if (name == "json") return ExportFormat::kJson;
  return std::nullopt;
}

std::string_view ExportFormatName(ExportFormat format) {
  switch (format) {
    case ExportFormat::kDocx:
      return "docx";
    case ExportFormat::kText:
      return "text";
    case ExportFormat::kJson:
      return "json";
    case ExportFormat::kPdf:
      break;
  }
  return "pdf";
}

std::string_view ContentType(ExportFormat format) {
  switch (format) {
    case ExportFormat::kDocx:
      return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    case ExportFormat::kText:
      return "text/plain; charset=utf-8";
    case ExportFormat::kJson:
      return "application/json";
    case ExportFormat::kPdf:
      break;
  }
  return "application/pdf";
}

std::string_view FileExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::kDocx:
      return ".docx";
    case ExportFormat::kText:
      return ".txt";
    case ExportFormat::kJson:
      return ".json";
    case ExportFormat::kPdf:
      break;
  }
  return ".pdf";
}

std::string Render(const Renderers& renderers, ExportFormat format, const PrintedResume& document,
                   const RenderOptions& options) {
  switch (format) {
    case ExportFormat::kPdf:
      if (renderers.pdf != nullptr) return renderers.pdf->Render(document, options);
      break;
    case ExportFormat::kDocx:
      if (renderers.docx != nullptr) return renderers.docx->Render(document, options);
      break;
    case ExportFormat::kText:
    case ExportFormat::kJson:
      break;
  }
  return RenderText(document);
}

std::string ExportFileName(const PrintedResume& document, ExportFormat format) {
  std::string name;
  bool gap = false;
  for (const char c : document.contact.name) {
    const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!keep) {
      gap = !name.empty();
      continue;
    }
    if (gap) name += '-';
    gap = false;
    name += c;
    if (name.size() >= 60) break;
  }
  return (name.empty() ? std::string("Resume") : name + "-Resume") +
         std::string(FileExtension(format));
}

ExportService::ExportService(db::Database& db, storage::ObjectStore& store,
                             optimize::OptimizationService& optimizations,
                             resumes::ResumeRepository& resumes, Renderers renderers,
                             const Clock& clock, ExportSettings settings)
    : db_(db),
      store_(store),
      optimizations_(optimizations),
      resumes_(resumes),
      renderers_(renderers),
      clock_(clock),
      settings_(settings) {}

std::optional<ExportArtifact> ExportService::FindVariant(const std::string& user_id,
                                                         const ExportRequest& request,
                                                         long long revision) {
  const bool of_resume = request.version_id.empty();
  const Value params[] = {of_resume ? request.resume_id : request.version_id,
                          std::int64_t{revision},
                          user_id,
                          std::string(ExportFormatName(request.format)),
                          TemplateColumn(request),
                          PaperColumn(request)};
  auto row = db_.QueryOne(
      "SELECT " + std::string(kArtifactColumns) + " FROM export_artifacts WHERE " +
          (of_resume ? "resume_id = ? AND resume_revision = ?" : "version_id = ? AND 0 = ?") +
          " AND user_id = ? AND format = ? AND template = ? AND paper_size = ?",
      params);
  if (!row) return std::nullopt;
  return ToArtifact(*row);
}

void ExportService::Remove(const ExportArtifact& artifact) {
  // The file first: a row without its file is rendered again, a file without a row is lost.
  store_.Delete(artifact.storage_key);
  const Value params[] = {artifact.id};
  db_.Execute("DELETE FROM export_artifacts WHERE id = ?", params);
}

ExportLink ExportService::Sign(ExportArtifact artifact, bool reused) const {
  const TimePoint now = clock_.Now();
  // A link never outlives the file it points to.
  auto ttl = settings_.link_ttl;
  if (const auto expires = ParseTimestamp(artifact.expires_at)) {
    ttl = std::min(ttl, std::chrono::duration_cast<std::chrono::seconds>(*expires - now));
  }
  ttl = std::max(ttl, std::chrono::seconds(1));
  ExportLink link;
  link.download_url = store_.PresignDownload(artifact.storage_key, artifact.file_name, ttl,
                                             storage::Disposition::kAttachment);
  if (artifact.format == ExportFormat::kPdf) {
    link.preview_url = store_.PresignDownload(artifact.storage_key, artifact.file_name, ttl,
                                              storage::Disposition::kInline);
  }
  link.link_expires_at = FormatTimestamp(now + ttl);
  link.reused = reused;
  link.artifact = std::move(artifact);
  return link;
}

Result<std::pair<document::ResumeDocument, long long>> ExportService::Source(
    const auth::User& user, const ExportRequest& request) {
  if (!request.version_id.empty()) {
    auto version = optimizations_.GetVersion(user, request.version_id);
    if (!version) return version.error();
    return std::pair{std::move(version->document), 0LL};
  }
  if (!IsUuid(request.resume_id)) return Error::NotFound("No such resume.");
  auto resume = resumes_.FindForUser(user.id, request.resume_id);
  if (!resume) return Error::NotFound("No such resume.");
  if (resume->parse_status != "completed" || !resume->document) {
    return Error::Conflict("resume_not_parsed",
                           "This resume has not been read yet. Wait for parsing to finish.");
  }
  return std::pair{std::move(*resume->document), resume->revision};
}

namespace {

// A field an export loses is a bug of the export or of the reader: logged, counts only.
void LogIncompleteReadBack(const ats::Report& report, ExportFormat format, Template layout) {
  if (static_cast<std::size_t>(report.fields_ok) >= report.fields.size()) return;
  log::Warn("export_read_back_incomplete", {{"format", ExportFormatName(format)},
                                            {"template", TemplateName(layout)},
                                            {"fieldsOk", report.fields_ok},
                                            {"fields", report.fields.size()}});
}

}  // namespace

std::string ReadBackSummary(int fields_ok, std::size_t total) {
  const int percent =
      total == 0 ? 100
                 : static_cast<int>(std::lround(100.0 * fields_ok / static_cast<double>(total)));
  const std::string fields = total == 1 ? " field" : " fields";
  if (static_cast<std::size_t>(fields_ok) == total) {
    return "read back " + std::to_string(percent) + " %: all " + std::to_string(total) + fields;
  }
  return "read back " + std::to_string(percent) + " %: " + std::to_string(fields_ok) + " of " +
         std::to_string(total) + fields;
}

Result<VersionAtsReport> ExportService::AtsReport(const auth::User& user,
                                                  const std::string& version_id, Template layout,
                                                  PaperSize paper) {
  auto version = optimizations_.GetVersion(user, version_id);
  if (!version) return version.error();
  if (reader_ == nullptr) {
    return Error{ErrorKind::kUnavailable,
                 "ats_unavailable",
                 "Reports of exports are not available on this server.",
                 {},
                 {},
                 0};
  }
  const PrintedResume printed = ForPrint(version->document);
  const RenderOptions options = OptionsFor(printed, layout, paper);
  VersionAtsReport out{version_id, layout, paper, {}};
  for (const ExportFormat format : {ExportFormat::kPdf, ExportFormat::kDocx}) {
    const std::string bytes = Render(renderers_, format, printed, options);
    ats::ReportInput input;
    input.file_name = ExportFileName(printed, format);
    input.size_bytes = bytes.size();
    input.document = version->document;
    auto read = reader_->Inspect(bytes, ContentType(format));
    if (read) {
      input.extracted_text = std::move(read->extracted_text);
      input.file_findings = std::move(read->findings);
      input.read_back = std::move(read->document);
    } else {
      // The service's own file that its own reader cannot read: a bug, said as it is.
      log::Error("export_read_back_failed",
                 {{"format", ExportFormatName(format)}, {"code", read.error().code}});
      input.file_findings.push_back(
          {"export_unreadable", ats::Severity::kBlocker,
           "resuMAX could not read this export back (" + read.error().message + ")", "file",
           "Try the other format or template; this is our bug, and it has been logged."});
    }
    ats::Report report = ats::BuildReport(input);
    LogIncompleteReadBack(report, format, layout);
    out.formats.push_back({format, input.file_name, std::move(report)});
  }
  return out;
}

Result<ExportLink> ExportService::Create(const auth::User& user, const ExportRequest& request) {
  static auto& outcomes = metrics::Counter::Get(
      "resumax_exports_total", "Export requests by format and outcome (succeeded, failed).",
      {"format", "outcome"});
  const std::string format(ExportFormatName(request.format));
  trace::Span span("export.create");
  span.SetAttribute("resumax.export.format", format);
  try {
    auto link = Produce(user, request);
    if (link) {
      outcomes.Inc({format, "succeeded"});
      span.SetAttribute("resumax.export.reused", link->reused);
      accounts::ReachFunnelStep(db_, clock_, user.id, accounts::kFunnelFirstExport);
    } else {
      span.SetError(link.error().code);
    }
    return link;
  } catch (...) {
    outcomes.Inc({format, "failed"});
    span.SetError("export_failed");
    throw;
  }
}

Result<ExportLink> ExportService::Produce(const auth::User& user, const ExportRequest& request) {
  auto source = Source(user, request);
  if (!source) return source.error();
  const auto& [resume, revision] = *source;

  const std::string now = FormatTimestamp(clock_.Now());
  if (auto existing = FindVariant(user.id, request, revision)) {
    if (existing->expires_at > now && store_.Head(existing->storage_key)) {
      return Sign(std::move(*existing), /*reused=*/true);
    }
    Remove(*existing);
  }

  const PrintedResume document = ForPrint(resume);
  const RenderOptions options = OptionsFor(document, request.layout, request.paper);
  static auto& render_seconds = metrics::Histogram::Get("resumax_export_render_duration_seconds",
                                                        "How long rendering one export file took.",
                                                        {"format"}, metrics::FastBuckets());
  trace::Span render_span("export.render");
  render_span.SetAttribute("resumax.export.format", std::string(ExportFormatName(request.format)));
  const auto started = std::chrono::steady_clock::now();
  std::string bytes = request.format == ExportFormat::kJson
                          ? boost::json::serialize(document::ToJsonResume(resume))
                          : Render(renderers_, request.format, document, options);
  const double render_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  render_seconds.Observe({std::string(ExportFormatName(request.format))}, render_ms / 1000.0);
  render_span.SetAttribute("resumax.bytes", bytes.size());
  render_span.End();

  ExportArtifact artifact;
  artifact.id = NewUuid();
  artifact.version_id = request.version_id;
  artifact.resume_id = request.version_id.empty() ? request.resume_id : std::string();
  artifact.resume_revision = revision;
  artifact.format = request.format;
  if (HasLayout(request.format)) {
    artifact.layout = request.layout;
    artifact.paper = request.paper;
  }
  artifact.file_name = ExportFileName(document, request.format);
  artifact.storage_key = storage::ObjectKey(user.id, "exports", artifact.id, artifact.file_name);
  artifact.size_bytes = static_cast<long long>(bytes.size());
  artifact.created_at = now;
  artifact.expires_at = FormatTimestamp(clock_.Now() + settings_.artifact_ttl);
  // Read back before the link is handed out: a field the file loses is a bug of the export or of
  // the reader, logged (counts only) and shown with the link.
  if (HasLayout(request.format) && reader_ != nullptr) {
    ats::ReportInput input;
    input.document = resume;
    auto read = reader_->Parse(bytes, ContentType(request.format));
    if (read) {
      input.read_back = std::move(read->document);
    } else {
      log::Error("export_read_back_failed",
                 {{"format", ExportFormatName(request.format)}, {"code", read.error().code}});
    }
    const ats::Report report = ats::BuildReport(input);
    artifact.read_back_ok = report.fields_ok;
    artifact.read_back_total = static_cast<int>(report.fields.size());
    LogIncompleteReadBack(report, request.format, request.layout);
  }

  store_.Put(artifact.storage_key, bytes, std::string(ContentType(request.format)));
  try {
    const Value params[] = {
        artifact.id,
        user.id,
        OptionalText(artifact.version_id),
        OptionalText(artifact.resume_id),
        artifact.resume_id.empty() ? Value{nullptr} : Value{std::int64_t{revision}},
        std::string(ExportFormatName(artifact.format)),
        TemplateColumn(request),
        PaperColumn(request),
        artifact.storage_key,
        artifact.file_name,
        std::int64_t{artifact.size_bytes},
        artifact.expires_at,
        artifact.created_at,
        artifact.read_back_ok ? Value{std::int64_t{*artifact.read_back_ok}} : Value{nullptr},
        artifact.read_back_total ? Value{std::int64_t{*artifact.read_back_total}} : Value{nullptr}};
    db_.Execute(
        "INSERT INTO export_artifacts (id, user_id, version_id, resume_id, resume_revision, "
        "format, template, paper_size, storage_key, file_name, size_bytes, expires_at, "
        "created_at, read_back_ok, read_back_total) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        params);
  } catch (const db::DatabaseError& error) {
    // The same export requested twice at once: keep the one stored first.
    store_.Delete(artifact.storage_key);
    if (!error.unique_violation()) {
      // The version or resume went while it was rendered (its job description or resume was
      // deleted): the row cannot point at it any more.
      if (auto gone = Source(user, request); !gone) return gone.error();
      throw;
    }
    auto winner = FindVariant(user.id, request, revision);
    if (!winner) throw;
    return Sign(std::move(*winner), /*reused=*/true);
  }
  log::Info("export_rendered", {{"exportId", artifact.id},
                                {"format", ExportFormatName(artifact.format)},
                                {"bytes", artifact.size_bytes},
                                {"ms", render_ms}});
  return Sign(std::move(artifact), /*reused=*/false);
}

std::size_t ExportService::PurgeExpired() {
  const Value params[] = {FormatTimestamp(clock_.Now())};
  std::size_t purged = 0;
  for (const db::Row& row : db_.Query("SELECT " + std::string(kArtifactColumns) +
                                          " FROM export_artifacts WHERE expires_at <= ? "
                                          "ORDER BY expires_at LIMIT 1000",
                                      params)) {
    Remove(ToArtifact(row));
    ++purged;
  }
  if (purged > 0) log::Info("exports_purged", {{"count", purged}});
  return purged;
}

void ExportService::RegisterJobs(jobs::WorkerPool& pool) {
  pool.Every(std::chrono::hours(1), [this] { PurgeExpired(); });
}

Result<std::vector<ExportLink>> ExportService::ListForVersion(const auth::User& user,
                                                              const std::string& version_id) {
  auto version = optimizations_.GetVersion(user, version_id);
  if (!version) return version.error();
  return ListFor(user, *version);
}

std::vector<ExportLink> ExportService::ListFor(const auth::User& user,
                                               const optimize::Version& version) {
  const Value params[] = {version.id, user.id, FormatTimestamp(clock_.Now())};
  std::vector<ExportLink> links;
  for (const db::Row& row :
       db_.Query("SELECT " + std::string(kArtifactColumns) +
                     " FROM export_artifacts WHERE version_id = ? AND user_id = ? AND "
                     "expires_at > ? ORDER BY created_at DESC, id",
                 params)) {
    links.push_back(Sign(ToArtifact(row), /*reused=*/true));
  }
  return links;
}

}  // namespace resumax::exporting

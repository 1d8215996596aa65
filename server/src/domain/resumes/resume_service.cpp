#include "domain/resumes/resume_service.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/paging.h"
#include "core/text.h"
#include "core/trace.h"
#include "domain/accounts/funnel.h"
#include "domain/resumes/file_types.h"

namespace resumax::resumes {
namespace {

Error NotVerified() {
  return Error::Forbidden("email_not_verified",
                          "Verify your email address before uploading resumes.");
}

std::string ResumeIdFrom(const jobs::ClaimedJob& job) {
  boost::system::error_code ec;
  const auto payload = boost::json::parse(job.payload_json, ec);
  if (ec || !payload.is_object()) return {};
  const auto* id = payload.as_object().if_contains("resumeId");
  return id && id->is_string() ? std::string(id->as_string()) : std::string();
}

std::string TitleFromFilename(const std::string& filename) {
  const auto dot = filename.rfind('.');
  std::string title = dot == std::string::npos || dot == 0 ? filename : filename.substr(0, dot);
  return title.empty() ? "Resume" : title;
}

}  // namespace

std::string MalwareMessage() {
  return "The file was refused: our virus scanner found something harmful in it. Scan your "
         "computer, export the resume again and upload the new file.";
}

Result<ScanVerdict> ScanUpload(VirusScanner* scanner, std::string_view bytes,
                               const std::string& storage_key, storage::ObjectStore& storage) {
  if (!scanner) return ScanVerdict{};
  auto verdict = scanner->Scan(bytes);
  if (!verdict) {
    log::Warn("virus_scan_unavailable", {{"detail", verdict.error().internal}});
    return verdict.error();
  }
  // A harmful file is not kept.
  if (!verdict->clean()) storage.Delete(storage_key);
  return verdict;
}

Result<std::string> NormalizeTitle(std::string_view title) {
  return CleanLabel(title, "title", 200);
}

ResumeService::ResumeService(ResumeRepository& repository, storage::ObjectStore& storage,
                             jobs::JobQueue& queue, ResumeParser& parser, const Clock& clock,
                             ResumeSettings settings)
    : repository_(repository),
      storage_(storage),
      queue_(queue),
      parser_(parser),
      clock_(clock),
      settings_(settings) {}

Result<UploadTicket> ResumeService::Presign(const auth::User& user, const std::string& filename,
                                            const std::string& mime_type, std::int64_t size) {
  if (!user.email_verified_at) return NotVerified();
  if (!IsAcceptedType(mime_type)) {
    return Error{ErrorKind::kUnsupportedMediaType,
                 "unsupported_file_type",
                 "Upload a PDF, a Word document (.docx), a plain text file or a JSON Resume "
                 "(.json).",
                 {},
                 {},
                 0};
  }
  if (ContainsBidiControl(filename)) {
    return Error::Validation("filename", "The file name contains characters that are not allowed.");
  }
  const std::string clean = CleanFilename(filename);
  if (filename.empty() || !ExtensionMatches(clean, mime_type)) {
    return Error::Validation("filename", "The file name's extension does not match its type.");
  }
  if (size <= 0) return Error::Validation("size", "The file is empty.");
  if (static_cast<std::uint64_t>(size) > settings_.max_upload_bytes) {
    Error error{ErrorKind::kPayloadTooLarge,
                "file_too_large",
                "The file is larger than " +
                    std::to_string(settings_.max_upload_bytes / (1024 * 1024)) +
                    " MB. Upload a smaller file.",
                {},
                {},
                0};
    error.details["maxBytes"] = settings_.max_upload_bytes;
    return error;
  }
  const auto [files, bytes] = repository_.UsageForUser(user.id);
  if (files >= settings_.quota_files ||
      static_cast<std::uint64_t>(bytes) + static_cast<std::uint64_t>(size) >
          settings_.quota_bytes) {
    Error error = Error::QuotaExceeded(
        "You have reached your storage limit (" + std::to_string(settings_.quota_files) +
        " resumes, " + std::to_string(settings_.quota_bytes >> 20) +
        " MB). Delete resumes you no longer need, then upload again.");
    error.details["maxFiles"] = settings_.quota_files;
    error.details["maxBytes"] = settings_.quota_bytes;
    error.details["usedFiles"] = files;
    error.details["usedBytes"] = bytes;
    return error;
  }
  Resume resume;
  resume.id = NewUuid();
  resume.user_id = user.id;
  auto title = NormalizeTitle(TitleFromFilename(clean));
  resume.title = title ? *title : "Resume";
  resume.original_filename = clean;
  resume.mime_type = mime_type;
  resume.size_bytes = size;
  resume.storage_key = storage::ObjectKey(user.id, "resumes", resume.id, "original");
  resume.created_at = resume.updated_at = Now();
  repository_.Insert(resume);
  auto upload = storage_.PresignUpload(resume.storage_key, mime_type,
                                       static_cast<std::uint64_t>(size), settings_.upload_url_ttl);
  return UploadTicket{std::move(resume), std::move(upload)};
}

Result<Resume> ResumeService::RequestParse(const auth::User& user, const std::string& id) {
  if (!user.email_verified_at) return NotVerified();
  auto resume = repository_.FindForUser(user.id, id);
  if (!resume) return Error::NotFound("No such resume.");
  if (resume->parse_status == "parsing" || resume->parse_status == "completed") return *resume;
  const auto info = storage_.Head(resume->storage_key);
  if (!info) {
    return Error::Conflict("upload_missing",
                           "The file has not been uploaded yet. Upload it, then try again.");
  }
  const std::string now = Now();
  if (info->size > settings_.max_upload_bytes) {
    repository_.MarkFailed(resume->id, "file_too_large", "The uploaded file is too large.", now);
    return FindAfterWrite(user.id, id);
  }
  repository_.SetStatus(resume->id, "pending", now);
  queue_.Enqueue(std::string(kParseJob),
                 boost::json::serialize(boost::json::object{{"resumeId", resume->id}}),
                 {std::chrono::milliseconds(0), 4, user.id});
  accounts::ReachFunnelStep(repository_.database(), clock_, user.id, accounts::kFunnelFirstUpload);
  return FindAfterWrite(user.id, id);
}

bool ResumeService::WantsUpload(const std::string& storage_key) {
  return repository_.WantsUpload(storage_key);
}

Result<Resume> ResumeService::FindAfterWrite(const std::string& user_id, const std::string& id) {
  // A DELETE of the same resume may land between a write and this read: it is gone for the user.
  auto resume = repository_.FindForUser(user_id, id);
  if (!resume) return Error::NotFound("No such resume.");
  return std::move(*resume);
}

Result<ResumePage> ResumeService::List(const auth::User& user, int limit,
                                       const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  limit = std::clamp(limit, 1, 100);
  return MakePage(repository_.ListForUser(user.id, limit + 1, *offset), limit, *offset);
}

Result<Resume> ResumeService::Get(const auth::User& user, const std::string& id) {
  auto resume = repository_.FindForUser(user.id, id);
  if (!resume) return Error::NotFound("No such resume.");
  return std::move(*resume);
}

Result<ats::Report> ResumeService::AtsReport(const auth::User& user, const std::string& id) {
  auto resume = repository_.FindForUser(user.id, id);
  if (!resume) return Error::NotFound("No such resume.");
  if (resume->parse_status != "completed" || !resume->document) {
    return Error::Conflict("resume_not_parsed",
                           "The file has not been read yet. Wait until the resume is parsed.");
  }
  auto bytes = storage_.Get(resume->storage_key, settings_.max_upload_bytes);
  if (!bytes) {
    return Error::Conflict("upload_missing", "The resume's file is gone. Upload it again.");
  }
  // One report at a time per user; the mark goes whatever way the reading ends.
  {
    const std::lock_guard lock(inspecting_mutex_);
    if (!inspecting_.insert(user.id).second) {
      return Error{ErrorKind::kRateLimited,
                   "too_many_requests",
                   "An ATS report of yours is already being prepared. Try again in a moment.",
                   {},
                   {},
                   2};
    }
  }
  struct Done {
    ResumeService& service;
    const std::string& user_id;
    ~Done() {
      const std::lock_guard lock(service.inspecting_mutex_);
      service.inspecting_.erase(user_id);
    }
  } done{*this, user.id};
  auto read = parser_.Inspect(*bytes, resume->mime_type);
  if (!read) return read.error();
  // The pages' pictures, kept beside the resume's file and shown through short-lived links.
  std::vector<ats::PageLink> pages;
  for (std::size_t i = 0; i < read->pages.size() && i < kMaxReportPages; ++i) {
    const ats::PageImage& image = read->pages[i];
    const std::string name = "page-" + std::to_string(i + 1) + ".png";
    const std::string key = storage::ObjectKey(user.id, "ats-pages", resume->id, name);
    storage_.Put(key, image.png, "image/png");
    pages.push_back({static_cast<int>(i + 1), image.width, image.height,
                     storage_.PresignDownload(key, name, settings_.upload_url_ttl,
                                              storage::Disposition::kInline)});
  }
  ats::ReportInput input;
  input.file_name = resume->original_filename;
  input.size_bytes = static_cast<std::uint64_t>(resume->size_bytes);
  input.extracted_text = std::move(read->extracted_text);
  input.file_findings = std::move(read->findings);
  input.read_back = std::move(read->document);
  input.document = std::move(*resume->document);
  ats::Report report = ats::BuildReport(input);
  report.pages = std::move(pages);
  return report;
}

Result<Resume> ResumeService::Rename(const auth::User& user, const std::string& id,
                                     const std::string& title) {
  auto clean = NormalizeTitle(title);
  if (!clean) return clean.error();
  if (!repository_.Rename(user.id, id, *clean, Now())) return Error::NotFound("No such resume.");
  return FindAfterWrite(user.id, id);
}

Result<Resume> ResumeService::SaveDocument(const auth::User& user, const std::string& id,
                                           std::optional<long long> if_match,
                                           document::ResumeDocument edited) {
  auto stored = repository_.FindForUser(user.id, id);
  if (!stored) return Error::NotFound("No such resume.");
  if (stored->parse_status != "completed" || !stored->document) {
    return Error::Conflict("resume_not_parsed",
                           "This resume has not been read yet. Wait for parsing to finish.");
  }
  if (!if_match) {
    return Error::PreconditionRequired(
        "Send the revision you edited in If-Match, so a newer save is not overwritten.");
  }
  auto conflict = [](long long current) {
    Error error = Error::PreconditionFailed(
        "revision_conflict",
        "This resume was changed elsewhere since you opened it. Reload it to see the latest.");
    error.details["currentRevision"] = current;
    return error;
  };
  if (*if_match != stored->revision) return conflict(stored->revision);
  document::AssignIds(edited);
  document::CarryConfidence(*stored->document, edited);
  if (const auto issues = document::Validate(edited); !issues.empty()) {
    return document::InvalidSections(issues);
  }
  if (!repository_.SaveDocument(user.id, id, *if_match, edited, Now())) {
    auto now_stored = repository_.FindForUser(user.id, id);
    if (!now_stored) return Error::NotFound("No such resume.");
    return conflict(now_stored->revision);
  }
  return FindAfterWrite(user.id, id);
}

Result<Resume> ResumeService::RestoreOriginal(const auth::User& user, const std::string& id) {
  auto stored = repository_.FindForUser(user.id, id);
  if (!stored) return Error::NotFound("No such resume.");
  if (stored->parse_status != "completed") {
    return Error::Conflict("resume_not_parsed",
                           "This resume has not been read yet. Wait for parsing to finish.");
  }
  if (!repository_.RestoreOriginal(user.id, id, Now())) return Error::NotFound("No such resume.");
  return FindAfterWrite(user.id, id);
}

Result<void> ResumeService::Delete(const auth::User& user, const std::string& id) {
  if (!repository_.SoftDelete(user.id, id, Now())) return Error::NotFound("No such resume.");
  queue_.Enqueue(std::string(kDeleteObjectsJob),
                 boost::json::serialize(boost::json::object{{"resumeId", id}}));
  return {};
}

void ResumeService::RegisterJobs(jobs::WorkerPool& pool) {
  pool.Register(std::string(kParseJob),
                {[this](const jobs::ClaimedJob& job) { return RunParse(job); },
                 [this](const jobs::ClaimedJob& job, const std::string&) {
                   const std::string id = ResumeIdFrom(job);
                   if (!id.empty()) {
                     repository_.MarkFailed(id, "parse_failed",
                                            "We could not read this file. Try again later or "
                                            "upload it as PDF or DOCX.",
                                            Now());
                   }
                 }});
  pool.Register(std::string(kDeleteObjectsJob),
                {[this](const jobs::ClaimedJob& job) { return RunDeleteObjects(job); }, {}});
  pool.Every(std::chrono::hours(1), [this] { PurgeExpired(); });
}

namespace {

// One parse's outcome ("ok" or the code the user sees) in resumax_parses_total.
void CountParse(std::string_view outcome) {
  static auto& counter = metrics::Counter::Get(
      "resumax_parses_total", "Resume parses by outcome (ok, or the failure's code).", {"outcome"},
      {{"ok"}});
  counter.Inc({std::string(outcome)});
}

}  // namespace

jobs::HandlerResult ResumeService::RunParse(const jobs::ClaimedJob& job) {
  const std::string id = ResumeIdFrom(job);
  auto resume = repository_.FindById(id);
  if (!resume || resume->deleted_at) return {jobs::Outcome::kDone, {}};
  if (resume->parse_status == "completed") return {jobs::Outcome::kDone, {}};
  repository_.SetStatus(id, "parsing", Now());
  auto bytes = storage_.Get(resume->storage_key, settings_.max_upload_bytes);
  if (!bytes) {
    const auto info = storage_.Head(resume->storage_key);
    if (info) {
      repository_.MarkFailed(id, "file_too_large", "The uploaded file is too large.", Now());
      CountParse("file_too_large");
    } else {
      repository_.MarkFailed(id, "upload_missing", "The uploaded file is missing. Upload it again.",
                             Now());
      CountParse("upload_missing");
    }
    return {jobs::Outcome::kDone, {}};
  }
  if (!MagicMatches(resume->mime_type, *bytes)) {
    repository_.MarkFailed(id, "unsupported_file_type",
                           "The file is not what its name says. Upload a real PDF or DOCX file.",
                           Now());
    CountParse("unsupported_file_type");
    return {jobs::Outcome::kDone, {}};
  }
  const auto scanned = ScanUpload(scanner_, *bytes, resume->storage_key, storage_);
  if (!scanned) return {jobs::Outcome::kRetry, "the virus scanner is unreachable"};
  if (!scanned->clean()) {
    repository_.MarkFailed(id, "malware_detected", MalwareMessage(), Now());
    CountParse("malware_detected");
    log::Warn("upload_malware_detected", {{"resumeId", id}, {"threat", *scanned->threat}});
    return {jobs::Outcome::kDone, {}};
  }
  static auto& duration =
      metrics::Histogram::Get("resumax_parse_duration_seconds",
                              "How long reading one resume file took.", {}, metrics::FastBuckets());
  trace::Span span("resume.parse");
  span.SetAttribute("resumax.mime_type", resume->mime_type);
  span.SetAttribute("resumax.bytes", bytes->size());
  const auto started = std::chrono::steady_clock::now();
  auto parsed = parser_.Parse(*bytes, resume->mime_type);
  duration.Observe(
      {}, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  if (!parsed) {
    span.SetError(parsed.error().code);
    CountParse(parsed.error().code);
    repository_.MarkFailed(id, parsed.error().code, parsed.error().message, Now());
    log::Info("resume_parse_failed", {{"resumeId", id}, {"code", parsed.error().code}});
    return {jobs::Outcome::kDone, {}};
  }
  CountParse("ok");
  repository_.MarkParsed(id, parsed->text, parsed->document, Now());
  return {jobs::Outcome::kDone, {}};
}

jobs::HandlerResult ResumeService::RunDeleteObjects(const jobs::ClaimedJob& job) {
  auto resume = repository_.FindById(ResumeIdFrom(job));
  if (!resume) return {jobs::Outcome::kDone, {}};
  storage_.Delete(resume->storage_key);
  // The pictures of its pages drawn for ATS reports.
  for (std::size_t page = 1; page <= kMaxReportPages; ++page) {
    storage_.Delete(storage::ObjectKey(resume->user_id, "ats-pages", resume->id,
                                       "page-" + std::to_string(page) + ".png"));
  }
  // Files exported from its versions hold the same personal data.
  for (const std::string& key : repository_.TakeExportKeys(resume->id)) storage_.Delete(key);
  return {jobs::Outcome::kDone, {}};
}

std::size_t ResumeService::PurgeExpired() {
  const auto ids =
      repository_.PurgeDeletedBefore(FormatTimestamp(clock_.Now() - settings_.retention));
  if (!ids.empty()) log::Info("resumes_purged", {{"count", ids.size()}});
  return ids.size();
}

}  // namespace resumax::resumes

#include <boost/json/parse.hpp>
#include <charconv>
#include <chrono>

#include "core/text.h"
#include "domain/ats/ats_report.h"
#include "domain/ats/knock_outs.h"
#include "domain/document/document_json.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {

boost::json::object ResumeJson(const resumes::Resume& resume, bool with_content) {
  boost::json::object json{
      {"id", resume.id},
      {"title", resume.title},
      {"originalFilename", resume.original_filename},
      {"mimeType", resume.mime_type},
      {"sizeBytes", resume.size_bytes},
      {"sizeMb", std::round(static_cast<double>(resume.size_bytes) / 10485.76) / 100.0},
      {"parseStatus", resume.parse_status},
      {"createdAt", resume.created_at},
      {"updatedAt", resume.updated_at}};
  json["parseError"] = resume.parse_error_code
                           ? boost::json::value(boost::json::object{
                                 {"code", *resume.parse_error_code},
                                 {"message", resume.parse_error_message.value_or("")}})
                           : boost::json::value(nullptr);
  json["lastScore"] = resume.last_score ? boost::json::value(*resume.last_score) : nullptr;
  if (with_content) {
    json["parsedText"] = Nullable(resume.parsed_text);
    json["parsedSections"] = resume.document
                                 ? boost::json::value(document::ToJson(*resume.document))
                                 : boost::json::value(nullptr);
    json["revision"] = resume.revision;
    json["edited"] = resume.edited;
  }
  return json;
}

namespace {

// The resume with its revision as the ETag.
Response ResumeResponse(int status, const resumes::Resume& resume) {
  Response response = Json(status, ResumeJson(resume, true));
  response.headers.emplace_back("ETag", "\"" + std::to_string(resume.revision) + "\"");
  return response;
}

// The revision an If-Match names ("3", "\"3\"" or W/"3"); nullopt when absent; an error when
// it names no revision.
Result<std::optional<long long>> IfMatchRevision(const Request& request) {
  std::string_view value = TrimSpace(request.Header("if-match"));
  if (value.empty()) return std::optional<long long>();
  if (value.starts_with("W/")) value.remove_prefix(2);
  if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
    value = value.substr(1, value.size() - 2);
  }
  long long revision = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), revision);
  if (error != std::errc() || end != value.data() + value.size() || revision < 0) {
    return Error::PreconditionFailed("revision_conflict",
                                     "If-Match does not name a revision of this resume.");
  }
  return std::optional<long long>(revision);
}

}  // namespace

Result<document::ResumeDocument> DocumentFromBody(Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return body.error();
  const boost::json::value* sections = body->if_contains("sections");
  if (sections == nullptr || !sections->is_object()) {
    return Error::Validation("sections", "Send the resume as {\"sections\": {...}}.");
  }
  std::vector<document::Issue> issues;
  document::ResumeDocument edited = document::FromJson(*sections, &issues);
  // Every problem at once: values of the wrong type, then the rules the rest breaks.
  for (document::Issue& issue : document::Validate(edited)) issues.push_back(std::move(issue));
  if (!issues.empty()) return document::InvalidSections(issues);
  return edited;
}

namespace {

// Today's date (UTC), which ends current jobs when years are counted.
document::Date Today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day date{days};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day()))};
}

// The user's job description as the knock-out check reads it: 404 for another user's, 409
// while its file is being read.
Result<ats::JobFacts> KnockOutJob(Services& services, const auth::User& user,
                                  const std::string& id) {
  auto jd = services.job_descriptions.Get(user, id);
  if (!jd) return jd.error();
  if (jd->parse_status != "completed") {
    return Error::Conflict("job_description_not_parsed",
                           "This job description's file has not been read yet. Wait for it to "
                           "finish, or paste the text.");
  }
  boost::system::error_code error;
  boost::json::value metadata = boost::json::parse(jd->metadata_json, error);
  if (error || !metadata.is_object()) metadata = boost::json::object{};
  ats::JobFacts facts;
  facts.text = jd->sanitized_text;
  facts.analysis = *services.optimizations.Analyze(jd->sanitized_text, metadata.as_object());
  auto text = [&metadata](std::string_view key) -> std::optional<std::string> {
    const auto* value = metadata.as_object().if_contains(key);
    if (value == nullptr || !value->is_string()) return std::nullopt;
    return std::string(value->get_string());
  };
  facts.location = jd->location ? jd->location : text("location");
  facts.work_mode = text("workMode");
  return facts;
}

}  // namespace

void AddResumeRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 64 * 1024};
  // A whole document: the validation limits allow up to 256 KiB of it.
  const RouteOptions document_body{
      .requires_auth = true, .offload = false, .max_body = document::kMaxDocumentBytes};

  router.Add("POST", "/api/v1/resumes/presign", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto filename = RequiredString(*body, "filename", 1024);
               if (!filename) return filename.error();
               auto mime = RequiredString(*body, "mimeType", 200);
               if (!mime) return mime.error();
               auto bytes = RequiredSize(*body, "size");
               if (!bytes) return bytes.error();
               auto ticket = services.resumes.Presign(*request.user, *filename, *mime, *bytes);
               if (!ticket) return ticket.error();
               return Json(201, {{"resumeId", ticket->resume.id},
                                 {"uploadUrl", ticket->upload.url},
                                 {"uploadMethod", ticket->upload.method},
                                 {"uploadHeaders", {{"Content-Type", ticket->upload.content_type}}},
                                 {"expiresAt", FormatTimestamp(ticket->upload.expires_at)},
                                 {"resume", ResumeJson(ticket->resume, false)}});
             });

  router.Add("POST", "/api/v1/resumes/{id}/parse", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto resume = services.resumes.RequestParse(*request.user, request.Param("id"));
               if (!resume) return resume.error();
               return Json(202, {{"resumeId", resume->id},
                                 {"status", resume->parse_status},
                                 {"resume", ResumeJson(*resume, false)}});
             });

  router.Add("GET", "/api/v1/resumes", signed_in,
             [&services](Request& request) -> Result<Response> {
               const auto params = PageParams(request);
               auto page = services.resumes.List(*request.user, params.limit, params.cursor);
               if (!page) return page.error();
               return PageJson(
                   *page, [](const resumes::Resume& resume) { return ResumeJson(resume, false); });
             });

  router.Add("GET", "/api/v1/resumes/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto resume = services.resumes.Get(*request.user, request.Param("id"));
               if (!resume) return resume.error();
               return ResumeResponse(200, *resume);
             });

  // The file is read again in the parser's sandbox: off the I/O threads, on the pool of heavy
  // work.
  const RouteOptions reading{
      .requires_auth = true, .offload = false, .heavy = true, .max_body = 64 * 1024};
  router.Add("GET", "/api/v1/resumes/{id}/ats-report", reading,
             [&services](Request& request) -> Result<Response> {
               const std::string id = request.Param("id");
               // ?jobDescriptionId=: the knock-out questions of that job, answered from the
               // document. The job is checked first: a wrong id costs no reading.
               const auto query = QueryParams(request);
               std::optional<ats::JobFacts> job;
               if (const auto found = query.find("jobDescriptionId"); found != query.end()) {
                 auto facts = KnockOutJob(services, *request.user, found->second);
                 if (!facts) return facts.error();
                 job = std::move(*facts);
               }
               auto report = services.resumes.AtsReport(*request.user, id);
               if (!report) return report.error();
               boost::json::object body = ats::ToJson(*report).as_object();
               body["resumeId"] = id;
               if (job) {
                 auto resume = services.resumes.Get(*request.user, id);
                 if (!resume) return resume.error();  // deleted meanwhile
                 body["jobDescriptionId"] = query.at("jobDescriptionId");
                 body["knockOuts"] = ats::KnockOutsToJson(ats::KnockOuts(
                     *job, resume->document.value_or(document::ResumeDocument{}), Today()));
               }
               return Json(200, body);
             });

  router.Add("PUT", "/api/v1/resumes/{id}/sections", document_body,
             [&services](Request& request) -> Result<Response> {
               auto revision = IfMatchRevision(request);
               if (!revision) return revision.error();
               auto edited = DocumentFromBody(request);
               if (!edited) return edited.error();
               auto resume = services.resumes.SaveDocument(*request.user, request.Param("id"),
                                                           *revision, std::move(*edited));
               if (!resume) return resume.error();
               return ResumeResponse(200, *resume);
             });

  router.Add("POST", "/api/v1/resumes/{id}/sections/reset", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto resume = services.resumes.RestoreOriginal(*request.user, request.Param("id"));
               if (!resume) return resume.error();
               return ResumeResponse(200, *resume);
             });

  router.Add("PATCH", "/api/v1/resumes/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto title = RequiredString(*body, "title", 1024);
               if (!title) return title.error();
               auto resume = services.resumes.Rename(*request.user, request.Param("id"), *title);
               if (!resume) return resume.error();
               return ResumeResponse(200, *resume);
             });

  router.Add("DELETE", "/api/v1/resumes/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               if (auto deleted = services.resumes.Delete(*request.user, request.Param("id"));
                   !deleted) {
                 return deleted.error();
               }
               return Response{204, "application/json", "", {}, nullptr, std::nullopt};
             });
}

}  // namespace resumax::http

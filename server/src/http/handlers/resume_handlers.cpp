#include <boost/json/parse.hpp>

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
    boost::json::value sections = nullptr;
    if (resume.parsed_sections_json) {
      boost::system::error_code ec;
      sections = boost::json::parse(*resume.parsed_sections_json, ec);
      if (ec) sections = nullptr;
    }
    json["parsedSections"] = std::move(sections);
  }
  return json;
}

void AddResumeRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 64 * 1024};

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
               return Json(200, ResumeJson(*resume, true));
             });

  router.Add("PATCH", "/api/v1/resumes/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto title = RequiredString(*body, "title", 1024);
               if (!title) return title.error();
               auto resume = services.resumes.Rename(*request.user, request.Param("id"), *title);
               if (!resume) return resume.error();
               return Json(200, ResumeJson(*resume, true));
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

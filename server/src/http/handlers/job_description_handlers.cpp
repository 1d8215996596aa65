#include <boost/json/parse.hpp>

#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {
namespace {

boost::json::object JobDescriptionJson(const jobs::JobDescription& jd, bool with_text) {
  boost::system::error_code ec;
  boost::json::value metadata = boost::json::parse(jd.metadata_json, ec);
  if (ec) metadata = boost::json::object();
  boost::json::object json{{"id", jd.id},
                           {"title", jd.title},
                           {"company", Nullable(jd.company)},
                           {"location", Nullable(jd.location)},
                           {"sourceType", jd.source_type},
                           {"metadata", std::move(metadata)},
                           {"createdAt", jd.created_at},
                           {"updatedAt", jd.updated_at},
                           {"parseStatus", jd.parse_status},
                           {"parseError", nullptr}};
  if (jd.parse_status == "failed") {
    json["parseError"] = boost::json::object{{"code", jd.parse_error_code.value_or("parse_failed")},
                                             {"message", jd.parse_error_message.value_or("")}};
  }
  if (with_text) json["sanitizedText"] = jd.sanitized_text;
  return json;
}

Result<jobs::JobDescriptionInput> InputFrom(const Request& request) {
  auto body = ParseJsonObject(request);
  if (!body) return body.error();
  jobs::JobDescriptionInput input;
  for (auto [field, target, max] : {std::tuple{"title", &input.title, std::size_t{1024}},
                                    std::tuple{"company", &input.company, std::size_t{1024}},
                                    std::tuple{"location", &input.location, std::size_t{1024}},
                                    std::tuple{"text", &input.text, std::size_t{200 * 1024}}}) {
    auto value = OptionalString(*body, field, max);
    if (!value) return value.error();
    *target = std::move(*value);
  }
  return input;
}

}  // namespace

void AddJobDescriptionRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 512 * 1024};

  router.Add("POST", "/api/v1/job-descriptions", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto input = InputFrom(request);
               if (!input) return input.error();
               auto jd = services.job_descriptions.Create(*request.user, *input);
               if (!jd) return jd.error();
               boost::json::object body = JobDescriptionJson(*jd, true);
               body["jobDescriptionId"] = jd->id;
               return Json(201, body);
             });

  router.Add(
      "POST", "/api/v1/job-descriptions/presign", signed_in,
      [&services](Request& request) -> Result<Response> {
        auto body = ParseJsonObject(request);
        if (!body) return body.error();
        auto filename = RequiredString(*body, "filename", 1024);
        if (!filename) return filename.error();
        auto mime = RequiredString(*body, "mimeType", 200);
        if (!mime) return mime.error();
        auto size = RequiredSize(*body, "size");
        if (!size) return size.error();
        auto input = InputFrom(request);
        if (!input) return input.error();
        auto ticket =
            services.job_descriptions.Presign(*request.user, *filename, *mime, *size, *input);
        if (!ticket) return ticket.error();
        return Json(201, {{"jobDescriptionId", ticket->job_description.id},
                          {"uploadUrl", ticket->upload.url},
                          {"uploadMethod", ticket->upload.method},
                          {"uploadHeaders", {{"Content-Type", ticket->upload.content_type}}},
                          {"expiresAt", FormatTimestamp(ticket->upload.expires_at)},
                          {"jobDescription", JobDescriptionJson(ticket->job_description, true)}});
      });

  // Queues the reading of the uploaded file (a worker parses it in a child process); 202 while
  // it is read, 200 once it has been.
  router.Add("POST", "/api/v1/job-descriptions/{id}/parse", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto jd = services.job_descriptions.RequestParse(*request.user, request.Param("id"));
               if (!jd) return jd.error();
               return Json(jd->parse_status == "completed" ? 200 : 202,
                           JobDescriptionJson(*jd, true));
             });

  router.Add(
      "GET", "/api/v1/job-descriptions", signed_in,
      [&services](Request& request) -> Result<Response> {
        const auto params = PageParams(request);
        auto page = services.job_descriptions.List(*request.user, params.limit, params.cursor);
        if (!page) return page.error();
        return PageJson(
            *page, [](const jobs::JobDescription& jd) { return JobDescriptionJson(jd, false); });
      });

  router.Add("GET", "/api/v1/job-descriptions/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto jd = services.job_descriptions.Get(*request.user, request.Param("id"));
               if (!jd) return jd.error();
               return Json(200, JobDescriptionJson(*jd, true));
             });

  router.Add("PATCH", "/api/v1/job-descriptions/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto input = InputFrom(request);
               if (!input) return input.error();
               auto jd =
                   services.job_descriptions.Update(*request.user, request.Param("id"), *input);
               if (!jd) return jd.error();
               return Json(200, JobDescriptionJson(*jd, true));
             });

  router.Add(
      "DELETE", "/api/v1/job-descriptions/{id}", signed_in,
      [&services](Request& request) -> Result<Response> {
        if (auto deleted = services.job_descriptions.Delete(*request.user, request.Param("id"));
            !deleted) {
          return deleted.error();
        }
        return Response{204, "application/json", "", {}, nullptr, std::nullopt};
      });
}

}  // namespace resumax::http

#include "domain/ats/ats_report.h"
#include "domain/export/export_service.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {

namespace json = boost::json;

json::object ExportLinkJson(const exporting::ExportLink& link) {
  const exporting::ExportArtifact& artifact = link.artifact;
  return {
      {"exportId", artifact.id},
      {"versionId",
       artifact.version_id.empty() ? json::value(nullptr) : json::value(artifact.version_id)},
      {"resumeId",
       artifact.resume_id.empty() ? json::value(nullptr) : json::value(artifact.resume_id)},
      {"format", exporting::ExportFormatName(artifact.format)},
      {"template", artifact.layout ? json::value(exporting::TemplateName(*artifact.layout))
                                   : json::value(nullptr)},
      {"paperSize", artifact.paper ? json::value(exporting::PaperSizeName(*artifact.paper))
                                   : json::value(nullptr)},
      {"fileName", artifact.file_name},
      {"readBack", artifact.read_back_total
                       ? json::value(json::object{
                             {"fieldsOk", *artifact.read_back_ok},
                             {"fieldsTotal", *artifact.read_back_total},
                             {"summary", exporting::ReadBackSummary(
                                             *artifact.read_back_ok,
                                             static_cast<std::size_t>(*artifact.read_back_total))}})
                       : json::value(nullptr)},
      {"sizeBytes", artifact.size_bytes},
      {"downloadUrl", link.download_url},
      {"previewUrl", Nullable(link.preview_url)},
      {"expiresAt", link.link_expires_at},
      {"createdAt", artifact.created_at}};
}

void AddExportRoutes(Router& router, Services& services) {
  // Rendering takes tens of milliseconds: off the I/O threads.
  const RouteOptions rendering{
      .requires_auth = true, .offload = false, .heavy = true, .max_body = 64 * 1024};

  router.Add(
      "POST", "/api/v1/exports", rendering, [&services](Request& request) -> Result<Response> {
        auto body = ParseJsonObject(request);
        if (!body) return body.error();
        auto version_id = OptionalString(*body, "versionId", 64);
        if (!version_id) return version_id.error();
        auto resume_id = OptionalString(*body, "resumeId", 64);
        if (!resume_id) return resume_id.error();
        if (version_id->has_value() == resume_id->has_value()) {
          return Error::Validation("versionId",
                                   "Send either 'versionId' (a saved version) or 'resumeId' (the "
                                   "resume as it is).");
        }
        auto format_name = RequiredString(*body, "format", 16);
        if (!format_name) return format_name.error();
        const auto format = exporting::ParseExportFormat(*format_name);
        if (!format) {
          return Error::Validation("format",
                                   "'format' must be \"pdf\", \"docx\", \"text\" or \"json\".");
        }
        exporting::ExportRequest export_request{.version_id = version_id->value_or(""),
                                                .resume_id = resume_id->value_or(""),
                                                .format = *format};
        auto layout_name = OptionalString(*body, "template", 16);
        if (!layout_name) return layout_name.error();
        if (*layout_name) {
          const auto layout = exporting::ParseTemplate(**layout_name);
          if (!layout) {
            return Error::Validation("template",
                                     "'template' must be \"classic\", \"modern\" or \"compact\".");
          }
          export_request.layout = *layout;
        }
        auto paper_name = OptionalString(*body, "paperSize", 16);
        if (!paper_name) return paper_name.error();
        if (*paper_name) {
          const auto paper = exporting::ParsePaperSize(**paper_name);
          if (!paper) {
            return Error::Validation("paperSize", "'paperSize' must be \"letter\" or \"a4\".");
          }
          export_request.paper = *paper;
        }
        auto link = services.exports.Create(*request.user, export_request);
        if (!link) return link.error();
        return Json(link->reused ? 200 : 201, ExportLinkJson(*link));
      });

  // What an ATS reads of a version's exports: its PDF and DOCX rendered and read back.
  router.Add(
      "GET", "/api/v1/versions/{id}/ats-report", rendering,
      [&services](Request& request) -> Result<Response> {
        const auto query = QueryParams(request);
        exporting::Template layout = exporting::Template::kClassic;
        if (const auto found = query.find("template"); found != query.end()) {
          const auto parsed = exporting::ParseTemplate(found->second);
          if (!parsed) {
            return Error::Validation("template",
                                     "'template' must be \"classic\", \"modern\" or \"compact\".");
          }
          layout = *parsed;
        }
        exporting::PaperSize paper = exporting::PaperSize::kLetter;
        if (const auto found = query.find("paperSize"); found != query.end()) {
          const auto parsed = exporting::ParsePaperSize(found->second);
          if (!parsed) {
            return Error::Validation("paperSize", "'paperSize' must be \"letter\" or \"a4\".");
          }
          paper = *parsed;
        }
        auto report = services.exports.AtsReport(*request.user, request.Param("id"), layout, paper);
        if (!report) return report.error();
        json::array formats;
        for (const exporting::FormatAtsReport& format : report->formats) {
          json::object item = ats::ToJson(format.report).as_object();
          item["format"] = exporting::ExportFormatName(format.format);
          item["fileName"] = format.file_name;
          item["readBack"] = exporting::ReadBackSummary(format.report);
          formats.push_back(std::move(item));
        }
        return Json(200, json::object{{"versionId", report->version_id},
                                      {"template", exporting::TemplateName(report->layout)},
                                      {"paperSize", exporting::PaperSizeName(report->paper)},
                                      {"formats", std::move(formats)}});
      });
}

}  // namespace resumax::http

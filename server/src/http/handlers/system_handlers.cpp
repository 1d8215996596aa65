#include <boost/json/parse.hpp>

#include "http/handlers/handlers.h"
#include "http/json_body.h"

namespace resumax::embedded {
std::optional<std::string_view> data(std::string_view path);
}

namespace resumax::http {

void AddSystemRoutes(Router& router, Services& services) {
  router.Add("GET", "/healthz", {}, [](Request&) -> Result<Response> {
    return Json(200, {{"status", "ok"}});
  });
  router.Add("GET", "/readyz", {}, [&services](Request&) -> Result<Response> {
    // The job queue lives in the database, so the database check covers it too.
    const bool database = services.database.Ping();
    const bool storage = services.storage.Ping();
    const bool ready = database && storage;
    return Json(ready ? 200 : 503, {{"status", ready ? "ready" : "unavailable"},
                                    {"checks",
                                     {{"database", database ? "ok" : "failed"},
                                      {"storage", storage ? "ok" : "failed"},
                                      {"queue", database ? "ok" : "failed"}}}});
  });
  router.Add("GET", "/metrics", {}, [&services](Request&) -> Result<Response> {
    return Response{200, "text/plain; version=0.0.4", services.metrics.Render(), {}};
  });
  router.Add("GET", "/api/v1/openapi.json", {}, [](Request&) -> Result<Response> {
    const auto document = embedded::data("openapi.json");
    if (!document) return Error::Internal("openapi.json is not embedded");
    return Response{200, "application/json", std::string(*document), {}};
  });
}

}  // namespace resumax::http

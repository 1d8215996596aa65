#include <boost/json/parse.hpp>

#include "core/crypto.h"
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
    // Shutting down: balancers stop sending here while the requests in flight finish.
    const bool draining = services.draining && services.draining->load();
    const bool ready = database && storage && !draining;
    return Json(ready ? 200 : 503, {{"status", draining ? "draining"
                                               : ready  ? "ready"
                                                        : "unavailable"},
                                    {"checks",
                                     {{"database", database ? "ok" : "failed"},
                                      {"storage", storage ? "ok" : "failed"},
                                      {"queue", database ? "ok" : "failed"}}}});
  });
  // Protected by a bearer token when RESUMAX_METRICS_TOKEN is set (compared in constant time).
  router.Add("GET", "/metrics", {}, [&services](Request& request) -> Result<Response> {
    if (!services.metrics_token.empty()) {
      const std::string_view header = request.Header("authorization");
      if (!header.starts_with("Bearer ") ||
          !crypto::ConstantTimeEquals(header.substr(7), services.metrics_token)) {
        return Error::Unauthorized("invalid_token", "Metrics need the metrics token.");
      }
    }
    return Response{200, "text/plain; version=0.0.4", services.metrics.Render(), {}};
  });
  router.Add("GET", "/api/v1/openapi.json", {}, [](Request&) -> Result<Response> {
    const auto document = embedded::data("openapi.json");
    if (!document) return Error::Internal("openapi.json is not embedded");
    return Response{200, "application/json", std::string(*document), {}};
  });
}

}  // namespace resumax::http

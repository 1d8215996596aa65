#pragma once

#include <chrono>
#include <memory>
#include <variant>

#include "domain/auth/auth_service.h"
#include "http/metrics.h"
#include "http/router.h"
#include "http/static_site.h"

namespace resumax::http {

// What every request goes through, independent of the wire protocol: request id, routing,
// authentication, the handler, error mapping, security headers, metrics and the access log.
class AuditTrail;

class Pipeline {
 public:
  Pipeline(const Router& router, auth::AuthService& auth, Metrics& metrics, bool https,
           const StaticSite* site = nullptr)
      : router_(router), auth_(auth), metrics_(metrics), https_(https), site_(site) {}

  // Security events learned from responses go to the audit log (uploads, deletions, downloads,
  // refused links, rate-limit hits).
  void SetAuditTrail(const AuditTrail* trail) { audit_trail_ = trail; }

  // After the headers: gives the request its id and finds its route.
  RouteMatch Prepare(Request& request) const;

  // Authenticates when the route asks for it, runs the handler and maps any failure.
  Response Handle(Request& request, const RouteMatch& match) const;

  // For streamed routes: authenticates and opens the body sink; an error response otherwise.
  std::variant<std::unique_ptr<BodySink>, Response> Open(Request& request,
                                                         const RouteMatch& match) const;

  // Ends a streamed body: the sink's answer, or its failure mapped.
  Response Complete(Request& request, BodySink& sink) const;

  // Adds the common headers, records metrics and writes the access log line.
  void Finish(const Request& request, const RouteMatch& match, Response& response,
              std::chrono::steady_clock::time_point started) const;

 private:
  // Null when the request may go on; the error response otherwise.
  std::optional<Response> Authenticate(Request& request, const RouteMatch& match) const;

  const Router& router_;
  auth::AuthService& auth_;
  Metrics& metrics_;
  bool https_;
  const AuditTrail* audit_trail_ = nullptr;
  const StaticSite* site_;
};

// Accepts a client-sent X-Request-Id of 1–128 characters [A-Za-z0-9._-], else makes a new one.
std::string RequestIdFor(std::string_view client_value);

}  // namespace resumax::http

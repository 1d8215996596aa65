#include "http/pipeline.h"

#include <algorithm>

#include "core/ids.h"
#include "core/log.h"
#include "http/audit_trail.h"
#include "http/error_response.h"

namespace resumax::http {

std::string RequestIdFor(std::string_view client_value) {
  const bool acceptable = !client_value.empty() && client_value.size() <= 128 &&
                          std::all_of(client_value.begin(), client_value.end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                   (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
                          });
  return acceptable ? std::string(client_value) : NewUuid();
}

RouteMatch Pipeline::Prepare(Request& request) const {
  request.request_id = RequestIdFor(request.Header("x-request-id"));
  RouteMatch match = router_.Match(request.method, request.path, request.path_params);
  const std::string route = match.route ? match.route->pattern : "unmatched";
  request.span =
      std::make_shared<trace::Span>(request.method + " " + route, trace::SpanKind::kServer,
                                    trace::ParseTraceparent(request.Header("traceparent")), false);
  if (request.span->recording()) {
    request.span->SetAttribute("http.request.method", request.method);
    request.span->SetAttribute("http.route", route);
    request.span->SetAttribute("resumax.request_id", request.request_id);
  }
  return match;
}

Response Pipeline::Handle(Request& request, const RouteMatch& match) const {
  const RequestScope scope(request);
  try {
    if (!match.route) {
      if (match.path_exists) {
        return ErrorResponse({ErrorKind::kMethodNotAllowed,
                              "method_not_allowed",
                              "This method is not allowed on this path.",
                              {},
                              {},
                              0},
                             request.request_id);
      }
      if (!request.path.starts_with("/api/") && site_ &&
          (request.method == "GET" || request.method == "HEAD")) {
        if (auto page = site_->Serve(request.path, request.Header("accept-encoding"))) {
          return std::move(*page);
        }
      }
      if (!request.path.starts_with("/api/")) {
        Response response{404, "text/plain; charset=utf-8", "Not Found\n", {}};
        return response;
      }
      return ErrorResponse(Error::NotFound("No API route matches this path."), request.request_id);
    }
    if (auto refused = Authenticate(request, match)) return std::move(*refused);
    auto result = match.route->handler(request);
    if (!result) {
      const Error& error = result.error();
      if (!error.internal.empty()) {
        log::Error(
            "request_failed",
            {{"requestId", request.request_id}, {"code", error.code}, {"detail", error.internal}});
      }
      return ErrorResponse(error, request.request_id);
    }
    return std::move(*result);
  } catch (const std::exception& exception) {
    log::Error("request_failed", {{"requestId", request.request_id},
                                  {"route", match.route ? match.route->pattern : ""},
                                  {"detail", exception.what()}});
    return ErrorResponse(Error::Internal(exception.what()), request.request_id);
  }
}

std::optional<Response> Pipeline::Authenticate(Request& request, const RouteMatch& match) const {
  if (!match.route->options.requires_auth) return std::nullopt;
  const std::string_view header = request.Header("authorization");
  if (!header.starts_with("Bearer ")) {
    auth::CountAuth("access_token", "failure");
    return ErrorResponse(Error::Unauthorized("missing_token", "Sign in to use this endpoint."),
                         request.request_id);
  }
  auto session = auth_.AuthenticateSession(std::string(header.substr(7)));
  auth::CountAuth("access_token", session ? "success" : "failure");
  if (!session) return ErrorResponse(session.error(), request.request_id);
  request.user = std::move(session->user);
  request.session_id = std::move(session->session_id);
  request.token_expires_at = session->expires_at;
  if (match.route->options.requires_admin && request.user->role != "admin") {
    return ErrorResponse(Error::Forbidden("forbidden", "This page is for administrators."),
                         request.request_id);
  }
  return std::nullopt;
}

std::variant<std::unique_ptr<BodySink>, Response> Pipeline::Open(Request& request,
                                                                 const RouteMatch& match) const {
  const RequestScope scope(request);
  try {
    if (auto refused = Authenticate(request, match)) return std::move(*refused);
    auto sink = match.route->stream_handler(request);
    if (!sink) return ErrorResponse(sink.error(), request.request_id);
    return std::move(*sink);
  } catch (const std::exception& exception) {
    log::Error("request_failed", {{"requestId", request.request_id},
                                  {"route", match.route->pattern},
                                  {"detail", exception.what()}});
    return ErrorResponse(Error::Internal(exception.what()), request.request_id);
  }
}

Response Pipeline::Complete(Request& request, BodySink& sink) const {
  const RequestScope scope(request);
  try {
    auto result = sink.Finish();
    if (!result) return ErrorResponse(result.error(), request.request_id);
    return std::move(*result);
  } catch (const std::exception& exception) {
    log::Error("request_failed", {{"requestId", request.request_id}, {"detail", exception.what()}});
    return ErrorResponse(Error::Internal(exception.what()), request.request_id);
  }
}

void Pipeline::Finish(const Request& request, const RouteMatch& match, Response& response,
                      std::chrono::steady_clock::time_point started) const {
  const RequestScope scope(request);
  auto& headers = response.headers;
  headers.emplace_back("X-Request-Id", request.request_id);
  if (request.span) {
    headers.emplace_back("traceparent", trace::FormatTraceparent(request.span->context()));
  }
  headers.emplace_back("X-Content-Type-Options", "nosniff");
  // Defaults a handler may have set otherwise (a framable PDF preview, the web app's policy).
  const auto set_default = [&headers](std::string_view name, std::string_view value) {
    const bool present = std::any_of(headers.begin(), headers.end(),
                                     [&](const auto& header) { return header.first == name; });
    if (!present) headers.emplace_back(std::string(name), std::string(value));
  };
  set_default("X-Frame-Options", "DENY");
  headers.emplace_back("Referrer-Policy", "no-referrer");
  headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
  headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
  if (https_) headers.emplace_back("Strict-Transport-Security", "max-age=31536000");
  set_default("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  set_default("Cache-Control", "no-store");

  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  const std::string route = match.route ? match.route->pattern : "unmatched";
  metrics_.Record(route, request.method, response.status, seconds);
  boost::json::object fields{{"requestId", request.request_id},
                             {"method", request.method},
                             {"route", route},
                             {"status", response.status},
                             {"latencyUs", static_cast<std::int64_t>(seconds * 1e6)}};
  if (request.user) fields["userId"] = request.user->id;
  log::Info("request", std::move(fields));
  if (audit_trail_ && match.route) audit_trail_->Record(request, route, response.status);
  if (request.span) {
    request.span->SetAttribute("http.response.status_code", response.status);
    if (response.status >= 500) request.span->SetError(std::to_string(response.status));
    request.span->End();
  }
}

}  // namespace resumax::http

#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/trace.h"
#include "domain/auth/models.h"

namespace resumax::http {

// A request as handlers see it: no protocol types, so handlers compile without Beast.
struct Request {
  std::string method;
  std::string path;                                          // decoded, without the query
  std::string query;                                         // encoded query string, without '?'
  std::vector<std::pair<std::string, std::string>> headers;  // names in lower case
  std::string body;
  std::string remote_ip;

  // Filled in by the pipeline.
  std::string request_id;
  std::unordered_map<std::string, std::string> path_params;
  std::optional<auth::User> user;  // set on routes that require a signed-in user
  std::string session_id;          // the access token's session (refresh family), if it names one
  long long token_expires_at = 0;  // when the access token expires, Unix seconds
  // The request's server span (W3C traceparent honoured); made active around each step that
  // runs on a thread, so the work it does joins the trace.
  std::shared_ptr<trace::Span> span;

  // The first header with this lower-case name, or empty.
  std::string_view Header(std::string_view name) const {
    for (const auto& [key, value] : headers) {
      if (key == name) return value;
    }
    return {};
  }
  const std::string& Param(const std::string& name) const { return path_params.at(name); }
  auth::ClientInfo Client() const {
    return {remote_ip, std::string(Header("user-agent").substr(0, 512)), request_id};
  }
};

// The request's span, current on this thread for the scope's lifetime (nothing without one).
class RequestScope {
 public:
  explicit RequestScope(const Request& request) {
    if (request.span) scope_.emplace(request.span->context());
  }

 private:
  std::optional<trace::Scope> scope_;
};

// A response body produced in chunks (downloads, server-sent events): nullopt at the end. An
// empty chunk means "nothing yet": the server waits RetryAfter() without holding a thread and
// asks again.
class BodySource {
 public:
  virtual ~BodySource() = default;
  virtual std::optional<std::string> Next() = 0;
  // After Next() answered an empty chunk (nothing yet): how long to wait before asking again.
  virtual std::chrono::milliseconds RetryAfter() const { return std::chrono::milliseconds(250); }
  // Before the first Next(): a function that ends the current wait at once, for sources that
  // hear of events (it may be called from any thread, also after the stream ended).
  virtual void SetWaker(const std::function<void()>& /*wake*/) {}
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  std::shared_ptr<BodySource> source;           // when set, streamed instead of body
  std::optional<std::uint64_t> content_length;  // of the streamed body, when known
};

}  // namespace resumax::http

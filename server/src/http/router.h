#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/error.h"
#include "http/message.h"

namespace resumax::http {

using Handler = std::function<Result<Response>(Request&)>;

// Receives a request body chunk by chunk (uploads), then answers.
class BodySink {
 public:
  virtual ~BodySink() = default;
  virtual Result<void> Write(std::string_view chunk) = 0;
  virtual Result<Response> Finish() = 0;
};

// Opens a sink for a streamed request body after its headers arrive; an error answers at once.
using StreamHandler = std::function<Result<std::unique_ptr<BodySink>>(Request&)>;

struct RouteOptions {
  bool requires_auth = false;   // 401 without a valid access token
  bool requires_admin = false;  // 403 unless the signed-in user's role is admin
  bool offload = false;         // slow work (password hashing): run off the I/O threads
  // Heavy work (rendering exports): runs on a pool of its own, so that it can never make a
  // sign-in wait for the password-hashing pool.
  bool heavy = false;
  std::size_t max_body = 1024 * 1024;  // larger bodies answer 413
};

struct Route {
  std::string method;
  std::string pattern;  // e.g. /api/v1/resumes/{id}
  RouteOptions options;
  Handler handler;
  StreamHandler stream_handler;  // set instead of handler for streamed bodies
  std::vector<std::string> segments;
};

struct RouteMatch {
  const Route* route = nullptr;  // null when nothing matched
  bool path_exists = false;      // the path matched under another method (405)
};

// The route table: exact segments and {name} parameters, matched in the order added.
class Router {
 public:
  void Add(std::string method, std::string pattern, RouteOptions options, Handler handler);
  void AddStreaming(std::string method, std::string pattern, RouteOptions options,
                    StreamHandler handler);
  RouteMatch Match(std::string_view method, std::string_view path,
                   std::unordered_map<std::string, std::string>& params) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace resumax::http

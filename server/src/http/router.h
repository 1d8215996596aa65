#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "http/message.h"

namespace resumax::http {

using Handler = std::function<Result<Response>(Request&)>;

struct RouteOptions {
  bool requires_auth = false;          // 401 without a valid access token
  bool offload = false;                // slow work (password hashing): run off the I/O threads
  std::size_t max_body = 1024 * 1024;  // larger bodies answer 413
};

struct Route {
  std::string method;
  std::string pattern;  // e.g. /api/v1/resumes/{id}
  RouteOptions options;
  Handler handler;
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
  RouteMatch Match(std::string_view method, std::string_view path,
                   std::unordered_map<std::string, std::string>& params) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace resumax::http

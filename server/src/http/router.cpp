#include "http/router.h"

namespace resumax::http {
namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 1;
  while (start <= path.size()) {
    const std::size_t end = path.find('/', start);
    parts.push_back(
        path.substr(start, end == std::string_view::npos ? path.size() - start : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return parts;
}

bool IsParameter(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

}  // namespace

void Router::Add(std::string method, std::string pattern, RouteOptions options, Handler handler) {
  Route route{std::move(method), std::move(pattern), options, std::move(handler), {}, {}};
  for (auto part : Split(route.pattern)) route.segments.emplace_back(part);
  routes_.push_back(std::move(route));
}

void Router::AddStreaming(std::string method, std::string pattern, RouteOptions options,
                          StreamHandler handler) {
  Add(std::move(method), std::move(pattern), options, {});
  routes_.back().stream_handler = std::move(handler);
}

RouteMatch Router::Match(std::string_view method, std::string_view path,
                         std::unordered_map<std::string, std::string>& params) const {
  if (path.empty() || path.front() != '/') return {};
  const auto parts = Split(path);
  RouteMatch match;
  for (const auto& route : routes_) {
    if (route.segments.size() != parts.size()) continue;
    std::unordered_map<std::string, std::string> captured;
    bool same = true;
    for (std::size_t i = 0; i < parts.size() && same; ++i) {
      const auto& segment = route.segments[i];
      if (IsParameter(segment)) {
        if (parts[i].empty())
          same = false;
        else
          captured.emplace(segment.substr(1, segment.size() - 2), parts[i]);
      } else {
        same = segment == parts[i];
      }
    }
    if (!same) continue;
    match.path_exists = true;
    if (route.method == method || (method == "HEAD" && route.method == "GET")) {
      params = std::move(captured);
      match.route = &route;
      return match;
    }
  }
  return match;
}

}  // namespace resumax::http

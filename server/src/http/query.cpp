#include "http/query.h"

#include <algorithm>
#include <boost/url/params_view.hpp>

namespace resumax::http {

std::map<std::string, std::string> QueryParams(const Request& request) {
  std::map<std::string, std::string> out;
  if (request.query.empty()) return out;
  try {
    for (const auto& param : boost::urls::params_view(request.query)) {
      out.try_emplace(std::string(param.key), std::string(param.value));
    }
  } catch (const std::exception&) {
    return {};  // a malformed query string counts as none
  }
  return out;
}

int QueryInt(const std::map<std::string, std::string>& query, const std::string& name, int fallback,
             int min, int max) {
  const auto found = query.find(name);
  if (found == query.end()) return fallback;
  try {
    return std::clamp(std::stoi(found->second), min, max);
  } catch (const std::exception&) {
    return fallback;
  }
}

PageRequest PageParams(const Request& request) {
  const auto query = QueryParams(request);
  const auto cursor = query.find("cursor");
  return {QueryInt(query, "limit", 20, 1, 100),
          cursor == query.end() ? std::string() : cursor->second};
}

}  // namespace resumax::http

#pragma once

#include <map>
#include <string>

#include "http/message.h"

namespace resumax::http {

// The decoded query parameters of a request (the first value of each name).
std::map<std::string, std::string> QueryParams(const Request& request);

// An integer query parameter within [min, max], or fallback when absent or not a number.
int QueryInt(const std::map<std::string, std::string>& query, const std::string& name, int fallback,
             int min, int max);

// The limit (1–100, default 20) and cursor of a list request.
struct PageRequest {
  int limit = 20;
  std::string cursor;
};
PageRequest PageParams(const Request& request);

}  // namespace resumax::http

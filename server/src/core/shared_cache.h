#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace resumax {

// A cache every process of a deployment shares (Redis), for values that are costly to compute
// and the same everywhere. Implementations throw when the store does not answer; callers then
// compute the value themselves.
class SharedCache {
 public:
  virtual ~SharedCache() = default;
  virtual std::optional<std::string> Get(const std::string& key) = 0;
  virtual void Put(const std::string& key, const std::string& value, std::chrono::seconds ttl) = 0;
};

}  // namespace resumax

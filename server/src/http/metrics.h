#pragma once

#include <array>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <tuple>

namespace resumax::http {

// Request counts and a latency histogram by route template, method and status, rendered in
// the Prometheus text format.
class Metrics {
 public:
  void Record(const std::string& route, const std::string& method, int status, double seconds);
  std::string Render() const;
  // Text in the Prometheus format appended to every rendering (gauges read when scraped, such
  // as the job queue's depth); set once, before serving.
  void SetCollector(std::function<std::string()> collector) { collector_ = std::move(collector); }

 private:
  static constexpr std::array<double, 12> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,   0.1,   0.25,   0.5,   1.0,  5.0};
  struct Series {
    unsigned long long count = 0;
    double sum = 0;
    std::array<unsigned long long, kBuckets.size()> buckets{};
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, Series> series_;
  std::function<std::string()> collector_;
};

}  // namespace resumax::http

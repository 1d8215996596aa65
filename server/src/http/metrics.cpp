#include "http/metrics.h"

#include <sstream>

#include "core/metrics.h"

namespace resumax::http {

void Metrics::Record(const std::string& route, const std::string& method, int status,
                     double seconds) {
  std::lock_guard lock(mutex_);
  Series& series = series_[{route, method, status}];
  ++series.count;
  series.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++series.buckets[i];
  }
}

std::string Metrics::Render() const {
  // Read outside the lock: a collector may query the database.
  const std::string collected = collector_ ? collector_() : std::string();
  std::ostringstream out;
  out << "# HELP resumax_http_requests_total HTTP requests by route, method and status.\n"
      << "# TYPE resumax_http_requests_total counter\n";
  std::lock_guard lock(mutex_);
  for (const auto& [key, series] : series_) {
    const auto& [route, method, status] = key;
    out << "resumax_http_requests_total{route=\"" << route << "\",method=\"" << method
        << "\",status=\"" << status << "\"} " << series.count << "\n";
  }
  out << "# HELP resumax_http_request_duration_seconds HTTP request latency.\n"
      << "# TYPE resumax_http_request_duration_seconds histogram\n";
  for (const auto& [key, series] : series_) {
    const auto& [route, method, status] = key;
    std::string labels = "route=\"";
    labels.append(route).append("\",method=\"").append(method).append("\",status=\"");
    labels.append(std::to_string(status)).append("\"");
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "resumax_http_request_duration_seconds_bucket{" << labels << ",le=\"" << kBuckets[i]
          << "\"} " << series.buckets[i] << "\n";
    }
    out << "resumax_http_request_duration_seconds_bucket{" << labels << ",le=\"+Inf\"} "
        << series.count << "\n";
    out << "resumax_http_request_duration_seconds_sum{" << labels << "} " << series.sum << "\n";
    out << "resumax_http_request_duration_seconds_count{" << labels << "} " << series.count << "\n";
  }
  out << collected;
  // The process-wide registry: the domain's counters, process and build information.
  out << metrics::RenderAll();
  return out.str();
}

}  // namespace resumax::http

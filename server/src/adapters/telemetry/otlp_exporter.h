#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/trace.h"

namespace resumax::telemetry {

struct OtlpSettings {
  // The collector's base URL (http://collector:4318) or its full traces URL (…/v1/traces).
  std::string endpoint;
  std::string service_name = "resumax";
  std::string service_version;
  std::string instance_id;       // service.instance.id: this process
  std::string role;              // serve, worker
  std::size_t max_queue = 4096;  // spans waiting; more are dropped and counted
  std::size_t max_batch = 512;
  std::chrono::milliseconds interval{1000};
  std::chrono::milliseconds timeout{5000};
  int max_retries = 2;  // for 429, 502, 503, 504 and transport errors
};

// Exports finished spans with OTLP/HTTP in its JSON encoding
// (https://opentelemetry.io/docs/specs/otlp/#otlphttp): a bounded queue that never blocks the
// caller, and one thread that sends batches over libcurl. Counts what it exported and dropped
// in resumax_trace_spans_exported_total and resumax_trace_spans_dropped_total.
class OtlpExporter final : public trace::SpanSink {
 public:
  explicit OtlpExporter(OtlpSettings settings);
  ~OtlpExporter() override;
  OtlpExporter(const OtlpExporter&) = delete;
  OtlpExporter& operator=(const OtlpExporter&) = delete;

  void Submit(trace::SpanData&& span) override;
  // Sends what is queued now and waits for it (tests, shutdown).
  void Flush();

  // The body of one export request for these spans.
  static std::string Encode(const OtlpSettings& settings,
                            const std::vector<trace::SpanData>& spans);

 private:
  void Run();
  bool Send(const std::string& body);

  OtlpSettings settings_;
  std::string url_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable flushed_;
  std::deque<trace::SpanData> queue_;
  unsigned long long flush_requested_ = 0;
  unsigned long long flush_done_ = 0;
  bool stopping_ = false;
  // When export failures were last logged (only the exporter's thread reads and writes it).
  std::chrono::steady_clock::time_point last_warning_{};
  std::thread thread_;
};

}  // namespace resumax::telemetry

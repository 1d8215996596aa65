#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
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

// Exports finished spans with OTLP/HTTP in its default, binary protobuf encoding
// (https://opentelemetry.io/docs/specs/otlp/#otlphttp). A span is encoded as it ends, on the
// thread that ends it, and appended to a bounded buffer that never blocks the caller; one thread
// sends the buffer in batches over one kept-alive libcurl connection. Counts what it exported and
// dropped in resumax_trace_spans_exported_total and resumax_trace_spans_dropped_total.
class OtlpExporter final : public trace::SpanSink {
 public:
  explicit OtlpExporter(OtlpSettings settings);
  ~OtlpExporter() override;
  OtlpExporter(const OtlpExporter&) = delete;
  OtlpExporter& operator=(const OtlpExporter&) = delete;

  void Submit(trace::SpanData&& span) override;
  // Sends what is queued now and waits for it (tests, shutdown).
  void Flush();

  // The body of one export request (an ExportTraceServiceRequest) for these spans.
  static std::string Encode(const OtlpSettings& settings,
                            const std::vector<trace::SpanData>& spans);

 private:
  // Spans encoded as ScopeSpans' repeated `spans` field, and where each one ends.
  struct Encoded {
    std::string bytes;
    std::vector<std::size_t> ends;
  };

  void Run();
  bool Send(const std::string& body);

  // The request's opening: the resource and the scope, before the spans.
  static std::string Frame(const OtlpSettings& settings, std::string_view spans);

  OtlpSettings settings_;
  std::string url_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::condition_variable flushed_;
  Encoded pending_;  // waiting to be sent, at most max_queue spans
  Encoded sending_;  // the exporter thread's; swapped with pending_ so both keep their capacity
  unsigned long long flush_requested_ = 0;
  unsigned long long flush_done_ = 0;
  bool stopping_ = false;
  // When export failures were last logged (only the exporter's thread reads and writes it).
  std::chrono::steady_clock::time_point last_warning_{};
  // The exporter thread's libcurl handle (kept for its connection) and request headers.
  void* curl_ = nullptr;
  void* curl_headers_ = nullptr;
  std::thread thread_;
};

}  // namespace resumax::telemetry

#include "adapters/telemetry/otlp_exporter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/metrics.h"

namespace resumax::telemetry {
namespace {

trace::SpanData Sample(bool with_parent) {
  trace::SpanData span;
  span.context =
      *trace::ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  if (with_parent) span.parent_span_id = {1, 2, 3, 4, 5, 6, 7, 8};
  span.name = "GET /api/v1/users/me";
  span.kind = trace::SpanKind::kServer;
  span.start_unix_nanos = 1700000000123456789;
  span.end_unix_nanos = 1700000000223456789;
  span.attributes = {{"http.route", std::string("/api/v1/users/me")},
                     {"http.response.status_code", std::int64_t{200}},
                     {"delta", std::int64_t{-3}},
                     {"ratio", 0.5},
                     {"cached", true}};
  span.error = true;
  span.status_message = "500";
  return span;
}

std::string Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (const char c : bytes) {
    hex += kDigits[static_cast<unsigned char>(c) >> 4];
    hex += kDigits[static_cast<unsigned char>(c) & 0x0f];
  }
  return hex;
}

// The same two spans and resource encoded by the official OpenTelemetry protobuf types
// (@opentelemetry/otlp-transformer 0.208.0, generated/root.js: ExportTraceServiceRequest.encode),
// the types the tests' OTLP receiver decodes with: byte for byte what protobuf's encoders write.
constexpr std::string_view kOfficialEncoding =
    "0aae040a750a190a0c736572766963652e6e616d6512090a07726573756d61780a1a0a0f736572766963652e76"
    "657273696f6e12070a05312e302e300a230a13736572766963652e696e7374616e63652e6964120c0a0a696e73"
    "74616e63652d310a170a0c726573756d61782e726f6c6512070a05736572766512b4030a100a07726573756d61"
    "781205312e302e3012d5010a104bf92f3577b34da6a3ce929d0e0e4736120800f067aa0ba902b72208010203"
    "04050607082a14474554202f6170692f76312f75736572732f6d6530023915cd853dfe9c97174115ae7b43fe9c"
    "97174a200a0a687474702e726f75746512120a102f6170692f76312f75736572732f6d654a200a19687474702e"
    "726573706f6e73652e7374617475735f636f6465120318c8014a140a0564656c7461120b18fdffffffffffffff"
    "ff014a120a05726174696f120921000000000000e03f4a0c0a06636163686564120210017a07120335303018"
    "0212c7010a104bf92f3577b34da6a3ce929d0e0e4736120800f067aa0ba902b72a1071756f74652022206c696e"
    "650a20c3a930023915cd853dfe9c97174115ae7b43fe9c97174a200a0a687474702e726f75746512120a102f61"
    "70692f76312f75736572732f6d654a200a19687474702e726573706f6e73652e7374617475735f636f64651203"
    "18c8014a140a0564656c7461120b18fdffffffffffffffff014a120a05726174696f120921000000000000e03f"
    "4a0c0a06636163686564120210017a0712033530301802";

TEST(OtlpExporter, EncodesWhatTheOfficialProtobufTypesEncode) {
  OtlpSettings settings;
  settings.service_version = "1.0.0";
  settings.instance_id = "instance-1";
  settings.role = "serve";
  trace::SpanData root = Sample(false);
  root.name = "quote \" line\n \u00e9";  // carried as bytes: nothing to escape
  EXPECT_EQ(Hex(OtlpExporter::Encode(settings, {Sample(true), root})), kOfficialEncoding);
}

// Settings for a collector where nothing listens: every batch sent fails at once, without a
// retry, and is counted dropped; only a full batch or Flush sends (the interval is a minute).
OtlpSettings UnreachableCollector(std::size_t max_queue, std::size_t max_batch) {
  OtlpSettings settings;
  settings.endpoint = "http://127.0.0.1:1";
  settings.max_queue = max_queue;
  settings.max_batch = max_batch;
  settings.max_retries = 0;
  settings.interval = std::chrono::seconds(60);
  settings.timeout = std::chrono::milliseconds(500);
  return settings;
}

TEST(OtlpExporter, NeverBlocksAndCountsWhatItDrops) {
  auto& dropped = metrics::Counter::Get("resumax_trace_spans_dropped_total", "");
  const double before = dropped.Value();
  {
    OtlpExporter exporter(UnreachableCollector(2, 100));
    for (int i = 0; i < 5; ++i) exporter.Submit(Sample(false));
    EXPECT_EQ(dropped.Value() - before, 3) << "the queue holds two";
    exporter.Flush();
    EXPECT_EQ(dropped.Value() - before, 5) << "the collector is unreachable";
  }
}

TEST(OtlpExporter, SendsFullBatchesAsTheyFillAndTheRestOnFlush) {
  auto& dropped = metrics::Counter::Get("resumax_trace_spans_dropped_total", "");
  const double before = dropped.Value();
  OtlpExporter exporter(UnreachableCollector(100, 4));
  for (int i = 0; i < 10; ++i) exporter.Submit(Sample(false));
  for (int i = 0; i < 100 && dropped.Value() - before < 8; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(dropped.Value() - before, 8) << "two full batches went out; two spans wait";
  exporter.Flush();
  EXPECT_EQ(dropped.Value() - before, 10);
}

}  // namespace
}  // namespace resumax::telemetry

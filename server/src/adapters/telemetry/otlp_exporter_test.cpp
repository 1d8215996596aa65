#include "adapters/telemetry/otlp_exporter.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "core/metrics.h"

namespace resumax::telemetry {
namespace {

namespace json = boost::json;

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
                     {"ratio", 0.5},
                     {"cached", true}};
  span.error = true;
  span.status_message = "500";
  return span;
}

TEST(OtlpExporter, EncodesTheOtlpJsonEncoding) {
  OtlpSettings settings;
  settings.service_version = "1.0.0";
  settings.instance_id = "instance-1";
  settings.role = "serve";
  const auto request = json::parse(OtlpExporter::Encode(settings, {Sample(true), Sample(false)}));
  const auto& resource_spans = request.at("resourceSpans").as_array().at(0);
  const auto& resource = resource_spans.at("resource").at("attributes").as_array();
  EXPECT_EQ(resource.at(0).at("key"), "service.name");
  EXPECT_EQ(resource.at(0).at("value").at("stringValue"), "resumax");
  const auto& scope_spans = resource_spans.at("scopeSpans").as_array().at(0);
  EXPECT_EQ(scope_spans.at("scope").at("name"), "resumax");
  const auto& spans = scope_spans.at("spans").as_array();
  ASSERT_EQ(spans.size(), 2u);
  const auto& span = spans.at(0).as_object();
  EXPECT_EQ(span.at("traceId"), "4bf92f3577b34da6a3ce929d0e0e4736");  // hex, not base64
  EXPECT_EQ(span.at("spanId"), "00f067aa0ba902b7");
  EXPECT_EQ(span.at("parentSpanId"), "0102030405060708");
  EXPECT_EQ(span.at("kind"), 2);
  EXPECT_EQ(span.at("startTimeUnixNano"), "1700000000123456789");  // int64 as a string
  const auto& attributes = span.at("attributes").as_array();
  EXPECT_EQ(attributes.at(1).at("value").at("intValue"), "200");
  EXPECT_EQ(attributes.at(2).at("value").at("doubleValue"), 0.5);
  EXPECT_EQ(attributes.at(3).at("value").at("boolValue"), true);
  EXPECT_EQ(span.at("status").at("code"), 2);
  EXPECT_EQ(spans.at(1).as_object().if_contains("parentSpanId"), nullptr) << "a root span";
}

TEST(OtlpExporter, EscapesWhatJsonMust) {
  trace::SpanData span = Sample(false);
  span.name = "quote \" backslash \\ newline \n tab \t bell \a";
  span.attributes = {{"key \"x\"", std::string("line\nbreak")}};
  const auto request = json::parse(OtlpExporter::Encode({}, {span}));
  const auto& encoded = request.at("resourceSpans").at(0).at("scopeSpans").at(0).at("spans").at(0);
  EXPECT_EQ(std::string(encoded.at("name").as_string()), span.name);
  EXPECT_EQ(encoded.at("attributes").at(0).at("key"), "key \"x\"");
  EXPECT_EQ(encoded.at("attributes").at(0).at("value").at("stringValue"), "line\nbreak");
}

TEST(OtlpExporter, NeverBlocksAndCountsWhatItDrops) {
  auto& dropped = metrics::Counter::Get("resumax_trace_spans_dropped_total", "");
  const double before = dropped.Value();
  OtlpSettings settings;
  settings.endpoint = "http://127.0.0.1:1";  // nothing listens
  settings.max_queue = 2;
  settings.max_batch = 100;
  settings.max_retries = 0;
  settings.interval = std::chrono::seconds(60);
  settings.timeout = std::chrono::milliseconds(500);
  {
    OtlpExporter exporter(settings);
    for (int i = 0; i < 5; ++i) exporter.Submit(Sample(false));
    EXPECT_EQ(dropped.Value() - before, 3) << "the queue holds two";
    exporter.Flush();
    EXPECT_EQ(dropped.Value() - before, 5) << "the collector is unreachable";
  }
}

}  // namespace
}  // namespace resumax::telemetry

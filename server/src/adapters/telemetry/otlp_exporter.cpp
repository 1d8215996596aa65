#include "adapters/telemetry/otlp_exporter.h"

#include <curl/curl.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <memory>

#include "core/log.h"
#include "core/metrics.h"

namespace resumax::telemetry {
namespace {

metrics::Counter& Exported() {
  static auto& counter = metrics::Counter::Get("resumax_trace_spans_exported_total",
                                               "Spans sent to the OTLP collector.", {}, {{}});
  return counter;
}

metrics::Counter& Dropped() {
  static auto& counter = metrics::Counter::Get(
      "resumax_trace_spans_dropped_total",
      "Spans dropped: the export queue was full or the collector refused them.", {}, {{}});
  return counter;
}

boost::json::object KeyValue(std::string_view key, const trace::AttributeValue& value) {
  boost::json::object any;
  if (const auto* text = std::get_if<std::string>(&value)) {
    any["stringValue"] = *text;
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    any["intValue"] = std::to_string(*integer);  // int64 is a string in OTLP's JSON
  } else if (const auto* number = std::get_if<double>(&value)) {
    any["doubleValue"] = *number;
  } else {
    any["boolValue"] = std::get<bool>(value);
  }
  return {{"key", key}, {"value", std::move(any)}};
}

std::size_t Discard(char*, std::size_t size, std::size_t count, void*) { return size * count; }

}  // namespace

OtlpExporter::OtlpExporter(OtlpSettings settings) : settings_(std::move(settings)) {
  url_ = settings_.endpoint;
  while (!url_.empty() && url_.back() == '/') url_.pop_back();
  if (!url_.ends_with("/v1/traces")) url_ += "/v1/traces";
  Exported();
  Dropped();
  thread_ = std::thread([this] { Run(); });
}

OtlpExporter::~OtlpExporter() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void OtlpExporter::Submit(trace::SpanData&& span) {
  {
    std::lock_guard lock(mutex_);
    if (queue_.size() >= settings_.max_queue) {
      Dropped().Inc();
      return;
    }
    queue_.push_back(std::move(span));
    if (queue_.size() < settings_.max_batch) return;
  }
  wake_.notify_one();
}

void OtlpExporter::Flush() {
  std::unique_lock lock(mutex_);
  const unsigned long long ticket = ++flush_requested_;
  wake_.notify_one();
  flushed_.wait(lock, [&] { return flush_done_ >= ticket || stopping_; });
}

void OtlpExporter::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait_for(lock, settings_.interval, [&] {
      return stopping_ || queue_.size() >= settings_.max_batch || flush_done_ < flush_requested_;
    });
    const unsigned long long ticket = flush_requested_;
    // Everything queued goes out in batches; at shutdown, once.
    while (!queue_.empty()) {
      std::vector<trace::SpanData> batch;
      const std::size_t count = std::min(queue_.size(), settings_.max_batch);
      batch.reserve(count);
      for (std::size_t i = 0; i < count; ++i) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
      lock.unlock();
      const bool sent = Send(Encode(settings_, batch));
      (sent ? Exported() : Dropped()).Add({}, static_cast<double>(batch.size()));
      lock.lock();
    }
    flush_done_ = ticket;
    flushed_.notify_all();
    if (stopping_) return;
  }
}

bool OtlpExporter::Send(const std::string& body) {
  const std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(),
                                                                 &curl_easy_cleanup);
  if (!curl) return false;
  curl_slist* headers = curl_slist_append(nullptr, "Content-Type: application/json");
  const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_list(
      headers, &curl_slist_free_all);
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, url_.c_str());
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &Discard);
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  std::chrono::milliseconds delay{200};
  for (int attempt = 0;; ++attempt) {
    const CURLcode code = curl_easy_perform(handle);
    long status = 0;
    if (code == CURLE_OK) curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 200 && status < 300) return true;
    const bool retryable =
        code != CURLE_OK || status == 429 || status == 502 || status == 503 || status == 504;
    if (!retryable || attempt >= settings_.max_retries) {
      // Once a minute at most: a collector that is down must not flood the log.
      const auto now = std::chrono::steady_clock::now();
      if (now - last_warning_ >= std::chrono::minutes(1)) {
        last_warning_ = now;
        log::Warn("trace_export_failed",
                  {{"status", status},
                   {"detail", code == CURLE_OK ? "" : curl_easy_strerror(code)},
                   {"note", "repeated failures are logged once a minute"}});
      }
      return false;
    }
    {
      std::unique_lock lock(mutex_);
      if (stopping_) return false;
    }
    std::this_thread::sleep_for(delay);
    delay *= 4;
  }
}

std::string OtlpExporter::Encode(const OtlpSettings& settings,
                                 const std::vector<trace::SpanData>& spans) {
  boost::json::array resource_attributes;
  resource_attributes.push_back(KeyValue("service.name", settings.service_name));
  if (!settings.service_version.empty()) {
    resource_attributes.push_back(KeyValue("service.version", settings.service_version));
  }
  if (!settings.instance_id.empty()) {
    resource_attributes.push_back(KeyValue("service.instance.id", settings.instance_id));
  }
  if (!settings.role.empty())
    resource_attributes.push_back(KeyValue("resumax.role", settings.role));
  boost::json::array encoded;
  encoded.reserve(spans.size());
  for (const auto& span : spans) {
    boost::json::object item{{"traceId", span.context.TraceIdHex()},
                             {"spanId", span.context.SpanIdHex()},
                             {"name", span.name},
                             {"kind", static_cast<int>(span.kind)},
                             {"startTimeUnixNano", std::to_string(span.start_unix_nanos)},
                             {"endTimeUnixNano", std::to_string(span.end_unix_nanos)}};
    trace::SpanContext parent;
    parent.trace_id = span.context.trace_id;
    parent.span_id = span.parent_span_id;
    if (parent.valid()) item["parentSpanId"] = parent.SpanIdHex();
    boost::json::array attributes;
    attributes.reserve(span.attributes.size());
    for (const auto& [key, value] : span.attributes) attributes.push_back(KeyValue(key, value));
    item["attributes"] = std::move(attributes);
    if (span.error) {
      item["status"] = {{"code", 2}, {"message", span.status_message}};
    }
    encoded.push_back(std::move(item));
  }
  boost::json::object scope{{"name", "resumax"}};
  if (!settings.service_version.empty()) scope["version"] = settings.service_version;
  boost::json::object request{
      {"resourceSpans",
       boost::json::array{boost::json::object{
           {"resource", boost::json::object{{"attributes", std::move(resource_attributes)}}},
           {"scopeSpans", boost::json::array{boost::json::object{
                              {"scope", std::move(scope)}, {"spans", std::move(encoded)}}}}}}}};
  return boost::json::serialize(request);
}

}  // namespace resumax::telemetry

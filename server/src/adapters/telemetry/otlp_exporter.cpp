#include "adapters/telemetry/otlp_exporter.h"

#include <curl/curl.h>

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/json/string_view.hpp>
#include <boost/json/value.hpp>
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

namespace {

// A JSON string. Most of ours need no escaping and are copied as they are; the others are
// escaped by Boost.JSON.
void AppendString(std::string& out, std::string_view text) {
  const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
  });
  if (plain) {
    out += '"';
    out += text;
    out += '"';
  } else {
    out += boost::json::serialize(boost::json::string_view(text.data(), text.size()));
  }
}

void AppendKeyValue(std::string& out, std::string_view key, const trace::AttributeValue& value) {
  out += "{\"key\":";
  AppendString(out, key);
  out += ",\"value\":{";
  if (const auto* text = std::get_if<std::string>(&value)) {
    out += "\"stringValue\":";
    AppendString(out, *text);
  } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    out += "\"intValue\":\"";  // int64 is a string in OTLP's JSON
    out += std::to_string(*integer);
    out += '"';
  } else if (const auto* number = std::get_if<double>(&value)) {
    out += "\"doubleValue\":";
    out += boost::json::serialize(boost::json::value(*number));
  } else {
    out += "\"boolValue\":";
    out += std::get<bool>(value) ? "true" : "false";
  }
  out += "}}";
}

}  // namespace

// Written straight into one buffer: building a document tree per span cost more than the
// spans themselves under load.
std::string OtlpExporter::Encode(const OtlpSettings& settings,
                                 const std::vector<trace::SpanData>& spans) {
  std::string out;
  out.reserve(512 + spans.size() * 512);
  out += "{\"resourceSpans\":[{\"resource\":{\"attributes\":[";
  AppendKeyValue(out, "service.name", settings.service_name);
  const std::pair<std::string_view, const std::string*> optional_attributes[] = {
      {"service.version", &settings.service_version},
      {"service.instance.id", &settings.instance_id},
      {"resumax.role", &settings.role}};
  for (const auto& [key, value] : optional_attributes) {
    if (value->empty()) continue;
    out += ',';
    AppendKeyValue(out, key, *value);
  }
  out += "]},\"scopeSpans\":[{\"scope\":{\"name\":\"resumax\"";
  if (!settings.service_version.empty()) {
    out += ",\"version\":";
    AppendString(out, settings.service_version);
  }
  out += "},\"spans\":[";
  bool first_span = true;
  for (const auto& span : spans) {
    if (!first_span) out += ',';
    first_span = false;
    out += "{\"traceId\":\"";
    out += span.context.TraceIdHex();
    out += "\",\"spanId\":\"";
    out += span.context.SpanIdHex();
    out += '"';
    trace::SpanContext parent;
    parent.trace_id = span.context.trace_id;
    parent.span_id = span.parent_span_id;
    if (parent.valid()) {
      out += ",\"parentSpanId\":\"";
      out += parent.SpanIdHex();
      out += '"';
    }
    out += ",\"name\":";
    AppendString(out, span.name);
    out += ",\"kind\":";
    out += std::to_string(static_cast<int>(span.kind));
    out += ",\"startTimeUnixNano\":\"";
    out += std::to_string(span.start_unix_nanos);
    out += "\",\"endTimeUnixNano\":\"";
    out += std::to_string(span.end_unix_nanos);
    out += "\",\"attributes\":[";
    bool first_attribute = true;
    for (const auto& [key, value] : span.attributes) {
      if (!first_attribute) out += ',';
      first_attribute = false;
      AppendKeyValue(out, key, value);
    }
    out += ']';
    if (span.error) {
      out += ",\"status\":{\"code\":2,\"message\":";
      AppendString(out, span.status_message);
      out += '}';
    }
    out += '}';
  }
  out += "]}]}]}";
  return out;
}

}  // namespace resumax::telemetry

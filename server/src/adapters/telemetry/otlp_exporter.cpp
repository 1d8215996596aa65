#include "adapters/telemetry/otlp_exporter.h"

#include <curl/curl.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <variant>

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

// ---- protobuf's wire format, as much of it as OTLP's trace messages need ----------------------
// (https://protobuf.dev/programming-guides/encoding/). Fields are written in field-number order
// and left out at their default, as protobuf's own encoders do.
constexpr int kVarint = 0;
constexpr int kFixed64 = 1;
constexpr int kLength = 2;

std::size_t VarintTo(char* out, std::uint64_t value) {
  std::size_t size = 0;
  while (value >= 0x80) {
    out[size++] = static_cast<char>((value & 0x7f) | 0x80);
    value >>= 7;
  }
  out[size++] = static_cast<char>(value);
  return size;
}

void Varint(std::string& out, std::uint64_t value) {
  char bytes[10];
  out.append(bytes, VarintTo(bytes, value));
}

void Tag(std::string& out, int field, int wire_type) {
  Varint(out, (static_cast<std::uint64_t>(field) << 3) | static_cast<std::uint64_t>(wire_type));
}

void LengthDelimited(std::string& out, int field, std::string_view bytes) {
  Tag(out, field, kLength);
  Varint(out, bytes.size());
  out.append(bytes);
}

void Fixed64(std::string& out, int field, std::uint64_t value) {
  Tag(out, field, kFixed64);
  char bytes[8];
  for (char& byte : bytes) {
    byte = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  out.append(bytes, sizeof bytes);
}

// A message field: what `write` appends, preceded by its length.
template <typename Write>
void Message(std::string& out, int field, Write&& write) {
  Tag(out, field, kLength);
  // One byte is kept for the length, which is all most messages need; a longer length moves the
  // message along to make room.
  out += '\0';
  const std::size_t start = out.size();
  write(out);
  char length[10];
  const std::size_t size = VarintTo(length, out.size() - start);
  out[start - 1] = length[0];
  if (size > 1) out.insert(start, length + 1, size - 1);
}

template <std::size_t N>
std::string_view View(const std::array<std::uint8_t, N>& bytes) {
  return {reinterpret_cast<const char*>(bytes.data()), N};
}

// A KeyValue (key 1, AnyValue 2: string 1, bool 2, int64 3, double 4).
void KeyValue(std::string& out, int field, std::string_view key,
              const trace::AttributeValue& value) {
  Message(out, field, [&](std::string& kv) {
    LengthDelimited(kv, 1, key);
    Message(kv, 2, [&](std::string& any) {
      if (const auto* text = std::get_if<std::string>(&value)) {
        LengthDelimited(any, 1, *text);
      } else if (const auto* boolean = std::get_if<bool>(&value)) {
        Tag(any, 2, kVarint);
        Varint(any, *boolean ? 1 : 0);
      } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
        Tag(any, 3, kVarint);
        Varint(any, static_cast<std::uint64_t>(*integer));  // negatives take ten bytes
      } else {
        Fixed64(any, 4, std::bit_cast<std::uint64_t>(std::get<double>(value)));
      }
    });
  });
}

// One span as ScopeSpans' field 2 (trace.v1.Span: trace_id 1, span_id 2, parent_span_id 4,
// name 5, kind 6, start 7, end 8, attributes 9, status 15 {message 2, code 3}).
void AppendSpan(std::string& out, const trace::SpanData& span) {
  Message(out, 2, [&](std::string& message) {
    LengthDelimited(message, 1, View(span.context.trace_id));
    LengthDelimited(message, 2, View(span.context.span_id));
    if (std::ranges::any_of(span.parent_span_id, [](std::uint8_t b) { return b != 0; })) {
      LengthDelimited(message, 4, View(span.parent_span_id));
    }
    LengthDelimited(message, 5, span.name);
    Tag(message, 6, kVarint);
    Varint(message, static_cast<std::uint64_t>(span.kind));
    Fixed64(message, 7, static_cast<std::uint64_t>(span.start_unix_nanos));
    Fixed64(message, 8, static_cast<std::uint64_t>(span.end_unix_nanos));
    for (const auto& [key, value] : span.attributes) KeyValue(message, 9, key, value);
    if (span.error) {
      Message(message, 15, [&](std::string& status) {
        if (!span.status_message.empty()) LengthDelimited(status, 2, span.status_message);
        Tag(status, 3, kVarint);
        Varint(status, 2);  // STATUS_CODE_ERROR
      });
    }
  });
}

}  // namespace

OtlpExporter::OtlpExporter(OtlpSettings settings) : settings_(std::move(settings)) {
  url_ = settings_.endpoint;
  while (!url_.empty() && url_.back() == '/') url_.pop_back();
  if (!url_.ends_with("/v1/traces")) url_ += "/v1/traces";
  Exported();
  Dropped();
  pending_.bytes.reserve(settings_.max_batch * 256);
  pending_.ends.reserve(settings_.max_queue);
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
  // Encoded here, so what the span allocated is freed on the thread that allocated it.
  thread_local std::string encoded;
  encoded.clear();
  AppendSpan(encoded, span);
  bool full = false;
  {
    std::lock_guard lock(mutex_);
    if (pending_.ends.size() < settings_.max_queue) {
      pending_.bytes += encoded;
      pending_.ends.push_back(pending_.bytes.size());
      if (pending_.ends.size() < settings_.max_batch) return;
    } else {
      full = true;
    }
  }
  if (full) {
    Dropped().Inc();
  } else {
    wake_.notify_one();
  }
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
    const bool woken = wake_.wait_for(lock, settings_.interval, [&] {
      return stopping_ || pending_.ends.size() >= settings_.max_batch ||
             flush_done_ < flush_requested_;
    });
    const unsigned long long ticket = flush_requested_;
    // Full batches go out as they fill. What is pending goes out, once, when the interval passes,
    // on Flush and at shutdown. A busy process so sends full batches, not a stream of small ones.
    const bool everything = !woken || stopping_ || flush_done_ < ticket;
    bool first = true;
    while (everything ? first && !pending_.ends.empty()
                      : pending_.ends.size() >= settings_.max_batch) {
      first = false;
      std::swap(pending_, sending_);
      if (!everything) {
        // The spans short of a full batch stay first in line (pending_ is empty after the swap).
        const std::size_t full = sending_.ends.size() - sending_.ends.size() % settings_.max_batch;
        const std::size_t kept_from = sending_.ends[full - 1];
        pending_.bytes.append(sending_.bytes, kept_from);
        for (std::size_t i = full; i < sending_.ends.size(); ++i) {
          pending_.ends.push_back(sending_.ends[i] - kept_from);
        }
        sending_.bytes.resize(kept_from);
        sending_.ends.resize(full);
      }
      lock.unlock();
      std::size_t begin = 0;
      for (std::size_t first_span = 0; first_span < sending_.ends.size();
           first_span += settings_.max_batch) {
        const std::size_t last =
            std::min(first_span + settings_.max_batch, sending_.ends.size()) - 1;
        const std::size_t end = sending_.ends[last];
        const bool sent =
            Send(Frame(settings_, std::string_view(sending_.bytes).substr(begin, end - begin)));
        (sent ? Exported() : Dropped()).Add({}, static_cast<double>(last + 1 - first_span));
        begin = end;
      }
      sending_.bytes.clear();
      sending_.ends.clear();
      lock.lock();
    }
    flush_done_ = ticket;
    flushed_.notify_all();
    if (stopping_) break;
  }
  lock.unlock();
  if (curl_ != nullptr) curl_easy_cleanup(static_cast<CURL*>(curl_));
  curl_slist_free_all(static_cast<curl_slist*>(curl_headers_));
}

bool OtlpExporter::Send(const std::string& body) {
  if (curl_ == nullptr) {
    // One handle for the exporter's life: its connection is kept between batches.
    CURL* handle = curl_easy_init();
    if (handle == nullptr) return false;
    curl_ = handle;
    // "Expect:" stops libcurl waiting for a 100 Continue before a large body.
    curl_headers_ = curl_slist_append(
        curl_slist_append(nullptr, "Content-Type: application/x-protobuf"), "Expect:");
    curl_easy_setopt(handle, CURLOPT_URL, url_.c_str());
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, curl_headers_);
    curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(settings_.timeout.count()));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &Discard);
    curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");
  }
  CURL* handle = static_cast<CURL*>(curl_);
  curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body.data());
  curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
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

// ExportTraceServiceRequest { resource_spans 1: ResourceSpans { resource 1: Resource
// { attributes 1 }, scope_spans 2: ScopeSpans { scope 1: { name 1, version 2 }, spans 2 } } }
std::string OtlpExporter::Frame(const OtlpSettings& settings, std::string_view spans) {
  std::string out;
  out.reserve(256 + spans.size());
  Message(out, 1, [&](std::string& resource_spans) {
    Message(resource_spans, 1, [&](std::string& resource) {
      KeyValue(resource, 1, "service.name", settings.service_name);
      const std::pair<std::string_view, const std::string*> optional_attributes[] = {
          {"service.version", &settings.service_version},
          {"service.instance.id", &settings.instance_id},
          {"resumax.role", &settings.role}};
      for (const auto& [key, value] : optional_attributes) {
        if (!value->empty()) KeyValue(resource, 1, key, *value);
      }
    });
    Message(resource_spans, 2, [&](std::string& scope_spans) {
      Message(scope_spans, 1, [&](std::string& scope) {
        LengthDelimited(scope, 1, "resumax");
        if (!settings.service_version.empty()) {
          LengthDelimited(scope, 2, settings.service_version);
        }
      });
      scope_spans.append(spans);
    });
  });
  return out;
}

std::string OtlpExporter::Encode(const OtlpSettings& settings,
                                 const std::vector<trace::SpanData>& spans) {
  std::string encoded;
  for (const auto& span : spans) AppendSpan(encoded, span);
  return Frame(settings, encoded);
}

}  // namespace resumax::telemetry

#pragma once

#include <array>
#include <boost/container/small_vector.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

// Distributed tracing after W3C Trace Context and the OpenTelemetry data model: spans with
// parent links, a parent-based ratio sampler, and a sink that exports finished spans (OTLP, see
// adapters/telemetry). With no sink, ids still propagate (logs, queued jobs, outbound calls)
// and nothing is recorded.
namespace resumax::trace {

struct SpanContext {
  std::array<std::uint8_t, 16> trace_id{};
  std::array<std::uint8_t, 8> span_id{};
  bool sampled = false;

  bool valid() const;
  std::string TraceIdHex() const;
  std::string SpanIdHex() const;
};

// `traceparent` (version 00 and, per the specification, later versions read as 00); nullopt
// for anything malformed, including all-zero ids.
std::optional<SpanContext> ParseTraceparent(std::string_view header);
std::string FormatTraceparent(const SpanContext& context);

enum class SpanKind { kInternal = 1, kServer = 2, kClient = 3, kProducer = 4, kConsumer = 5 };

using AttributeValue = std::variant<std::string, std::int64_t, double, bool>;

// An attribute's name: a string literal, checked at compile time, so a span keeps a view of it
// and copies nothing.
struct AttributeKey {
  // NOLINTNEXTLINE(google-explicit-constructor): written as a literal at every call
  consteval AttributeKey(const char* name) : text(name) {}
  std::string_view text;
};

// A finished span, as the sink receives it.
struct SpanData {
  SpanContext context;
  std::array<std::uint8_t, 8> parent_span_id{};  // all zero for a root span
  std::string name;
  SpanKind kind = SpanKind::kInternal;
  std::int64_t start_unix_nanos = 0;
  std::int64_t end_unix_nanos = 0;
  // Up to six are held inline (a request or a statement sets three or four), so recording most
  // spans allocates nothing for them.
  boost::container::small_vector<std::pair<std::string_view, AttributeValue>, 6> attributes;
  bool error = false;
  std::string status_message;
};

// Receives sampled spans as they end, from any thread; must not block.
class SpanSink {
 public:
  virtual ~SpanSink() = default;
  virtual void Submit(SpanData&& span) = 0;
};

// Process-wide settings, set once before serving (not synchronised with spans in flight).
void SetSink(SpanSink* sink);
// Ratio of new traces recorded, in [0, 1]; a child follows its parent's decision.
void SetSampleRatio(double ratio);

// One operation. A span made on a thread becomes that thread's current span until it ends (so
// spans made meanwhile are its children), unless made with `activate` false: a span that lives
// across threads (an HTTP request served by a coroutine) is activated with a Scope instead.
class Span {
 public:
  // A child of the thread's current span, or the root of a new trace.
  explicit Span(std::string_view name, SpanKind kind = SpanKind::kInternal);
  // A child of `parent` (a traceparent header, a queued job's); a new trace when it is nullopt.
  Span(std::string_view name, SpanKind kind, const std::optional<SpanContext>& parent,
       bool activate = true);
  ~Span();
  Span(const Span&) = delete;
  Span& operator=(const Span&) = delete;

  bool recording() const { return data_.has_value(); }
  const SpanContext& context() const { return context_; }
  void SetName(std::string_view name);
  void SetAttribute(AttributeKey key, AttributeValue value);
  void SetAttribute(AttributeKey key, const char* value) {
    SetAttribute(key, AttributeValue(std::string(value)));
  }
  void SetAttribute(AttributeKey key, int value) {
    SetAttribute(key, AttributeValue(static_cast<std::int64_t>(value)));
  }
  void SetAttribute(AttributeKey key, long value) {
    SetAttribute(key, AttributeValue(static_cast<std::int64_t>(value)));
  }
  void SetAttribute(AttributeKey key, long long value) {
    SetAttribute(key, AttributeValue(static_cast<std::int64_t>(value)));
  }
  void SetAttribute(AttributeKey key, std::size_t value) {
    SetAttribute(key, AttributeValue(static_cast<std::int64_t>(value)));
  }
  // Marks the span failed; `message` must hold no user data (an error code, not a detail).
  void SetError(std::string_view message);
  // Ends the span now (the destructor ends it otherwise); later calls do nothing.
  void End();

 private:
  void Start(std::string_view name, SpanKind kind, const std::optional<SpanContext>& parent,
             bool activate);

  SpanContext context_;
  std::optional<SpanData> data_;  // only while recording
  const SpanContext* previous_ = nullptr;
  bool active_ = false;
  bool ended_ = false;
};

// Makes `context` the thread's current span context for the scope's lifetime.
class Scope {
 public:
  explicit Scope(const SpanContext& context);
  ~Scope();
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;

 private:
  SpanContext context_;
  const SpanContext* previous_;
};

// The thread's current span context; nullopt outside any span.
std::optional<SpanContext> Current();
// `traceparent` for the current span, or empty outside any span.
std::string CurrentTraceparent();

}  // namespace resumax::trace

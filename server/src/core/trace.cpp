#include "core/trace.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <random>
#include <thread>

namespace resumax::trace {
namespace {

std::atomic<SpanSink*> g_sink{nullptr};
// The sampling ratio as a threshold on a trace id's last 8 bytes (all of them at 1.0).
std::atomic<std::uint64_t> g_threshold{~std::uint64_t{0}};
std::atomic<bool> g_sample_all{true};

thread_local const SpanContext* t_current = nullptr;

constexpr char kHex[] = "0123456789abcdef";

template <std::size_t N>
std::string ToHex(const std::array<std::uint8_t, N>& bytes) {
  std::string text(N * 2, '0');
  for (std::size_t i = 0; i < N; ++i) {
    text[2 * i] = kHex[bytes[i] >> 4];
    text[2 * i + 1] = kHex[bytes[i] & 0x0f];
  }
  return text;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;  // the specification allows lower case only
}

template <std::size_t N>
bool FromHex(std::string_view text, std::array<std::uint8_t, N>& bytes) {
  if (text.size() != N * 2) return false;
  bool nonzero = false;
  for (std::size_t i = 0; i < N; ++i) {
    const int high = HexDigit(text[2 * i]);
    const int low = HexDigit(text[2 * i + 1]);
    if (high < 0 || low < 0) return false;
    bytes[i] = static_cast<std::uint8_t>(high * 16 + low);
    nonzero = nonzero || bytes[i] != 0;
  }
  return nonzero;
}

std::mt19937_64& Random() {
  thread_local std::mt19937_64 engine([] {
    std::random_device device;
    std::seed_seq seed{
        device(), device(), device(), device(),
        static_cast<unsigned>(std::hash<std::thread::id>{}(std::this_thread::get_id()))};
    return std::mt19937_64(seed);
  }());
  return engine;
}

template <std::size_t N>
void FillRandom(std::array<std::uint8_t, N>& bytes) {
  do {
    for (std::size_t i = 0; i < N; i += 8) {
      std::uint64_t value = Random()();
      for (std::size_t j = i; j < N && j < i + 8; ++j) {
        bytes[j] = static_cast<std::uint8_t>(value);
        value >>= 8;
      }
    }
  } while (std::all_of(bytes.begin(), bytes.end(), [](std::uint8_t b) { return b == 0; }));
}

bool SampleNewTrace(const std::array<std::uint8_t, 16>& trace_id) {
  if (g_sample_all.load(std::memory_order_relaxed)) return true;
  std::uint64_t tail = 0;
  for (std::size_t i = 8; i < 16; ++i) tail = (tail << 8) | trace_id[i];
  return tail < g_threshold.load(std::memory_order_relaxed);
}

std::int64_t NowUnixNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

bool SpanContext::valid() const {
  const auto zero = [](std::uint8_t b) { return b == 0; };
  return !std::all_of(trace_id.begin(), trace_id.end(), zero) &&
         !std::all_of(span_id.begin(), span_id.end(), zero);
}

std::string SpanContext::TraceIdHex() const { return ToHex(trace_id); }
std::string SpanContext::SpanIdHex() const { return ToHex(span_id); }

std::optional<SpanContext> ParseTraceparent(std::string_view header) {
  // version "-" trace-id "-" parent-id "-" trace-flags, 55 characters for version 00; a later
  // version may append "-" and more, which is ignored.
  if (header.size() < 55 || header[2] != '-' || header[35] != '-' || header[52] != '-') {
    return std::nullopt;
  }
  const std::string_view version = header.substr(0, 2);
  if (HexDigit(version[0]) < 0 || HexDigit(version[1]) < 0 || version == "ff") return std::nullopt;
  if (version == "00" ? header.size() != 55 : header.size() > 55 && header[55] != '-') {
    return std::nullopt;
  }
  SpanContext context;
  if (!FromHex(header.substr(3, 32), context.trace_id) ||
      !FromHex(header.substr(36, 16), context.span_id)) {
    return std::nullopt;
  }
  const int flags_high = HexDigit(header[53]);
  const int flags_low = HexDigit(header[54]);
  if (flags_high < 0 || flags_low < 0) return std::nullopt;
  context.sampled = (flags_low & 1) != 0;
  return context;
}

std::string FormatTraceparent(const SpanContext& context) {
  std::string text = "00-";
  text += context.TraceIdHex();
  text += '-';
  text += context.SpanIdHex();
  text += context.sampled ? "-01" : "-00";
  return text;
}

void SetSink(SpanSink* sink) { g_sink.store(sink); }

void SetSampleRatio(double ratio) {
  ratio = std::clamp(ratio, 0.0, 1.0);
  g_sample_all.store(ratio >= 1.0);
  // 2^64 * ratio, computed without overflowing at ratio close to 1.
  g_threshold.store(static_cast<std::uint64_t>(ratio * 18446744073709551615.0));
}

Span::Span(std::string_view name, SpanKind kind) {
  std::optional<SpanContext> parent;
  if (t_current) parent = *t_current;
  Start(name, kind, parent, true);
}

Span::Span(std::string_view name, SpanKind kind, const std::optional<SpanContext>& parent,
           bool activate) {
  Start(name, kind, parent, activate);
}

void Span::Start(std::string_view name, SpanKind kind, const std::optional<SpanContext>& parent,
                 bool activate) {
  const bool has_parent = parent && parent->valid();
  if (has_parent) {
    context_.trace_id = parent->trace_id;
    context_.sampled = parent->sampled;
  } else {
    FillRandom(context_.trace_id);
    context_.sampled = SampleNewTrace(context_.trace_id);
  }
  FillRandom(context_.span_id);
  if (context_.sampled && g_sink.load(std::memory_order_relaxed) != nullptr) {
    data_.emplace();
    data_->context = context_;
    if (has_parent) data_->parent_span_id = parent->span_id;
    data_->name = std::string(name);
    data_->kind = kind;
    data_->start_unix_nanos = NowUnixNanos();
  }
  if (activate) {
    previous_ = t_current;
    t_current = &context_;
    active_ = true;
  }
}

Span::~Span() { End(); }

void Span::SetName(std::string_view name) {
  if (data_) data_->name = std::string(name);
}

void Span::SetAttribute(AttributeKey key, AttributeValue value) {
  if (!data_) return;
  for (auto& [existing, current] : data_->attributes) {
    if (existing == key.text) {
      current = std::move(value);
      return;
    }
  }
  data_->attributes.emplace_back(key.text, std::move(value));
}

void Span::SetError(std::string_view message) {
  if (!data_) return;
  data_->error = true;
  data_->status_message = std::string(message);
}

void Span::End() {
  if (ended_) return;
  ended_ = true;
  if (active_ && t_current == &context_) t_current = previous_;
  active_ = false;
  if (!data_) return;
  data_->end_unix_nanos = NowUnixNanos();
  if (SpanSink* sink = g_sink.load(std::memory_order_relaxed)) sink->Submit(std::move(*data_));
  data_.reset();
}

Scope::Scope(const SpanContext& context) : context_(context), previous_(t_current) {
  t_current = &context_;
}

Scope::~Scope() {
  if (t_current == &context_) t_current = previous_;
}

std::optional<SpanContext> Current() {
  if (!t_current) return std::nullopt;
  return *t_current;
}

std::string CurrentTraceparent() {
  return t_current ? FormatTraceparent(*t_current) : std::string();
}

}  // namespace resumax::trace

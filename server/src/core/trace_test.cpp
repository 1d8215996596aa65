#include "core/trace.h"

#include <gtest/gtest.h>

#include <mutex>
#include <thread>

namespace resumax::trace {
namespace {

// Keeps what it receives.
class Collector final : public SpanSink {
 public:
  void Submit(SpanData&& span) override {
    std::lock_guard lock(mutex_);
    spans.push_back(std::move(span));
  }
  std::mutex mutex_;
  std::vector<SpanData> spans;
};

class TraceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SetSink(&collector_);
    SetSampleRatio(1.0);
  }
  void TearDown() override {
    SetSink(nullptr);
    SetSampleRatio(1.0);
  }
  Collector collector_;
};

TEST(Traceparent, ReadsAndWritesVersionZero) {
  const auto context = ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  ASSERT_TRUE(context);
  EXPECT_EQ(context->TraceIdHex(), "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(context->SpanIdHex(), "00f067aa0ba902b7");
  EXPECT_TRUE(context->sampled);
  EXPECT_EQ(FormatTraceparent(*context), "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  const auto unsampled =
      ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
  ASSERT_TRUE(unsampled);
  EXPECT_FALSE(unsampled->sampled);
}

TEST(Traceparent, ALaterVersionIsReadAsVersionZero) {
  EXPECT_TRUE(ParseTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"));
  EXPECT_TRUE(
      ParseTraceparent("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-what-comes"));
}

TEST(Traceparent, RefusesWhatIsMalformed) {
  for (const char* header : {
           "", "garbage",
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",       // no flags
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",  // extra in version 00
           "00-00000000000000000000000000000000-00f067aa0ba902b7-01",    // zero trace id
           "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",    // zero span id
           "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",    // forbidden version
           "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",    // upper case
           "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",    // not hex
           "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01",    // separators
           "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x",   // no dash before more
       }) {
    EXPECT_FALSE(ParseTraceparent(header)) << header;
  }
}

TEST_F(TraceTest, ChildrenLinkToTheirParentAndRestoreIt) {
  {
    Span root("root", SpanKind::kServer);
    EXPECT_EQ(Current()->SpanIdHex(), root.context().SpanIdHex());
    {
      Span child("child");
      child.SetAttribute("count", 3);
      child.SetAttribute("name", "value");
      EXPECT_EQ(child.context().TraceIdHex(), root.context().TraceIdHex());
      EXPECT_NE(child.context().SpanIdHex(), root.context().SpanIdHex());
    }
    EXPECT_EQ(Current()->SpanIdHex(), root.context().SpanIdHex());
  }
  EXPECT_FALSE(Current());
  ASSERT_EQ(collector_.spans.size(), 2u);
  const SpanData& child = collector_.spans[0];
  const SpanData& root = collector_.spans[1];
  EXPECT_EQ(child.name, "child");
  EXPECT_EQ(child.parent_span_id, root.context.span_id);
  EXPECT_EQ(root.parent_span_id, (std::array<std::uint8_t, 8>{}));
  EXPECT_LE(root.start_unix_nanos, child.start_unix_nanos);
  EXPECT_GE(root.end_unix_nanos, child.end_unix_nanos);
  ASSERT_EQ(child.attributes.size(), 2u);
  EXPECT_EQ(std::get<std::int64_t>(child.attributes[0].second), 3);
}

TEST_F(TraceTest, ARemoteParentIsFollowedAndItsDecisionKept) {
  const auto unsampled =
      ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
  {
    Span span("request", SpanKind::kServer, unsampled);
    EXPECT_FALSE(span.recording()) << "the caller did not sample it";
    EXPECT_EQ(span.context().TraceIdHex(), "4bf92f3577b34da6a3ce929d0e0e4736");
    EXPECT_FALSE(span.context().sampled);
  }
  const auto sampled = ParseTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  SetSampleRatio(0);
  {
    Span span("request", SpanKind::kServer, sampled);
    EXPECT_TRUE(span.recording()) << "parent-based: the caller's decision wins";
  }
  ASSERT_EQ(collector_.spans.size(), 1u);
  const SpanContext parent{collector_.spans[0].context.trace_id, collector_.spans[0].parent_span_id,
                           true};
  EXPECT_EQ(parent.SpanIdHex(), "00f067aa0ba902b7");
}

TEST_F(TraceTest, TheRatioSamplesThatShareOfNewTraces) {
  SetSampleRatio(0.25);
  int recorded = 0;
  for (int i = 0; i < 4000; ++i) {
    Span span("root");
    recorded += span.recording() ? 1 : 0;
    // A child always follows its root.
    Span child("child");
    EXPECT_EQ(child.recording(), span.recording());
  }
  EXPECT_GT(recorded, 800);
  EXPECT_LT(recorded, 1200);
  SetSampleRatio(0);
  Span none("root");
  EXPECT_FALSE(none.recording());
  EXPECT_TRUE(none.context().valid()) << "ids still propagate";
}

TEST_F(TraceTest, WithoutASinkNothingIsRecordedButIdsPropagate) {
  SetSink(nullptr);
  Span span("root");
  EXPECT_FALSE(span.recording());
  EXPECT_EQ(CurrentTraceparent(), FormatTraceparent(span.context()));
}

TEST_F(TraceTest, ScopesCarryASpanToAnotherThread) {
  Span root("request", SpanKind::kServer, std::nullopt, /*activate=*/false);
  EXPECT_FALSE(Current()) << "not activated";
  std::thread([&] {
    const Scope scope(root.context());
    Span child("work");
  }).join();
  root.End();
  ASSERT_EQ(collector_.spans.size(), 2u);
  EXPECT_EQ(collector_.spans[0].parent_span_id, root.context().span_id);
}

TEST_F(TraceTest, ErrorsAndEndingTwice) {
  Span span("failing");
  span.SetError("timeout");
  span.End();
  span.End();
  span.SetAttribute("late", true);
  ASSERT_EQ(collector_.spans.size(), 1u);
  EXPECT_TRUE(collector_.spans[0].error);
  EXPECT_EQ(collector_.spans[0].status_message, "timeout");
  EXPECT_TRUE(collector_.spans[0].attributes.empty());
}

}  // namespace
}  // namespace resumax::trace

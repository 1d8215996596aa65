#include "core/metrics.h"

#include <gtest/gtest.h>

#include "core/database.h"

namespace resumax::metrics {
namespace {

TEST(Metrics, CountersRenderInTheExpositionFormat) {
  auto& counter =
      Counter::Get("test_widgets_total", "Widgets made.", {"kind", "outcome"}, {{"round", "ok"}});
  counter.Inc({"square", "failed"});
  counter.Add({"square", "failed"}, 2);
  EXPECT_EQ(counter.Value({"square", "failed"}), 3);
  EXPECT_EQ(&Counter::Get("test_widgets_total", "", {"kind", "outcome"}), &counter);
  const std::string text = RenderAll();
  EXPECT_NE(text.find("# HELP test_widgets_total Widgets made.\n# TYPE test_widgets_total "
                      "counter\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("test_widgets_total{kind=\"round\",outcome=\"ok\"} 0\n"), std::string::npos);
  EXPECT_NE(text.find("test_widgets_total{kind=\"square\",outcome=\"failed\"} 3\n"),
            std::string::npos);
}

TEST(Metrics, LabelValuesAreEscaped) {
  auto& counter = Counter::Get("test_escaped_total", "Escaping.", {"value"});
  counter.Inc({"a\"b\\c\nd"});
  EXPECT_NE(RenderAll().find("test_escaped_total{value=\"a\\\"b\\\\c\\nd\"} 1\n"),
            std::string::npos);
}

TEST(Metrics, AFamilyWithoutLabelsAlwaysHasItsSeries) {
  Counter::Get("test_plain_total", "Plain.");
  Gauge::Get("test_plain_gauge", "Plain gauge.");
  const std::string text = RenderAll();
  EXPECT_NE(text.find("\ntest_plain_total 0\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\ntest_plain_gauge 0\n"), std::string::npos);
}

TEST(Metrics, HistogramsAreCumulative) {
  auto& histogram = Histogram::Get("test_latency_seconds", "Latency.", {"route"}, {0.1, 1});
  histogram.Observe({"/a"}, 0.05);
  histogram.Observe({"/a"}, 0.5);
  histogram.Observe({"/a"}, 5);
  EXPECT_EQ(histogram.Count({"/a"}), 3u);
  const std::string text = RenderAll();
  EXPECT_NE(text.find("test_latency_seconds_bucket{route=\"/a\",le=\"0.1\"} 1\n"
                      "test_latency_seconds_bucket{route=\"/a\",le=\"1\"} 2\n"
                      "test_latency_seconds_bucket{route=\"/a\",le=\"+Inf\"} 3\n"
                      "test_latency_seconds_sum{route=\"/a\"} 5.55\n"
                      "test_latency_seconds_count{route=\"/a\"} 3\n"),
            std::string::npos)
      << text;
}

TEST(Metrics, MisuseIsRefused) {
  auto& counter = Counter::Get("test_misuse_total", "Misuse.", {"a"});
  EXPECT_THROW(counter.Inc({"x", "y"}), std::logic_error);
  EXPECT_THROW(Gauge::Get("test_misuse_total", "Other type."), std::logic_error);
}

TEST(Metrics, TheProcessAndTheBuildAreDescribed) {
  SetBuildInfo("1.2.3", "abc");
  const std::string text = RenderAll();
  EXPECT_NE(text.find("resumax_build_info{version=\"1.2.3\",revision=\"abc\"} 1\n"),
            std::string::npos);
  for (const char* name : {"process_cpu_seconds_total ", "process_resident_memory_bytes ",
                           "process_open_fds ", "process_start_time_seconds "}) {
    EXPECT_NE(text.find(std::string("\n") + name), std::string::npos) << name;
  }
}

TEST(StatementName, NamesTheOperationAndTable) {
  EXPECT_EQ(db::StatementName("SELECT id, email FROM users WHERE id = ?"), "SELECT users");
  EXPECT_EQ(db::StatementName("  insert into jobs (id) values (?)"), "INSERT jobs");
  EXPECT_EQ(db::StatementName("UPDATE jobs SET status = 'queued' WHERE id = ?"), "UPDATE jobs");
  EXPECT_EQ(db::StatementName("DELETE FROM sessions WHERE user_id = ?"), "DELETE sessions");
  EXPECT_EQ(db::StatementName("SELECT pg_notify('resumax_jobs', ?)"), "SELECT");
  EXPECT_EQ(db::StatementName(""), "SQL");
}

}  // namespace
}  // namespace resumax::metrics

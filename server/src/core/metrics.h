#pragma once

#include <initializer_list>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

// The process's Prometheus metrics: counters, gauges and histograms with labels, registered
// once by name and rendered in the text exposition format by `RenderAll` (GET /metrics). Label
// values are bounded sets (a route template, a job kind, an outcome), never user ids or text.
namespace resumax::metrics {

using LabelValues = std::vector<std::string>;

class Family {
 public:
  virtual ~Family() = default;
  const std::string& name() const { return name_; }
  virtual void Render(std::string& out) const = 0;

 protected:
  Family(std::string name, std::string help, std::vector<std::string> labels)
      : name_(std::move(name)), help_(std::move(help)), labels_(std::move(labels)) {}
  // `name{a="x",b="y"` without the closing brace, so a histogram can add `le`.
  std::string SeriesPrefix(std::string_view name, const LabelValues& values) const;
  void RenderHeader(std::string& out, std::string_view type) const;

  std::string name_;
  std::string help_;
  std::vector<std::string> labels_;
};

// A family whose series each hold one number (counters and gauges).
class ValueFamily : public Family {
 public:
  double Value(const LabelValues& values = {}) const;

 protected:
  using Family::Family;
  // Adds `amount` to the series (made at 0), or sets it to `amount` when `replace`.
  void Update(const LabelValues& values, double amount, bool replace);
  void RenderAs(std::string& out, std::string_view type) const;

 private:
  mutable std::mutex mutex_;
  std::map<LabelValues, double> series_;
};

class Counter : public ValueFamily {
 public:
  // The counter of this name, registered on first use; `initial` label sets appear at 0 before
  // anything happens (so rates and alerts see them from the start).
  static Counter& Get(std::string_view name, std::string_view help,
                      std::vector<std::string> labels = {},
                      std::initializer_list<LabelValues> initial = {});
  void Add(const LabelValues& values, double amount = 1) { Update(values, amount, false); }
  void Inc(const LabelValues& values = {}) { Add(values, 1); }
  void Render(std::string& out) const override { RenderAs(out, "counter"); }

 private:
  using ValueFamily::ValueFamily;
};

class Gauge : public ValueFamily {
 public:
  static Gauge& Get(std::string_view name, std::string_view help,
                    std::vector<std::string> labels = {});
  void Set(const LabelValues& values, double value) { Update(values, value, true); }
  void Add(const LabelValues& values, double amount) { Update(values, amount, false); }
  void Render(std::string& out) const override { RenderAs(out, "gauge"); }

 private:
  using ValueFamily::ValueFamily;
};

class Histogram : public Family {
 public:
  static Histogram& Get(std::string_view name, std::string_view help,
                        std::vector<std::string> labels, std::vector<double> buckets);
  void Observe(const LabelValues& values, double value);
  // How many observations a series holds, for tests.
  unsigned long long Count(const LabelValues& values = {}) const;
  void Render(std::string& out) const override;

 private:
  Histogram(std::string name, std::string help, std::vector<std::string> labels,
            std::vector<double> buckets)
      : Family(std::move(name), std::move(help), std::move(labels)), buckets_(std::move(buckets)) {}
  struct Series {
    std::vector<unsigned long long> buckets;
    unsigned long long count = 0;
    double sum = 0;
  };
  std::vector<double> buckets_;
  mutable std::mutex mutex_;
  std::map<LabelValues, Series> series_;
};

// Bucket sets in seconds.
std::vector<double> FastBuckets();  // 1 ms … 10 s: parsing, rendering, storage
std::vector<double> SlowBuckets();  // 100 ms … 300 s: optimizations, provider calls, jobs

// Every registered family, then the process's own (`process_*`: CPU, memory, descriptors,
// start time, read from /proc) and `resumax_build_info`.
std::string RenderAll();

// The version and revision `resumax_build_info` reports; set once at start.
void SetBuildInfo(std::string version, std::string revision);

}  // namespace resumax::metrics

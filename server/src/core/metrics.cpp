#include "core/metrics.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace resumax::metrics {
namespace {

struct Registry {
  std::mutex mutex;
  std::map<std::string, std::unique_ptr<Family>, std::less<>> families;
  std::string version = "dev";
  std::string revision = "unknown";
};

Registry& TheRegistry() {
  // Never destroyed: families outlive every thread that may still count at exit.
  static auto* registry = new Registry();
  return *registry;
}

void AppendEscaped(std::string& out, std::string_view value) {
  for (const char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
}

void AppendNumber(std::string& out, double value) {
  if (std::isinf(value)) {
    out += value > 0 ? "+Inf" : "-Inf";
    return;
  }
  if (std::isnan(value)) {
    out += "NaN";
    return;
  }
  std::ostringstream text;
  text.precision(15);
  text << value;
  out += text.str();
}

template <typename T, typename Make>
T& Register(std::string_view name, Make make) {
  Registry& registry = TheRegistry();
  std::lock_guard lock(registry.mutex);
  auto found = registry.families.find(name);
  if (found == registry.families.end()) {
    found = registry.families.emplace(std::string(name), make()).first;
  }
  auto* family = dynamic_cast<T*>(found->second.get());
  if (!family) throw std::logic_error("metric registered with another type: " + std::string(name));
  return *family;
}

void CheckLabels(const std::vector<std::string>& names, const LabelValues& values,
                 std::string_view metric) {
  if (names.size() != values.size()) {
    throw std::logic_error("wrong number of label values for " + std::string(metric));
  }
}

}  // namespace

std::string Family::SeriesPrefix(std::string_view name, const LabelValues& values) const {
  std::string out(name);
  out += '{';
  for (std::size_t i = 0; i < labels_.size(); ++i) {
    if (i > 0) out += ',';
    out += labels_[i];
    out += "=\"";
    AppendEscaped(out, values[i]);
    out += '"';
  }
  return out;
}

void Family::RenderHeader(std::string& out, std::string_view type) const {
  out += "# HELP ";
  out += name_;
  out += ' ';
  out += help_;
  out += "\n# TYPE ";
  out += name_;
  out += ' ';
  out += type;
  out += '\n';
}

namespace {

void RenderSeries(std::string& out, const std::string& prefix, double value) {
  if (prefix.ends_with('{')) {
    out.append(prefix, 0, prefix.size() - 1);
    out += ' ';
  } else {
    out += prefix;
    out += "} ";
  }
  AppendNumber(out, value);
  out += '\n';
}

}  // namespace

void ValueFamily::Update(const LabelValues& values, double amount, bool replace) {
  CheckLabels(labels_, values, name_);
  std::lock_guard lock(mutex_);
  double& value = series_[values];
  value = replace ? amount : value + amount;
}

double ValueFamily::Value(const LabelValues& values) const {
  std::lock_guard lock(mutex_);
  const auto found = series_.find(values);
  return found == series_.end() ? 0 : found->second;
}

void ValueFamily::RenderAs(std::string& out, std::string_view type) const {
  RenderHeader(out, type);
  std::lock_guard lock(mutex_);
  // Without labels there is always exactly one series, 0 until something happens.
  if (labels_.empty() && series_.empty()) RenderSeries(out, SeriesPrefix(name_, {}), 0);
  for (const auto& [values, value] : series_) RenderSeries(out, SeriesPrefix(name_, values), value);
}

Counter& Counter::Get(std::string_view name, std::string_view help, std::vector<std::string> labels,
                      std::initializer_list<LabelValues> initial) {
  Counter& counter = Register<Counter>(name, [&] {
    return std::unique_ptr<Family>(
        new Counter(std::string(name), std::string(help), std::move(labels)));
  });
  for (const auto& values : initial) counter.Add(values, 0);
  return counter;
}

Gauge& Gauge::Get(std::string_view name, std::string_view help, std::vector<std::string> labels) {
  return Register<Gauge>(name, [&] {
    return std::unique_ptr<Family>(
        new Gauge(std::string(name), std::string(help), std::move(labels)));
  });
}

Histogram& Histogram::Get(std::string_view name, std::string_view help,
                          std::vector<std::string> labels, std::vector<double> buckets) {
  return Register<Histogram>(name, [&] {
    std::sort(buckets.begin(), buckets.end());
    return std::unique_ptr<Family>(
        new Histogram(std::string(name), std::string(help), std::move(labels), std::move(buckets)));
  });
}

void Histogram::Observe(const LabelValues& values, double value) {
  CheckLabels(labels_, values, name_);
  std::lock_guard lock(mutex_);
  Series& series = series_[values];
  if (series.buckets.empty()) series.buckets.assign(buckets_.size(), 0);
  ++series.count;
  series.sum += value;
  for (std::size_t i = 0; i < buckets_.size(); ++i) {
    if (value <= buckets_[i]) ++series.buckets[i];
  }
}

unsigned long long Histogram::Count(const LabelValues& values) const {
  std::lock_guard lock(mutex_);
  const auto found = series_.find(values);
  return found == series_.end() ? 0 : found->second.count;
}

void Histogram::Render(std::string& out) const {
  RenderHeader(out, "histogram");
  std::lock_guard lock(mutex_);
  const std::string bucket_name = name_ + "_bucket";
  for (const auto& [values, series] : series_) {
    std::string prefix = SeriesPrefix(bucket_name, values);
    if (!labels_.empty()) prefix += ',';
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
      std::string line = prefix;
      line += "le=\"";
      AppendNumber(line, buckets_[i]);
      line += '"';
      RenderSeries(out, line, static_cast<double>(series.buckets[i]));
    }
    RenderSeries(out, prefix + "le=\"+Inf\"", static_cast<double>(series.count));
    RenderSeries(out, SeriesPrefix(name_ + "_sum", values), series.sum);
    RenderSeries(out, SeriesPrefix(name_ + "_count", values), static_cast<double>(series.count));
  }
}

std::vector<double> FastBuckets() {
  return {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

std::vector<double> SlowBuckets() {
  return {0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15, 20, 30, 60, 120, 300};
}

void SetBuildInfo(std::string version, std::string revision) {
  Registry& registry = TheRegistry();
  std::lock_guard lock(registry.mutex);
  registry.version = std::move(version);
  registry.revision = std::move(revision);
}

namespace {

// The process's own metrics, as Prometheus's client libraries name them.
void RenderProcess(std::string& out) {
  std::ifstream stat_file("/proc/self/stat");
  std::string stat((std::istreambuf_iterator<char>(stat_file)), std::istreambuf_iterator<char>());
  // Fields after the command name, which is in parentheses and may hold spaces.
  const auto close = stat.rfind(')');
  if (close == std::string::npos) return;
  std::istringstream fields(stat.substr(close + 2));
  std::vector<std::string> values;
  for (std::string field; fields >> field;) values.push_back(field);
  // values[0] is field 3 (state): utime is field 14, stime 15, starttime 22, vsize 23, rss 24.
  if (values.size() < 22) return;
  const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
  const double cpu = (std::stod(values[11]) + std::stod(values[12])) / ticks;
  const double start_ticks = std::stod(values[19]);
  const double virtual_bytes = std::stod(values[20]);
  const double resident_bytes = std::stod(values[21]) * static_cast<double>(sysconf(_SC_PAGESIZE));
  double boot_time = 0;
  std::ifstream proc_stat("/proc/stat");
  for (std::string line; std::getline(proc_stat, line);) {
    if (line.starts_with("btime ")) boot_time = std::stod(line.substr(6));
  }
  std::error_code ignored;
  double open_fds = 0;
  for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ignored);
       it != std::filesystem::directory_iterator(); it.increment(ignored)) {
    ++open_fds;
  }
  const auto gauge = [&out](std::string_view name, std::string_view type, std::string_view help,
                            double value) {
    out.append("# HELP ").append(name).append(" ").append(help).append("\n# TYPE ");
    out.append(name).append(" ").append(type).append("\n").append(name).append(" ");
    AppendNumber(out, value);
    out += '\n';
  };
  gauge("process_cpu_seconds_total", "counter", "User and system CPU time spent, in seconds.", cpu);
  gauge("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", resident_bytes);
  gauge("process_virtual_memory_bytes", "gauge", "Virtual memory size in bytes.", virtual_bytes);
  gauge("process_open_fds", "gauge", "Open file descriptors.", open_fds);
  gauge("process_start_time_seconds", "gauge", "Start time of the process, Unix seconds.",
        boot_time + start_ticks / ticks);
}

}  // namespace

std::string RenderAll() {
  Registry& registry = TheRegistry();
  std::string out;
  std::vector<const Family*> families;
  {
    std::lock_guard lock(registry.mutex);
    for (const auto& [name, family] : registry.families) families.push_back(family.get());
    out += "# HELP resumax_build_info The running build (always 1).\n";
    out += "# TYPE resumax_build_info gauge\n";
    out += "resumax_build_info{version=\"";
    AppendEscaped(out, registry.version);
    out += "\",revision=\"";
    AppendEscaped(out, registry.revision);
    out += "\"} 1\n";
  }
  // Families are never removed, so rendering them outside the registry's lock is safe.
  for (const Family* family : families) family->Render(out);
  RenderProcess(out);
  return out;
}

}  // namespace resumax::metrics

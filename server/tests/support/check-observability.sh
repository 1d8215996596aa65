#!/usr/bin/env bash
# Checks the observability files (deploy/observability/): the alerting rules load and pass their
# unit tests (promtool), the example Prometheus configuration is valid, the Grafana dashboard is
# JSON whose queries parse as PromQL, and every metric the rules, their tests and the dashboard
# name is one resumax exposes.
# Usage: check-observability.sh [REPO_ROOT]. Exits 77 (skipped) without promtool (Debian's
# prometheus package); non-zero on any failure.
set -uo pipefail

root=${1:-$(cd "$(dirname "$0")/../../.." && pwd)}
dir="$root/deploy/observability"

if ! command -v promtool >/dev/null 2>&1; then
  echo "SKIP: promtool not found (install Debian's prometheus package: scripts/install-deps)"
  exit 77
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "FAIL: python3 not found"
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# 1. Every rule file (every YAML file here but the tests and the Prometheus configuration).
rule_files=()
for file in "$dir"/*.yml; do
  case "$(basename "$file")" in
    *_test.yml | prometheus.yml) ;;
    *) rule_files+=("$file") ;;
  esac
done
if [ "${#rule_files[@]}" -eq 0 ]; then
  fail "no rule files in $dir"
else
  promtool check rules "${rule_files[@]}" || fail "promtool check rules"
fi

# 2. The rules' unit tests.
(cd "$dir" && promtool test rules alerts_test.yml) || fail "promtool test rules alerts_test.yml"

# 3. The example configuration. promtool requires the bearer token file to exist, so a copy
#    reads a temporary one instead of /etc/resumax/metrics-token; the rule files go beside it.
cp "${rule_files[@]}" "$work/"
echo "check-observability-token" >"$work/metrics-token"
sed "s#/etc/resumax/metrics-token#$work/metrics-token#" "$dir/prometheus.yml" \
  >"$work/prometheus.yml"
if grep -q "/etc/resumax/metrics-token" "$work/prometheus.yml"; then
  fail "prometheus.yml: the token path was not rewritten"
fi
promtool check config "$work/prometheus.yml" || fail "promtool check config prometheus.yml"

# 4. The dashboard is JSON.
dashboard="$dir/grafana-dashboard.json"
python3 -m json.tool "$dashboard" >/dev/null || fail "grafana-dashboard.json is not valid JSON"

# 5. Metric names (the contract of GET /metrics) and the dashboard's PromQL: its queries, with
#    Grafana's variables replaced, are written as recording rules for promtool to parse.
python3 - "$dir" "$work/dashboard-rules.yml" <<'EOF' || fail "metric names or dashboard queries"
import glob
import json
import os
import re
import sys

directory, rules_out = sys.argv[1], sys.argv[2]

# What resumax exposes (histograms get _bucket, _sum and _count series).
COUNTERS_AND_GAUGES = {
    "resumax_build_info",
    "process_cpu_seconds_total", "process_resident_memory_bytes", "process_virtual_memory_bytes",
    "process_open_fds", "process_start_time_seconds",
    "resumax_http_requests_total",
    "resumax_auth_events_total",
    "resumax_parses_total",
    "resumax_provider_calls_total", "resumax_provider_retries_total",
    "resumax_provider_fallbacks_total", "resumax_provider_tokens_total",
    "resumax_guard_drops_total",
    "resumax_jobs", "resumax_jobs_oldest_seconds", "resumax_queue_depth",
    "resumax_job_runs_total",
    "resumax_exports_total",
    "resumax_storage_errors_total", "resumax_signed_url_rejections_total",
    "resumax_sse_streams_open",
    "resumax_funnel_events_total",
    "resumax_trace_spans_exported_total", "resumax_trace_spans_dropped_total",
}
HISTOGRAMS = {
    "resumax_http_request_duration_seconds", "resumax_parse_duration_seconds",
    "resumax_optimization_duration_seconds", "resumax_job_duration_seconds",
    "resumax_export_render_duration_seconds",
}
NAME = re.compile(r"resumax_[a-z_]+|process_[a-z_]+")


def known(name):
    if name in COUNTERS_AND_GAUGES or name in HISTOGRAMS:
        return True
    base = re.sub(r"_(bucket|sum|count)$", "", name)
    return base != name and base in HISTOGRAMS


problems = []
used = set()
texts = {}
for path in sorted(glob.glob(os.path.join(directory, "*.yml"))):
    if os.path.basename(path) != "prometheus.yml":
        with open(path, encoding="utf-8") as handle:
            texts[os.path.basename(path)] = handle.read()

with open(os.path.join(directory, "grafana-dashboard.json"), encoding="utf-8") as handle:
    dashboard = json.load(handle)
expressions = []


def walk(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("expr", "definition") and isinstance(value, str):
                expressions.append(value)
            elif key == "query" and isinstance(value, dict) and isinstance(value.get("query"), str):
                expressions.append(value["query"])
            else:
                walk(value)
    elif isinstance(node, list):
        for item in node:
            walk(item)


walk(dashboard)
if len(expressions) < 20:
    problems.append(f"grafana-dashboard.json: only {len(expressions)} queries found")
texts["grafana-dashboard.json (queries)"] = "\n".join(expressions)

for where, text in texts.items():
    for name in sorted(set(NAME.findall(text))):
        used.add(name)
        if not known(name):
            problems.append(f"{where}: {name} is not a metric resumax exposes")

# The dashboard's PromQL: $__rate_interval and friends become durations, the template
# variables (regex matchers) match anything; label_values() queries are Grafana's own.
rules = ["groups:", "  - name: dashboard", "    rules:"]
count = 0
for expression in expressions:
    if expression.startswith("label_values("):
        continue
    promql = re.sub(r"\$__(rate_interval|interval|range)\b", "5m", expression)
    promql = re.sub(r"\$(job|instance)\b", ".*", promql)
    if re.search(r"\$(?!\{1\})", promql):
        problems.append(f"grafana-dashboard.json: unknown variable in {expression}")
        continue
    count += 1
    rules.append(f"      - record: dashboard:query_{count}")
    rules.append("        expr: " + json.dumps(promql))
with open(rules_out, "w", encoding="utf-8") as out:
    out.write("\n".join(rules) + "\n")

for problem in problems:
    print("FAIL:", problem)
print(f"{len(used)} metric names used, {len(expressions)} dashboard queries, "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
EOF
if [ -s "$work/dashboard-rules.yml" ]; then
  echo "Dashboard queries as PromQL:"
  promtool check rules "$work/dashboard-rules.yml" ||
    fail "grafana-dashboard.json: a query is not valid PromQL"
fi

if [ "$failures" -gt 0 ]; then
  echo "check-observability: $failures check(s) failed"
  exit 1
fi
echo "check-observability: all checks passed"

#!/usr/bin/env bash
# The distributed setup's figures (part of `make bench`), on the release build:
#   - 10,000 idle event streams on one API node: resident memory, CPU and database transactions
#     while they idle
#   - GET /api/v1/users/me through HAProxy with 2 API nodes vs 1 (wrk)
#   - optimize round trip with an API node and a separate worker: LISTEN/NOTIFY wake-ups vs
#     polling (the difference is the job pickup)
# Starts PostgreSQL (scripts/test-services) and HAProxy itself.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${RESUMAX_BIN:-$ROOT/build/resumax}
DURATION=${BENCH_DURATION:-10}
STREAMS=${BENCH_STREAMS:-10000}
WORK=$(mktemp -d /tmp/resumax-cluster-bench.XXXXXX)
chmod 755 "$WORK"  # PostgreSQL runs as its own user
PIDS=()
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "$ROOT/scripts/test-services" stop "$WORK/services" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
rss_mb() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

"$ROOT/scripts/test-services" start "$WORK/services" >/dev/null
# shellcheck disable=SC1091
source "$WORK/services/env"
PG="$RESUMAX_TEST_POSTGRES_URL"
PG_BASE="${PG%/*}"
psql_at() { psql "$PG_BASE/$1" -Atqc "$2"; }
psql_at resumax_api "CREATE DATABASE bench_cluster" >/dev/null
DB="$PG_BASE/bench_cluster"
PG_LOG="$WORK/services/postgres/server.log"
# Every statement on the benchmark's database is logged while the streams idle, to count them.
psql_at resumax_api "ALTER DATABASE bench_cluster SET log_statement = 'all'" >/dev/null
COMMON=(RESUMAX_DATA_DIR="$WORK/data" RESUMAX_DATABASE_URL="$DB" RESUMAX_AUTH_REQUESTS_PER_MINUTE=100000
  RESUMAX_JWT_SECRET=bench-secret-bench-secret-bench-secret RESUMAX_MASTER_KEY="$(printf 'b%.0s' $(seq 64))"
  RESUMAX_MAX_CONNECTIONS=20000 RESUMAX_LOG_LEVEL=warn)

start() { # name port args...
  local name=$1 port=$2
  shift 2
  env "${COMMON[@]}" RESUMAX_PORT="$port" RESUMAX_PUBLIC_URL="http://127.0.0.1:$port" "$BIN" "$@" \
    >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  eval "${name}_PID=$!"
  for _ in $(seq 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return; sleep 0.05; done
  echo "$name did not start" >&2; cat "$WORK/$name.log" >&2; exit 1
}

API_PORT=$(free_port)
WORKER_PORT=$(free_port)
start api "$API_PORT" serve --workers 0
start worker "$WORKER_PORT" worker
API="http://127.0.0.1:$API_PORT"

echo "-- $STREAMS idle event streams on one API node (PostgreSQL, NOTIFY relay) --"
node "$ROOT/bench/streams.mjs" setup "$API" "$WORK/data" "$ROOT/server/tests/fixtures/api/resume.pdf" "$WORK/ids.json"
# Nobody runs the optimization: its streams stay open and idle.
kill "$worker_PID"; wait "$worker_PID" 2>/dev/null || true
BEFORE_RSS=$(rss_mb "$api_PID")
node "$ROOT/bench/streams.mjs" open "$API" "$WORK/ids.json" "$STREAMS" "$WORK" &
CLIENT=$!
for _ in $(seq 1200); do [ -f "$WORK/open" ] && break; sleep 0.1; done
sleep 2
OPEN_RSS=$(rss_mb "$api_PID")
T0=$(cpu_ticks "$api_PID")
L0=$(grep -c "" "$PG_LOG")
sleep 10
T1=$(cpu_ticks "$api_PID")
IDLE_STATEMENTS=$(tail -n +"$((L0 + 1))" "$PG_LOG" | grep -cE "LOG:  (statement|execute)" || true)
PINGS=$(tail -n +"$((L0 + 1))" "$PG_LOG" | grep -cE "LOG:  statement: SELECT 1$" || true)
touch "$WORK/stop"
wait "$CLIENT"
TICKS=$(getconf CLK_TCK)
awk -v before="$BEFORE_RSS" -v open="$OPEN_RSS" -v t="$((T1 - T0))" -v hz="$TICKS" -v x="$IDLE_STATEMENTS" -v p="$PINGS" -v n="$STREAMS" \
  'BEGIN { printf "RSS before: %s MB   with the streams open: %s MB (%.1f KB a stream)\nwhile idle for 10 s: CPU %.1f %% of a core; database statements: %d, of which %d are the listening connection'"'"'s liveness pings\n", before, open, (open - before) * 1024 / n, t * 100 / hz / 10, x, p }'
psql_at resumax_api "ALTER DATABASE bench_cluster RESET log_statement" >/dev/null
# A fresh API node for what follows: its connections do not log every statement.
kill "$api_PID"; wait "$api_PID" 2>/dev/null || true
start api "$API_PORT" serve --workers 0

echo
echo "-- GET /api/v1/users/me through HAProxy, 32 connections, ${DURATION}s each (wrk, 1 thread) --"
start worker "$WORKER_PORT" worker
API2_PORT=$(free_port)
start api2 "$API2_PORT" serve --workers 0
TOKEN=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$WORK/ids.json','utf8')).token)")
balance() { # nodes...
  local port cfg="$WORK/haproxy-$#.cfg"
  port=$(free_port)
  {
    printf 'global\n  maxconn 4000\ndefaults\n  mode http\n  timeout connect 2s\n  timeout client 30s\n  timeout server 30s\n'
    printf 'frontend api\n  bind 127.0.0.1:%s\n  default_backend nodes\nbackend nodes\n  balance roundrobin\n' "$port"
    for node in "$@"; do printf '  server n%s 127.0.0.1:%s\n' "$node" "$node"; done
  } >"$cfg"
  haproxy -db -f "$cfg" >"$WORK/haproxy.log" 2>&1 &
  LB_PID=$!
  PIDS+=("$LB_PID")
  for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.05; done
  wrk -t1 -c32 -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/v1/users/me" >"$WORK/wrk.txt"
  printf "%d API node(s): requests/s %s   p50 %s   p99 %s\n" "$#" "$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")" \
    "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")" "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")"
  kill "$LB_PID"; wait "$LB_PID" 2>/dev/null || true
}
balance "$API_PORT"
balance "$API_PORT" "$API2_PORT"
echo "($(nproc) cores shared by wrk, HAProxy, PostgreSQL and every node: a second node adds no cores here)"

echo
echo "-- optimize round trip, API node + separate worker process: wake-ups vs polling --"
node "$ROOT/bench/optimize.mjs" "$API" "$WORK/data" "$ROOT/server/tests/fixtures/api/resume.pdf" 20 |
  sed 's/(local engine)/(LISTEN\/NOTIFY wake-ups)/'
kill "$worker_PID"; wait "$worker_PID" 2>/dev/null || true
WORKER_PORT=$(free_port)
COMMON+=(RESUMAX_JOB_WAKEUPS=false)
start worker "$WORKER_PORT" worker
node "$ROOT/bench/optimize.mjs" "$API" "$WORK/data" "$ROOT/server/tests/fixtures/api/resume.pdf" 20 |
  sed 's/(local engine)/(polling every 1 s, no wake-ups)/'

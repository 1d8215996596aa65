#include "adapters/queue/database_job_queue.h"

#include <algorithm>

#include "core/ids.h"
#include "core/trace.h"

namespace resumax::jobs {
namespace {

using db::Value;

constexpr std::string_view kInsert =
    "INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_at, created_at, "
    "updated_at, owner, trace_parent) VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?, ?)";

// The next due job, or one whose worker's lease ran out; a queued job waits while its owner
// has the per-user limit of jobs running under a live lease. PostgreSQL skips rows another
// worker is claiming (and claims are serialised by an advisory lock so that two workers cannot
// both take one user's last free slot); SQLite has a single writer, so the statement is atomic.
constexpr std::string_view kClaimHead =
    "UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_expires_at = ?, "
    "updated_at = ? WHERE id = (SELECT id FROM jobs WHERE (status = 'queued' AND run_at <= ? "
    "AND (owner IS NULL OR (SELECT COUNT(*) FROM jobs busy WHERE busy.owner = jobs.owner AND "
    "busy.status = 'running' AND busy.lease_expires_at > ?) < ?)) "
    "OR (status = 'running' AND lease_expires_at <= ?) ORDER BY run_at LIMIT 1";
constexpr std::string_view kClaimTail =
    ") RETURNING id, kind, payload, attempts, max_attempts, trace_parent";
constexpr std::string_view kClaimLock = "SELECT pg_advisory_xact_lock(hashtext('jobs.claim'))";
constexpr std::string_view kComplete =
    "UPDATE jobs SET status = 'succeeded', lease_expires_at = NULL, updated_at = ? WHERE id = ?";
constexpr std::string_view kRetry =
    "UPDATE jobs SET status = 'queued', run_at = ?, lease_expires_at = NULL, last_error = ?, "
    "updated_at = ? WHERE id = ?";
constexpr std::string_view kBury =
    "UPDATE jobs SET status = 'dead', lease_expires_at = NULL, last_error = ?, updated_at = ? "
    "WHERE id = ?";
constexpr std::string_view kRelease =
    "UPDATE jobs SET status = 'queued', run_at = ?, lease_expires_at = NULL, attempts = "
    "CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END, updated_at = ? WHERE id = ? AND "
    "status = 'running'";
constexpr std::string_view kColumns =
    "SELECT id, kind, status, attempts, max_attempts, owner, last_error, created_at, "
    "updated_at, run_at FROM jobs";
constexpr std::string_view kRequeue =
    "UPDATE jobs SET status = 'queued', attempts = 0, run_at = ?, lease_expires_at = NULL, "
    "updated_at = ? WHERE status = 'dead'";
constexpr std::string_view kStats =
    "SELECT kind, status, COUNT(*), MIN(CASE WHEN status = 'queued' THEN run_at ELSE "
    "updated_at END) FROM jobs WHERE status <> 'succeeded' GROUP BY kind, status ORDER BY kind, "
    "status";
constexpr std::string_view kDepth =
    "SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')";

}  // namespace

std::string DatabaseJobQueue::Enqueue(const std::string& kind, const std::string& payload_json,
                                      const EnqueueOptions& options) {
  std::string id = NewUuid();
  // The job carries the trace of whoever queued it; its run is a child of this span.
  trace::Span span("job.enqueue " + kind, trace::SpanKind::kProducer);
  span.SetAttribute("resumax.job.kind", kind);
  const std::string trace_parent = trace::FormatTraceparent(span.context());
  const std::string now = FormatTimestamp(clock_.Now());
  const Value params[] = {id,
                          kind,
                          payload_json,
                          std::int64_t{options.max_attempts},
                          FormatTimestamp(clock_.Now() + options.delay),
                          now,
                          now,
                          options.owner.empty() ? Value{nullptr} : Value{options.owner},
                          trace_parent};
  db_.Execute(kInsert, params);
  // Workers of other processes LISTEN on this channel (adapters/queue/postgres_wakeups.h).
  if (db_.dialect() == db::Dialect::kPostgres && options.delay.count() == 0) {
    const Value channel_params[] = {kind};
    db_.Query("SELECT pg_notify('resumax_jobs', ?)", channel_params);
  }
  if (on_enqueue_ && options.delay.count() == 0) on_enqueue_();
  return id;
}

std::optional<ClaimedJob> DatabaseJobQueue::Claim(std::chrono::seconds lease) {
  const std::string now = FormatTimestamp(clock_.Now());
  const Value params[] = {FormatTimestamp(clock_.Now() + lease), now, now, now,
                          std::int64_t{per_user_limit_},         now};
  std::optional<db::Row> row;
  if (db_.dialect() == db::Dialect::kPostgres) {
    static const std::string sql =
        std::string(kClaimHead) + " FOR UPDATE SKIP LOCKED" + std::string(kClaimTail);
    db_.Transaction([&](db::Database& tx) {
      tx.Query(kClaimLock);
      row = tx.QueryOne(sql, params);
    });
  } else {
    static const std::string sql = std::string(kClaimHead) + std::string(kClaimTail);
    row = db_.QueryOne(sql, params);
  }
  if (!row) return std::nullopt;
  return ClaimedJob{row->Text(0),
                    row->Text(1),
                    row->Text(2),
                    static_cast<int>(row->Int(3)),
                    static_cast<int>(row->Int(4)),
                    row->Optional(5).value_or("")};
}

void DatabaseJobQueue::Complete(const std::string& job_id) {
  const Value params[] = {FormatTimestamp(clock_.Now()), job_id};
  db_.Execute(kComplete, params);
}

void DatabaseJobQueue::Retry(const std::string& job_id, const std::string& error,
                             std::chrono::milliseconds retry_in) {
  const Value params[] = {FormatTimestamp(clock_.Now() + retry_in), error.substr(0, 2000),
                          FormatTimestamp(clock_.Now()), job_id};
  db_.Execute(kRetry, params);
}

void DatabaseJobQueue::Bury(const std::string& job_id, const std::string& error) {
  const Value params[] = {error.substr(0, 2000), FormatTimestamp(clock_.Now()), job_id};
  db_.Execute(kBury, params);
}

long long DatabaseJobQueue::PurgeFinished(std::chrono::system_clock::time_point done_before,
                                          std::chrono::system_clock::time_point dead_before) {
  const Value done[] = {FormatTimestamp(done_before)};
  const Value dead[] = {FormatTimestamp(dead_before)};
  return db_.Execute("DELETE FROM jobs WHERE status = 'succeeded' AND updated_at < ?", done) +
         db_.Execute("DELETE FROM jobs WHERE status = 'dead' AND updated_at < ?", dead);
}

void DatabaseJobQueue::Release(const std::string& job_id) {
  const std::string now = FormatTimestamp(clock_.Now());
  const Value params[] = {now, now, job_id};
  db_.Execute(kRelease, params);
}

namespace {

JobInfo ToInfo(const db::Row& row) {
  return JobInfo{row.Text(0),
                 row.Text(1),
                 row.Text(2),
                 static_cast<int>(row.Int(3)),
                 static_cast<int>(row.Int(4)),
                 row.Text(5),
                 row.Text(6),
                 NormalizeTimestamp(row.Text(7)),
                 NormalizeTimestamp(row.Text(8)),
                 NormalizeTimestamp(row.Text(9))};
}

}  // namespace

std::vector<JobInfo> DatabaseJobQueue::List(const std::string& status, const std::string& kind,
                                            int limit) {
  std::string sql(kColumns);
  std::vector<Value> params;
  sql += " WHERE 1 = 1";
  if (!status.empty()) {
    sql += " AND status = ?";
    params.emplace_back(status);
  }
  if (!kind.empty()) {
    sql += " AND kind = ?";
    params.emplace_back(kind);
  }
  sql += " ORDER BY updated_at DESC, id LIMIT ?";
  params.emplace_back(std::int64_t{std::max(1, limit)});
  std::vector<JobInfo> jobs;
  for (const auto& row : db_.Query(sql, params)) jobs.push_back(ToInfo(row));
  return jobs;
}

std::optional<JobInfo> DatabaseJobQueue::Find(const std::string& job_id) {
  const Value params[] = {job_id};
  const auto row = db_.QueryOne(std::string(kColumns) + " WHERE id = ?", params);
  if (!row) return std::nullopt;
  return ToInfo(*row);
}

bool DatabaseJobQueue::Requeue(const std::string& job_id) {
  const std::string now = FormatTimestamp(clock_.Now());
  const Value params[] = {now, now, job_id};
  const bool requeued = db_.Execute(std::string(kRequeue) + " AND id = ?", params) > 0;
  if (requeued && on_enqueue_) on_enqueue_();
  return requeued;
}

long long DatabaseJobQueue::RequeueDead(const std::string& kind) {
  const std::string now = FormatTimestamp(clock_.Now());
  std::vector<Value> params{now, now};
  std::string sql(kRequeue);
  if (!kind.empty()) {
    sql += " AND kind = ?";
    params.emplace_back(kind);
  }
  const long long requeued = db_.Execute(sql, params);
  if (requeued > 0 && on_enqueue_) on_enqueue_();
  return requeued;
}

bool DatabaseJobQueue::Discard(const std::string& job_id) {
  const Value params[] = {job_id};
  return db_.Execute("DELETE FROM jobs WHERE id = ? AND status = 'dead'", params) > 0;
}

std::vector<QueueStat> DatabaseJobQueue::Stats() {
  const auto now = clock_.Now();
  std::vector<QueueStat> stats;
  for (const auto& row : db_.Query(kStats)) {
    QueueStat stat{row.Text(0), row.Text(1), row.Int(2), 0};
    if (const auto oldest = ParseTimestamp(row.Text(3))) {
      stat.oldest_seconds = std::max(0.0, std::chrono::duration<double>(now - *oldest).count());
    }
    stats.push_back(std::move(stat));
  }
  return stats;
}

long long DatabaseJobQueue::Depth() { return db_.QueryOne(kDepth)->Int(0); }

}  // namespace resumax::jobs

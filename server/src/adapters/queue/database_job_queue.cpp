#include "adapters/queue/database_job_queue.h"

#include "core/ids.h"

namespace resumax::jobs {
namespace {

using db::Value;

constexpr std::string_view kInsert =
    "INSERT INTO jobs (id, kind, payload, status, attempts, max_attempts, run_at, created_at, "
    "updated_at, owner) VALUES (?, ?, ?, 'queued', 0, ?, ?, ?, ?, ?)";

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
constexpr std::string_view kClaimTail = ") RETURNING id, kind, payload, attempts, max_attempts";
constexpr std::string_view kClaimLock = "SELECT pg_advisory_xact_lock(hashtext('jobs.claim'))";
constexpr std::string_view kComplete =
    "UPDATE jobs SET status = 'succeeded', lease_expires_at = NULL, updated_at = ? WHERE id = ?";
constexpr std::string_view kRetry =
    "UPDATE jobs SET status = 'queued', run_at = ?, lease_expires_at = NULL, last_error = ?, "
    "updated_at = ? WHERE id = ?";
constexpr std::string_view kBury =
    "UPDATE jobs SET status = 'dead', lease_expires_at = NULL, last_error = ?, updated_at = ? "
    "WHERE id = ?";
constexpr std::string_view kDepth =
    "SELECT COUNT(*) FROM jobs WHERE status IN ('queued', 'running')";

}  // namespace

std::string DatabaseJobQueue::Enqueue(const std::string& kind, const std::string& payload_json,
                                      const EnqueueOptions& options) {
  std::string id = NewUuid();
  const std::string now = FormatTimestamp(clock_.Now());
  const Value params[] = {id,
                          kind,
                          payload_json,
                          std::int64_t{options.max_attempts},
                          FormatTimestamp(clock_.Now() + options.delay),
                          now,
                          now,
                          options.owner.empty() ? Value{nullptr} : Value{options.owner}};
  db_.Execute(kInsert, params);
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
  return ClaimedJob{row->Text(0), row->Text(1), row->Text(2), static_cast<int>(row->Int(3)),
                    static_cast<int>(row->Int(4))};
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

long long DatabaseJobQueue::Depth() { return db_.QueryOne(kDepth)->Int(0); }

}  // namespace resumax::jobs

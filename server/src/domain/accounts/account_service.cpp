#include "domain/accounts/account_service.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/crypto.h"
#include "core/ids.h"
#include "core/log.h"
#include "domain/resumes/resume_service.h"

namespace resumax::accounts {
namespace {

using db::Value;

constexpr std::string_view kAuditColumns =
    "id, user_id, actor_id, event, ip, request_id, details, created_at";

auth::AuditEntry ToAuditEntry(const db::Row& row) {
  auth::AuditEntry entry;
  entry.id = row.Text(0);
  entry.user_id = row.Optional(1);
  entry.actor_id = row.Optional(2);
  entry.event = row.Text(3);
  entry.client_address = row.Optional(4).value_or("");
  entry.request_id = row.Text(5);
  entry.details_json = row.Text(6);
  entry.created_at = NormalizeTimestamp(row.Text(7));
  return entry;
}

// The user's rows, children before parents (SQLite and PostgreSQL would cascade from users,
// but naming each table keeps the sweep honest when a table is added).
constexpr std::string_view kEraseStatements[] = {
    "DELETE FROM export_artifacts WHERE user_id = ?",
    "DELETE FROM optimization_versions WHERE user_id = ?",
    "DELETE FROM optimizations WHERE user_id = ?",
    "DELETE FROM resumes WHERE user_id = ?",
    "DELETE FROM job_descriptions WHERE user_id = ?",
    "DELETE FROM jobs WHERE owner = ?",  // this erasure's own job too: it names the user
    "DELETE FROM data_exports WHERE user_id = ?",
    "DELETE FROM email_changes WHERE user_id = ?",
    "DELETE FROM mfa_challenges WHERE user_id = ?",
    "DELETE FROM recovery_codes WHERE user_id = ?",
    "DELETE FROM one_time_tokens WHERE user_id = ?",
    "DELETE FROM refresh_tokens WHERE user_id = ?",
    "DELETE FROM sessions WHERE user_id = ?",
    "DELETE FROM funnel_events WHERE user_id = ?",
    "DELETE FROM audit_log WHERE user_id = ?",
    "UPDATE audit_log SET actor_id = NULL WHERE actor_id = ?",
    "DELETE FROM users WHERE id = ?",
};

// Every object key the user's rows name (ATS page pictures are derived from the resume).
constexpr std::string_view kStorageKeys =
    "SELECT storage_key FROM resumes WHERE user_id = ? UNION ALL "
    "SELECT storage_key FROM job_descriptions WHERE user_id = ? AND storage_key IS NOT NULL "
    "UNION ALL SELECT output_storage_key FROM optimization_versions WHERE user_id = ? AND "
    "output_storage_key IS NOT NULL UNION ALL "
    "SELECT storage_key FROM export_artifacts WHERE user_id = ? UNION ALL "
    "SELECT storage_key FROM data_exports WHERE user_id = ? AND storage_key IS NOT NULL";

std::string LikePattern(const std::string& query) {
  std::string pattern = "%";
  for (const char c : query) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return pattern + "%";
}

long long Count(db::Database& db, std::string_view sql, std::span<const Value> params = {}) {
  auto row = db.QueryOne(sql, params);
  return row ? row->Int(0) : 0;
}

}  // namespace

std::string ErasedSubject(const std::string& user_id) {
  return crypto::Sha256Hex("resumax erased account\n" + user_id);
}

AccountService::AccountService(db::Database& db, storage::ObjectStore& storage,
                               jobs::JobQueue& queue, Mailer& mailer, RateLimiter& limiter,
                               const Clock& clock, std::string public_url)
    : db_(db),
      storage_(storage),
      queue_(queue),
      mailer_(mailer),
      limiter_(limiter),
      clock_(clock),
      public_url_(std::move(public_url)) {}

std::string AccountService::Now() const { return FormatTimestamp(clock_.Now()); }

Result<Page<auth::AuditEntry>> AccountService::Activity(const std::string& user_id, int limit,
                                                        const std::string& cursor) {
  AuditFilter filter;
  filter.user_id = user_id;
  return AuditLog(filter, limit, cursor);
}

Result<Page<auth::AuditEntry>> AccountService::AuditLog(const AuditFilter& filter, int limit,
                                                        const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  std::string sql = "SELECT " + std::string(kAuditColumns) + " FROM audit_log WHERE 1 = 1";
  std::vector<Value> params;
  if (!filter.user_id.empty()) {
    if (!IsUuid(filter.user_id)) return Page<auth::AuditEntry>{};
    sql += " AND user_id = ?";
    params.emplace_back(filter.user_id);
  }
  if (!filter.event.empty()) {
    sql += " AND event = ?";
    params.emplace_back(filter.event);
  }
  for (const auto& [value, clause, field] :
       {std::tuple{filter.since, " AND created_at >= ?", "since"},
        std::tuple{filter.until, " AND created_at < ?", "until"}}) {
    if (value.empty()) continue;
    const auto time = ParseTimestamp(value);
    if (!time) {
      return Error::Validation(field, std::string("'") + field + "' must be an ISO-8601 time.");
    }
    sql += clause;
    params.emplace_back(FormatTimestamp(*time));
  }
  sql += " ORDER BY created_at DESC, id LIMIT ? OFFSET ?";
  params.emplace_back(static_cast<std::int64_t>(limit + 1));
  params.emplace_back(static_cast<std::int64_t>(*offset));
  std::vector<auth::AuditEntry> entries;
  for (const auto& row : db_.Query(sql, params)) entries.push_back(ToAuditEntry(row));
  return MakePage(std::move(entries), limit, *offset);
}

Result<void> AccountService::RequestDeletion(const auth::User& user, const std::string& password,
                                             const std::function<bool()>& second_factor,
                                             const auth::ClientInfo& client) {
  const RatePolicy attempts{5, 1};
  if (const auto decision = limiter_.Take("account-delete:" + user.id, attempts);
      !decision.allowed) {
    return Error::RateLimited(decision.retry_after_seconds);
  }
  auto stored = repository_.FindUserById(db_, user.id);
  if (!stored) return Error::NotFound();
  if (!crypto::VerifyPassword(stored->password_hash, password)) {
    return Error::Validation("password", "The password is incorrect.");
  }
  if (!second_factor()) {
    return Error::Validation("code",
                             "Enter a current code from your authenticator app (or a "
                             "recovery code).");
  }
  const std::string now = Now();
  bool marked = false;
  db_.Transaction([&](db::Database& tx) {
    marked = repository_.RequestDeletion(tx, user.id, now);
    repository_.RevokeAllForUser(tx, user.id, now);
    repository_.Audit(tx,
                      auth::AuditEntry::For(user.id, "account_deletion_requested", now, client));
  });
  if (!marked) return {};  // a second request while the first is running: nothing more to do
  queue_.Enqueue(std::string(kDeleteAccountJob),
                 boost::json::serialize(boost::json::object{{"userId", user.id}}),
                 {.delay = {}, .max_attempts = 20, .owner = user.id});
  try {
    mailer_.Send({stored->email, "Your resuMAX account is being deleted",
                  "Hi " + stored->name +
                      ",\n\nAs you asked, your resuMAX account is being deleted with everything "
                      "in it: your resumes and their original files, job descriptions, "
                      "optimizations, versions and exports. Every device was signed out.\n\n"
                      "This cannot be undone. If it was not you, reply to this message at once."
                      "\n\n— resuMAX\n"});
  } catch (const std::exception& error) {
    log::Warn("mail_failed", {{"purpose", "account_deleted"}, {"detail", error.what()}});
  }
  log::Info("account_deletion_requested", {{"userId", user.id}});
  return {};
}

jobs::HandlerResult AccountService::EraseAccount(const std::string& user_id,
                                                 const std::string& job_id) {
  if (!IsUuid(user_id)) return {jobs::Outcome::kPermanent, "not a user id"};
  const Value id[] = {user_id};
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return {jobs::Outcome::kDone, {}};  // erased by an earlier run
  if (!user->deletion_requested_at) return {jobs::Outcome::kPermanent, "deletion not requested"};
  // A parse or export still running could write a file after the sweep: wait for it.
  const Value owner[] = {user_id, job_id};
  if (Count(db_, "SELECT count(*) FROM jobs WHERE owner = ? AND status = 'running' AND id <> ?",
            owner) > 0) {
    return {jobs::Outcome::kRetry, "jobs of the account are still running"};
  }
  // Objects first: while rows remain, a failed run finds every key again.
  const Value keys_of[] = {user_id, user_id, user_id, user_id, user_id};
  std::vector<std::string> keys;
  for (const auto& row : db_.Query(kStorageKeys, keys_of)) keys.push_back(row.Text(0));
  for (const auto& row : db_.Query("SELECT id FROM resumes WHERE user_id = ?", id)) {
    for (std::size_t page = 1; page <= resumes::kMaxReportPages; ++page) {
      keys.push_back(storage::ObjectKey(user_id, "ats-pages", row.Text(0),
                                        "page-" + std::to_string(page) + ".png"));
    }
  }
  try {
    for (const auto& key : keys) storage_.Delete(key);
    storage_.DeletePrefix("users/" + user_id + "/");
  } catch (const std::exception& error) {
    log::Warn("account_erase_retry", {{"userId", user_id}, {"detail", error.what()}});
    return {jobs::Outcome::kRetry, "the object store failed"};
  }
  const std::string now = Now();
  db_.Transaction([&](db::Database& tx) {
    for (const auto statement : kEraseStatements) tx.Execute(statement, id);
    repository_.Audit(
        tx, auth::AuditEntry::For(std::nullopt, "account_deleted", now, {},
                                  boost::json::serialize(boost::json::object{
                                      {"subject", ErasedSubject(user_id)},
                                      {"objects", static_cast<long long>(keys.size())}})));
  });
  log::Info("account_erased", {{"subject", ErasedSubject(user_id)}});
  return {jobs::Outcome::kDone, {}};
}

bool AccountService::ScheduleErasure(const std::string& user_id, const std::string& reason) {
  const std::string now = Now();
  bool marked = false;
  db_.Transaction([&](db::Database& tx) {
    marked = repository_.RequestDeletion(tx, user_id, now);
    if (!marked) return;
    repository_.RevokeAllForUser(tx, user_id, now);
    repository_.Audit(
        tx, auth::AuditEntry::For(user_id, "account_deletion_scheduled", now, {},
                                  boost::json::serialize(boost::json::object{{"reason", reason}})));
  });
  if (!marked) return false;
  queue_.Enqueue(std::string(kDeleteAccountJob),
                 boost::json::serialize(boost::json::object{{"userId", user_id}}),
                 {.delay = {}, .max_attempts = 20, .owner = user_id});
  return true;
}

long long AccountService::RequeueDeletions() {
  const Value before[] = {FormatTimestamp(clock_.Now() - std::chrono::hours(1))};
  long long queued = 0;
  for (const auto& row :
       db_.Query("SELECT id FROM users WHERE deletion_requested_at < ? AND NOT EXISTS (SELECT 1 "
                 "FROM jobs WHERE jobs.owner = CAST(users.id AS TEXT) AND jobs.kind = "
                 "'account.delete' AND "
                 "jobs.status IN ('queued', 'running')) LIMIT 100",
                 before)) {
    queue_.Enqueue(std::string(kDeleteAccountJob),
                   boost::json::serialize(boost::json::object{{"userId", row.Text(0)}}),
                   {.delay = {}, .max_attempts = 20, .owner = row.Text(0)});
    ++queued;
  }
  if (queued > 0) log::Info("account_deletions_resumed", {{"count", queued}});
  return queued;
}

void AccountService::RegisterJobs(jobs::WorkerPool& pool) {
  pool.Register(std::string(kDeleteAccountJob),
                {[this](const jobs::ClaimedJob& job) -> jobs::HandlerResult {
                   boost::system::error_code ec;
                   const auto payload = boost::json::parse(job.payload_json, ec);
                   const auto* object = ec ? nullptr : payload.if_object();
                   const auto* user_id = object ? object->if_contains("userId") : nullptr;
                   if (!user_id || !user_id->is_string()) {
                     return {jobs::Outcome::kPermanent, "malformed payload"};
                   }
                   return EraseAccount(std::string(user_id->as_string()), job.id);
                 },
                 [](const jobs::ClaimedJob&, const std::string& error) {
                   // The hourly sweep queues it again: an account asked to be deleted is.
                   log::Error("account_erase_dead", {{"detail", error}});
                 }});
}

std::optional<AccountSummary> AccountService::FindSummary(const std::string& user_id) {
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return std::nullopt;
  const Value id[] = {user_id};
  AccountSummary summary{std::move(*user), 0, 0};
  summary.resume_count =
      Count(db_, "SELECT count(*) FROM resumes WHERE user_id = ? AND deleted_at IS NULL", id);
  summary.optimization_count =
      Count(db_, "SELECT count(*) FROM optimizations WHERE user_id = ?", id);
  return summary;
}

Result<Page<AccountSummary>> AccountService::ListAccounts(const std::string& query, int limit,
                                                          const std::string& cursor) {
  auto offset = OffsetFromCursor(cursor);
  if (!offset) return offset.error();
  const std::string pattern = LikePattern(query);
  const Value params[] = {pattern, pattern, static_cast<std::int64_t>(limit + 1),
                          static_cast<std::int64_t>(*offset)};
  std::vector<std::string> ids;
  for (const auto& row : db_.Query(
           "SELECT id FROM users WHERE deletion_requested_at IS NULL AND (lower(email) LIKE ? "
           "ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\') ORDER BY created_at DESC, id "
           "LIMIT ? OFFSET ?",
           params)) {
    ids.push_back(row.Text(0));
  }
  std::vector<AccountSummary> accounts;
  for (const auto& id : ids) {
    if (auto summary = FindSummary(id)) accounts.push_back(std::move(*summary));
  }
  return MakePage(std::move(accounts), limit, *offset);
}

Result<AccountSummary> AccountService::SetDisabled(const auth::User& admin,
                                                   const std::string& user_id, bool disabled,
                                                   const auth::ClientInfo& client) {
  auto target = repository_.FindUserById(db_, user_id);
  if (!target || target->deletion_requested_at) return Error::NotFound();
  if (disabled && target->id == admin.id) {
    return Error::Conflict("cannot_disable_self", "You cannot disable your own account.");
  }
  const std::string now = Now();
  db_.Transaction([&](db::Database& tx) {
    repository_.SetDisabled(tx, user_id, disabled ? std::optional(now) : std::nullopt, now);
    if (disabled) repository_.RevokeAllForUser(tx, user_id, now);
    auto entry = auth::AuditEntry::For(user_id, disabled ? "account_disabled" : "account_enabled",
                                       now, client);
    entry.actor_id = admin.id;
    repository_.Audit(tx, entry);
  });
  auto summary = FindSummary(user_id);
  if (!summary) return Error::NotFound();
  return std::move(*summary);
}

void AccountService::Record(const std::optional<std::string>& user_id, const std::string& event,
                            const std::string& details_json, const auth::ClientInfo& client) {
  try {
    repository_.Audit(db_, auth::AuditEntry::For(user_id, event, Now(), client, details_json));
  } catch (const std::exception& error) {
    // The user's request succeeded; a lost audit row is logged, not turned into a failure.
    log::Error("audit_failed", {{"event", event}, {"detail", error.what()}});
  }
}

void AccountService::AuditAdmin(const auth::User& admin, const std::optional<std::string>& subject,
                                const std::string& event, const std::string& details_json,
                                const auth::ClientInfo& client) {
  auto entry = auth::AuditEntry::For(subject, event, Now(), client, details_json);
  entry.actor_id = admin.id;
  repository_.Audit(db_, entry);
}

UsageCounts AccountService::Usage() {
  const Value week[] = {FormatTimestamp(clock_.Now() - std::chrono::hours(24 * 7))};
  UsageCounts counts;
  counts.users = Count(db_, "SELECT count(*) FROM users WHERE deletion_requested_at IS NULL");
  counts.verified_users = Count(db_,
                                "SELECT count(*) FROM users WHERE deletion_requested_at IS NULL "
                                "AND email_verified_at IS NOT NULL");
  counts.disabled_users = Count(db_, "SELECT count(*) FROM users WHERE disabled_at IS NOT NULL");
  counts.users_last_7_days = Count(db_, "SELECT count(*) FROM users WHERE created_at >= ?", week);
  counts.resumes = Count(db_, "SELECT count(*) FROM resumes WHERE deleted_at IS NULL");
  counts.resumes_last_7_days =
      Count(db_, "SELECT count(*) FROM resumes WHERE deleted_at IS NULL AND created_at >= ?", week);
  counts.job_descriptions = Count(db_, "SELECT count(*) FROM job_descriptions");
  counts.optimizations = Count(db_, "SELECT count(*) FROM optimizations");
  counts.optimizations_last_7_days =
      Count(db_, "SELECT count(*) FROM optimizations WHERE created_at >= ?", week);
  counts.optimizations_failed =
      Count(db_, "SELECT count(*) FROM optimizations WHERE status = 'failed'");
  counts.exports = Count(db_, "SELECT count(*) FROM export_artifacts");
  return counts;
}

}  // namespace resumax::accounts

#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/database.h"
#include "core/error.h"
#include "core/paging.h"
#include "domain/auth/auth_repository.h"
#include "domain/auth/mailer.h"
#include "domain/auth/models.h"
#include "domain/auth/rate_limiter.h"
#include "domain/jobs/job_queue.h"
#include "domain/jobs/worker_pool.h"
#include "domain/storage/object_store.h"

namespace resumax::accounts {

inline constexpr std::string_view kDeleteAccountJob = "account.delete";

// An account as an admin's list shows it: never a document's content.
struct AccountSummary {
  auth::User user;
  long long resume_count = 0;
  long long optimization_count = 0;
};

// What the audit log is filtered by (empty: any).
struct AuditFilter {
  std::string user_id;
  std::string event;
  std::string since;  // ISO-8601, inclusive
  std::string until;  // ISO-8601, exclusive
};

struct UsageCounts {
  long long users = 0, verified_users = 0, disabled_users = 0, users_last_7_days = 0;
  long long resumes = 0, resumes_last_7_days = 0;
  long long job_descriptions = 0;
  long long optimizations = 0, optimizations_last_7_days = 0, optimizations_failed = 0;
  long long exports = 0;
};

// The account's life beyond signing in: its owner's security activity and deletion, and what
// admins do (find accounts, disable them, read the audit log, count usage).
class AccountService {
 public:
  AccountService(db::Database& db, storage::ObjectStore& storage, jobs::JobQueue& queue,
                 Mailer& mailer, RateLimiter& limiter, const Clock& clock, std::string public_url);

  // The user's own security events, newest first.
  Result<Page<auth::AuditEntry>> Activity(const std::string& user_id, int limit,
                                          const std::string& cursor);

  // Checks the password, ends every session, marks the account as being deleted and queues
  // its erasure; the account is unusable from this moment.
  // second_factor is asked once the password is right (the account's code, when it has one).
  Result<void> RequestDeletion(const auth::User& user, const std::string& password,
                               const std::function<bool()>& second_factor,
                               const auth::ClientInfo& client);
  // Queues the erasure of an account nobody verified (no password asked: it is past the
  // retention for unverified accounts); false when it was already being deleted.
  bool ScheduleErasure(const std::string& user_id, const std::string& reason);
  // Erases one account: every stored object and every row it owns; the audit keeps one row
  // naming a hash of its id. Idempotent: a run that fails halfway is run again. The job
  // (job_id) is the user's too, and goes with the rest.
  jobs::HandlerResult EraseAccount(const std::string& user_id, const std::string& job_id);
  // Queues the erasure again for accounts whose deletion was asked for more than an hour ago
  // and is not done (its job died or was never queued); how many.
  long long RequeueDeletions();
  void RegisterJobs(jobs::WorkerPool& pool);

  // Admin: accounts whose email or name contains `query`, newest first.
  Result<Page<AccountSummary>> ListAccounts(const std::string& query, int limit,
                                            const std::string& cursor);
  // Admin: disables (every session ends, sign-in refused) or enables an account.
  Result<AccountSummary> SetDisabled(const auth::User& admin, const std::string& user_id,
                                     bool disabled, const auth::ClientInfo& client);
  Result<Page<auth::AuditEntry>> AuditLog(const AuditFilter& filter, int limit,
                                          const std::string& cursor);
  UsageCounts Usage();
  // One audit row for an event of the user's (or of nobody's, for an unknown client).
  void Record(const std::optional<std::string>& user_id, const std::string& event,
              const std::string& details_json, const auth::ClientInfo& client);
  // Records an admin's action on an object (queue jobs, accounts) with the admin's id.
  void AuditAdmin(const auth::User& admin, const std::optional<std::string>& subject,
                  const std::string& event, const std::string& details_json,
                  const auth::ClientInfo& client);

 private:
  std::string Now() const;
  std::optional<AccountSummary> FindSummary(const std::string& user_id);

  db::Database& db_;
  storage::ObjectStore& storage_;
  jobs::JobQueue& queue_;
  Mailer& mailer_;
  RateLimiter& limiter_;
  const Clock& clock_;
  std::string public_url_;
  auth::AuthRepository repository_;
};

// The subject of the one audit row an erased account leaves: a hash of its id, so an
// operator holding the id can find it and nobody else can tell whose it was.
std::string ErasedSubject(const std::string& user_id);

}  // namespace resumax::accounts

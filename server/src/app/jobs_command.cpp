#include "app/jobs_command.h"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <iomanip>
#include <iostream>

#include "adapters/db/open_database.h"
#include "adapters/queue/database_job_queue.h"
#include "core/clock.h"
#include "core/ids.h"
#include "domain/auth/auth_repository.h"
#include "domain/auth/auth_service.h"

namespace resumax::app {
namespace {

int List(jobs::DatabaseJobQueue& queue, const JobsCommand& command) {
  const auto found = queue.List(command.status, command.kind, command.limit);
  if (command.json) {
    boost::json::array out;
    for (const auto& job : found) {
      out.push_back(boost::json::object{
          {"id", job.id},
          {"kind", job.kind},
          {"status", job.status},
          {"attempts", job.attempts},
          {"maxAttempts", job.max_attempts},
          {"owner",
           job.owner.empty() ? boost::json::value(nullptr) : boost::json::value(job.owner)},
          {"lastError", job.last_error.empty() ? boost::json::value(nullptr)
                                               : boost::json::value(job.last_error)},
          {"createdAt", job.created_at},
          {"updatedAt", job.updated_at},
          {"runAt", job.run_at}});
    }
    std::cout << boost::json::serialize(out) << "\n";
    return 0;
  }
  std::cout << std::left << std::setw(37) << "ID" << std::setw(22) << "KIND" << std::setw(10)
            << "STATUS" << std::setw(9) << "TRIES" << std::setw(26) << "UPDATED"
            << "LAST ERROR\n";
  for (const auto& job : found) {
    std::string error = job.last_error;
    for (char& c : error) {
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    if (error.size() > 120) error = error.substr(0, 117) + "...";
    std::cout << std::left << std::setw(37) << job.id << std::setw(22) << job.kind << std::setw(10)
              << job.status << std::setw(9)
              << (std::to_string(job.attempts) + "/" + std::to_string(job.max_attempts))
              << std::setw(26) << job.updated_at << error << "\n";
  }
  std::cout << found.size() << (found.size() == 1 ? " job\n" : " jobs\n");
  return 0;
}

// Each id in turn: done, or why not; 1 when any was not done.
int EachId(const JobsCommand& command, const std::function<bool(const std::string&)>& act,
           const std::function<std::optional<jobs::JobInfo>(const std::string&)>& find,
           const char* done_word) {
  int status = 0;
  for (const auto& id : command.ids) {
    if (!IsUuid(id)) {
      std::cerr << id << ": not a job id\n";
      status = 1;
      continue;
    }
    if (act(id)) {
      std::cout << id << ": " << done_word << "\n";
      continue;
    }
    const auto job = find(id);
    std::cerr << id << ": " << (job ? "is " + job->status + ", not dead" : "no such job") << "\n";
    status = 1;
  }
  return status;
}

}  // namespace

int RunJobsCommand(const Config& config, const JobsCommand& command) {
  auto database = db::OpenDatabase(config.database_url, 2);
  SystemClock clock;
  jobs::DatabaseJobQueue queue(*database, clock);
  const auto find = [&queue](const std::string& id) { return queue.Find(id); };
  switch (command.action) {
    case JobsCommand::kList:
      return List(queue, command);
    case JobsCommand::kRetry:
      if (command.all_dead == !command.ids.empty()) {
        std::cerr << "resumax jobs retry: name job ids or --all-dead, not both\n";
        return 2;
      }
      if (command.all_dead) {
        const long long requeued = queue.RequeueDead(command.kind);
        std::cout << requeued << (requeued == 1 ? " job" : " jobs") << " requeued\n";
        return 0;
      }
      return EachId(
          command, [&queue](const std::string& id) { return queue.Requeue(id); }, find, "requeued");
    case JobsCommand::kDiscard:
      return EachId(
          command, [&queue](const std::string& id) { return queue.Discard(id); }, find,
          "discarded");
  }
  return 2;
}

int RunAdminCommand(const Config& config, bool grant, const std::string& email) {
  auto normalized = auth::NormalizeEmail(email);
  if (!normalized) {
    std::cerr << "resumax admin: " << normalized.error().message << "\n";
    return 2;
  }
  auto database = db::OpenDatabase(config.database_url, 2);
  SystemClock clock;
  auth::AuthRepository repository;
  auto user = repository.FindUserByEmail(*database, *normalized);
  if (!user || user->deletion_requested_at) {
    std::cerr << "resumax admin: no account has the address " << *normalized << "\n";
    return 1;
  }
  const std::string role = grant ? "admin" : "user";
  const std::string now = FormatTimestamp(clock.Now());
  const db::Value params[] = {role, now, user->id};
  database->Execute("UPDATE users SET role = ?, updated_at = ? WHERE id = ?", params);
  repository.Audit(*database, auth::AuditEntry::For(
                                  user->id, grant ? "admin_role_granted" : "admin_role_revoked",
                                  now, {}, R"({"via":"command line"})"));
  std::cout << *normalized << (grant ? " is now an admin\n" : " is no longer an admin\n");
  return 0;
}

}  // namespace resumax::app

// The admin area: accounts, the audit log, the job queue and usage. Every route answers 403 to
// anyone but an admin (RouteOptions::requires_admin), and every change is audited with the
// admin's id.
#include <boost/json/serialize.hpp>

#include "adapters/queue/database_job_queue.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {
namespace {

boost::json::object AccountJson(const accounts::AccountSummary& account) {
  const auth::User& user = account.user;
  return {{"id", user.id},
          {"email", user.email},
          {"name", user.name},
          {"role", user.role},
          {"emailVerified", user.email_verified_at.has_value()},
          {"disabled", user.disabled_at.has_value()},
          {"disabledAt", Nullable(user.disabled_at)},
          {"createdAt", user.created_at},
          {"resumeCount", account.resume_count},
          {"optimizationCount", account.optimization_count}};
}

Result<jobs::JobInfo> DeadJob(jobs::DatabaseJobQueue& queue, const std::string& id) {
  auto job = queue.Find(id);
  if (!job || job->status != "dead") return Error::NotFound("There is no dead job with this id.");
  return std::move(*job);
}

}  // namespace

void AddAdminRoutes(Router& router, Services& services) {
  const RouteOptions admin{
      .requires_auth = true, .requires_admin = true, .offload = false, .max_body = 4 * 1024};

  router.Add("GET", "/api/v1/admin/users", admin,
             [&services](Request& request) -> Result<Response> {
               const auto query = QueryParams(request);
               const auto found = query.find("q");
               const std::string text = found == query.end() ? "" : found->second.substr(0, 200);
               const auto params = PageParams(request);
               auto page = services.accounts->ListAccounts(text, params.limit, params.cursor);
               if (!page) return page.error();
               return PageJson(*page, AccountJson);
             });

  for (const bool disable : {true, false}) {
    router.Add("POST",
               disable ? "/api/v1/admin/users/{id}/disable" : "/api/v1/admin/users/{id}/enable",
               admin, [&services, disable](Request& request) -> Result<Response> {
                 auto account = services.accounts->SetDisabled(*request.user, request.Param("id"),
                                                               disable, request.Client());
                 if (!account) return account.error();
                 return Json(200, AccountJson(*account));
               });
  }

  router.Add("GET", "/api/v1/admin/audit", admin,
             [&services](Request& request) -> Result<Response> {
               const auto query = QueryParams(request);
               const auto value = [&query](const std::string& name) {
                 const auto found = query.find(name);
                 return found == query.end() ? std::string() : found->second.substr(0, 100);
               };
               accounts::AuditFilter filter{value("userId"), value("event"), value("since"),
                                            value("until")};
               const auto params = PageParams(request);
               auto page = services.accounts->AuditLog(filter, params.limit, params.cursor);
               if (!page) return page.error();
               return PageJson(
                   *page, [](const auth::AuditEntry& entry) { return AuditJson(entry, true); });
             });

  router.Add("GET", "/api/v1/admin/queue", admin, [&services](Request&) -> Result<Response> {
    if (!services.queue) return Error::Unavailable("no inspectable queue");
    boost::json::object depth{{"queued", 0}, {"running", 0}, {"dead", 0}};
    double oldest = -1;
    for (const auto& stat : services.queue->Stats()) {
      if (auto* count = depth.if_contains(stat.status)) {
        *count = count->as_int64() + stat.count;
      }
      if (stat.status == "queued" && stat.count > 0) {
        oldest = std::max(oldest, stat.oldest_seconds);
      }
    }
    boost::json::array dead;
    for (const auto& job : services.queue->List("dead", "", 100)) {
      dead.push_back({{"id", job.id},
                      {"kind", job.kind},
                      {"attempts", job.attempts},
                      {"lastError", job.last_error},
                      {"updatedAt", job.updated_at}});
    }
    boost::json::object body{{"depth", std::move(depth)}, {"dead", std::move(dead)}};
    body["oldestQueuedSeconds"] = oldest < 0 ? boost::json::value(nullptr) : oldest;
    return Json(200, body);
  });

  for (const bool retry : {true, false}) {
    router.Add(
        "POST", retry ? "/api/v1/admin/jobs/{id}/retry" : "/api/v1/admin/jobs/{id}/discard", admin,
        [&services, retry](Request& request) -> Result<Response> {
          if (!services.queue) return Error::Unavailable("no inspectable queue");
          const std::string& id = request.Param("id");
          auto job = DeadJob(*services.queue, id);
          if (!job) return job.error();
          const bool done = retry ? services.queue->Requeue(id) : services.queue->Discard(id);
          if (!done) return Error::NotFound("There is no dead job with this id.");
          services.accounts->AuditAdmin(
              *request.user, job->owner.empty() ? std::nullopt : std::optional(job->owner),
              retry ? "admin_job_retried" : "admin_job_discarded",
              boost::json::serialize(boost::json::object{{"jobId", id}, {"kind", job->kind}}),
              request.Client());
          return Json(200, {{"id", id}, {"status", retry ? "queued" : "discarded"}});
        });
  }

  router.Add("GET", "/api/v1/admin/usage", admin, [&services](Request&) -> Result<Response> {
    const auto usage = services.accounts->Usage();
    return Json(200,
                {{"users",
                  {{"total", usage.users},
                   {"verified", usage.verified_users},
                   {"disabled", usage.disabled_users},
                   {"last7Days", usage.users_last_7_days}}},
                 {"resumes", {{"total", usage.resumes}, {"last7Days", usage.resumes_last_7_days}}},
                 {"jobDescriptions", {{"total", usage.job_descriptions}}},
                 {"optimizations",
                  {{"total", usage.optimizations},
                   {"last7Days", usage.optimizations_last_7_days},
                   {"failed", usage.optimizations_failed}}},
                 {"exports", {{"total", usage.exports}}}});
  });
}

}  // namespace resumax::http

#include "http/audit_trail.h"

#include <array>
#include <boost/json/serialize.hpp>

#include "core/ids.h"
#include "http/query.h"

namespace resumax::http {
namespace {

struct RouteEvent {
  std::string_view method;
  std::string_view route;
  std::string_view event;
};

constexpr std::array<RouteEvent, 7> kEvents{{
    {"POST", "/api/v1/resumes/presign", "resume_upload_started"},
    {"POST", "/api/v1/resumes/{id}/parse", "resume_uploaded"},
    {"DELETE", "/api/v1/resumes/{id}", "resume_deleted"},
    {"POST", "/api/v1/job-descriptions", "job_description_created"},
    {"POST", "/api/v1/job-descriptions/presign", "job_description_upload_started"},
    {"DELETE", "/api/v1/job-descriptions/{id}", "job_description_deleted"},
    {"POST", "/api/v1/exports", "export_created"},
}};

// The account a storage key belongs to ("users/{id}/{collection}/...") and the collection.
std::pair<std::string, std::string> KeyOwner(const Request& request) {
  const auto query = QueryParams(request);
  const auto key = query.find("key");
  if (key == query.end() || !key->second.starts_with("users/")) return {};
  const std::string& text = key->second;
  const auto id_end = text.find('/', 6);
  if (id_end == std::string::npos) return {};
  const std::string user_id = text.substr(6, id_end - 6);
  if (!IsUuid(user_id)) return {};
  const auto collection_end = text.find('/', id_end + 1);
  return {user_id, text.substr(id_end + 1, collection_end == std::string::npos
                                               ? std::string::npos
                                               : collection_end - id_end - 1)};
}

}  // namespace

bool AuditTrail::FirstThisMinute(const std::string& key, long long& missed) const {
  const auto now = std::chrono::steady_clock::now();
  const std::lock_guard lock(mutex_);
  if (windows_.size() > 10000) windows_.clear();  // bounded, whatever a flood does
  auto& window = windows_[key];
  if (window.count > 0 && now - window.started < std::chrono::minutes(1)) {
    ++window.count;
    return false;
  }
  missed = window.count > 1 ? window.count - 1 : 0;
  window = {now, 1};
  return true;
}

void AuditTrail::RecordOncePerMinute(const std::string& key, const std::optional<std::string>& user,
                                     const std::string& event, boost::json::object details,
                                     const auth::ClientInfo& client) const {
  long long missed = 0;
  if (!FirstThisMinute(key, missed)) return;
  details["earlierHits"] = missed;
  accounts_.Record(user, event, boost::json::serialize(details), client);
}

void AuditTrail::Record(const Request& request, const std::string& route, int status) const {
  const auth::ClientInfo client = request.Client();
  const std::optional<std::string> user =
      request.user ? std::optional(request.user->id) : std::nullopt;
  if (status == 429) {
    RecordOncePerMinute("429 " + request.remote_ip + " " + route, user, "rate_limit_hit",
                        {{"route", route}, {"method", request.method}}, client);
    return;
  }
  if (status == 428 && route == "/api/v1/auth/login") {
    // A sign-in held back for a proof-of-work challenge (after repeated failures).
    RecordOncePerMinute("428 " + request.remote_ip, std::nullopt, "login_challenge_required", {},
                        client);
    return;
  }
  const bool storage = route == "/api/v1/storage/download" || route == "/api/v1/storage/upload";
  if (storage && (status == 401 || status == 403)) {
    const auto [owner, collection] = KeyOwner(request);
    RecordOncePerMinute("link " + request.remote_ip,
                        owner.empty() ? std::nullopt : std::optional(owner), "signed_url_rejected",
                        {{"route", route}, {"collection", collection}}, client);
    return;
  }
  if (status < 200 || status >= 300) return;
  if (route == "/api/v1/storage/download") {
    const auto [owner, collection] = KeyOwner(request);
    // The files people take away (exports and copies of their data), not every page picture.
    if (!owner.empty() && (collection == "exports" || collection == "data-exports")) {
      accounts_.Record(owner, "file_downloaded",
                       boost::json::serialize(boost::json::object{{"collection", collection}}),
                       client);
    }
    return;
  }
  for (const auto& event : kEvents) {
    if (event.method != request.method || event.route != route) continue;
    boost::json::object details;
    if (const auto id = request.path_params.find("id"); id != request.path_params.end()) {
      details["id"] = id->second;
    }
    accounts_.Record(user, std::string(event.event), boost::json::serialize(details), client);
    return;
  }
}

}  // namespace resumax::http

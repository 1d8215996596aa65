#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "domain/auth/auth_repository.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"
#include "http/query.h"

namespace resumax::http {

boost::json::object UserJson(const auth::User& user) {
  boost::system::error_code ec;
  boost::json::value preferences = boost::json::parse(user.preferences_json, ec);
  if (ec || !preferences.is_object()) preferences = boost::json::object();
  boost::json::object json{{"id", user.id},
                           {"email", user.email},
                           {"name", user.name},
                           {"emailVerified", user.email_verified_at.has_value()},
                           {"preferences", std::move(preferences)},
                           {"role", user.role},
                           {"createdAt", user.created_at},
                           {"updatedAt", user.updated_at}};
  json["emailVerifiedAt"] =
      user.email_verified_at ? boost::json::value(*user.email_verified_at) : nullptr;
  json["mfaEnabled"] = user.mfa_enabled_at.has_value();
  json["consent"] = {{"termsVersion", Nullable(user.terms_version)},
                     {"privacyVersion", Nullable(user.privacy_version)},
                     {"acceptedAt", Nullable(user.consented_at)},
                     {"required", user.consent_required}};
  json["pendingEmail"] = Nullable(user.pending_email);
  return json;
}

boost::json::object AuditJson(const auth::AuditEntry& entry, bool for_admin) {
  boost::system::error_code ec;
  boost::json::value details = boost::json::parse(entry.details_json, ec);
  if (ec || !details.is_object()) details = boost::json::object();
  boost::json::object json{{"id", entry.id},
                           {"event", entry.event},
                           {"createdAt", entry.created_at},
                           {"requestId", entry.request_id},
                           {"details", std::move(details)}};
  // The owner sees the network a request came from; admins see the address itself.
  json["clientAddress"] =
      for_admin ? entry.client_address : auth::ApproximateAddress(entry.client_address);
  if (for_admin) {
    json["userId"] = Nullable(entry.user_id);
    json["actorId"] = Nullable(entry.actor_id);
  }
  return json;
}

namespace {

constexpr std::size_t kMaxPreferencesBytes = 16 * 1024;

}  // namespace

void AddUserRoutes(Router& router, Services& services) {
  const RouteOptions signed_in{.requires_auth = true, .offload = false, .max_body = 64 * 1024};

  router.Add("GET", "/api/v1/users/me", signed_in, [](Request& request) -> Result<Response> {
    return Json(200, UserJson(*request.user));
  });

  router.Add(
      "PUT", "/api/v1/users/me", signed_in, [&services](Request& request) -> Result<Response> {
        auto body = ParseJsonObject(request);
        if (!body) return body.error();
        auto name = OptionalString(*body, "name", 1024);
        if (!name) return name.error();
        std::optional<std::string> preferences;
        if (const auto* value = body->if_contains("preferences"); value && !value->is_null()) {
          if (!value->is_object()) {
            return Error::Validation("preferences", "'preferences' must be an object.");
          }
          preferences = boost::json::serialize(*value);
          if (preferences->size() > kMaxPreferencesBytes) {
            return Error::Validation("preferences", "'preferences' is larger than 16 KiB.");
          }
        }
        auto email = OptionalString(*body, "email", 320);
        if (!email) return email.error();
        std::string current_password;
        if (*email) {
          auto given = RequiredString(*body, "currentPassword", 1024);
          if (!given) return given.error();
          current_password = std::move(*given);
        }
        auto user = services.auth.UpdateProfile(request.user->id, *name, preferences);
        if (!user) return user.error();
        // A new address is only proposed: it replaces the old one when its link is used.
        if (*email) {
          user = services.auth.RequestEmailChange(request.user->id, **email, current_password,
                                                  request.Client());
          if (!user) return user.error();
        }
        return Json(200, UserJson(*user));
      });

  router.Add("POST", "/api/v1/users/me/password",
             {.requires_auth = true, .offload = true, .max_body = 64 * 1024},
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto current = RequiredString(*body, "currentPassword", 1024);
               if (!current) return current.error();
               auto next = RequiredString(*body, "newPassword", 1024);
               if (!next) return next.error();
               if (auto changed = services.auth.ChangePassword(request.user->id, request.session_id,
                                                               *current, *next, request.Client());
                   !changed) {
                 return changed.error();
               }
               return Json(200, {{"status", "password_changed"}});
             });

  // Two-factor sign-in: enrol, confirm with a code (answers the recovery codes), turn off.
  const RouteOptions hashing{.requires_auth = true, .offload = true, .max_body = 64 * 1024};
  router.Add("POST", "/api/v1/users/me/mfa/totp", hashing,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto password = RequiredString(*body, "password", 1024);
               if (!password) return password.error();
               auto enrolment =
                   services.auth.EnrolTotp(request.user->id, *password, request.Client());
               if (!enrolment) return enrolment.error();
               return Json(200, {{"secret", enrolment->secret_base32},
                                 {"otpauthUri", enrolment->otpauth_uri},
                                 {"qrSvg", enrolment->qr_svg}});
             });
  router.Add("POST", "/api/v1/users/me/mfa/totp/confirm", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto code = RequiredString(*body, "code", 64);
               if (!code) return code.error();
               auto codes = services.auth.ConfirmTotp(request.user->id, *code, request.Client());
               if (!codes) return codes.error();
               boost::json::array list;
               for (const auto& recovery : *codes) list.emplace_back(recovery);
               return Json(200, {{"recoveryCodes", std::move(list)}});
             });
  router.Add("DELETE", "/api/v1/users/me/mfa/totp", hashing,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto password = RequiredString(*body, "password", 1024);
               if (!password) return password.error();
               auto code = RequiredString(*body, "code", 64);
               if (!code) return code.error();
               if (auto disabled = services.auth.DisableTotp(request.user->id, *password, *code,
                                                             request.Client());
                   !disabled) {
                 return disabled.error();
               }
               return Json(200, {{"status", "mfa_disabled"}});
             });

  // One-click unsubscribe (RFC 8058): mail clients POST here with a form body we ignore; the
  // signed token names the user and the kind of email.
  router.Add("POST", "/api/v1/notifications/unsubscribe",
             {.requires_auth = false, .offload = false, .max_body = 4 * 1024},
             [&services](Request& request) -> Result<Response> {
               const auto query = QueryParams(request);
               const auto token = query.find("token");
               auto kind = services.notifications->Unsubscribe(
                   token == query.end() ? std::string() : token->second);
               if (!kind) return kind.error();
               return Json(200, {{"status", "unsubscribed"}, {"kind", *kind}});
             });

  router.Add("POST", "/api/v1/users/me/export", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto created = services.data_exports->Request(request.user->id, request.remote_ip,
                                                             request.request_id);
               if (!created) return created.error();
               return Json(202, {{"id", created->id},
                                 {"status", created->status},
                                 {"createdAt", created->created_at}});
             });

  router.Add("GET", "/api/v1/users/me/exports", signed_in,
             [&services](Request& request) -> Result<Response> {
               boost::json::array items;
               for (const auto& item : services.data_exports->List(request.user->id)) {
                 boost::json::object json{{"id", item.id},
                                          {"status", item.status},
                                          {"createdAt", item.created_at},
                                          {"completedAt", Nullable(item.completed_at)},
                                          {"expiresAt", Nullable(item.expires_at)},
                                          {"downloadUrl", Nullable(item.download_url)}};
                 json["sizeBytes"] =
                     item.size_bytes ? boost::json::value(*item.size_bytes) : nullptr;
                 items.push_back(std::move(json));
               }
               return Json(200, {{"items", std::move(items)}});
             });

  // The terms and privacy versions in force (public: the sign-up page shows them).
  router.Add("GET", "/api/v1/legal", {}, [&services](Request&) -> Result<Response> {
    return Json(200, {{"termsVersion", services.auth.settings().terms_version},
                      {"privacyVersion", services.auth.settings().privacy_version}});
  });

  router.Add("POST", "/api/v1/users/me/consent", signed_in,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto terms = RequiredString(*body, "termsVersion", 100);
               if (!terms) return terms.error();
               auto privacy = RequiredString(*body, "privacyVersion", 100);
               if (!privacy) return privacy.error();
               auto user = services.auth.RecordConsent(request.user->id, *terms, *privacy,
                                                       request.Client());
               if (!user) return user.error();
               return Json(200, UserJson(*user));
             });

  router.Add("GET", "/api/v1/users/me/sessions", signed_in,
             [&services](Request& request) -> Result<Response> {
               boost::json::array items;
               for (const auto& session : services.auth.ListSessions(request.user->id)) {
                 items.push_back({{"id", session.id},
                                  {"createdAt", session.created_at},
                                  {"lastUsedAt", session.last_used_at},
                                  {"userAgent", session.user_agent},
                                  {"clientAddress", session.client_address},
                                  {"current", session.id == request.session_id}});
               }
               return Json(200, {{"items", std::move(items)}});
             });

  router.Add("DELETE", "/api/v1/users/me/sessions/{id}", signed_in,
             [&services](Request& request) -> Result<Response> {
               if (auto revoked = services.auth.RevokeSession(request.user->id, request.Param("id"),
                                                              request.Client());
                   !revoked) {
                 return revoked.error();
               }
               return Response{204, "application/json", "", {}, nullptr, std::nullopt};
             });

  router.Add("DELETE", "/api/v1/users/me/sessions", signed_in,
             [&services](Request& request) -> Result<Response> {
               const long long revoked = services.auth.RevokeOtherSessions(
                   request.user->id, request.session_id, request.Client());
               return Json(200, {{"revoked", revoked}});
             });

  router.Add("GET", "/api/v1/users/me/activity", signed_in,
             [&services](Request& request) -> Result<Response> {
               const auto params = PageParams(request);
               auto page =
                   services.accounts->Activity(request.user->id, params.limit, params.cursor);
               if (!page) return page.error();
               return PageJson(
                   *page, [](const auth::AuditEntry& entry) { return AuditJson(entry, false); });
             });

  // Password hashing: off the I/O threads.
  router.Add("DELETE", "/api/v1/users/me",
             {.requires_auth = true, .offload = true, .max_body = 64 * 1024},
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto password = RequiredString(*body, "password", 1024);
               if (!password) return password.error();
               auto code = OptionalString(*body, "code", 64);
               if (!code) return code.error();
               const std::string user_id = request.user->id;
               const auto second_factor = [&services, &user_id, &code] {
                 return services.auth.CheckSecondFactor(user_id, code->value_or(""));
               };
               if (auto requested = services.accounts->RequestDeletion(
                       *request.user, *password, second_factor, request.Client());
                   !requested) {
                 return requested.error();
               }
               return Json(202, {{"status", "deletion_scheduled"}});
             });
}

}  // namespace resumax::http

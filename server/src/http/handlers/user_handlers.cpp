#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "http/handlers/handlers.h"
#include "http/json_body.h"

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
        auto user = services.auth.UpdateProfile(request.user->id, *name, preferences);
        if (!user) return user.error();
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
}

}  // namespace resumax::http

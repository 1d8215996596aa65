#include <boost/json/parse.hpp>

#include "http/error_response.h"
#include "http/handlers/handlers.h"
#include "http/json_body.h"

namespace resumax::http {
namespace {

constexpr std::size_t kMaxEmail = 320;
constexpr std::size_t kMaxPasswordBytes = 1024;
constexpr std::size_t kMaxToken = 512;
constexpr std::string_view kRefreshCookie = "resumax_refresh";
constexpr std::string_view kSessionHint = "resumax_session";
constexpr int kSessionSeconds = 30 * 24 * 3600;

// The refresh token in an HttpOnly cookie for the web app, scoped to the auth endpoints, and a
// hint the page can read ("1", no secret) so that a signed-out visit does not try to refresh.
// max_age 0 clears both.
void SetSessionCookies(Response& response, const std::string& token, int max_age, bool secure) {
  const std::string tail =
      "; SameSite=Strict; Max-Age=" + std::to_string(max_age) + (secure ? "; Secure" : "");
  response.headers.emplace_back("Set-Cookie", std::string(kRefreshCookie) + "=" + token +
                                                  "; Path=/api/v1/auth; HttpOnly" + tail);
  response.headers.emplace_back(
      "Set-Cookie", std::string(kSessionHint) + "=" + (max_age > 0 ? "1" : "") + "; Path=/" + tail);
}

std::string CookieValue(const Request& request, std::string_view name) {
  std::string_view cookies = request.Header("cookie");
  while (!cookies.empty()) {
    const auto end = cookies.find(';');
    std::string_view pair = cookies.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    if (pair.starts_with(name) && pair.size() > name.size() && pair[name.size()] == '=') {
      return std::string(pair.substr(name.size() + 1));
    }
    if (end == std::string_view::npos) break;
    cookies.remove_prefix(end + 1);
  }
  return {};
}

boost::json::object TokensJson(const auth::TokenPair& tokens) {
  return {{"accessToken", tokens.access_token},
          {"refreshToken", tokens.refresh_token},
          {"tokenType", "Bearer"},
          {"expiresIn", tokens.access_expires_in_seconds}};
}

Response SessionResponse(int status, const auth::Session& session, bool secure) {
  boost::json::object body = TokensJson(session.tokens);
  body["user"] = UserJson(session.user);
  Response response = Json(status, body);
  SetSessionCookies(response, session.tokens.refresh_token, kSessionSeconds, secure);
  return response;
}

// The refresh token from the body, or from the cookie when the body has none.
Result<std::string> RefreshTokenFrom(const Request& request) {
  if (!request.body.empty()) {
    auto body = ParseJsonObject(request);
    if (!body) return body.error();
    auto token = OptionalString(*body, "refreshToken", kMaxToken);
    if (!token) return token.error();
    if (*token) return std::move(**token);
  }
  std::string cookie = CookieValue(request, kRefreshCookie);
  if (cookie.empty()) {
    return Error::Unauthorized("no_session",
                               "There is no session to refresh: send 'refreshToken' or sign in.");
  }
  return cookie;
}

}  // namespace

void AddAuthRoutes(Router& router, Services& services) {
  const RouteOptions slow{.requires_auth = false, .offload = true, .max_body = 64 * 1024};
  const RouteOptions small{.requires_auth = false, .offload = false, .max_body = 64 * 1024};

  router.Add("POST", "/api/v1/auth/register", slow,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto email = RequiredString(*body, "email", kMaxEmail);
               if (!email) return email.error();
               auto password = RequiredString(*body, "password", kMaxPasswordBytes);
               if (!password) return password.error();
               auto name = RequiredString(*body, "name", 1024);
               if (!name) return name.error();
               // Registering accepts the terms and privacy policy; a client that says it does
               // not is refused.
               if (const auto* accept = body->if_contains("acceptTerms");
                   accept && !(accept->is_bool() && accept->as_bool())) {
                 return Error::Validation("acceptTerms",
                                          "Accept the terms of service and privacy policy to "
                                          "create an account.");
               }
               auto session = services.auth.Register(*email, *password, *name, request.Client());
               if (!session) return session.error();
               request.user = session->user;
               return SessionResponse(201, *session, services.secure_cookies);
             });

  router.Add("POST", "/api/v1/auth/login", slow, [&services](Request& request) -> Result<Response> {
    auto body = ParseJsonObject(request);
    if (!body) return body.error();
    auto email = RequiredString(*body, "email", kMaxEmail);
    if (!email) return email.error();
    auto password = RequiredString(*body, "password", kMaxPasswordBytes);
    if (!password) return password.error();
    auto proof = OptionalString(*body, "altcha", 2048);
    if (!proof) return proof.error();
    auto session = services.auth.Login(*email, *password, request.Client(), proof->value_or(""));
    if (!session) return session.error();
    request.user = session->user;
    // Two-factor sign-in: no tokens until POST /auth/mfa answers the challenge.
    if (!session->mfa_token.empty()) {
      return Json(202, {{"mfaRequired", true},
                        {"mfaToken", session->mfa_token},
                        {"expiresIn", session->mfa_expires_in_seconds}});
    }
    return SessionResponse(200, *session, services.secure_cookies);
  });

  // A proof-of-work challenge (ALTCHA) for a sign-in after repeated failures.
  router.Add("GET", "/api/v1/auth/challenge", small, [&services](Request&) -> Result<Response> {
    const auto challenge = services.auth.IssueChallenge();
    Response response = Json(200, {{"algorithm", challenge.algorithm},
                                   {"challenge", challenge.challenge},
                                   {"maxnumber", challenge.max_number},
                                   {"salt", challenge.salt},
                                   {"signature", challenge.signature}});
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
  });

  router.Add("POST", "/api/v1/auth/mfa", small, [&services](Request& request) -> Result<Response> {
    auto body = ParseJsonObject(request);
    if (!body) return body.error();
    auto token = RequiredString(*body, "mfaToken", kMaxToken);
    if (!token) return token.error();
    auto code = RequiredString(*body, "code", 64);
    if (!code) return code.error();
    auto session = services.auth.CompleteMfa(*token, *code, request.Client());
    if (!session) return session.error();
    request.user = session->user;
    return SessionResponse(200, *session, services.secure_cookies);
  });

  router.Add("POST", "/api/v1/auth/email-change/confirm", small,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto token = RequiredString(*body, "token", kMaxToken);
               if (!token) return token.error();
               auto email = services.auth.ConfirmEmailChange(*token, request.Client());
               if (!email) return email.error();
               return Json(200, {{"status", "email_changed"}, {"email", *email}});
             });

  router.Add("POST", "/api/v1/auth/refresh", small,
             [&services](Request& request) -> Result<Response> {
               auto token = RefreshTokenFrom(request);
               auto tokens = token ? services.auth.Refresh(*token, request.Client())
                                   : Result<auth::TokenPair>(token.error());
               if (!tokens) {
                 Response refused = ErrorResponse(tokens.error(), request.request_id);
                 // A session that cannot be refreshed is over: the browser forgets it.
                 if (refused.status == 401) {
                   SetSessionCookies(refused, "", 0, services.secure_cookies);
                 }
                 return refused;
               }
               Response response = Json(200, TokensJson(*tokens));
               SetSessionCookies(response, tokens->refresh_token, kSessionSeconds,
                                 services.secure_cookies);
               return response;
             });

  router.Add("POST", "/api/v1/auth/logout", small,
             [&services](Request& request) -> Result<Response> {
               auto token = RefreshTokenFrom(request);
               if (token) services.auth.Logout(*token, request.Client());
               Response response = Json(200, {{"status", "logged_out"}});
               SetSessionCookies(response, "", 0, services.secure_cookies);
               return response;
             });

  router.Add("POST", "/api/v1/auth/verify", small,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto token = RequiredString(*body, "token", kMaxToken);
               if (!token) return token.error();
               if (auto verified = services.auth.VerifyEmail(*token, request.Client()); !verified) {
                 return verified.error();
               }
               return Json(200, {{"status", "verified"}});
             });

  router.Add("POST", "/api/v1/auth/verify/resend",
             {.requires_auth = true, .offload = false, .max_body = 64 * 1024},
             [&services](Request& request) -> Result<Response> {
               if (auto sent = services.auth.ResendVerification(request.user->id, request.Client());
                   !sent) {
                 return sent.error();
               }
               return Json(202, {{"status", "sent"}});
             });

  router.Add("POST", "/api/v1/auth/password-reset/request", small,
             [&services](Request& request) -> Result<Response> {
               auto body = ParseJsonObject(request);
               if (!body) return body.error();
               auto email = RequiredString(*body, "email", kMaxEmail);
               if (!email) return email.error();
               if (auto sent = services.auth.RequestPasswordReset(*email, request.Client());
                   !sent) {
                 return sent.error();
               }
               return Json(200, {{"status", "ok"}});
             });

  router.Add(
      "POST", "/api/v1/auth/password-reset/confirm", slow,
      [&services](Request& request) -> Result<Response> {
        auto body = ParseJsonObject(request);
        if (!body) return body.error();
        auto token = RequiredString(*body, "token", kMaxToken);
        if (!token) return token.error();
        auto password = RequiredString(*body, "newPassword", kMaxPasswordBytes);
        if (!password) return password.error();
        if (auto reset = services.auth.ConfirmPasswordReset(*token, *password, request.Client());
            !reset) {
          return reset.error();
        }
        return Json(200, {{"status", "password_reset"}});
      });
}

}  // namespace resumax::http

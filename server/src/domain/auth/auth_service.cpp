#include "domain/auth/auth_service.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/ids.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/text.h"
#include "domain/accounts/funnel.h"
#include "domain/auth/password_policy.h"

namespace resumax::auth {
namespace {

Error MailUnavailable() {
  Error error = Error::Unavailable("the mailer failed");
  error.code = "mail_unavailable";
  error.message = "We could not send the email just now. Try again in a few minutes.";
  return error;
}

// The kind a rate-limit key stands for ("login:ip:…" → sign_in).
std::string_view LimitKind(std::string_view key) {
  if (key.starts_with("login") || key.starts_with("mfa-login")) return "sign_in";
  if (key.starts_with("register")) return "sign_up";
  if (key.starts_with("refresh")) return "refresh";
  if (key.starts_with("verify")) return "verify_email";
  if (key.starts_with("reset")) return "password_reset";
  return "other";
}

Error InvalidCredentials() {
  return Error::Unauthorized("invalid_credentials", "The email or password is incorrect.");
}

Error InvalidRefreshToken() {
  return Error::Unauthorized("invalid_refresh_token",
                             "Your session has ended. Please sign in again.");
}

Error AccountDisabled() {
  return Error::Forbidden("account_disabled",
                          "This account has been disabled. Contact support to restore it.");
}

Error ChallengeRequired(bool given) {
  Error error{ErrorKind::kPreconditionRequired,
              "challenge_required",
              given ? "The challenge's solution is not valid or was used. Try again."
                    : "Too many failed sign-ins. Your browser must solve a short challenge first.",
              {},
              {},
              0};
  error.details["challengeUrl"] = "/api/v1/auth/challenge";
  return error;
}

Error InvalidLinkToken() {
  return Error::BadRequest("invalid_token",
                           "This link is invalid or has expired. Request a new one.");
}

}  // namespace

Result<std::string> NormalizeEmail(std::string_view email) {
  const std::string_view trimmed = TrimSpace(email);
  std::string lower(trimmed);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const auto at = lower.find('@');
  const bool plausible =
      !lower.empty() && lower.size() <= 254 && at != std::string::npos && at > 0 &&
      at == lower.rfind('@') && lower.find('.', at) != std::string::npos && lower.back() != '.' &&
      lower[at + 1] != '.' && std::none_of(lower.begin(), lower.end(), [](unsigned char c) {
        return std::isspace(c) || std::iscntrl(c) || c == '<' || c == '>' || c == ',' || c == ';';
      });
  if (!plausible) return Error::Validation("email", "Enter a valid email address.");
  return lower;
}

Result<std::string> NormalizeName(std::string_view name) { return CleanLabel(name, "name", 100); }

AuthService::AuthService(db::Database& db, AccessTokens& access_tokens, RateLimiter& limiter,
                         Mailer& mailer, const Clock& clock, AuthSettings settings)
    : db_(db),
      access_tokens_(access_tokens),
      limiter_(limiter),
      mailer_(mailer),
      clock_(clock),
      settings_(std::move(settings)),
      proof_of_work_(settings_.secrets_key.empty()
                         ? std::string(32, '\0')
                         : crypto::HmacSha256Raw(settings_.secrets_key, "proof of work"),
                     settings_.challenge_max_number, std::chrono::minutes(5), limiter_, clock_) {
  dummy_hash_ =
      crypto::HashPassword(crypto::RandomToken(), settings_.password_hash).value_or(std::string());
}

std::string AuthService::Now() const { return FormatTimestamp(clock_.Now()); }

std::string AuthService::Later(std::chrono::seconds delta) const {
  return FormatTimestamp(clock_.Now() + delta);
}

Result<void> AuthService::Limit(const std::string& key, const RatePolicy& policy) {
  const auto decision = limiter_.Take(key, policy);
  if (!decision.allowed) {
    CountAuth(LimitKind(key), "limited");
    return Error::RateLimited(decision.retry_after_seconds);
  }
  return {};
}

void AuthService::Audit(const std::optional<std::string>& user_id, const std::string& event,
                        const ClientInfo& client, const std::string& details_json) {
  static const std::map<std::string, std::pair<std::string_view, std::string_view>, std::less<>>
      kOutcomes = {{"register", {"sign_up", "success"}},
                   {"login_succeeded", {"sign_in", "success"}},
                   {"login_failed", {"sign_in", "failure"}},
                   {"login_refused_disabled", {"sign_in", "failure"}},
                   {"login_mfa_required", {"two_factor", "challenged"}},
                   {"login_mfa_failed", {"two_factor", "failure"}},
                   {"email_verified", {"verify_email", "success"}},
                   {"password_reset", {"password_reset", "success"}},
                   {"refresh_token_reused", {"refresh", "failure"}}};
  if (const auto found = kOutcomes.find(event); found != kOutcomes.end()) {
    CountAuth(found->second.first, found->second.second);
  }
  repository_.Audit(db_, AuditEntry::For(user_id, event, Now(), client, details_json));
}

TokenPair AuthService::IssueTokens(db::Database& db, const std::string& user_id,
                                   const std::string& family_id, const ClientInfo& client,
                                   bool new_session) {
  TokenPair pair;
  pair.refresh_token = crypto::RandomToken(32);
  const std::string expires_at = Later(settings_.refresh_ttl);
  const std::string now = Now();
  if (new_session) {
    repository_.InsertSession(db, family_id, user_id, client, expires_at, now);
  } else {
    repository_.TouchSession(db, family_id, client, expires_at, now);
  }
  repository_.InsertRefreshToken(db, user_id, family_id, crypto::Sha256Hex(pair.refresh_token),
                                 expires_at, now);
  pair.access_token = access_tokens_.Issue(user_id, family_id);
  pair.access_expires_in_seconds = access_tokens_.ttl_seconds();
  return pair;
}

bool AuthService::SendMail(const MailMessage& message, std::string_view purpose) {
  try {
    mailer_.Send(message);
    return true;
  } catch (const std::exception& error) {
    log::Warn("mail_failed", {{"purpose", purpose}, {"detail", error.what()}});
    return false;
  }
}

bool AuthService::SendVerification(const User& user) {
  const std::string token = crypto::RandomToken(32);
  repository_.InsertOneTimeToken(db_, user.id, OneTimePurpose::kEmailVerification,
                                 crypto::Sha256Hex(token), Later(settings_.verification_ttl),
                                 Now());
  return SendMail({user.email, "Confirm your email for resuMAX",
                   "Hi " + user.name +
                       ",\n\nWelcome to resuMAX. Confirm your email address to start uploading "
                       "resumes:\n\n" +
                       settings_.public_url + "/verify-email?token=" + token +
                       "\n\nThe link works once and expires in 24 hours. If you did not create an "
                       "account, ignore this message.\n\n— resuMAX\n"},
                  "verification");
}

Result<Session> AuthService::Register(const std::string& email, const std::string& password,
                                      const std::string& name, const ClientInfo& client) {
  if (auto limited = Limit("register:ip:" + client.ip, settings_.per_ip); !limited) {
    return limited.error();
  }
  auto normalized_email = NormalizeEmail(email);
  if (!normalized_email) return normalized_email.error();
  auto normalized_name = NormalizeName(name);
  if (!normalized_name) return normalized_name.error();
  if (auto weak = CheckPassword(password, *normalized_email)) return *weak;

  auto hash = crypto::HashPassword(password, settings_.password_hash);
  if (!hash) return Error::Internal("password hashing ran out of memory");

  User user;
  user.id = NewUuid();
  user.email = *normalized_email;
  user.password_hash = *hash;
  user.name = *normalized_name;
  user.created_at = user.updated_at = Now();
  // Registering accepts the terms and privacy policy in force (the sign-up form shows them).
  user.terms_version = settings_.terms_version;
  user.privacy_version = settings_.privacy_version;
  user.consented_at = user.created_at;
  TokenPair tokens;
  try {
    db_.Transaction([&](db::Database& tx) {
      repository_.InsertUser(tx, user);
      tokens = IssueTokens(tx, user.id, NewUuid(), client, true);
    });
  } catch (const db::DatabaseError& error) {
    if (error.unique_violation()) {
      return Error::Conflict("email_taken", "An account with this email already exists.");
    }
    throw;
  }
  Audit(user.id, "register", client);
  accounts::ReachFunnelStep(db_, clock_, user.id, accounts::kFunnelSignedUp);
  // The account exists either way; the user can ask for the mail again.
  SendVerification(user);
  return Session{std::move(user), std::move(tokens)};
}

Result<Session> AuthService::Login(const std::string& email, const std::string& password,
                                   const ClientInfo& client, const std::string& proof) {
  if (auto limited = Limit("login:ip:" + client.ip, settings_.per_ip); !limited) {
    return limited.error();
  }
  auto normalized_email = NormalizeEmail(email);
  if (!normalized_email) return InvalidCredentials();
  if (password.empty() || password.size() > 4 * kMaxPasswordLength) return InvalidCredentials();
  if (auto limited =
          Limit("login:account:" + *normalized_email + ":" + client.ip, settings_.per_account);
      !limited) {
    return limited.error();
  }
  // After repeated failures on this account (from anywhere) or from this client address (on any
  // account), a sign-in needs a solved proof-of-work challenge: the owner solves one, a guesser
  // pays for every guess, and nobody can lock the owner out.
  const std::string account_failures = "login:failures:account:" + *normalized_email;
  const std::string client_failures = "login:failures:client:" + client.ip;
  if (!limiter_.Peek(account_failures, settings_.failed_logins).allowed ||
      !limiter_.Peek(client_failures, settings_.failed_logins_per_client).allowed) {
    if (!proof_of_work_.Verify(proof)) {
      CountAuth("sign_in", "challenged");
      return ChallengeRequired(!proof.empty());
    }
  }

  auto user = repository_.FindUserByEmail(db_, *normalized_email);
  const bool matches = user ? crypto::VerifyPassword(user->password_hash, password)
                            : (crypto::VerifyPassword(dummy_hash_, password), false);
  if (!matches) {
    limiter_.Take(account_failures, settings_.failed_logins);
    limiter_.Take(client_failures, settings_.failed_logins_per_client);
    Audit(user ? std::optional(user->id) : std::nullopt, "login_failed", client);
    return InvalidCredentials();
  }
  if (user->deletion_requested_at) return InvalidCredentials();
  if (user->disabled_at) {
    Audit(user->id, "login_refused_disabled", client);
    return AccountDisabled();
  }
  if (user->mfa_enabled_at) return StartMfa(std::move(*user), client);
  const bool new_device = !repository_.KnownDevice(db_, user->id, client);
  TokenPair tokens = IssueTokens(db_, user->id, NewUuid(), client, true);
  Audit(user->id, "login_succeeded", client);
  if (new_device && on_new_device_) on_new_device_(*user, client);
  return Session{WithConsent(std::move(*user)), std::move(tokens)};
}

Result<TokenPair> AuthService::Refresh(const std::string& refresh_token, const ClientInfo& client) {
  if (auto limited = Limit("refresh:ip:" + client.ip, settings_.refresh_per_ip); !limited) {
    return limited.error();
  }
  if (refresh_token.empty() || refresh_token.size() > 512) return InvalidRefreshToken();
  const std::string now = Now();
  const std::string reuse_cutoff = FormatTimestamp(clock_.Now() - settings_.refresh_reuse_interval);
  std::optional<Result<TokenPair>> outcome;
  bool reused = false;
  std::string reused_user;
  const std::string token_hash = crypto::Sha256Hex(refresh_token);
  db_.Transaction([&](db::Database& tx) {
    auto record = repository_.FindRefreshToken(tx, token_hash);
    if (!record) {
      outcome = InvalidRefreshToken();
      return;
    }
    if (!record->rotated_at && !record->revoked_at) {
      if (record->expires_at <= now) {
        outcome = InvalidRefreshToken();
        return;
      }
      if (repository_.MarkRotated(tx, record->id, now)) {
        outcome = IssueTokens(tx, record->user_id, record->family_id, client, false);
        return;
      }
      // A concurrent refresh rotated it first (on PostgreSQL this update waited for that one to
      // commit, then matched nothing): read the token as it left it and go on as the second tab.
      record = repository_.FindRefreshToken(tx, token_hash);
      if (!record) {
        outcome = InvalidRefreshToken();
        return;
      }
    }
    // Two tabs refreshing with the same token at once: the later one, within the interval, gets
    // one exchange in the same family instead of ending it.
    if (record->rotated_at && !record->revoked_at && !record->reuse_granted_at &&
        settings_.refresh_reuse_interval.count() > 0 && *record->rotated_at >= reuse_cutoff &&
        record->expires_at > now && repository_.GrantReuse(tx, record->id, now)) {
      outcome = IssueTokens(tx, record->user_id, record->family_id, client, false);
      return;
    }
    if (record->rotated_at || record->revoked_at) {
      // A rotated token came back: someone holds a copy. End the whole family.
      repository_.RevokeFamily(tx, record->family_id, now);
      reused = record->rotated_at.has_value();
      reused_user = record->user_id;
      outcome = InvalidRefreshToken();
      return;
    }
    outcome = InvalidRefreshToken();  // rotated by a concurrent refresh that is still open
  });
  if (reused) {
    Audit(reused_user, "refresh_token_reused", client);
    log::Warn("refresh_token_reused", {{"userId", reused_user}});
  } else {
    CountAuth("refresh", *outcome ? "success" : "failure");
  }
  return std::move(*outcome);
}

void AuthService::Logout(const std::string& refresh_token, const ClientInfo& client) {
  if (refresh_token.empty() || refresh_token.size() > 512) return;
  auto record = repository_.FindRefreshToken(db_, crypto::Sha256Hex(refresh_token));
  if (!record) return;
  repository_.RevokeFamily(db_, record->family_id, Now());
  Audit(record->user_id, "logout", client);
}

Result<void> AuthService::VerifyEmail(const std::string& token, const ClientInfo& client) {
  if (auto limited = Limit("verify:ip:" + client.ip, settings_.refresh_per_ip); !limited) {
    return limited.error();
  }
  if (token.empty() || token.size() > 512) return InvalidLinkToken();
  const std::string now = Now();
  bool verified = false;
  std::string user_id;
  db_.Transaction([&](db::Database& tx) {
    auto record = repository_.FindOneTimeToken(tx, OneTimePurpose::kEmailVerification,
                                               crypto::Sha256Hex(token));
    if (!record || record->used_at || record->expires_at <= now) return;
    if (!repository_.UseOneTimeToken(tx, record->id, now)) return;
    repository_.MarkEmailVerified(tx, record->user_id, now);
    user_id = record->user_id;
    verified = true;
  });
  if (!verified) return InvalidLinkToken();
  Audit(user_id, "email_verified", client);
  accounts::ReachFunnelStep(db_, clock_, user_id, accounts::kFunnelVerified);
  return {};
}

Result<void> AuthService::ResendVerification(const std::string& user_id, const ClientInfo& client) {
  if (auto limited = Limit("verify-resend:" + user_id, settings_.per_account); !limited) {
    return limited.error();
  }
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (user->email_verified_at) {
    return Error::Conflict("already_verified", "Your email address is already verified.");
  }
  if (!SendVerification(*user)) return MailUnavailable();
  Audit(user->id, "verification_resent", client);
  return {};
}

Result<void> AuthService::RequestPasswordReset(const std::string& email, const ClientInfo& client) {
  if (auto limited = Limit("reset:ip:" + client.ip, settings_.per_ip); !limited) {
    return limited.error();
  }
  auto normalized_email = NormalizeEmail(email);
  if (!normalized_email) return normalized_email.error();
  if (auto limited = Limit("reset:account:" + *normalized_email, settings_.per_account); !limited) {
    return limited.error();
  }
  auto user = repository_.FindUserByEmail(db_, *normalized_email);
  if (!user) return {};
  const std::string token = crypto::RandomToken(32);
  repository_.InsertOneTimeToken(db_, user->id, OneTimePurpose::kPasswordReset,
                                 crypto::Sha256Hex(token), Later(settings_.reset_ttl), Now());
  // Answered the same whether the mail went out or not: a different answer would tell which
  // addresses have accounts. A failure is logged.
  SendMail({user->email, "Reset your resuMAX password",
            "Hi " + user->name +
                ",\n\nSomeone asked to reset the password of your resuMAX account. To choose "
                "a new password, open:\n\n" +
                settings_.public_url + "/reset-password?token=" + token +
                "\n\nThe link works once and expires in 1 hour. If it was not you, ignore "
                "this message: your password stays as it is.\n\n— resuMAX\n"},
           "password_reset");
  Audit(user->id, "password_reset_requested", client);
  return {};
}

Result<void> AuthService::ConfirmPasswordReset(const std::string& token,
                                               const std::string& new_password,
                                               const ClientInfo& client) {
  if (auto limited = Limit("reset-confirm:ip:" + client.ip, settings_.per_ip); !limited) {
    return limited.error();
  }
  if (token.empty() || token.size() > 512) return InvalidLinkToken();
  const std::string token_hash = crypto::Sha256Hex(token);
  auto record = repository_.FindOneTimeToken(db_, OneTimePurpose::kPasswordReset, token_hash);
  const std::string now = Now();
  if (!record || record->used_at || record->expires_at <= now) return InvalidLinkToken();
  auto user = repository_.FindUserById(db_, record->user_id);
  if (!user) return InvalidLinkToken();
  if (auto weak = CheckPassword(new_password, user->email, "newPassword")) return *weak;
  auto hash = crypto::HashPassword(new_password, settings_.password_hash);
  if (!hash) return Error::Internal("password hashing ran out of memory");
  bool used = false;
  db_.Transaction([&](db::Database& tx) {
    if (!repository_.UseOneTimeToken(tx, record->id, now)) return;
    // Every other reset link sent before this one dies with it.
    repository_.VoidOneTimeTokens(tx, user->id, OneTimePurpose::kPasswordReset, now);
    repository_.UpdatePasswordHash(tx, user->id, *hash, now);
    repository_.RevokeAllForUser(tx, user->id, now);
    used = true;
  });
  if (!used) return InvalidLinkToken();
  limiter_.Reset("login:failures:account:" + user->email);
  SendPasswordChanged(*user);
  Audit(user->id, "password_reset", client);
  return {};
}

Result<User> AuthService::Authenticate(const std::string& access_token) {
  auto session = AuthenticateSession(access_token);
  if (!session) return session.error();
  return std::move(session->user);
}

Result<Authenticated> AuthService::AuthenticateSession(const std::string& access_token) {
  auto claims = access_tokens_.Verify(access_token);
  if (!claims) return claims.error();
  auto user = repository_.FindUserById(db_, claims->user_id);
  if (!user || user->deletion_requested_at) {
    return Error::Unauthorized("invalid_token", "Your session is not valid. Please sign in again.");
  }
  if (user->disabled_at) return AccountDisabled();
  // A signed-out or revoked session's access tokens stop at once, not when they expire.
  if (!repository_.SessionLive(db_, claims->session_id, user->id)) {
    return Error::Unauthorized("session_ended", "This session has ended. Please sign in again.");
  }
  return Authenticated{WithConsent(std::move(*user)), claims->session_id, claims->expires_at};
}

long long AuthService::PurgeExpired() {
  const auto now = clock_.Now();
  const long long purged = repository_.PurgeExpired(
      db_, FormatTimestamp(now), FormatTimestamp(now - std::chrono::hours(24 * 7)),
      FormatTimestamp(now - std::chrono::hours(24)),
      FormatTimestamp(now - settings_.audit_retention));
  if (purged > 0) log::Info("auth_rows_purged", {{"count", purged}});
  return purged;
}

Result<User> AuthService::GetUser(const std::string& user_id) {
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  return std::move(*user);
}

Result<User> AuthService::UpdateProfile(const std::string& user_id,
                                        const std::optional<std::string>& name,
                                        const std::optional<std::string>& preferences_json) {
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (name) {
    auto normalized = NormalizeName(*name);
    if (!normalized) return normalized.error();
    user->name = *normalized;
  }
  if (preferences_json) user->preferences_json = *preferences_json;
  user->updated_at = Now();
  repository_.UpdateProfile(db_, user->id, user->name, user->preferences_json, user->updated_at);
  return std::move(*user);
}

Result<void> AuthService::ChangePassword(const std::string& user_id, const std::string& session_id,
                                         const std::string& current_password,
                                         const std::string& new_password,
                                         const ClientInfo& client) {
  if (auto limited = Limit("password-change:" + user_id, settings_.failed_logins); !limited) {
    return limited.error();
  }
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (!crypto::VerifyPassword(user->password_hash, current_password)) {
    return Error::Validation("currentPassword", "The current password is incorrect.");
  }
  if (auto weak = CheckPassword(new_password, user->email, "newPassword")) return *weak;
  auto hash = crypto::HashPassword(new_password, settings_.password_hash);
  if (!hash) return Error::Internal("password hashing ran out of memory");
  const std::string now = Now();
  db_.Transaction([&](db::Database& tx) {
    repository_.UpdatePasswordHash(tx, user->id, *hash, now);
    // Every other session ends; the one that changed the password goes on.
    repository_.RevokeOthersForUser(tx, user->id, session_id, now);
  });
  Audit(user->id, "password_changed", client);
  SendPasswordChanged(*user);
  return {};
}

Result<User> AuthService::RecordConsent(const std::string& user_id,
                                        const std::string& terms_version,
                                        const std::string& privacy_version,
                                        const ClientInfo& client) {
  if (terms_version != settings_.terms_version || privacy_version != settings_.privacy_version) {
    Error error = Error::Conflict("consent_outdated",
                                  "These are not the current terms and privacy policy. Reload "
                                  "the page to read them.");
    error.details["termsVersion"] = settings_.terms_version;
    error.details["privacyVersion"] = settings_.privacy_version;
    return error;
  }
  const std::string now = Now();
  const db::Value params[] = {terms_version, privacy_version, now, now, user_id};
  db_.Execute(
      "UPDATE users SET terms_version = ?, privacy_version = ?, consented_at = ?, "
      "updated_at = ? WHERE id = ?",
      params);
  Audit(
      user_id, "consent_recorded", client,
      R"({"termsVersion":")" + terms_version + R"(","privacyVersion":")" + privacy_version + "\"}");
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  return WithConsent(std::move(*user));
}

std::vector<std::string> AuthService::StaleUnverifiedAccounts() {
  std::vector<std::string> ids;
  if (settings_.unverified_retention_days <= 0) return ids;
  const db::Value before[] = {
      FormatTimestamp(clock_.Now() - std::chrono::hours(24 * settings_.unverified_retention_days))};
  for (const auto& row : db_.Query("SELECT id FROM users WHERE email_verified_at IS NULL AND "
                                   "created_at < ? AND deletion_requested_at IS NULL LIMIT 500",
                                   before)) {
    ids.push_back(row.Text(0));
  }
  return ids;
}

std::vector<SessionInfo> AuthService::ListSessions(const std::string& user_id) {
  return repository_.ListSessions(db_, user_id, Now());
}

Result<void> AuthService::RevokeSession(const std::string& user_id, const std::string& session_id,
                                        const ClientInfo& client) {
  if (!repository_.RevokeSession(db_, user_id, session_id, Now())) return Error::NotFound();
  Audit(user_id, "session_revoked", client, R"({"sessionId":")" + session_id + "\"}");
  return {};
}

long long AuthService::RevokeOtherSessions(const std::string& user_id,
                                           const std::string& current_session_id,
                                           const ClientInfo& client) {
  const auto before = repository_.ListSessions(db_, user_id, Now());
  long long others = 0;
  for (const auto& session : before) others += session.id != current_session_id ? 1 : 0;
  repository_.RevokeOthersForUser(db_, user_id, current_session_id, Now());
  Audit(user_id, "sessions_revoked", client, R"({"count":)" + std::to_string(others) + "}");
  return others;
}

void AuthService::SendPasswordChanged(const User& user) {
  SendMail({user.email, "Your resuMAX password was changed",
            "Hi " + user.name +
                ",\n\nThe password of your resuMAX account was just changed, and every other "
                "device was signed out.\n\nIf this was you, there is nothing to do. If it was "
                "not, reset your password now at " +
                settings_.public_url + "/forgot-password and check your account.\n\n— resuMAX\n"},
           "password_changed");
}

void CountAuth(std::string_view kind, std::string_view outcome) {
  static auto& counter =
      metrics::Counter::Get("resumax_auth_events_total",
                            "Authentication attempts by kind and outcome.", {"kind", "outcome"},
                            {{"sign_in", "success"},
                             {"sign_in", "failure"},
                             {"sign_up", "success"},
                             {"refresh", "success"},
                             {"refresh", "failure"},
                             {"access_token", "failure"}});
  counter.Inc({std::string(kind), std::string(outcome)});
}

}  // namespace resumax::auth

// Two-factor sign-in and email change: the parts of AuthService that need a second proof.
#include <algorithm>
#include <cctype>

#include "core/ids.h"
#include "core/log.h"
#include "domain/auth/auth_service.h"
#include "domain/auth/totp.h"

namespace resumax::auth {
namespace {

using db::Value;

constexpr int kRecoveryCodes = 10;
constexpr int kMaxMfaAttempts = 5;

Error MfaTokenExpired() {
  return Error::Unauthorized("mfa_token_expired",
                             "This sign-in took too long or had too many wrong codes. Sign in "
                             "again.");
}

// "ABCDE-FGHJK": ten characters of an alphabet without look-alikes (50 bits).
std::string NewRecoveryCode() {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const std::string random = crypto::RandomToken(16);
  std::string code;
  for (std::size_t i = 0; i < 10; ++i) {
    if (i == 5) code += '-';
    code += kAlphabet[static_cast<unsigned char>(random[i]) % kAlphabet.size()];
  }
  return code;
}

// Lower case, without spaces and dashes: how a recovery code is compared.
std::string NormalizeRecoveryCode(std::string_view code) {
  std::string normalized;
  for (const char c : code) {
    if (c == '-' || c == ' ') continue;
    normalized += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return normalized;
}

std::string TrimCode(std::string_view code) {
  std::string trimmed;
  for (const char c : code) {
    if (c != ' ') trimmed += c;
  }
  return trimmed;
}

}  // namespace

std::string AuthService::RecoveryCodeHash(const std::string& user_id,
                                          const std::string& code) const {
  return crypto::HmacSha256(settings_.secrets_key,
                            "recovery\n" + user_id + "\n" + NormalizeRecoveryCode(code));
}

std::string AuthService::UseSecondFactor(db::Database& db, const std::string& user_id,
                                         const std::string& code) {
  const std::string trimmed = TrimCode(code);
  if (trimmed.empty() || trimmed.size() > 64) return {};
  const Value id[] = {user_id};
  const auto row = db.QueryOne("SELECT totp_secret FROM users WHERE id = ?", id);
  if (!row || row->IsNull(0)) return {};
  if (trimmed.size() == 6) {
    const auto secret = crypto::Open(settings_.secrets_key, row->Text(0));
    if (!secret) return {};
    const auto step = totp::Verify(*secret, trimmed, UnixSeconds(clock_.Now()));
    if (!step) return {};
    // A code works once: a step at or before the last one used is a replay.
    const Value params[] = {*step, user_id, *step};
    if (db.Execute("UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL "
                   "OR totp_last_step < ?)",
                   params) != 1) {
      return {};
    }
    return "totp";
  }
  const Value params[] = {Now(), user_id, RecoveryCodeHash(user_id, trimmed)};
  if (db.Execute("UPDATE recovery_codes SET used_at = ? WHERE user_id = ? AND code_hash = ? AND "
                 "used_at IS NULL",
                 params) == 1) {
    return "recovery_code";
  }
  return {};
}

void AuthService::CountMfaFailure(const std::string& user_id) {
  limiter_.Take("mfa-failures:" + user_id, settings_.failed_logins);
}

bool AuthService::CheckSecondFactor(const std::string& user_id, const std::string& code) {
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return false;
  if (!user->mfa_enabled_at) return true;
  return !UseSecondFactor(db_, user_id, code).empty();
}

Result<TotpEnrolment> AuthService::EnrolTotp(const std::string& user_id,
                                             const std::string& password,
                                             const ClientInfo& client) {
  if (const auto decision = limiter_.Peek("mfa-failures:" + user_id, settings_.failed_logins);
      !decision.allowed) {
    return Error::RateLimited(decision.retry_after_seconds);
  }
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (user->mfa_enabled_at) {
    return Error::Conflict("mfa_already_enabled", "Two-factor sign-in is already on.");
  }
  if (!crypto::VerifyPassword(user->password_hash, password)) {
    CountMfaFailure(user_id);
    return Error::Validation("password", "The password is incorrect.");
  }
  const std::string secret = totp::NewSecret();
  const Value params[] = {crypto::Seal(settings_.secrets_key, secret), Now(), user_id};
  db_.Execute("UPDATE users SET totp_pending_secret = ?, updated_at = ? WHERE id = ?", params);
  Audit(user_id, "mfa_enrolment_started", client);
  const std::string uri = totp::Uri("resuMAX", user->email, secret);
  return TotpEnrolment{totp::Base32(secret), uri, totp::QrSvg(uri)};
}

Result<std::vector<std::string>> AuthService::ConfirmTotp(const std::string& user_id,
                                                          const std::string& code,
                                                          const ClientInfo& client) {
  if (const auto decision = limiter_.Peek("mfa-failures:" + user_id, settings_.failed_logins);
      !decision.allowed) {
    return Error::RateLimited(decision.retry_after_seconds);
  }
  const Value id[] = {user_id};
  const auto row =
      db_.QueryOne("SELECT totp_pending_secret, totp_enabled_at FROM users WHERE id = ?", id);
  if (!row) return Error::NotFound();
  if (!row->IsNull(1)) {
    return Error::Conflict("mfa_already_enabled", "Two-factor sign-in is already on.");
  }
  const auto secret =
      row->IsNull(0) ? std::nullopt : crypto::Open(settings_.secrets_key, row->Text(0));
  if (!secret) {
    return Error::Conflict("mfa_not_pending", "Start turning on two-factor sign-in first.");
  }
  const auto step = totp::Verify(*secret, TrimCode(code), UnixSeconds(clock_.Now()));
  if (!step) {
    CountMfaFailure(user_id);
    return Error::Validation("code",
                             "That code is not right. Enter the current code your app "
                             "shows.");
  }
  std::vector<std::string> codes;
  codes.reserve(kRecoveryCodes);
  for (int i = 0; i < kRecoveryCodes; ++i) codes.push_back(NewRecoveryCode());
  const std::string now = Now();
  db_.Transaction([&](db::Database& tx) {
    const Value enable[] = {crypto::Seal(settings_.secrets_key, *secret), now, *step, now, user_id};
    tx.Execute(
        "UPDATE users SET totp_secret = ?, totp_pending_secret = NULL, totp_enabled_at = ?, "
        "totp_last_step = ?, updated_at = ? WHERE id = ?",
        enable);
    tx.Execute("DELETE FROM recovery_codes WHERE user_id = ?", id);
    for (const auto& recovery : codes) {
      const Value insert[] = {NewUuid(), user_id, RecoveryCodeHash(user_id, recovery), now};
      tx.Execute(
          "INSERT INTO recovery_codes (id, user_id, code_hash, created_at) VALUES (?, ?, ?, "
          "?)",
          insert);
    }
  });
  Audit(user_id, "mfa_enabled", client);
  if (auto user = repository_.FindUserById(db_, user_id)) {
    SendMail({user->email, "Two-factor sign-in is on for your resuMAX account",
              "Hi " + user->name +
                  ",\n\nTwo-factor sign-in was just turned on for your resuMAX account: signing "
                  "in now also asks for a code from your authenticator app.\n\nIf this was not "
                  "you, reset your password at " +
                  settings_.public_url + "/forgot-password at once.\n\n— resuMAX\n"},
             "mfa_enabled");
  }
  return codes;
}

Result<void> AuthService::DisableTotp(const std::string& user_id, const std::string& password,
                                      const std::string& code, const ClientInfo& client) {
  if (const auto decision = limiter_.Peek("mfa-failures:" + user_id, settings_.failed_logins);
      !decision.allowed) {
    return Error::RateLimited(decision.retry_after_seconds);
  }
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (!user->mfa_enabled_at) {
    return Error::Conflict("mfa_not_enabled", "Two-factor sign-in is not on.");
  }
  if (!crypto::VerifyPassword(user->password_hash, password)) {
    CountMfaFailure(user_id);
    return Error::Validation("password", "The password is incorrect.");
  }
  if (UseSecondFactor(db_, user_id, code).empty()) {
    CountMfaFailure(user_id);
    return Error::Validation("code", "That code is not right.");
  }
  const Value id[] = {user_id};
  db_.Transaction([&](db::Database& tx) {
    const Value params[] = {Now(), user_id};
    tx.Execute(
        "UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at "
        "= NULL, totp_last_step = NULL, updated_at = ? WHERE id = ?",
        params);
    tx.Execute("DELETE FROM recovery_codes WHERE user_id = ?", id);
    tx.Execute("DELETE FROM mfa_challenges WHERE user_id = ?", id);
  });
  Audit(user_id, "mfa_disabled", client);
  SendMail({user->email, "Two-factor sign-in is off for your resuMAX account",
            "Hi " + user->name +
                ",\n\nTwo-factor sign-in was just turned off for your resuMAX account.\n\nIf "
                "this was not you, reset your password at " +
                settings_.public_url + "/forgot-password and turn it on again.\n\n— resuMAX\n"},
           "mfa_disabled");
  return {};
}

Session AuthService::StartMfa(User user, const ClientInfo& client) {
  Session session;
  session.mfa_token = crypto::RandomToken(32);
  session.mfa_expires_in_seconds = static_cast<int>(settings_.mfa_challenge_ttl.count());
  const Value params[] = {NewUuid(), user.id, crypto::Sha256Hex(session.mfa_token),
                          Later(settings_.mfa_challenge_ttl), Now()};
  db_.Execute(
      "INSERT INTO mfa_challenges (id, user_id, token_hash, expires_at, created_at) "
      "VALUES (?, ?, ?, ?, ?)",
      params);
  Audit(user.id, "login_mfa_required", client);
  session.user = std::move(user);
  return session;
}

Result<Session> AuthService::CompleteMfa(const std::string& mfa_token, const std::string& code,
                                         const ClientInfo& client) {
  if (auto limited = Limit("mfa-login:ip:" + client.ip, settings_.per_ip); !limited) {
    return limited.error();
  }
  if (mfa_token.empty() || mfa_token.size() > 512) return MfaTokenExpired();
  const std::string now = Now();
  const Value hash[] = {crypto::Sha256Hex(mfa_token)};
  const auto challenge = db_.QueryOne(
      "SELECT id, user_id, attempts, expires_at, used_at FROM mfa_challenges WHERE token_hash = ?",
      hash);
  if (!challenge || !challenge->IsNull(4) || NormalizeTimestamp(challenge->Text(3)) <= now ||
      challenge->Int(2) >= kMaxMfaAttempts) {
    return MfaTokenExpired();
  }
  const std::string challenge_id = challenge->Text(0);
  const std::string user_id = challenge->Text(1);
  std::string kind;
  bool new_device = false;
  std::optional<Result<Session>> outcome;
  db_.Transaction([&](db::Database& tx) {
    kind = UseSecondFactor(tx, user_id, code);
    if (kind.empty()) return;
    const Value use[] = {now, challenge_id};
    if (tx.Execute("UPDATE mfa_challenges SET used_at = ? WHERE id = ? AND used_at IS NULL", use) !=
        1) {
      outcome = MfaTokenExpired();  // a concurrent request completed it first
      return;
    }
    auto user = repository_.FindUserById(tx, user_id);
    if (!user || user->disabled_at || user->deletion_requested_at) {
      outcome = MfaTokenExpired();
      return;
    }
    new_device = !repository_.KnownDevice(tx, user_id, client);
    TokenPair tokens = IssueTokens(tx, user_id, NewUuid(), client, true);
    outcome = Session{WithConsent(std::move(*user)), std::move(tokens), {}, 0};
  });
  if (kind.empty()) {
    const Value attempt[] = {challenge_id};
    db_.Execute("UPDATE mfa_challenges SET attempts = attempts + 1 WHERE id = ?", attempt);
    Audit(user_id, "login_mfa_failed", client);
    return Error::Unauthorized("invalid_mfa_code", "That code is not right. Try again.");
  }
  if (outcome && *outcome) {
    Audit(user_id, "login_succeeded", client, R"({"secondFactor":")" + kind + "\"}");
    if (new_device && on_new_device_) on_new_device_((*outcome)->user, client);
  }
  return std::move(*outcome);
}

Result<User> AuthService::RequestEmailChange(const std::string& user_id,
                                             const std::string& new_email,
                                             const std::string& current_password,
                                             const ClientInfo& client) {
  if (auto limited = Limit("email-change:" + user_id, settings_.per_account); !limited) {
    return limited.error();
  }
  auto normalized = NormalizeEmail(new_email);
  if (!normalized) return normalized.error();
  auto user = repository_.FindUserById(db_, user_id);
  if (!user) return Error::NotFound();
  if (!crypto::VerifyPassword(user->password_hash, current_password)) {
    return Error::Validation("currentPassword", "The current password is incorrect.");
  }
  if (*normalized == user->email) {
    return Error::Validation("email", "This is already your email address.");
  }
  if (repository_.FindUserByEmail(db_, *normalized)) {
    return Error::Conflict("email_taken", "An account with this email already exists.");
  }
  const std::string token = crypto::RandomToken(32);
  const std::string now = Now();
  db_.Transaction([&](db::Database& tx) {
    // One pending change at a time: an earlier link stops working.
    const Value void_earlier[] = {now, user_id};
    tx.Execute("UPDATE email_changes SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
               void_earlier);
    const Value insert[] = {NewUuid(),
                            user_id,
                            *normalized,
                            crypto::Sha256Hex(token),
                            Later(settings_.email_change_ttl),
                            now};
    tx.Execute(
        "INSERT INTO email_changes (id, user_id, new_email, token_hash, expires_at, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?)",
        insert);
    const Value pending[] = {*normalized, now, user_id};
    tx.Execute("UPDATE users SET pending_email = ?, updated_at = ? WHERE id = ?", pending);
  });
  SendMail({*normalized, "Confirm your new email address for resuMAX",
            "Hi " + user->name +
                ",\n\nConfirm that this is the new email address of your resuMAX account:\n\n" +
                settings_.public_url + "/confirm-email?token=" + token +
                "\n\nThe link works once and expires in 24 hours. Until then your account keeps "
                "its current address. If you did not ask for this, ignore this message.\n\n"
                "— resuMAX\n"},
           "email_change");
  SendMail({user->email, "Your resuMAX email address is being changed",
            "Hi " + user->name +
                ",\n\nSomeone signed in to your resuMAX account asked to change its email "
                "address. It changes only when the link sent to the new address is used.\n\n"
                "If this was not you, reset your password now at " +
                settings_.public_url + "/forgot-password.\n\n— resuMAX\n"},
           "email_change_notice");
  Audit(user_id, "email_change_requested", client);
  user->pending_email = *normalized;
  user->updated_at = now;
  return std::move(*user);
}

Result<std::string> AuthService::ConfirmEmailChange(const std::string& token,
                                                    const ClientInfo& client) {
  if (auto limited = Limit("verify:ip:" + client.ip, settings_.refresh_per_ip); !limited) {
    return limited.error();
  }
  if (token.empty() || token.size() > 512) {
    return Error::BadRequest("invalid_token",
                             "This link is invalid or has expired. Request a new one.");
  }
  const std::string now = Now();
  const Value hash[] = {crypto::Sha256Hex(token)};
  std::optional<Result<std::string>> outcome;
  std::string user_id;
  try {
    db_.Transaction([&](db::Database& tx) {
      const auto row = tx.QueryOne(
          "SELECT id, user_id, new_email, expires_at, used_at FROM email_changes WHERE "
          "token_hash = ?",
          hash);
      if (!row || !row->IsNull(4) || NormalizeTimestamp(row->Text(3)) <= now) return;
      const Value use[] = {now, row->Text(0)};
      if (tx.Execute("UPDATE email_changes SET used_at = ? WHERE id = ? AND used_at IS NULL",
                     use) != 1) {
        return;
      }
      user_id = row->Text(1);
      const Value change[] = {row->Text(2), now, now, user_id};
      tx.Execute(
          "UPDATE users SET email = ?, pending_email = NULL, email_verified_at = ?, "
          "updated_at = ? WHERE id = ?",
          change);
      outcome = row->Text(2);
    });
  } catch (const db::DatabaseError& error) {
    if (!error.unique_violation()) throw;
    return Error::Conflict("email_taken", "An account with this email already exists.");
  }
  if (!outcome) {
    return Error::BadRequest("invalid_token",
                             "This link is invalid or has expired. Request a new one.");
  }
  Audit(user_id, "email_changed", client);
  return std::move(*outcome);
}

}  // namespace resumax::auth

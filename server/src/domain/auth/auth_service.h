#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/crypto.h"
#include "core/database.h"
#include "core/error.h"
#include "domain/auth/access_tokens.h"
#include "domain/auth/auth_repository.h"
#include "domain/auth/mailer.h"
#include "domain/auth/models.h"
#include "domain/auth/proof_of_work.h"
#include "domain/auth/rate_limiter.h"

namespace resumax::auth {

struct AuthSettings {
  std::string public_url = "http://localhost:8080";  // where emailed links point
  std::chrono::hours refresh_ttl{24 * 30};
  std::chrono::hours verification_ttl{24};
  std::chrono::minutes reset_ttl{60};
  crypto::PasswordHashParams password_hash;
  RatePolicy per_ip{20, 20};       // register, login, reset: per client address
  RatePolicy per_account{10, 10};  // login and reset attempts per email address
  // After 5 failed sign-ins on one account (or 10 from one client address), sign-ins there need
  // a solved proof-of-work challenge until the count decays (one a minute).
  RatePolicy failed_logins{5, 1};
  RatePolicy failed_logins_per_client{10, 2};
  std::int64_t challenge_max_number = 100000;  // the proof of work's search space
  RatePolicy refresh_per_ip{120, 120};         // refresh and verify requests per client address
  // A just-rotated refresh token may be exchanged once more within this interval (two tabs
  // refreshing at once) without ending the family; 0 turns it off.
  std::chrono::seconds refresh_reuse_interval{10};
  std::chrono::hours audit_retention{24 * 365};  // audit rows older than this are deleted
  // 32 bytes: seals TOTP secrets at rest and keys the hashes of recovery codes.
  std::string secrets_key;
  std::chrono::seconds mfa_challenge_ttl{300};  // between the password and the code
  std::chrono::hours email_change_ttl{24};
  // The versions of the terms of service and privacy policy in force: registration records
  // them; a user who accepted older ones is asked again.
  std::string terms_version = "2026-12-01";
  std::string privacy_version = "2026-12-01";
  // Accounts never verified are deleted after this many days (0: never).
  int unverified_retention_days = 30;
};

// Who an access token names, and the session (refresh-token family) it belongs to.
struct Authenticated {
  User user;
  std::string session_id;
  long long expires_at = 0;  // Unix seconds
};

// Accounts and sessions: register, login, refresh-token rotation with reuse detection, email
// verification, password reset, and the signed-in user's profile.
// Counts one authentication outcome in resumax_auth_events_total{kind,outcome}: kind sign_in,
// sign_up, refresh, verify_email, password_reset, two_factor or access_token; outcome success,
// failure, limited or challenged.
void CountAuth(std::string_view kind, std::string_view outcome);

class AuthService {
 public:
  AuthService(db::Database& db, AccessTokens& access_tokens, RateLimiter& limiter, Mailer& mailer,
              const Clock& clock, AuthSettings settings);

  Result<Session> Register(const std::string& email, const std::string& password,
                           const std::string& name, const ClientInfo& client);
  // `proof`: a solved proof-of-work challenge (ALTCHA payload), needed after repeated failures
  // (428 challenge_required without it).
  Result<Session> Login(const std::string& email, const std::string& password,
                        const ClientInfo& client, const std::string& proof = "");
  // A proof-of-work challenge for the sign-in form.
  PowChallenge IssueChallenge() const { return proof_of_work_.Issue(); }
  // Rotates a refresh token. A token that was already rotated revokes its whole family.
  Result<TokenPair> Refresh(const std::string& refresh_token, const ClientInfo& client);
  // Revokes the family of a refresh token (logout); unknown tokens are ignored.
  void Logout(const std::string& refresh_token, const ClientInfo& client);
  Result<void> VerifyEmail(const std::string& token, const ClientInfo& client);
  // Sends a new verification link to a signed-in user who is not verified yet.
  Result<void> ResendVerification(const std::string& user_id, const ClientInfo& client);
  // Always succeeds for a well-formed email, whether or not an account exists.
  Result<void> RequestPasswordReset(const std::string& email, const ClientInfo& client);
  Result<void> ConfirmPasswordReset(const std::string& token, const std::string& new_password,
                                    const ClientInfo& client);

  // The user a valid access token names; 401 when the token or the account is gone.
  Result<User> Authenticate(const std::string& access_token);
  Result<Authenticated> AuthenticateSession(const std::string& access_token);
  Result<User> GetUser(const std::string& user_id);
  // Deletes expired and spent tokens (revoked ones after a week, so reuse is still recognised
  // for a while) and audit rows past their retention; run hourly.
  long long PurgeExpired();
  Result<User> UpdateProfile(const std::string& user_id, const std::optional<std::string>& name,
                             const std::optional<std::string>& preferences_json);
  // Ends every other session of the user (session_id is the caller's, kept) and tells the
  // account's address.
  Result<void> ChangePassword(const std::string& user_id, const std::string& session_id,
                              const std::string& current_password, const std::string& new_password,
                              const ClientInfo& client);

  // Records that the user accepted the current terms and privacy versions (which they name,
  // so a page showing older ones cannot accept newer ones: 409 consent_outdated).
  Result<User> RecordConsent(const std::string& user_id, const std::string& terms_version,
                             const std::string& privacy_version, const ClientInfo& client);
  // True when the user accepted the current versions.
  bool ConsentCurrent(const User& user) const {
    return user.terms_version == settings_.terms_version &&
           user.privacy_version == settings_.privacy_version;
  }
  const AuthSettings& settings() const { return settings_; }
  // Sets user.consent_required from the versions in force.
  User WithConsent(User user) const {
    user.consent_required = !ConsentCurrent(user);
    return user;
  }
  // Ids of accounts never verified and older than the retention, for the erasure job.
  std::vector<std::string> StaleUnverifiedAccounts();

  // Two-factor sign-in. Enrol (password checked) answers a new secret that is not used until
  // ConfirmTotp gets a code from it; that answers ten one-time recovery codes. DisableTotp needs
  // the password and a code (or a recovery code).
  Result<TotpEnrolment> EnrolTotp(const std::string& user_id, const std::string& password,
                                  const ClientInfo& client);
  Result<std::vector<std::string>> ConfirmTotp(const std::string& user_id, const std::string& code,
                                               const ClientInfo& client);
  Result<void> DisableTotp(const std::string& user_id, const std::string& password,
                           const std::string& code, const ClientInfo& client);
  // Completes a sign-in that answered an MFA challenge: a code of the authenticator or a
  // recovery code (used once). Five wrong codes end the challenge.
  Result<Session> CompleteMfa(const std::string& mfa_token, const std::string& code,
                              const ClientInfo& client);
  // True when the account has no second factor, or when code is a valid one for it (a
  // recovery code is used up). For confirmations such as deleting the account.
  bool CheckSecondFactor(const std::string& user_id, const std::string& code);

  // Email change: checks the password, sends a link to the new address and a notice to the old
  // one; the address changes only when the link is used.
  Result<User> RequestEmailChange(const std::string& user_id, const std::string& new_email,
                                  const std::string& current_password, const ClientInfo& client);
  // The new address, now the account's.
  Result<std::string> ConfirmEmailChange(const std::string& token, const ClientInfo& client);

  // Called after a sign-in from a device and network the account has not used before.
  void SetOnNewDevice(std::function<void(const User&, const ClientInfo&)> on_new_device) {
    on_new_device_ = std::move(on_new_device);
  }

  // The user's live sessions (refresh-token families), most recently used first.
  std::vector<SessionInfo> ListSessions(const std::string& user_id);
  // Ends one of the user's sessions: its refresh token and its access tokens stop at once.
  Result<void> RevokeSession(const std::string& user_id, const std::string& session_id,
                             const ClientInfo& client);
  // Ends every session of the user but the current one; how many ended.
  long long RevokeOtherSessions(const std::string& user_id, const std::string& current_session_id,
                                const ClientInfo& client);

 private:
  std::string Now() const;
  std::string Later(std::chrono::seconds delta) const;
  // A new pair in the session `family_id`: a new session (sign-in) or a refresh of it.
  TokenPair IssueTokens(db::Database& db, const std::string& user_id, const std::string& family_id,
                        const ClientInfo& client, bool new_session);
  Result<void> Limit(const std::string& key, const RatePolicy& policy);
  // False when the mail could not be handed over (logged; the caller decides what to tell).
  bool SendVerification(const User& user);
  bool SendMail(const MailMessage& message, std::string_view purpose);
  // A code of the user's authenticator (a step not used before) or an unused recovery code;
  // the kind that matched ("totp", "recovery_code") or empty.
  std::string UseSecondFactor(db::Database& db, const std::string& user_id,
                              const std::string& code);
  std::string RecoveryCodeHash(const std::string& user_id, const std::string& code) const;
  // Wrong passwords and codes in the two-factor settings: after 5, one try a minute.
  void CountMfaFailure(const std::string& user_id);
  // The password was right and the account has two-factor sign-in: a challenge, no tokens.
  Session StartMfa(User user, const ClientInfo& client);
  void SendPasswordChanged(const User& user);
  void Audit(const std::optional<std::string>& user_id, const std::string& event,
             const ClientInfo& client, const std::string& details_json = "{}");

  db::Database& db_;
  AuthRepository repository_;
  AccessTokens& access_tokens_;
  RateLimiter& limiter_;
  Mailer& mailer_;
  const Clock& clock_;
  AuthSettings settings_;
  ProofOfWork proof_of_work_;
  std::string dummy_hash_;
  std::function<void(const User&, const ClientInfo&)>
      on_new_device_;  // verified against when an email is unknown, so timing tells nothing
};

// Lower-cases and checks an email address; validation error when it is not plausible.
Result<std::string> NormalizeEmail(std::string_view email);

// Trims and checks a display name (1–100 characters, no control characters).
Result<std::string> NormalizeName(std::string_view name);

}  // namespace resumax::auth

#pragma once

#include <optional>
#include <string>
#include <utility>

namespace resumax::auth {

struct User {
  std::string id;
  std::string email;
  std::string password_hash;
  std::optional<std::string> email_verified_at;
  std::string name;
  std::string preferences_json = "{}";
  std::string role = "user";
  std::string created_at;
  std::string updated_at;
  std::optional<std::string> disabled_at;            // an admin disabled the account
  std::optional<std::string> deletion_requested_at;  // the owner deleted it; being erased
  std::optional<std::string> mfa_enabled_at;         // two-factor sign-in is on
  std::optional<std::string> pending_email;          // waiting for the new address to confirm
  std::optional<std::string> terms_version;          // the versions the user accepted, and when
  std::optional<std::string> privacy_version;
  std::optional<std::string> consented_at;
  bool consent_required = false;  // not stored: the accepted versions are not the current ones
};

struct TokenPair {
  std::string access_token;
  std::string refresh_token;
  int access_expires_in_seconds = 0;
};

// The outcome of register and login: the account and a fresh pair of tokens, or, for an
// account with two-factor sign-in, no tokens yet and the challenge the code must answer.
struct Session {
  User user;
  TokenPair tokens;
  std::string mfa_token;  // set instead of tokens: POST /auth/mfa completes the sign-in
  int mfa_expires_in_seconds = 0;
};

// What an authenticator app needs to enrol.
struct TotpEnrolment {
  std::string secret_base32;
  std::string otpauth_uri;
  std::string qr_svg;
};

// Who sent a request, for rate limits, the sessions list and the audit log.
struct ClientInfo {
  std::string ip;
  std::string user_agent;
  std::string request_id;
};

// A signed-in device as its owner sees it: one refresh-token family.
struct SessionInfo {
  std::string id;
  std::string user_agent;
  std::string client_address;  // approximate: the /24 (IPv4) or /48 (IPv6) network
  std::string created_at;
  std::string last_used_at;
};

// One row of the audit log. `details_json` never holds a password, token, email or document
// text; `actor_id` is the admin who acted on someone else's account.
struct AuditEntry {
  std::string id;
  std::optional<std::string> user_id;
  std::optional<std::string> actor_id;
  std::string event;
  std::string client_address;
  std::string request_id;
  std::string details_json = "{}";
  std::string created_at;

  // `event` about `user_id` at `created_at`, from the client that asked (none for the system's
  // own work).
  static AuditEntry For(std::optional<std::string> user_id, std::string event,
                        std::string created_at, const ClientInfo& client = {},
                        std::string details_json = "{}") {
    AuditEntry entry;
    entry.user_id = std::move(user_id);
    entry.event = std::move(event);
    entry.client_address = client.ip;
    entry.request_id = client.request_id;
    entry.details_json = std::move(details_json);
    entry.created_at = std::move(created_at);
    return entry;
  }
};

enum class OneTimePurpose { kEmailVerification, kPasswordReset };

}  // namespace resumax::auth

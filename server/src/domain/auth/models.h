#pragma once

#include <optional>
#include <string>

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
};

struct TokenPair {
  std::string access_token;
  std::string refresh_token;
  int access_expires_in_seconds = 0;
};

// The outcome of register and login: the account and a fresh pair of tokens.
struct Session {
  User user;
  TokenPair tokens;
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
};

enum class OneTimePurpose { kEmailVerification, kPasswordReset };

}  // namespace resumax::auth

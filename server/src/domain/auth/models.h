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

// Who sent a request, for rate limits and the audit log.
struct ClientInfo {
  std::string ip;
};

enum class OneTimePurpose { kEmailVerification, kPasswordReset };

}  // namespace resumax::auth

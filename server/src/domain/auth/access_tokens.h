#pragma once

#include <chrono>
#include <string>

#include "core/clock.h"
#include "core/error.h"

namespace resumax::auth {

struct AccessTokenSettings {
  std::string secret;  // HS256 key, at least 32 bytes
  std::string issuer = "resumax";
  std::string audience = "resumax-api";
  std::chrono::seconds ttl{15 * 60};
};

struct AccessClaims {
  std::string user_id;
  std::string token_id;
  long long expires_at = 0;  // Unix seconds
  std::string session_id;    // the refresh-token family the token was issued with, if any
};

// Issues and checks JWT access tokens: HS256 only, with sub, iat, exp, jti, iss, aud and sid.
class AccessTokens {
 public:
  AccessTokens(AccessTokenSettings settings, const Clock& clock)
      : settings_(std::move(settings)), clock_(clock) {}

  // session_id (the refresh-token family) goes into the "sid" claim when given.
  std::string Issue(const std::string& user_id, const std::string& session_id = {}) const;

  // The claims of a valid token; 401 invalid_token for a forged, expired, foreign or
  // non-HS256 token.
  Result<AccessClaims> Verify(const std::string& token) const;

  int ttl_seconds() const { return static_cast<int>(settings_.ttl.count()); }

 private:
  AccessTokenSettings settings_;
  const Clock& clock_;
};

}  // namespace resumax::auth

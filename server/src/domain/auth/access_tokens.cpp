#include "domain/auth/access_tokens.h"

#include <jwt.h>

#include <memory>
#include <stdexcept>

#include "core/ids.h"

namespace resumax::auth {
namespace {

using JwtPtr = std::unique_ptr<jwt_t, decltype(&jwt_free)>;

Error InvalidToken() {
  return Error::Unauthorized("invalid_token", "Your session is not valid. Please sign in again.");
}

const unsigned char* KeyBytes(const std::string& secret) {
  return reinterpret_cast<const unsigned char*>(secret.data());
}

}  // namespace

std::string AccessTokens::Issue(const std::string& user_id, const std::string& session_id) const {
  jwt_t* raw = nullptr;
  if (jwt_new(&raw) != 0) throw std::runtime_error("jwt_new failed");
  JwtPtr token(raw, &jwt_free);
  const long long now = UnixSeconds(clock_.Now());
  jwt_add_grant(token.get(), "sub", user_id.c_str());
  jwt_add_grant(token.get(), "iss", settings_.issuer.c_str());
  jwt_add_grant(token.get(), "aud", settings_.audience.c_str());
  jwt_add_grant(token.get(), "jti", NewUuid().c_str());
  if (!session_id.empty()) jwt_add_grant(token.get(), "sid", session_id.c_str());
  jwt_add_grant_int(token.get(), "iat", static_cast<long>(now));
  jwt_add_grant_int(token.get(), "exp", static_cast<long>(now + settings_.ttl.count()));
  if (jwt_set_alg(token.get(), JWT_ALG_HS256, KeyBytes(settings_.secret),
                  static_cast<int>(settings_.secret.size())) != 0) {
    throw std::runtime_error("jwt_set_alg failed");
  }
  std::unique_ptr<char, decltype(&free)> encoded(jwt_encode_str(token.get()), &free);
  if (!encoded) throw std::runtime_error("jwt_encode_str failed");
  return encoded.get();
}

Result<AccessClaims> AccessTokens::Verify(const std::string& token) const {
  if (token.empty() || token.size() > 4096) return InvalidToken();
  jwt_t* raw = nullptr;
  // With a key given, libjwt checks the signature; the algorithm is pinned below so that a
  // token claiming "none" or another algorithm never passes.
  if (jwt_decode(&raw, token.c_str(), KeyBytes(settings_.secret),
                 static_cast<int>(settings_.secret.size())) != 0 ||
      raw == nullptr) {
    if (raw) jwt_free(raw);
    return InvalidToken();
  }
  JwtPtr decoded(raw, &jwt_free);
  if (jwt_get_alg(decoded.get()) != JWT_ALG_HS256) return InvalidToken();
  const char* subject = jwt_get_grant(decoded.get(), "sub");
  const char* issuer = jwt_get_grant(decoded.get(), "iss");
  const char* audience = jwt_get_grant(decoded.get(), "aud");
  const char* token_id = jwt_get_grant(decoded.get(), "jti");
  const long expires = jwt_get_grant_int(decoded.get(), "exp");
  if (!subject || !issuer || !audience || !token_id || expires <= 0) return InvalidToken();
  if (settings_.issuer != issuer || settings_.audience != audience) return InvalidToken();
  if (UnixSeconds(clock_.Now()) >= expires) {
    return Error::Unauthorized("token_expired", "Your session has expired. Please sign in again.");
  }
  const char* session = jwt_get_grant(decoded.get(), "sid");
  return AccessClaims{subject, token_id, expires, session ? session : ""};
}

}  // namespace resumax::auth

#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace resumax::auth {

// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) through
// liboath, and what an authenticator app needs to enrol: the secret in base32, the otpauth://
// URI and its QR code.
namespace totp {

inline constexpr int kStepSeconds = 30;

// A new random secret (20 bytes, as RFC 4226 recommends).
std::string NewSecret();
// RFC 4648 base32 without padding, as authenticator apps take it.
std::string Base32(const std::string& secret);
// otpauth://totp/resuMAX:EMAIL?secret=...&issuer=resuMAX&algorithm=SHA1&digits=6&period=30
std::string Uri(const std::string& issuer, const std::string& account, const std::string& secret);
// The QR code of text as an SVG document (black modules on white, a 4-module quiet zone).
std::string QrSvg(const std::string& text);
// The step (Unix time / 30) a 6-digit code is valid for, within one step of now either way;
// nullopt when it matches none.
std::optional<std::int64_t> Verify(const std::string& secret, const std::string& code,
                                   std::int64_t unix_now);
// The code for a time (for tests and the enrolment check).
std::string Generate(const std::string& secret, std::int64_t unix_time);

}  // namespace totp
}  // namespace resumax::auth

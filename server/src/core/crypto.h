#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace resumax::crypto {

// Initialises libsodium; call once before any other function here.
void Initialize();

// `bytes` random bytes as unpadded base64url (a 32-byte token carries 256 bits).
std::string RandomToken(std::size_t bytes = 32);

// Lower-case hex SHA-256 of data; used to store tokens that are only ever looked up.
std::string Sha256Hex(std::string_view data);

// HMAC-SHA-256 of message under key, as unpadded base64url.
std::string HmacSha256(std::string_view key, std::string_view message);

// HMAC-SHA-256 of message under key, as the 32 raw bytes.
std::string HmacSha256Raw(std::string_view key, std::string_view message);

// Lower-case hex of bytes.
std::string Hex(std::string_view bytes);

// Standard padded base64 (RFC 4648 §4) of bytes, and back; nullopt for text that is not.
std::string Base64(std::string_view bytes);
std::optional<std::string> FromBase64(std::string_view text);

// Encrypts plaintext under a 32-byte key with XChaCha20-Poly1305 and a random nonce; the result
// (nonce and ciphertext) as unpadded base64url.
std::string Seal(std::string_view key, std::string_view plaintext);

// Decrypts what Seal made under the same key; nullopt when it was altered or the key differs.
std::optional<std::string> Open(std::string_view key, std::string_view sealed);

// Compares two strings in time that depends only on their lengths.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

// Argon2id password hashing parameters (OWASP: at least 19 MiB and 2 passes).
struct PasswordHashParams {
  unsigned long long ops_limit = 2;
  std::size_t mem_limit_bytes = 19 * 1024 * 1024;
};

// An encoded Argon2id hash ($argon2id$v=19$m=...,t=...,p=1$salt$hash); nullopt when out of memory.
std::optional<std::string> HashPassword(std::string_view password,
                                        const PasswordHashParams& params);

// True when password matches the encoded hash.
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);

}  // namespace resumax::crypto

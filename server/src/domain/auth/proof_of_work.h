#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "core/clock.h"
#include "domain/auth/rate_limiter.h"

namespace resumax::auth {

// The ALTCHA proof-of-work scheme (altcha.org, version 1): the server picks a secret number n
// up to maxnumber and answers salt and SHA-256(salt + n), signed with its HMAC key; the client's
// browser searches n (a second or so) and sends {algorithm, challenge, number, salt, signature}
// as base64 JSON. Asked for after repeated failed sign-ins instead of locking the account: the
// owner solves one, a guesser pays for every guess. No third party is involved.
struct PowChallenge {
  std::string algorithm = "SHA-256";
  std::string challenge;  // hex SHA-256(salt + number)
  std::int64_t max_number = 0;
  std::string salt;       // random hex, then "?expires=<unix seconds>&"
  std::string signature;  // hex HMAC-SHA-256(key, challenge)
};

class ProofOfWork {
 public:
  // key: 32 bytes. Each solution is accepted once (remembered through the limiter, so it holds
  // across nodes sharing Redis).
  ProofOfWork(std::string key, std::int64_t max_number, std::chrono::seconds ttl,
              RateLimiter& limiter, const Clock& clock)
      : key_(std::move(key)),
        max_number_(max_number),
        ttl_(ttl),
        limiter_(limiter),
        clock_(clock) {}

  PowChallenge Issue() const;
  // True for a solution of a challenge this server issued, not expired and not used before.
  bool Verify(const std::string& payload_base64);

 private:
  std::string key_;
  std::int64_t max_number_;
  std::chrono::seconds ttl_;
  RateLimiter& limiter_;
  const Clock& clock_;
};

}  // namespace resumax::auth

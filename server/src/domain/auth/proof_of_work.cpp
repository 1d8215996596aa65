#include "domain/auth/proof_of_work.h"

#include <sodium.h>

#include <boost/json/parse.hpp>

#include "core/crypto.h"

namespace resumax::auth {
namespace {

std::string Sign(const std::string& key, const std::string& challenge) {
  return crypto::Hex(crypto::HmacSha256Raw(key, challenge));
}

// The value of `expires` in the salt's parameters ("<hex>?expires=123&"), or -1.
std::int64_t Expires(const std::string& salt) {
  const auto query = salt.find('?');
  if (query == std::string::npos) return -1;
  std::size_t at = query + 1;
  while (at < salt.size()) {
    auto end = salt.find('&', at);
    if (end == std::string::npos) end = salt.size();
    const std::string pair = salt.substr(at, end - at);
    if (pair.starts_with("expires=")) {
      const std::string digits = pair.substr(8);
      if (digits.empty() || digits.size() > 12 ||
          digits.find_first_not_of("0123456789") != std::string::npos) {
        return -1;
      }
      return std::stoll(digits);
    }
    at = end + 1;
  }
  return -1;
}

}  // namespace

PowChallenge ProofOfWork::Issue() const {
  PowChallenge issued;
  std::string random(12, '\0');
  randombytes_buf(random.data(), random.size());
  issued.salt =
      crypto::Hex(random) + "?expires=" + std::to_string(UnixSeconds(clock_.Now() + ttl_)) + "&";
  const std::int64_t number =
      static_cast<std::int64_t>(randombytes_uniform(static_cast<std::uint32_t>(max_number_ + 1)));
  issued.max_number = max_number_;
  issued.challenge = crypto::Sha256Hex(issued.salt + std::to_string(number));
  issued.signature = Sign(key_, issued.challenge);
  return issued;
}

bool ProofOfWork::Verify(const std::string& payload_base64) {
  if (payload_base64.empty() || payload_base64.size() > 2048) return false;
  const auto decoded = crypto::FromBase64(payload_base64);
  if (!decoded) return false;
  boost::system::error_code ec;
  const auto payload = boost::json::parse(*decoded, ec);
  if (ec || !payload.is_object()) return false;
  const auto& object = payload.as_object();
  const auto text = [&object](const char* key) {
    const auto* value = object.if_contains(key);
    return value && value->is_string() ? std::string(value->as_string()) : std::string();
  };
  const auto* number = object.if_contains("number");
  if (text("algorithm") != "SHA-256" || !number || !number->is_int64() || number->as_int64() < 0 ||
      number->as_int64() > max_number_) {
    return false;
  }
  const std::string salt = text("salt");
  const std::string challenge = text("challenge");
  const std::int64_t expires = Expires(salt);
  if (salt.size() > 200 || expires < UnixSeconds(clock_.Now())) return false;
  if (!crypto::ConstantTimeEquals(Sign(key_, challenge), text("signature"))) return false;
  if (crypto::Sha256Hex(salt + std::to_string(number->as_int64())) != challenge) return false;
  // Once: the first use takes the only token of the challenge's bucket, which refills slower
  // than the challenge lives.
  return limiter_.Take("pow-used:" + challenge, {1, 1.0 / 60}).allowed;
}

}  // namespace resumax::auth

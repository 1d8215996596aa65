#include "domain/billing/stripe_signature.h"

#include <charconv>
#include <string>
#include <vector>

#include "core/crypto.h"

namespace resumax::billing {

SignatureCheck VerifyStripeSignature(std::string_view header, std::string_view payload,
                                     std::string_view secret, long long now_unix,
                                     long long tolerance_seconds) {
  std::string_view timestamp;
  std::vector<std::string_view> signatures;
  while (!header.empty()) {
    const auto comma = header.find(',');
    std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    const auto equals = item.find('=');
    if (equals == std::string_view::npos) continue;
    const std::string_view key = item.substr(0, equals);
    const std::string_view value = item.substr(equals + 1);
    if (key == "t") {
      timestamp = value;
    } else if (key == "v1" && signatures.size() < 16) {
      signatures.push_back(value);
    }
  }
  long long signed_at = 0;
  const auto [end, ec] =
      std::from_chars(timestamp.data(), timestamp.data() + timestamp.size(), signed_at);
  if (timestamp.empty() || ec != std::errc() || end != timestamp.data() + timestamp.size() ||
      signatures.empty()) {
    return SignatureCheck::kMalformed;
  }
  std::string signed_payload;
  signed_payload.reserve(timestamp.size() + 1 + payload.size());
  signed_payload.append(timestamp).append(".").append(payload);
  const std::string expected = crypto::Hex(crypto::HmacSha256Raw(secret, signed_payload));
  bool matched = false;
  for (const std::string_view signature : signatures) {
    // Every entry is compared, so the time taken says nothing about which one matched.
    matched = crypto::ConstantTimeEquals(expected, signature) || matched;
  }
  if (!matched) return SignatureCheck::kMismatch;
  const long long age = now_unix - signed_at;
  if (tolerance_seconds > 0 && (age > tolerance_seconds || age < -tolerance_seconds)) {
    return SignatureCheck::kStale;
  }
  return SignatureCheck::kValid;
}

}  // namespace resumax::billing

#include "domain/auth/totp.h"

#include <liboath/oath.h>
#include <qrencode.h>
#include <sodium.h>

#include <algorithm>
#include <boost/url/encode.hpp>
#include <boost/url/rfc/unreserved_chars.hpp>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace resumax::auth::totp {
namespace {

void Initialize() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (oath_init() != OATH_OK) throw std::runtime_error("liboath failed to initialise");
  });
}

std::string Encode(const std::string& text) {
  return boost::urls::encode(text, boost::urls::unreserved_chars);
}

}  // namespace

std::string NewSecret() {
  std::string secret(20, '\0');
  randombytes_buf(secret.data(), secret.size());
  return secret;
}

std::string Base32(const std::string& secret) {
  Initialize();
  char* out = nullptr;
  std::size_t length = 0;
  if (oath_base32_encode(secret.data(), secret.size(), &out, &length) != OATH_OK) {
    throw std::runtime_error("base32 encoding failed");
  }
  const std::unique_ptr<char, decltype(&std::free)> owned(out, &std::free);
  std::string text(out, length);
  while (!text.empty() && text.back() == '=') text.pop_back();
  return text;
}

std::string Uri(const std::string& issuer, const std::string& account, const std::string& secret) {
  return "otpauth://totp/" + Encode(issuer) + ":" + Encode(account) + "?secret=" + Base32(secret) +
         "&issuer=" + Encode(issuer) +
         "&algorithm=SHA1&digits=6&period=" + std::to_string(kStepSeconds);
}

std::string QrSvg(const std::string& text) {
  const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
      QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
  if (!code) throw std::runtime_error("the QR code could not be made");
  constexpr int kQuiet = 4;
  const int width = code->width;
  const int size = width + 2 * kQuiet;
  std::string path;
  for (int y = 0; y < width; ++y) {
    for (int x = 0; x < width; ++x) {
      if ((code->data[y * width + x] & 1) == 0) continue;
      path += "M" + std::to_string(x + kQuiet) + " " + std::to_string(y + kQuiet) + "h1v1h-1z";
    }
  }
  const std::string view = std::to_string(size);
  return R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 )" + view + " " + view +
         R"(" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/>)" +
         R"(<path fill="#000" d=")" + path + R"("/></svg>)";
}

std::optional<std::int64_t> Verify(const std::string& secret, const std::string& code,
                                   std::int64_t unix_now) {
  Initialize();
  if (code.size() != 6 ||
      !std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  int offset = 0;
  const int found = oath_totp_validate2(secret.data(), secret.size(), static_cast<time_t>(unix_now),
                                        kStepSeconds, 0, 1, &offset, code.c_str());
  if (found < 0) return std::nullopt;
  return unix_now / kStepSeconds + offset;
}

std::string Generate(const std::string& secret, std::int64_t unix_time) {
  Initialize();
  char out[7] = {};
  if (oath_totp_generate(secret.data(), secret.size(), static_cast<time_t>(unix_time), kStepSeconds,
                         0, 6, out) != OATH_OK) {
    throw std::runtime_error("TOTP generation failed");
  }
  return std::string(out, 6);
}

}  // namespace resumax::auth::totp

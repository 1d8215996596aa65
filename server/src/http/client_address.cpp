#include "http/client_address.h"

#include <boost/asio/ip/address.hpp>

#include "core/text.h"

namespace resumax::http {
namespace {

namespace ip = boost::asio::ip;

// The address's bytes, with IPv4-mapped IPv6 addresses read as IPv4.
std::optional<std::vector<unsigned char>> Bytes(std::string_view text) {
  boost::system::error_code ec;
  ip::address address = ip::make_address(std::string(TrimSpace(text)), ec);
  if (ec) return std::nullopt;
  if (address.is_v6() && address.to_v6().is_v4_mapped()) {
    address = ip::make_address_v4(ip::v4_mapped, address.to_v6());
  }
  if (address.is_v4()) {
    const auto bytes = address.to_v4().to_bytes();
    return std::vector<unsigned char>(bytes.begin(), bytes.end());
  }
  const auto bytes = address.to_v6().to_bytes();
  return std::vector<unsigned char>(bytes.begin(), bytes.end());
}

}  // namespace

std::optional<TrustedProxies> TrustedProxies::Parse(std::string_view list, std::string* problem) {
  TrustedProxies out;
  while (!list.empty()) {
    const auto comma = list.find(',');
    const std::string_view entry = TrimSpace(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (entry.empty()) continue;
    const auto slash = entry.find('/');
    auto bytes = Bytes(entry.substr(0, slash));
    int prefix = bytes ? static_cast<int>(bytes->size() * 8) : 0;
    bool valid = bytes.has_value();
    if (valid && slash != std::string_view::npos) {
      const std::string digits(entry.substr(slash + 1));
      valid = !digits.empty() && digits.size() <= 3 &&
              digits.find_first_not_of("0123456789") == std::string::npos &&
              std::stoi(digits) <= prefix;
      if (valid) prefix = std::stoi(digits);
    }
    if (!valid) {
      if (problem) *problem = std::string(entry);
      return std::nullopt;
    }
    out.blocks_.push_back({std::move(*bytes), prefix});
  }
  return out;
}

bool TrustedProxies::Contains(std::string_view address) const {
  const auto bytes = Bytes(address);
  if (!bytes) return false;
  for (const Block& block : blocks_) {
    if (block.bytes.size() != bytes->size()) continue;
    int left = block.prefix;
    bool match = true;
    for (std::size_t i = 0; i < bytes->size() && left > 0 && match; ++i, left -= 8) {
      const int bits = left >= 8 ? 8 : left;
      const auto mask = static_cast<unsigned char>(0xFF << (8 - bits));
      match = ((*bytes)[i] & mask) == (block.bytes[i] & mask);
    }
    if (match) return true;
  }
  return false;
}

std::string TrustedProxies::ClientAddress(const std::string& peer,
                                          std::string_view forwarded_for) const {
  if (forwarded_for.empty() || !Contains(peer)) return peer;
  // Right to left: each hop appended the address it saw; the first one we do not run is the
  // client as far as anyone we trust can tell.
  std::string client = peer;
  while (!forwarded_for.empty()) {
    const auto comma = forwarded_for.rfind(',');
    const std::string_view hop = TrimSpace(
        comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1));
    forwarded_for =
        comma == std::string_view::npos ? std::string_view() : forwarded_for.substr(0, comma);
    if (!Bytes(hop)) break;  // garbage: keep the last address we could trust
    client = std::string(hop);
    if (!Contains(hop)) break;
  }
  return client;
}

}  // namespace resumax::http

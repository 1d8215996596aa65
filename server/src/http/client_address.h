#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace resumax::http {

// Which peers are our own proxies (RESUMAX_TRUSTED_PROXIES: a comma-separated list of CIDR
// blocks or addresses, IPv4 or IPv6). Only for a request from one of them is X-Forwarded-For
// believed: the client is the right-most address in it that is not itself a trusted proxy.
// From any other peer the header is ignored and the TCP peer is the client, so that nobody can
// pick the address their rate limits are counted under.
class TrustedProxies {
 public:
  // nullopt when an entry is not an address or CIDR block; `problem` then names it.
  static std::optional<TrustedProxies> Parse(std::string_view list, std::string* problem = nullptr);

  bool empty() const { return blocks_.empty(); }
  bool Contains(std::string_view address) const;
  // The address the request counts as coming from.
  std::string ClientAddress(const std::string& peer, std::string_view forwarded_for) const;

 private:
  struct Block {
    std::vector<unsigned char> bytes;  // 4 or 16
    int prefix = 0;
  };
  std::vector<Block> blocks_;
};

}  // namespace resumax::http

#include "http/client_address.h"

#include <gtest/gtest.h>

namespace resumax::http {
namespace {

TEST(TrustedProxies, ParsesAddressesAndBlocksAndNamesTheBadEntry) {
  EXPECT_TRUE(TrustedProxies::Parse("")->empty());
  EXPECT_FALSE(TrustedProxies::Parse("10.0.0.0/8, 127.0.0.1,fd00::/8")->empty());
  std::string bad;
  EXPECT_FALSE(TrustedProxies::Parse("10.0.0.0/8,proxy.internal", &bad));
  EXPECT_EQ(bad, "proxy.internal");
  EXPECT_FALSE(TrustedProxies::Parse("10.0.0.0/33", &bad));
  EXPECT_FALSE(TrustedProxies::Parse("10.0.0.0/", &bad));
  EXPECT_FALSE(TrustedProxies::Parse("::1/129", &bad));
}

TEST(TrustedProxies, MatchesByPrefix) {
  const auto proxies = *TrustedProxies::Parse("10.1.0.0/16,192.0.2.7,2001:db8::/32");
  EXPECT_TRUE(proxies.Contains("10.1.200.3"));
  EXPECT_FALSE(proxies.Contains("10.2.0.1"));
  EXPECT_TRUE(proxies.Contains("192.0.2.7"));
  EXPECT_FALSE(proxies.Contains("192.0.2.8"));
  EXPECT_TRUE(proxies.Contains("2001:db8:1::5"));
  EXPECT_TRUE(proxies.Contains("::ffff:10.1.0.9"));  // IPv4-mapped
  EXPECT_FALSE(proxies.Contains("not an address"));
}

TEST(TrustedProxies, BelievesForwardedForOnlyFromTrustedPeers) {
  const auto proxies = *TrustedProxies::Parse("10.0.0.0/8");
  // A stranger cannot choose the address their limits count under.
  EXPECT_EQ(proxies.ClientAddress("203.0.113.5", "198.51.100.1"), "203.0.113.5");
  // Through our proxy: the right-most address that is not ours.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "198.51.100.1"), "198.51.100.1");
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.1, 10.0.0.9"), "198.51.100.1");
  // A spoofed left-most entry does not win over the hop our proxy saw.
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "6.6.6.6,198.51.100.1"), "198.51.100.1");
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", ""), "10.0.0.2");
  EXPECT_EQ(proxies.ClientAddress("10.0.0.2", "garbage"), "10.0.0.2");
  EXPECT_EQ(TrustedProxies().ClientAddress("10.0.0.2", "198.51.100.1"), "10.0.0.2");
}

}  // namespace
}  // namespace resumax::http

#include "http/static_site.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace resumax::http {
namespace {

std::string Policy(const Response& response) {
  for (const auto& [name, value] : response.headers) {
    if (name == "Content-Security-Policy") return value;
  }
  return "";
}

// The app's policy allows only its own origin, and the object store's where files live there:
// uploads go to it, PDF previews are framed from it, the ATS report's page pictures come from it.
TEST(StaticSite, PolicyNamesTheObjectStoreForUploadsPreviewsAndPictures) {
  const auto root = std::filesystem::temp_directory_path() /
                    ("resumax-static-site-" + std::to_string(::getpid()));
  std::filesystem::create_directories(root);
  std::ofstream(root / "index.html") << "<!doctype html><title>resuMAX</title>";

  const auto embedded = StaticSite(root).Serve("/", "");
  ASSERT_TRUE(embedded);
  EXPECT_NE(Policy(*embedded).find("img-src 'self' data:;"), std::string::npos)
      << Policy(*embedded);
  EXPECT_NE(Policy(*embedded).find("connect-src 'self';"), std::string::npos);

  const auto distributed = StaticSite(root, "http://127.0.0.1:9000").Serve("/", "");
  ASSERT_TRUE(distributed);
  const std::string policy = Policy(*distributed);
  EXPECT_NE(policy.find("img-src 'self' data: http://127.0.0.1:9000;"), std::string::npos)
      << policy;
  EXPECT_NE(policy.find("connect-src 'self' http://127.0.0.1:9000;"), std::string::npos) << policy;
  EXPECT_NE(policy.find("frame-src 'self' http://127.0.0.1:9000;"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos);
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace resumax::http

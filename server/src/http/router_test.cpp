#include "http/router.h"

#include <gtest/gtest.h>

namespace resumax::http {
namespace {

Handler Answer(int status) {
  return [status](Request&) -> Result<Response> { return Response{status, "text/plain", "", {}}; };
}

TEST(Router, MatchesExactPathsAndParameters) {
  Router router;
  router.Add("GET", "/api/v1/resumes", {}, Answer(1));
  router.Add("GET", "/api/v1/resumes/{id}", {}, Answer(2));
  router.Add("POST", "/api/v1/resumes/{id}/parse", {}, Answer(3));
  std::unordered_map<std::string, std::string> params;

  auto match = router.Match("GET", "/api/v1/resumes/abc", params);
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(match.route->pattern, "/api/v1/resumes/{id}");
  EXPECT_EQ(params.at("id"), "abc");

  match = router.Match("POST", "/api/v1/resumes/xyz/parse", params);
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(params.at("id"), "xyz");

  EXPECT_NE(router.Match("HEAD", "/api/v1/resumes", params).route, nullptr);
}

TEST(Router, TellsMissingPathsFromWrongMethods) {
  Router router;
  router.Add("GET", "/api/v1/users/me", {}, Answer(1));
  std::unordered_map<std::string, std::string> params;
  auto wrong_method = router.Match("DELETE", "/api/v1/users/me", params);
  EXPECT_EQ(wrong_method.route, nullptr);
  EXPECT_TRUE(wrong_method.path_exists);
  for (const char* path :
       {"/api/v1/users", "/api/v1/users/me/", "/api/v1/users/me/x", "", "x", "/api/v1/resumes/"}) {
    auto missing = router.Match("GET", path, params);
    EXPECT_EQ(missing.route, nullptr) << path;
    EXPECT_FALSE(missing.path_exists) << path;
  }
}

TEST(Router, EmptyParameterDoesNotMatch) {
  Router router;
  router.Add("GET", "/api/v1/resumes/{id}", {}, Answer(1));
  std::unordered_map<std::string, std::string> params;
  EXPECT_EQ(router.Match("GET", "/api/v1/resumes/", params).route, nullptr);
}

}  // namespace
}  // namespace resumax::http

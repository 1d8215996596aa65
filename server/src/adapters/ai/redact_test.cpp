// Built only in resumax_ai_tests (server/ai.cmake defines RESUMAX_FAKE_PROVIDER); empty when the
// unit-test glob of tests/CMakeLists.txt picks this file up before ai.cmake is included.
#ifdef RESUMAX_FAKE_PROVIDER

#include "adapters/ai/redact.h"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "adapters/ai/circuit_breaker.h"
#include "domain/document/document_json.h"

namespace resumax::ai {
namespace {

TEST(PiiRedactorTest, RemovesContactDetailsAndTheName) {
  boost::json::object sections = boost::json::parse(R"({"contact": {"name": "Dana Whitfield",
      "email": "dana.whitfield@example.com", "phone": "+1 415 555 0142",
      "links": ["github.com/danaw"]}})")
                                     .as_object();
  PiiRedactor redactor(document::FromJson(sections).contact);
  std::string redacted = redactor.Redact(
      "Dana Whitfield (dana.whitfield@example.com, +1 415 555 0142, github.com/danaw) — "
      "reach Dana at dana@other.org or (503) 555-0199, see https://dana.dev/cv and "
      "www.portfolio.net. Migrated 40 microservices between 2017-06 and 2021-02 with React.js.");
  EXPECT_EQ(redacted.find("Dana"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("Whitfield"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find('@'), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("555"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("danaw"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("dana.dev"), std::string::npos) << redacted;
  EXPECT_EQ(redacted.find("portfolio"), std::string::npos) << redacted;
  EXPECT_NE(redacted.find("[name]"), std::string::npos);
  EXPECT_NE(redacted.find("[email]"), std::string::npos);
  EXPECT_NE(redacted.find("[phone]"), std::string::npos);
  EXPECT_NE(redacted.find("[url]"), std::string::npos);
  EXPECT_NE(redacted.find("Migrated 40 microservices between 2017-06 and 2021-02 with React.js"),
            std::string::npos)
      << redacted;
}

TEST(CircuitBreakerTest, OpensAfterConsecutiveFailuresAndTriesAgainAfterTheCoolDown) {
  auto now = std::chrono::steady_clock::time_point{};
  CircuitBreaker breaker(2, std::chrono::seconds(30), [&] { return now; });
  EXPECT_TRUE(breaker.AllowCall());
  breaker.RecordFailure();
  breaker.RecordSuccess();
  breaker.RecordFailure();
  EXPECT_TRUE(breaker.AllowCall()) << "failures must be consecutive";
  breaker.RecordFailure();
  EXPECT_TRUE(breaker.IsOpen());
  EXPECT_FALSE(breaker.AllowCall());
  now += std::chrono::seconds(31);
  EXPECT_TRUE(breaker.AllowCall()) << "one trial call after the cool-down";
  EXPECT_FALSE(breaker.AllowCall()) << "only one";
  breaker.RecordFailure();
  EXPECT_FALSE(breaker.AllowCall()) << "a failed trial reopens it";
  now += std::chrono::seconds(31);
  EXPECT_TRUE(breaker.AllowCall());
  breaker.RecordSuccess();
  EXPECT_FALSE(breaker.IsOpen());
  EXPECT_TRUE(breaker.AllowCall());
}

}  // namespace
}  // namespace resumax::ai

#endif  // RESUMAX_FAKE_PROVIDER

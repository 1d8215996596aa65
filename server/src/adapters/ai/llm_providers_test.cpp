// Built only in resumax_ai_tests (server/ai.cmake defines RESUMAX_FAKE_PROVIDER); empty when the
// unit-test glob of tests/CMakeLists.txt picks this file up before ai.cmake is included.
#ifdef RESUMAX_FAKE_PROVIDER

#include "adapters/ai/llm_providers.h"

#include <gtest/gtest.h>

#include <mutex>

#include "adapters/ai/fake_llm_server.h"
#include "adapters/ai/field_assistant.h"
#include "adapters/ai/fields_prompt.h"
#include "adapters/ai/section_prompt.h"

namespace resumax::ai {
namespace {

SectionRequest ExperienceRequest() {
  SectionRequest request;
  request.section = "experience";
  request.scope = "experience[0]";
  request.heading = "Senior Software Engineer, Brightline Logistics";
  request.items = {{"experience[0].bullets[0]", "Responsible for maintaining the CI/CD pipeline"},
                   {"experience[0].bullets[1]", "Migrated the order service to PostgreSQL"}};
  request.job_title = "Senior Backend Engineer";
  request.job_keywords = {"PostgreSQL", "CI/CD", "Kubernetes"};
  request.report = {{"PostgreSQL"}, {"CI/CD"}, {"Kubernetes"}};
  return request;
}

// Records the waits instead of sleeping.
struct RecordedSleeps {
  std::mutex mutex;
  std::vector<std::chrono::milliseconds> waits;
  RetryPolicy Policy() {
    RetryPolicy policy;
    policy.sleep = [this](std::chrono::milliseconds wait) {
      std::lock_guard lock(mutex);
      waits.push_back(wait);
    };
    return policy;
  }
};

ProviderSettings SettingsFor(const testing::FakeLlmServer& server, std::string model) {
  ProviderSettings settings;
  settings.api_key = "test-key";
  settings.base_url = server.base_url() + "/";
  settings.model = std::move(model);
  settings.timeout = std::chrono::seconds(5);
  return settings;
}

class ProvidersTest : public ::testing::Test {
 protected:
  testing::FakeLlmServer server_;
  RecordedSleeps sleeps_;
  std::shared_ptr<HttpClient> http_ = std::make_shared<HttpClient>();
};

TEST_F(ProvidersTest, OpenAiSendsStrictSchemaAndParsesTheReply) {
  OpenAiProvider provider(SettingsFor(server_, "gpt-test"), http_, sleeps_.Policy());
  Result<SectionReply> reply = provider.RewriteSection(ExperienceRequest());
  ASSERT_TRUE(reply) << reply.error().internal;
  ASSERT_EQ(reply->edits.size(), 2u);
  EXPECT_EQ(reply->edits[0].path, "experience[0].bullets[0]");
  EXPECT_EQ(reply->edits[0].after, "Maintaining the CI/CD pipeline");
  EXPECT_EQ(reply->edits[0].keywords, std::vector<std::string>{"CI/CD"});
  EXPECT_EQ(reply->edits[1].after, "Migrated the order service to PostgreSQL.");
  EXPECT_EQ(reply->prompt_tokens, 100);
  EXPECT_EQ(reply->completion_tokens, 50);

  boost::json::array requests = server_.Requests();
  ASSERT_EQ(requests.size(), 1u);
  const auto& request = requests[0].as_object();
  EXPECT_EQ(request.at("path").as_string(), "/v1/chat/completions");
  EXPECT_EQ(request.at("headers").at("authorization").as_string(), "Bearer test-key");
  const auto& body = request.at("body").as_object();
  EXPECT_EQ(body.at("model").as_string(), "gpt-test");
  const auto& format = body.at("response_format").as_object();
  EXPECT_EQ(format.at("type").as_string(), "json_schema");
  EXPECT_EQ(format.at("json_schema").at("name").as_string(), "propose_changes");
  EXPECT_TRUE(format.at("json_schema").at("strict").as_bool());
  EXPECT_EQ(format.at("json_schema")
                .at("schema")
                .at("properties")
                .at("changes")
                .at("items")
                .at("properties")
                .at("path")
                .at("enum")
                .as_array()
                .size(),
            2u);
  EXPECT_EQ(body.at("messages").as_array()[0].at("role").as_string(), "system");
  EXPECT_TRUE(sleeps_.waits.empty());
}

TEST_F(ProvidersTest, AnthropicForcesTheToolAndReadsItsInput) {
  AnthropicProvider provider(SettingsFor(server_, "claude-test"), http_, sleeps_.Policy());
  Result<SectionReply> reply = provider.RewriteSection(ExperienceRequest());
  ASSERT_TRUE(reply) << reply.error().internal;
  ASSERT_EQ(reply->edits.size(), 2u);
  EXPECT_EQ(reply->edits[0].after, "Maintaining the CI/CD pipeline");
  EXPECT_EQ(reply->prompt_tokens, 120);
  EXPECT_EQ(reply->completion_tokens, 60);

  boost::json::array requests = server_.Requests();
  ASSERT_EQ(requests.size(), 1u);
  const auto& request = requests[0].as_object();
  EXPECT_EQ(request.at("path").as_string(), "/v1/messages");
  EXPECT_EQ(request.at("headers").at("x-api-key").as_string(), "test-key");
  EXPECT_EQ(request.at("headers").at("anthropic-version").as_string(), "2023-06-01");
  EXPECT_FALSE(request.at("headers").as_object().contains("authorization"));
  const auto& body = request.at("body").as_object();
  EXPECT_EQ(body.at("model").as_string(), "claude-test");
  EXPECT_TRUE(body.at("system").is_string());
  EXPECT_EQ(body.at("tools").as_array()[0].at("name").as_string(), "propose_changes");
  EXPECT_TRUE(body.at("tools").as_array()[0].at("input_schema").is_object());
  EXPECT_EQ(body.at("tool_choice").at("type").as_string(), "tool");
  EXPECT_EQ(body.at("tool_choice").at("name").as_string(), "propose_changes");
}

TEST_F(ProvidersTest, RetriesA429AfterItsRetryAfter) {
  server_.SetMode(R"({"mode": "flaky", "failFirst": 1, "failWith": "429"})");
  OpenAiProvider provider(SettingsFor(server_, "gpt-test"), http_, sleeps_.Policy());
  Result<SectionReply> reply = provider.RewriteSection(ExperienceRequest());
  ASSERT_TRUE(reply) << reply.error().internal;
  EXPECT_EQ(server_.CountRequests("openai"), 2u);
  ASSERT_EQ(sleeps_.waits.size(), 1u);
  EXPECT_EQ(sleeps_.waits[0], std::chrono::seconds(1));
}

TEST_F(ProvidersTest, GivesUpAfterTwoRetriesWithBackoff) {
  server_.SetMode(R"({"mode": "500"})");
  AnthropicProvider provider(SettingsFor(server_, "claude-test"), http_, sleeps_.Policy());
  Result<SectionReply> reply = provider.RewriteSection(ExperienceRequest());
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().internal, "http 500 after 3 attempts");
  EXPECT_EQ(server_.CountRequests("anthropic"), 3u);
  ASSERT_EQ(sleeps_.waits.size(), 2u);
  EXPECT_GE(sleeps_.waits[0].count(), 250);
  EXPECT_LE(sleeps_.waits[0].count(), 500);
  EXPECT_GE(sleeps_.waits[1].count(), 500);
  EXPECT_LE(sleeps_.waits[1].count(), 1000);
}

TEST_F(ProvidersTest, TimesOutPerAttempt) {
  server_.SetMode(R"({"mode": "timeout"})");
  ProviderSettings settings = SettingsFor(server_, "gpt-test");
  settings.timeout = std::chrono::milliseconds(300);
  settings.max_retries = 1;
  OpenAiProvider provider(settings, http_, sleeps_.Policy());
  Result<SectionReply> reply = provider.RewriteSection(ExperienceRequest());
  ASSERT_FALSE(reply);
  EXPECT_EQ(reply.error().internal, "timeout after 2 attempts");
  EXPECT_EQ(server_.CountRequests("openai"), 2u);
}

TEST_F(ProvidersTest, MalformedJsonIsAFailure) {
  server_.SetMode(R"({"mode": "garbage"})");
  OpenAiProvider openai(SettingsFor(server_, "gpt-test"), http_, sleeps_.Policy());
  AnthropicProvider anthropic(SettingsFor(server_, "claude-test"), http_, sleeps_.Policy());
  Result<SectionReply> openai_reply = openai.RewriteSection(ExperienceRequest());
  Result<SectionReply> anthropic_reply = anthropic.RewriteSection(ExperienceRequest());
  ASSERT_FALSE(openai_reply);
  ASSERT_FALSE(anthropic_reply);
  EXPECT_NE(openai_reply.error().internal.find("malformed JSON"), std::string::npos);
  EXPECT_NE(anthropic_reply.error().internal.find("malformed"), std::string::npos);
  EXPECT_TRUE(sleeps_.waits.empty()) << "a 200 with bad JSON is not retried";
}

TEST(ReplyValidationTest, AcceptsAValidReplyAndDropsNoOpEdits) {
  Result<std::vector<ProposedEdit>> edits = ParseReply(ExperienceRequest(), R"({"changes": [
    {"path": "experience[0].bullets[0]", "after": "Maintained the CI/CD pipeline",
     "reason": "Stronger opener.", "keywords": ["CI/CD"]},
    {"path": "experience[0].bullets[1]", "after": "Migrated the order service to PostgreSQL",
     "reason": "Same.", "keywords": []}]})");
  ASSERT_TRUE(edits);
  ASSERT_EQ(edits->size(), 1u);
  EXPECT_EQ((*edits)[0].after, "Maintained the CI/CD pipeline");
}

TEST(ReplyValidationTest, RejectsWhatTheSchemaForbids) {
  const SectionRequest request = ExperienceRequest();
  const std::string overlong(501, 'x');
  for (const std::string& reply : {
           std::string(R"({"changes": [{"path": "experience[0].bullets[0]", "after": 42,)"
                       R"( "reason": "r", "keywords": []}]})"),
           std::string(R"({"changes": [{"path": "experience[1].bullets[0]", "after": "x",)"
                       R"( "reason": "r", "keywords": []}]})"),
           std::string(R"({"changes": [{"path": "experience[0].bullets[0]", "after": "  ",)"
                       R"( "reason": "r", "keywords": []}]})"),
           R"({"changes": [{"path": "experience[0].bullets[0]", "after": ")" + overlong +
               R"(", "reason": "r", "keywords": []}]})",
           std::string(R"({"changes": [{"path": "experience[0].bullets[0]", "after": "x",)"
                       R"( "reason": "r", "keywords": [1]}]})"),
           std::string(R"({"changes": {}})"),
           std::string(R"({"changes": [)"),
       }) {
    EXPECT_FALSE(ParseReply(request, reply)) << reply;
  }
}

TEST(SectionPromptTest, FillsTheStrategyTemplate) {
  SectionRequest request = ExperienceRequest();
  request.strategy = optimize::Strategy::kConservative;
  SectionPrompt prompt = BuildSectionPrompt(request);
  EXPECT_EQ(prompt.version, "rewrite-v1-conservative");
  EXPECT_NE(prompt.system.find("Never invent employers"), std::string::npos);
  EXPECT_NE(prompt.user.find("Target job title: Senior Backend Engineer"), std::string::npos);
  EXPECT_NE(prompt.user.find("Missing from the resume (never add these): Kubernetes"),
            std::string::npos);
  EXPECT_NE(prompt.user.find(R"("path":"experience[0].bullets[1]")"), std::string::npos);
  EXPECT_EQ(prompt.user.find("{{"), std::string::npos);
  for (auto strategy : {optimize::Strategy::kBalanced, optimize::Strategy::kBold}) {
    request.strategy = strategy;
    EXPECT_NE(BuildSectionPrompt(request).system.find("Truthfulness rules"), std::string::npos);
  }
}

constexpr std::string_view kResumeText =
    "Priya Raman, Graphic Designer\npriya.raman@example.com | +44 20 7946 0321\n"
    "Experience\nDesigner\tNorthwind Studio\t2019 - Present\n";

std::vector<parsing::FieldQuestion> FieldQuestions() {
  return {{"contact.name", "", ""},
          {"experience[0].company", "Northwind Studio", "title: Designer; employer: ; dates: "}};
}

document::Contact ResumeContact() {
  document::Contact contact;
  contact.email = "priya.raman@example.com";
  contact.phone = "+44 20 7946 0321";
  return contact;
}

// Both wire formats read fields through a strict schema of the paths asked, and the text they
// carry has the email address and phone number masked, never the name.
TEST_F(ProvidersTest, FieldsAreReadThroughTheSchemaWithContactDetailsMasked) {
  std::vector<std::unique_ptr<Provider>> providers;
  providers.push_back(
      std::make_unique<OpenAiProvider>(SettingsFor(server_, "gpt-test"), http_, sleeps_.Policy()));
  providers.push_back(std::make_unique<AnthropicProvider>(SettingsFor(server_, "claude-test"),
                                                          http_, sleeps_.Policy()));
  for (const auto& provider : providers) {
    FieldsRequest request{std::string(kResumeText), FieldQuestions()};
    Result<FieldsReply> reply = provider->ExtractFields(request);
    ASSERT_TRUE(reply) << provider->name() << ": " << reply.error().internal;
    ASSERT_EQ(reply->answers.size(), 2u) << provider->name();
    EXPECT_EQ(reply->answers[0].path, "contact.name");
    EXPECT_EQ(reply->answers[0].value, "Priya Raman");
    EXPECT_EQ(reply->answers[1].value, "Northwind Studio");
  }
  ProviderFieldAssistant assistant(std::move(providers));
  Result<std::vector<parsing::FieldAnswer>> answers =
      assistant.Answer(kResumeText, FieldQuestions(), ResumeContact());
  ASSERT_TRUE(answers) << answers.error().internal;
  EXPECT_EQ(answers->size(), 2u);

  const boost::json::array requests = server_.Requests();
  ASSERT_EQ(requests.size(), 3u);
  const auto& openai = requests[0].at("body").as_object();
  const auto& schema = openai.at("response_format").at("json_schema").as_object();
  EXPECT_EQ(schema.at("name").as_string(), "read_fields");
  EXPECT_TRUE(schema.at("strict").as_bool());
  const auto& paths = schema.at("schema")
                          .at("properties")
                          .at("fields")
                          .at("items")
                          .at("properties")
                          .at("path")
                          .at("enum");
  EXPECT_EQ(boost::json::serialize(paths), R"(["contact.name","experience[0].company"])");
  const auto& anthropic = requests[1].at("body").as_object();
  EXPECT_EQ(anthropic.at("tool_choice").at("name").as_string(), "read_fields");
  // What the assistant sent (the third request) masks the contact details, keeps the name.
  const std::string sent = boost::json::serialize(requests[2].at("body"));
  EXPECT_EQ(sent.find("priya.raman@example.com"), std::string::npos);
  EXPECT_EQ(sent.find("7946"), std::string::npos);
  EXPECT_NE(sent.find("[email]"), std::string::npos);
  EXPECT_NE(sent.find("Priya Raman"), std::string::npos);
}

// A failing provider gives way to the next; when every one fails the assistant says so.
TEST_F(ProvidersTest, FieldAssistantFallsBackAndFailsCleanly) {
  server_.SetMode(R"({"openai": {"mode": "garbage"}, "anthropic": {"mode": "ok"}})");
  std::vector<std::unique_ptr<Provider>> providers;
  providers.push_back(
      std::make_unique<OpenAiProvider>(SettingsFor(server_, "gpt-test"), http_, sleeps_.Policy()));
  providers.push_back(std::make_unique<AnthropicProvider>(SettingsFor(server_, "claude-test"),
                                                          http_, sleeps_.Policy()));
  ProviderFieldAssistant assistant(std::move(providers));
  Result<std::vector<parsing::FieldAnswer>> answers =
      assistant.Answer(kResumeText, FieldQuestions(), ResumeContact());
  ASSERT_TRUE(answers) << answers.error().internal;
  EXPECT_EQ(answers->size(), 2u);
  server_.SetMode(R"({"mode": "500"})");
  answers = assistant.Answer(kResumeText, FieldQuestions(), ResumeContact());
  ASSERT_FALSE(answers);
  EXPECT_NE(answers.error().internal.find("http 500"), std::string::npos);
}

TEST(FieldsValidationTest, RejectsWhatTheSchemaForbidsAndDropsEmptyAnswers) {
  const FieldsRequest request{"text", FieldQuestions()};
  auto validate = [&](std::string_view json) {
    return ValidateFields(request, boost::json::parse(json));
  };
  Result<std::vector<parsing::FieldAnswer>> fine = validate(
      R"({"fields": [{"path": "contact.name", "value": "Priya Raman"},
                     {"path": "contact.name", "value": "Someone Else"},
                     {"path": "experience[0].company", "value": "  "}]})");
  ASSERT_TRUE(fine);
  ASSERT_EQ(fine->size(), 1u);
  EXPECT_EQ((*fine)[0].value, "Priya Raman");
  for (std::string_view bad :
       {R"([])", R"({})", R"({"fields": {}})", R"({"fields": [1]})",
        R"({"fields": [{"path": "contact.email", "value": "x@example.com"}]})",
        R"({"fields": [{"path": "contact.name", "value": 7}]})"}) {
    EXPECT_FALSE(validate(bad)) << bad;
  }
}

TEST(FieldsPromptTest, PutsTheQuestionsAndTheTextInTheTemplate) {
  const SectionPrompt prompt = BuildFieldsPrompt({"Resume {{fields}} text", FieldQuestions()});
  EXPECT_EQ(prompt.version, "fields-v1");
  EXPECT_NE(prompt.system.find("never write anything that is not printed"), std::string::npos);
  EXPECT_NE(prompt.user.find(R"("path":"experience[0].company")"), std::string::npos);
  // Text that looks like a slot is left as it is.
  EXPECT_NE(prompt.user.find("Resume {{fields}} text"), std::string::npos);
}

}  // namespace
}  // namespace resumax::ai

#endif  // RESUMAX_FAKE_PROVIDER

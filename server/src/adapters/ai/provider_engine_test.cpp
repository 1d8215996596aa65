// Built only in resumax_ai_tests (server/ai.cmake defines RESUMAX_FAKE_PROVIDER); empty when the
// unit-test glob of tests/CMakeLists.txt picks this file up before ai.cmake is included.
#ifdef RESUMAX_FAKE_PROVIDER

#include "adapters/ai/provider_engine.h"

#include <gtest/gtest.h>

#include <mutex>

#include "adapters/ai/engine_factory.h"
#include "adapters/ai/fake_llm_server.h"
#include "domain/document/document_json.h"
#include "domain/rewriting/rewrite_engine.h"
#include "domain/rewriting/rewrite_test_resumes.h"

namespace resumax::ai {
namespace {

namespace fixtures = optimize::testing;

struct AuditRecord {
  std::string provider, version, prompt, output, outcome;
  long long tokens = 0;
};

class RecordingAuditSink final : public optimize::AiAuditSink {
 public:
  void Record(const std::string& provider, const std::string& prompt_version,
              const std::string& redacted_prompt, const std::string& redacted_output,
              long long tokens, const std::string& outcome) override {
    std::lock_guard lock(mutex_);
    records.push_back(
        {provider, prompt_version, redacted_prompt, redacted_output, outcome, tokens});
  }
  std::vector<AuditRecord> records;

 private:
  std::mutex mutex_;
};

class ProviderEngineTest : public ::testing::Test {
 protected:
  // Both providers on the fake server, tried openai first; retries without waiting.
  std::unique_ptr<optimize::ChangeEngine> MakeEngine(
      std::chrono::milliseconds timeout = std::chrono::seconds(10), int max_retries = 2) {
    AiSettings settings;
    for (ProviderSettings* provider : {&settings.openai, &settings.anthropic}) {
      provider->api_key = "test-key";
      provider->base_url = server_.base_url();
      provider->timeout = timeout;
      provider->max_retries = max_retries;
    }
    settings.engine = engine_settings_;
    RetryPolicy instant;
    instant.sleep = [](std::chrono::milliseconds) {};
    return MakeProviderEngine(settings, &audit_, nullptr, instant);
  }

  optimize::EngineOutput Propose(optimize::ChangeEngine& engine,
                                 const boost::json::object& resume) {
    return engine.Propose(document::FromJson(resume), "", fixtures::SoftwareEngineerJob(),
                          fixtures::SoftwareEngineerReport(), optimize::Strategy::kBalanced);
  }

  bool HasNote(const optimize::EngineOutput& output, std::string_view text) {
    for (const std::string& note : output.notes) {
      if (note.find(text) != std::string::npos) return true;
    }
    return false;
  }

  testing::FakeLlmServer server_;
  RecordingAuditSink audit_;
  EngineSettings engine_settings_;
};

// Summary and skills only: two sections.
boost::json::object SmallResume() {
  boost::json::object resume = fixtures::SoftwareEngineerResume();
  resume["experience"] = boost::json::array{};
  resume["projects"] = boost::json::array{};
  return resume;
}

TEST_F(ProviderEngineTest, OneCallPerSectionFillsTheChanges) {
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine();
  optimize::EngineOutput output = Propose(*engine, fixtures::SoftwareEngineerResume());

  EXPECT_EQ(output.provider, "openai");
  EXPECT_EQ(server_.CountRequests("openai"), 5u);  // summary, 2 experience, skills, 1 project
  EXPECT_EQ(server_.CountRequests("anthropic"), 0u);
  EXPECT_EQ(output.tokens_used, 5 * 150);
  EXPECT_TRUE(output.notes.empty());
  ASSERT_EQ(output.changes.size(), 1u + 4u + 4u + 1u + 1u);
  for (size_t index = 0; index < output.changes.size(); ++index) {
    EXPECT_EQ(output.changes[index].id, "c" + std::to_string(index + 1));
    EXPECT_FALSE(output.changes[index].diff.empty());
  }
  const optimize::Change& summary = output.changes[0];
  EXPECT_EQ(summary.section, "summary");
  EXPECT_EQ(summary.path, "summary");
  EXPECT_EQ(summary.before, "I am a backend engineer who likes building reliable systems.");
  EXPECT_EQ(summary.after, "Am a backend engineer who likes building reliable systems.");
  const optimize::Change& first_bullet = output.changes[1];
  EXPECT_EQ(first_bullet.section, "experience");
  EXPECT_EQ(first_bullet.path, "experience[0].bullets[0]");
  EXPECT_EQ(first_bullet.before,
            "Responsible for maintaining the CI/CD pipeline for 40 microservices");
  EXPECT_EQ(first_bullet.after, "Maintaining the CI/CD pipeline for 40 microservices");
  EXPECT_EQ(first_bullet.keywords, std::vector<std::string>{"CI/CD"});
  EXPECT_EQ(output.changes[9].path, "skills");
  EXPECT_EQ(output.changes[9].after,
            "TypeScript, React.js, Terraform, Docker, Postgres, Go, Python");
  EXPECT_EQ(output.changes[10].path, "projects[0].bullets[0]");
}

TEST_F(ProviderEngineTest, TimeoutsRetryThenFallBackToTheNextProvider) {
  server_.SetMode(R"({"openai": {"mode": "timeout"}, "anthropic": {"mode": "ok"}})");
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine(std::chrono::milliseconds(400));
  optimize::EngineOutput output = Propose(*engine, SmallResume());

  EXPECT_EQ(server_.CountRequests("openai"), 2u * 3u);  // each section: 1 attempt + 2 retries
  EXPECT_EQ(server_.CountRequests("anthropic"), 2u);
  EXPECT_EQ(output.provider, "anthropic");
  EXPECT_EQ(output.tokens_used, 2 * 180);
  EXPECT_EQ(output.changes.size(), 2u);
  EXPECT_TRUE(HasNote(output,
                      "summary: openai (timeout after 3 attempts) failed, fell back to "
                      "anthropic"))
      << output.notes.front();
}

TEST_F(ProviderEngineTest, WhenEveryProviderFailsTheLocalEngineDoesTheSection) {
  server_.SetMode(R"({"openai": {"mode": "500"}, "anthropic": {"mode": "garbage"}})");
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine();
  boost::json::object resume = SmallResume();
  optimize::EngineOutput output = Propose(*engine, resume);

  std::vector<optimize::Change> local = optimize::ProposeLocalChanges(
      document::FromJson(resume), fixtures::SoftwareEngineerJob(),
      fixtures::SoftwareEngineerReport(), optimize::Strategy::kBalanced);
  EXPECT_EQ(output.provider, "local");
  EXPECT_EQ(output.tokens_used, 0);
  ASSERT_EQ(output.changes.size(), local.size());
  for (size_t index = 0; index < local.size(); ++index) {
    EXPECT_EQ(output.changes[index].path, local[index].path);
    EXPECT_EQ(output.changes[index].after, local[index].after);
  }
  EXPECT_TRUE(HasNote(output,
                      "skills: openai (http 500 after 3 attempts), anthropic (invalid "
                      "output: malformed response body) failed, used the local engine"))
      << ::testing::PrintToString(output.notes);
}

TEST_F(ProviderEngineTest, TheCircuitBreakerStopsCallingAFailingProvider) {
  server_.SetMode(R"({"openai": {"mode": "500"}, "anthropic": {"mode": "ok"}})");
  engine_settings_.max_parallel = 1;
  engine_settings_.breaker_failures = 2;
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine(std::chrono::seconds(10), 0);
  optimize::EngineOutput output = Propose(*engine, fixtures::SoftwareEngineerResume());

  EXPECT_EQ(server_.CountRequests("openai"), 2u);
  EXPECT_EQ(server_.CountRequests("anthropic"), 5u);
  EXPECT_TRUE(dynamic_cast<ProviderEngine&>(*engine).IsCircuitOpen("openai"));
  EXPECT_FALSE(dynamic_cast<ProviderEngine&>(*engine).IsCircuitOpen("anthropic"));
  EXPECT_TRUE(HasNote(output, "openai (circuit open) failed, fell back to anthropic"));
  EXPECT_EQ(output.provider, "anthropic");
}

TEST_F(ProviderEngineTest, SectionsRunInParallelUpToTheLimit) {
  server_.SetMode(R"({"mode": "ok", "delayMs": 2000})");
  boost::json::object resume = fixtures::SoftwareEngineerResume();
  resume["projects"].as_array().push_back(boost::json::parse(
      R"({"name": "ledger", "bullets": ["Wrote a double-entry ledger in Go"]})"));
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine();
  auto started = std::chrono::steady_clock::now();
  optimize::EngineOutput output = Propose(*engine, resume);
  auto elapsed = std::chrono::steady_clock::now() - started;

  EXPECT_EQ(server_.CountRequests("openai"), 6u);
  EXPECT_LT(elapsed, std::chrono::seconds(5)) << "six 2 s sections, one after another, take 12 s";
  EXPECT_EQ(output.provider, "openai");

  // Seven sections with at most six in flight take two rounds.
  resume["projects"].as_array().push_back(boost::json::parse(
      R"({"name": "notes", "bullets": ["Built a note-taking app in TypeScript"]})"));
  started = std::chrono::steady_clock::now();
  Propose(*engine, resume);
  elapsed = std::chrono::steady_clock::now() - started;
  EXPECT_GE(elapsed, std::chrono::seconds(4));
  EXPECT_LT(elapsed, std::chrono::seconds(8));
}

TEST_F(ProviderEngineTest, PassesHallucinationsThroughForTheGuard) {
  server_.SetMode(R"({"mode": "hallucinate"})");
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine();
  optimize::EngineOutput output = Propose(*engine, SmallResume());

  EXPECT_EQ(output.tokens_used, 2 * 150);
  ASSERT_EQ(output.changes.size(), 2u);
  EXPECT_EQ(output.changes[0].after,
            "I am a backend engineer who likes building reliable systems at Google, increased "
            "revenue by 40%, PMP certified");
  for (const optimize::Change& change : output.changes) {
    EXPECT_NE(change.after.find("at Google"), std::string::npos);
    EXPECT_NE(change.after.find("increased revenue by 40%"), std::string::npos);
    EXPECT_NE(change.after.find("PMP certified"), std::string::npos);
  }
}

TEST_F(ProviderEngineTest, RecordsRedactedPromptsAndOutputs) {
  server_.SetMode(R"({"openai": {"mode": "500"}, "anthropic": {"mode": "ok"}})");
  boost::json::object resume = SmallResume();
  resume["summary"] =
      "Dana Whitfield, backend engineer. Write to dana.whitfield@example.com or call "
      "+1 415 555 0142; code at https://github.com/danaw.";
  std::unique_ptr<optimize::ChangeEngine> engine = MakeEngine(std::chrono::seconds(10), 0);
  Propose(*engine, resume);

  ASSERT_EQ(audit_.records.size(), 4u);  // two sections, each openai (failed) then anthropic
  size_t failed = 0;
  for (const AuditRecord& record : audit_.records) {
    EXPECT_EQ(record.version, "rewrite-v1-balanced");
    for (const std::string* text : {&record.prompt, &record.output}) {
      EXPECT_EQ(text->find("Dana"), std::string::npos) << *text;
      EXPECT_EQ(text->find("Whitfield"), std::string::npos) << *text;
      EXPECT_EQ(text->find("example.com"), std::string::npos) << *text;
      EXPECT_EQ(text->find("555"), std::string::npos) << *text;
      EXPECT_EQ(text->find("github.com"), std::string::npos) << *text;
    }
    if (record.provider == "openai") {
      ++failed;
      EXPECT_EQ(record.outcome, "error: http 500");
      EXPECT_EQ(record.tokens, 0);
    } else {
      EXPECT_EQ(record.outcome, "ok");
      EXPECT_EQ(record.tokens, 180);
      EXPECT_FALSE(record.output.empty());
    }
  }
  EXPECT_EQ(failed, 2u);
  bool summary_seen = false;
  for (const AuditRecord& record : audit_.records) {
    if (record.prompt.find("[name], backend engineer") != std::string::npos &&
        record.output.find("[email]") != std::string::npos) {
      summary_seen = true;
    }
  }
  EXPECT_TRUE(summary_seen);
}

TEST(MakeProviderEngineTest, NeedsAKey) {
  EXPECT_EQ(MakeProviderEngine(AiSettings{}), nullptr);
  AiSettings settings;
  settings.anthropic.api_key = "key";
  EXPECT_NE(MakeProviderEngine(settings), nullptr);
  AiSettings defaults;
  EXPECT_EQ(defaults.openai.base_url, "https://api.openai.com");
  EXPECT_EQ(defaults.openai.model, "gpt-4.1-mini");
  EXPECT_EQ(defaults.anthropic.base_url, "https://api.anthropic.com");
  EXPECT_EQ(defaults.anthropic.model, "claude-sonnet-4-5");
}

}  // namespace
}  // namespace resumax::ai

#endif  // RESUMAX_FAKE_PROVIDER

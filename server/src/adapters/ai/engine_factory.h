#pragma once

#include <memory>
#include <string>
#include <vector>

#include "adapters/ai/http_client.h"
#include "adapters/ai/provider_engine.h"
#include "domain/parsing/field_assist.h"

namespace resumax::ai {

// The LLM configuration, as read from RESUMAX_OPENAI_* / RESUMAX_ANTHROPIC_* by the app. Empty
// base URLs and models take the defaults below.
struct AiSettings {
  ProviderSettings openai{.base_url = "https://api.openai.com", .model = "gpt-4.1-mini"};
  ProviderSettings anthropic{.base_url = "https://api.anthropic.com", .model = "claude-sonnet-4-5"};
  std::vector<std::string> order{"openai", "anthropic"};  // tried first to last
  EngineSettings engine;
};

// The provider engine over every configured provider (one with an API key), in `order`;
// nullptr when none is configured, so the caller uses the local engine. `http` and `retry` are
// for tests (a fake server, an instant sleep).
std::unique_ptr<optimize::ChangeEngine> MakeProviderEngine(
    const AiSettings& settings, optimize::AiAuditSink* audit = nullptr,
    std::shared_ptr<HttpClient> http = nullptr, const RetryPolicy& retry = {});

// The field assistant over every configured provider, in `order`; nullptr when none is.
std::unique_ptr<parsing::FieldAssistant> MakeFieldAssistant(
    const AiSettings& settings, std::shared_ptr<HttpClient> http = nullptr,
    const RetryPolicy& retry = {});

}  // namespace resumax::ai

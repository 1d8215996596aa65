#include "adapters/ai/engine_factory.h"

#include <algorithm>

#include "adapters/ai/field_assistant.h"
#include "adapters/ai/llm_providers.h"

namespace resumax::ai {
namespace {

constexpr std::chrono::milliseconds kFieldsTimeout = std::chrono::seconds(20);

ProviderSettings WithDefaults(ProviderSettings settings, const char* base_url, const char* model) {
  if (settings.base_url.empty()) settings.base_url = base_url;
  if (settings.model.empty()) settings.model = model;
  return settings;
}

std::vector<std::unique_ptr<Provider>> MakeProviders(const AiSettings& settings,
                                                     std::shared_ptr<HttpClient> http,
                                                     const RetryPolicy& retry) {
  if (!http) http = std::make_shared<HttpClient>();
  std::vector<std::unique_ptr<Provider>> providers;
  for (const std::string& name : settings.order) {
    if (name == "openai" && !settings.openai.api_key.empty()) {
      providers.push_back(std::make_unique<OpenAiProvider>(
          WithDefaults(settings.openai, "https://api.openai.com", "gpt-4.1-mini"), http, retry));
    } else if (name == "anthropic" && !settings.anthropic.api_key.empty()) {
      providers.push_back(std::make_unique<AnthropicProvider>(
          WithDefaults(settings.anthropic, "https://api.anthropic.com", "claude-sonnet-4-5"), http,
          retry));
    }
  }
  return providers;
}

}  // namespace

std::unique_ptr<optimize::ChangeEngine> MakeProviderEngine(const AiSettings& settings,
                                                           optimize::AiAuditSink* audit,
                                                           std::shared_ptr<HttpClient> http,
                                                           const RetryPolicy& retry) {
  std::vector<std::unique_ptr<Provider>> providers =
      MakeProviders(settings, std::move(http), retry);
  if (providers.empty()) return nullptr;
  return std::make_unique<ProviderEngine>(std::move(providers), settings.engine, audit);
}

std::unique_ptr<parsing::FieldAssistant> MakeFieldAssistant(const AiSettings& settings,
                                                            std::shared_ptr<HttpClient> http,
                                                            const RetryPolicy& retry) {
  // Reading fields runs inside the parse job: every provider's attempts together stay well
  // inside the job's lease (two providers × two attempts × 20 s).
  AiSettings bounded = settings;
  for (ProviderSettings* provider : {&bounded.openai, &bounded.anthropic}) {
    provider->timeout = std::min<std::chrono::milliseconds>(provider->timeout, kFieldsTimeout);
    provider->max_retries = std::min(provider->max_retries, 1);
  }
  std::vector<std::unique_ptr<Provider>> providers = MakeProviders(bounded, std::move(http), retry);
  if (providers.empty()) return nullptr;
  return std::make_unique<ProviderFieldAssistant>(std::move(providers));
}

}  // namespace resumax::ai

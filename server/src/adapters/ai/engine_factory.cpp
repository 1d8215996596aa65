#include "adapters/ai/engine_factory.h"

#include "adapters/ai/llm_providers.h"

namespace resumax::ai {
namespace {

ProviderSettings WithDefaults(ProviderSettings settings, const char* base_url, const char* model) {
  if (settings.base_url.empty()) settings.base_url = base_url;
  if (settings.model.empty()) settings.model = model;
  return settings;
}

}  // namespace

std::unique_ptr<optimize::ChangeEngine> MakeProviderEngine(const AiSettings& settings,
                                                           optimize::AiAuditSink* audit,
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
  if (providers.empty()) return nullptr;
  return std::make_unique<ProviderEngine>(std::move(providers), settings.engine, audit);
}

}  // namespace resumax::ai

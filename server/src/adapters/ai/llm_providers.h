#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <memory>
#include <string_view>

#include "adapters/ai/http_client.h"
#include "adapters/ai/provider.h"

namespace resumax::ai {

// A model's schema-constrained answer as received: the JSON value, its text for the audit
// log, and the tokens counted.
struct RawReply {
  boost::json::value value;
  std::string raw_output;
  long long prompt_tokens = 0;
  long long completion_tokens = 0;
};

// OpenAI Chat Completions (POST {base}/v1/chat/completions) with a strict json_schema
// response_format; works with any OpenAI-compatible server through base_url.
class OpenAiProvider final : public Provider {
 public:
  OpenAiProvider(ProviderSettings settings, std::shared_ptr<HttpClient> http, RetryPolicy retry);
  std::string name() const override { return "openai"; }
  std::string model() const override { return settings_.model; }
  Result<SectionReply> RewriteSection(const SectionRequest& request) override;
  Result<FieldsReply> ExtractFields(const FieldsRequest& request) override;

 private:
  // One call answering through the schema named `tool`.
  Result<RawReply> Call(const std::string& system, const std::string& user, std::string_view tool,
                        std::string_view description, const boost::json::object& schema);

  ProviderSettings settings_;
  std::shared_ptr<HttpClient> http_;
  RetryPolicy retry_;
};

// Anthropic Messages (POST {base}/v1/messages) answering through one forced tool whose
// input_schema is the reply schema.
class AnthropicProvider final : public Provider {
 public:
  AnthropicProvider(ProviderSettings settings, std::shared_ptr<HttpClient> http, RetryPolicy retry);
  std::string name() const override { return "anthropic"; }
  std::string model() const override { return settings_.model; }
  Result<SectionReply> RewriteSection(const SectionRequest& request) override;
  Result<FieldsReply> ExtractFields(const FieldsRequest& request) override;

 private:
  // One call answering through the forced tool `tool`.
  Result<RawReply> Call(const std::string& system, const std::string& user, std::string_view tool,
                        std::string_view description, const boost::json::object& schema);

  ProviderSettings settings_;
  std::shared_ptr<HttpClient> http_;
  RetryPolicy retry_;
};

// The failure an HTTP response that is not a 2xx stands for ("timeout", "http 429", ...).
Error HttpFailure(const HttpResponse& response, int attempts);

// base_url without a trailing slash, followed by path.
std::string JoinUrl(std::string_view base_url, std::string_view path);

}  // namespace resumax::ai

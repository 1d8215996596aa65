#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "adapters/ai/fields_prompt.h"
#include "adapters/ai/llm_providers.h"
#include "adapters/ai/section_prompt.h"

namespace resumax::ai {

AnthropicProvider::AnthropicProvider(ProviderSettings settings, std::shared_ptr<HttpClient> http,
                                     RetryPolicy retry)
    : settings_(std::move(settings)), http_(std::move(http)), retry_(std::move(retry)) {
  retry_.max_retries = settings_.max_retries;
  retry_.provider = "anthropic";
}

Result<RawReply> AnthropicProvider::Call(const std::string& system, const std::string& user,
                                         std::string_view tool, std::string_view description,
                                         const boost::json::object& schema) {
  boost::json::object body{
      {"model", settings_.model},
      {"max_tokens", settings_.max_output_tokens},
      {"temperature", 0.2},
      {"system", system},
      {"messages", boost::json::array{boost::json::object{{"role", "user"}, {"content", user}}}},
      {"tools", boost::json::array{boost::json::object{
                    {"name", tool}, {"description", description}, {"input_schema", schema}}}},
      {"tool_choice", boost::json::object{{"type", "tool"}, {"name", tool}}},
  };
  HttpResponse response =
      PostWithRetries(*http_, retry_, JoinUrl(settings_.base_url, "/v1/messages"),
                      {"x-api-key: " + settings_.api_key, "anthropic-version: 2023-06-01"},
                      boost::json::serialize(body), settings_.timeout);
  if (response.status < 200 || response.status >= 300) {
    return HttpFailure(response, 1 + (IsRetryable(response) ? retry_.max_retries : 0));
  }

  boost::system::error_code error;
  boost::json::value reply = boost::json::parse(response.body, error);
  const boost::json::object* root = error ? nullptr : reply.if_object();
  if (!root) return Error::Unavailable("invalid output: malformed response body");
  if (const auto* stop = root->if_contains("stop_reason");
      stop && stop->is_string() && stop->get_string() == "max_tokens") {
    return Error::Unavailable("invalid output: truncated at max_tokens");
  }
  const boost::json::value* input = nullptr;
  if (const auto* content = root->if_contains("content"); content && content->is_array()) {
    for (const boost::json::value& block : content->get_array()) {
      const boost::json::object* object = block.if_object();
      if (!object) continue;
      const auto* type = object->if_contains("type");
      if (type && type->is_string() && type->get_string() == "tool_use") {
        input = object->if_contains("input");
        break;
      }
    }
  }
  if (!input) return Error::Unavailable("invalid output: no tool_use block");

  RawReply raw;
  raw.value = *input;
  raw.raw_output = boost::json::serialize(*input);
  if (const boost::json::value* usage = root->if_contains("usage"); usage && usage->is_object()) {
    const boost::json::object& counts = usage->get_object();
    if (const auto* tokens = counts.if_contains("input_tokens"); tokens && tokens->is_int64()) {
      raw.prompt_tokens = tokens->get_int64();
    }
    if (const auto* tokens = counts.if_contains("output_tokens"); tokens && tokens->is_int64()) {
      raw.completion_tokens = tokens->get_int64();
    }
  }
  return raw;
}

Result<SectionReply> AnthropicProvider::RewriteSection(const SectionRequest& request) {
  const SectionPrompt prompt = BuildSectionPrompt(request);
  Result<RawReply> raw =
      Call(prompt.system, prompt.user, kReplyToolName,
           "Propose rewrites for items of the resume section.", ReplySchema(request));
  if (!raw) return raw.error();
  Result<std::vector<ProposedEdit>> edits = ValidateReply(request, raw->value);
  if (!edits) return edits.error();
  return SectionReply{std::move(*edits), raw->prompt_tokens, raw->completion_tokens,
                      std::move(raw->raw_output)};
}

Result<FieldsReply> AnthropicProvider::ExtractFields(const FieldsRequest& request) {
  const SectionPrompt prompt = BuildFieldsPrompt(request);
  Result<RawReply> raw =
      Call(prompt.system, prompt.user, kFieldsToolName,
           "Give each asked field of the resume as printed in its text.", FieldsSchema(request));
  if (!raw) return raw.error();
  Result<std::vector<parsing::FieldAnswer>> answers = ValidateFields(request, raw->value);
  if (!answers) return answers.error();
  return FieldsReply{std::move(*answers), raw->prompt_tokens, raw->completion_tokens};
}

}  // namespace resumax::ai

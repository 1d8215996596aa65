#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "adapters/ai/llm_providers.h"
#include "adapters/ai/section_prompt.h"

namespace resumax::ai {

AnthropicProvider::AnthropicProvider(ProviderSettings settings, std::shared_ptr<HttpClient> http,
                                     RetryPolicy retry)
    : settings_(std::move(settings)), http_(std::move(http)), retry_(std::move(retry)) {
  retry_.max_retries = settings_.max_retries;
}

Result<SectionReply> AnthropicProvider::RewriteSection(const SectionRequest& request) {
  SectionPrompt prompt = BuildSectionPrompt(request);
  boost::json::object body{
      {"model", settings_.model},
      {"max_tokens", settings_.max_output_tokens},
      {"temperature", 0.2},
      {"system", prompt.system},
      {"messages",
       boost::json::array{boost::json::object{{"role", "user"}, {"content", prompt.user}}}},
      {"tools", boost::json::array{boost::json::object{
                    {"name", kReplyToolName},
                    {"description", "Propose rewrites for items of the resume section."},
                    {"input_schema", ReplySchema(request)}}}},
      {"tool_choice", boost::json::object{{"type", "tool"}, {"name", kReplyToolName}}},
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

  SectionReply section_reply;
  section_reply.raw_output = boost::json::serialize(*input);
  Result<std::vector<ProposedEdit>> edits = ValidateReply(request, *input);
  if (!edits) return edits.error();
  section_reply.edits = std::move(*edits);
  if (const boost::json::value* usage = root->if_contains("usage"); usage && usage->is_object()) {
    const boost::json::object& counts = usage->get_object();
    if (const auto* tokens = counts.if_contains("input_tokens"); tokens && tokens->is_int64()) {
      section_reply.prompt_tokens = tokens->get_int64();
    }
    if (const auto* tokens = counts.if_contains("output_tokens"); tokens && tokens->is_int64()) {
      section_reply.completion_tokens = tokens->get_int64();
    }
  }
  return section_reply;
}

}  // namespace resumax::ai

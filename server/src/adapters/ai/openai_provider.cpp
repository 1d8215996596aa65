#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "adapters/ai/fields_prompt.h"
#include "adapters/ai/llm_providers.h"
#include "adapters/ai/section_prompt.h"

namespace resumax::ai {

Error HttpFailure(const HttpResponse& response, int attempts) {
  std::string reason = response.timed_out     ? "timeout"
                       : response.status == 0 ? "network error: " + response.error
                                              : "http " + std::to_string(response.status);
  if (attempts > 1) reason += " after " + std::to_string(attempts) + " attempts";
  Error error = Error::Unavailable(std::move(reason));
  if (response.retry_after_seconds > 0) error.retry_after_seconds = response.retry_after_seconds;
  return error;
}

std::string JoinUrl(std::string_view base_url, std::string_view path) {
  while (!base_url.empty() && base_url.back() == '/') base_url.remove_suffix(1);
  return std::string(base_url) + std::string(path);
}

OpenAiProvider::OpenAiProvider(ProviderSettings settings, std::shared_ptr<HttpClient> http,
                               RetryPolicy retry)
    : settings_(std::move(settings)), http_(std::move(http)), retry_(std::move(retry)) {
  retry_.max_retries = settings_.max_retries;
  retry_.provider = "openai";
}

Result<RawReply> OpenAiProvider::Call(const std::string& system, const std::string& user,
                                      std::string_view tool, std::string_view /*description*/,
                                      const boost::json::object& schema) {
  boost::json::object body{
      {"model", settings_.model},
      {"temperature", 0.2},
      {"max_tokens", settings_.max_output_tokens},
      {"messages", boost::json::array{boost::json::object{{"role", "system"}, {"content", system}},
                                      boost::json::object{{"role", "user"}, {"content", user}}}},
      {"response_format",
       boost::json::object{
           {"type", "json_schema"},
           {"json_schema",
            boost::json::object{{"name", tool}, {"strict", true}, {"schema", schema}}}}},
  };
  HttpResponse response =
      PostWithRetries(*http_, retry_, JoinUrl(settings_.base_url, "/v1/chat/completions"),
                      {"Authorization: Bearer " + settings_.api_key}, boost::json::serialize(body),
                      settings_.timeout);
  if (response.status < 200 || response.status >= 300) {
    return HttpFailure(response, 1 + (IsRetryable(response) ? retry_.max_retries : 0));
  }

  boost::system::error_code error;
  boost::json::value reply = boost::json::parse(response.body, error);
  const boost::json::object* root = error ? nullptr : reply.if_object();
  if (!root) return Error::Unavailable("invalid output: malformed response body");
  const boost::json::value* choices = root->if_contains("choices");
  const boost::json::object* message = nullptr;
  if (choices && choices->is_array() && !choices->get_array().empty() &&
      choices->get_array()[0].is_object()) {
    const boost::json::value* found = choices->get_array()[0].get_object().if_contains("message");
    message = found ? found->if_object() : nullptr;
  }
  if (!message) return Error::Unavailable("invalid output: no message");
  if (const boost::json::value* refusal = message->if_contains("refusal");
      refusal && refusal->is_string()) {
    return Error::Unavailable("refused: " + std::string(refusal->get_string()));
  }
  const boost::json::value* content = message->if_contains("content");
  if (!content || !content->is_string()) return Error::Unavailable("invalid output: no content");

  RawReply raw;
  raw.raw_output = std::string(content->get_string());
  raw.value = boost::json::parse(raw.raw_output, error);
  if (error) return Error::Unavailable("invalid output: malformed JSON (" + error.message() + ")");
  if (const boost::json::value* usage = root->if_contains("usage"); usage && usage->is_object()) {
    const boost::json::object& counts = usage->get_object();
    if (const auto* tokens = counts.if_contains("prompt_tokens"); tokens && tokens->is_int64()) {
      raw.prompt_tokens = tokens->get_int64();
    }
    if (const auto* tokens = counts.if_contains("completion_tokens");
        tokens && tokens->is_int64()) {
      raw.completion_tokens = tokens->get_int64();
    }
  }
  return raw;
}

Result<SectionReply> OpenAiProvider::RewriteSection(const SectionRequest& request) {
  const SectionPrompt prompt = BuildSectionPrompt(request);
  Result<RawReply> raw = Call(prompt.system, prompt.user, kReplyToolName, "", ReplySchema(request));
  if (!raw) return raw.error();
  Result<std::vector<ProposedEdit>> edits = ValidateReply(request, raw->value);
  if (!edits) return edits.error();
  return SectionReply{std::move(*edits), raw->prompt_tokens, raw->completion_tokens,
                      std::move(raw->raw_output)};
}

Result<FieldsReply> OpenAiProvider::ExtractFields(const FieldsRequest& request) {
  const SectionPrompt prompt = BuildFieldsPrompt(request);
  Result<RawReply> raw =
      Call(prompt.system, prompt.user, kFieldsToolName, "", FieldsSchema(request));
  if (!raw) return raw.error();
  Result<std::vector<parsing::FieldAnswer>> answers = ValidateFields(request, raw->value);
  if (!answers) return answers.error();
  return FieldsReply{std::move(*answers), raw->prompt_tokens, raw->completion_tokens};
}

}  // namespace resumax::ai

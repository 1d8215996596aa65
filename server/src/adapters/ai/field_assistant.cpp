#include "adapters/ai/field_assistant.h"

#include "adapters/ai/redact.h"
#include "core/log.h"
#include "core/text.h"

namespace resumax::ai {
namespace {

constexpr std::size_t kMaxTextChars = 16000;  // about four pages of resume text

}  // namespace

ProviderFieldAssistant::ProviderFieldAssistant(std::vector<std::unique_ptr<Provider>> providers)
    : providers_(std::move(providers)) {}

Result<std::vector<parsing::FieldAnswer>> ProviderFieldAssistant::Answer(
    std::string_view text, const std::vector<parsing::FieldQuestion>& questions,
    const document::Contact& contact) {
  if (questions.empty()) return std::vector<parsing::FieldAnswer>{};
  document::Contact masked_details = contact;
  masked_details.name.clear();
  FieldsRequest request;
  request.text = PiiRedactor(masked_details).Redact(text);
  request.text.resize(Utf8Prefix(request.text, kMaxTextChars).size());
  request.questions = questions;
  Error last = Error::Unavailable("no provider is configured");
  for (const std::unique_ptr<Provider>& provider : providers_) {
    Result<FieldsReply> reply = provider->ExtractFields(request);
    if (reply) {
      log::Info("parse_assist_answered", {{"provider", provider->name()},
                                          {"asked", questions.size()},
                                          {"answered", reply->answers.size()},
                                          {"promptTokens", reply->prompt_tokens},
                                          {"completionTokens", reply->completion_tokens}});
      return std::move(reply->answers);
    }
    log::Warn("parse_assist_provider_failed",
              {{"provider", provider->name()}, {"reason", reply.error().internal}});
    last = reply.error();
  }
  return last;
}

}  // namespace resumax::ai

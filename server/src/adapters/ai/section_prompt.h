#pragma once

#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/ai/provider.h"

namespace resumax::ai {

// The name of the tool (Anthropic) and JSON schema (OpenAI) the model answers through.
inline constexpr std::string_view kReplyToolName = "propose_changes";

// A filled-in prompt: which template version, the system text and the user text.
struct SectionPrompt {
  std::string version;  // the template's file name without ".txt", e.g. "rewrite-v1-balanced"
  std::string system;
  std::string user;
};

// An embedded template (server/data/prompts/<version>.txt) split at "=== user ===": the part
// before is the system text, the part after the user text, its {{slots}} still to fill.
SectionPrompt LoadPromptTemplate(std::string version);

// Replaces every {{slot}} in text with value; a value is never searched again.
void ReplaceSlot(std::string& text, std::string_view slot, std::string_view value);

// Fills the strategy's template (server/data/prompts/rewrite-v1-<strategy>.txt) for a section.
SectionPrompt BuildSectionPrompt(const SectionRequest& request);

// The JSON schema of a reply: {changes: [{path, after, reason, keywords[]}]}, paths limited to
// the request's items; strict (every field required, nothing else allowed).
boost::json::object ReplySchema(const SectionRequest& request);

// Parses and validates a model's reply: malformed JSON, wrong types, a path outside the
// request, an empty or overlong `after` are failures. Edits that change nothing are dropped.
Result<std::vector<ProposedEdit>> ParseReply(const SectionRequest& request,
                                             std::string_view reply_json);

// The same over an already parsed value (Anthropic's tool input).
Result<std::vector<ProposedEdit>> ValidateReply(const SectionRequest& request,
                                                const boost::json::value& reply);

}  // namespace resumax::ai

#pragma once

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <string_view>
#include <vector>

#include "adapters/ai/provider.h"
#include "adapters/ai/section_prompt.h"

namespace resumax::ai {

// The tool (Anthropic) and JSON schema (OpenAI) a model reads fields through.
inline constexpr std::string_view kFieldsToolName = "read_fields";

// Fills server/data/prompts/fields-v1.txt with the questions and the (masked) text.
SectionPrompt BuildFieldsPrompt(const FieldsRequest& request);

// {fields: [{path, value}]}, paths limited to those asked; strict.
boost::json::object FieldsSchema(const FieldsRequest& request);

// Validates a model's reading: malformed shapes and paths not asked are failures; answers that
// are empty or overlong, and second answers for a path, are dropped.
Result<std::vector<parsing::FieldAnswer>> ValidateFields(const FieldsRequest& request,
                                                         const boost::json::value& reply);

}  // namespace resumax::ai

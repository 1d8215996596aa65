#include "adapters/ai/fields_prompt.h"

#include <boost/json/serialize.hpp>
#include <set>

namespace resumax::ai {
namespace {

constexpr std::string_view kVersion = "fields-v1";
constexpr std::size_t kMaxValueChars = 200;

Error InvalidOutput(std::string detail) {
  return Error::Unavailable("invalid output: " + std::move(detail));
}

}  // namespace

Result<FieldsReply> Provider::ExtractFields(const FieldsRequest& /*request*/) {
  return Error::Unavailable(name() + " cannot read fields");
}

SectionPrompt BuildFieldsPrompt(const FieldsRequest& request) {
  SectionPrompt prompt = LoadPromptTemplate(std::string(kVersion));
  boost::json::array fields;
  for (const parsing::FieldQuestion& question : request.questions) {
    fields.push_back(boost::json::object{
        {"path", question.path}, {"current", question.current}, {"context", question.context}});
  }
  // The text last: a value standing for a slot is never searched again.
  ReplaceSlot(prompt.user, "{{fields}}", boost::json::serialize(fields));
  ReplaceSlot(prompt.user, "{{text}}", request.text);
  return prompt;
}

boost::json::object FieldsSchema(const FieldsRequest& request) {
  boost::json::array paths;
  for (const parsing::FieldQuestion& question : request.questions) {
    paths.emplace_back(question.path);
  }
  boost::json::object field{
      {"type", "object"},
      {"properties",
       boost::json::object{
           {"path", boost::json::object{{"type", "string"}, {"enum", paths}}},
           {"value", boost::json::object{{"type", "string"}}},
       }},
      {"required", boost::json::array{"path", "value"}},
      {"additionalProperties", false},
  };
  return boost::json::object{
      {"type", "object"},
      {"properties",
       boost::json::object{{"fields", boost::json::object{{"type", "array"}, {"items", field}}}}},
      {"required", boost::json::array{"fields"}},
      {"additionalProperties", false},
  };
}

Result<std::vector<parsing::FieldAnswer>> ValidateFields(const FieldsRequest& request,
                                                         const boost::json::value& reply) {
  const boost::json::object* root = reply.if_object();
  const boost::json::value* fields = root ? root->if_contains("fields") : nullptr;
  if (!fields || !fields->is_array()) return InvalidOutput("no fields array");
  std::set<std::string_view> asked;
  for (const parsing::FieldQuestion& question : request.questions) asked.insert(question.path);
  std::set<std::string> answered;
  std::vector<parsing::FieldAnswer> answers;
  for (const boost::json::value& entry : fields->get_array()) {
    const boost::json::object* field = entry.if_object();
    const boost::json::value* path = field ? field->if_contains("path") : nullptr;
    const boost::json::value* value = field ? field->if_contains("value") : nullptr;
    if (!path || !path->is_string() || !value || !value->is_string()) {
      return InvalidOutput("a field has a missing or mistyped member");
    }
    const std::string_view path_text = path->get_string();
    if (!asked.contains(path_text)) return InvalidOutput("a field was not asked for");
    const std::string_view value_text = value->get_string();
    if (value_text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
        value_text.size() > kMaxValueChars || !answered.insert(std::string(path_text)).second) {
      continue;
    }
    answers.push_back({std::string(path_text), std::string(value_text)});
  }
  return answers;
}

}  // namespace resumax::ai

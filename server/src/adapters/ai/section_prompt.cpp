#include "adapters/ai/section_prompt.h"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <optional>
#include <stdexcept>

namespace resumax::embedded {
std::optional<std::string_view> prompts(std::string_view path);
}

namespace resumax::ai {
namespace {

constexpr std::string_view kUserMarker = "=== user ===\n";
constexpr size_t kMaxSummaryChars = 1200;
constexpr size_t kMaxSkillsChars = 2000;
constexpr size_t kMaxBulletChars = 500;
constexpr size_t kMaxReasonChars = 300;
constexpr size_t kMaxKeywords = 20;

std::string JoinOrNone(const std::vector<std::string>& terms) {
  std::string joined;
  for (const std::string& term : terms) {
    if (!joined.empty()) joined += ", ";
    joined += term;
  }
  return joined.empty() ? "(none)" : joined;
}

size_t MaxAfterChars(std::string_view path) {
  if (path == "summary") return kMaxSummaryChars;
  if (path == "skills") return kMaxSkillsChars;
  return kMaxBulletChars;
}

Error InvalidOutput(std::string detail) {
  return Error::Unavailable("invalid output: " + std::move(detail));
}

}  // namespace

void ReplaceSlot(std::string& text, std::string_view slot, std::string_view value) {
  for (size_t at = text.find(slot); at != std::string::npos; at = text.find(slot, at)) {
    text.replace(at, slot.size(), value);
    at += value.size();
  }
}

SectionPrompt LoadPromptTemplate(std::string version) {
  SectionPrompt prompt;
  prompt.version = std::move(version);
  std::optional<std::string_view> text = embedded::prompts(prompt.version + ".txt");
  if (!text) throw std::logic_error("prompt template missing: " + prompt.version);
  std::string_view whole = *text;
  size_t marker = whole.find(kUserMarker);
  if (marker == std::string_view::npos) throw std::logic_error("prompt template has no user part");
  prompt.system = std::string(whole.substr(0, marker));
  prompt.user = std::string(whole.substr(marker + kUserMarker.size()));
  return prompt;
}

SectionPrompt BuildSectionPrompt(const SectionRequest& request) {
  SectionPrompt prompt =
      LoadPromptTemplate("rewrite-v1-" + std::string(optimize::StrategyName(request.strategy)));

  boost::json::array items;
  for (const SectionItem& item : request.items) {
    items.push_back(boost::json::object{{"path", item.path}, {"text", item.text}});
  }
  std::string& user = prompt.user;
  ReplaceSlot(user, "{{job_title}}",
              request.job_title.empty() ? "(not stated)" : request.job_title);
  ReplaceSlot(user, "{{keywords}}", JoinOrNone(request.job_keywords));
  ReplaceSlot(user, "{{matched}}", JoinOrNone(request.report.matched));
  ReplaceSlot(user, "{{evidenced}}", JoinOrNone(request.report.evidenced));
  ReplaceSlot(user, "{{missing}}", JoinOrNone(request.report.missing));
  ReplaceSlot(user, "{{section}}", request.section);
  ReplaceSlot(user, "{{heading}}", request.heading.empty() ? request.section : request.heading);
  ReplaceSlot(user, "{{items}}", boost::json::serialize(items));
  return prompt;
}

boost::json::object ReplySchema(const SectionRequest& request) {
  boost::json::array paths;
  for (const SectionItem& item : request.items) paths.emplace_back(item.path);
  boost::json::object change{
      {"type", "object"},
      {"properties",
       boost::json::object{
           {"path", boost::json::object{{"type", "string"}, {"enum", paths}}},
           {"after", boost::json::object{{"type", "string"}}},
           {"reason", boost::json::object{{"type", "string"}}},
           {"keywords", boost::json::object{{"type", "array"},
                                            {"items", boost::json::object{{"type", "string"}}}}},
       }},
      {"required", boost::json::array{"path", "after", "reason", "keywords"}},
      {"additionalProperties", false},
  };
  return boost::json::object{
      {"type", "object"},
      {"properties",
       boost::json::object{{"changes", boost::json::object{{"type", "array"}, {"items", change}}}}},
      {"required", boost::json::array{"changes"}},
      {"additionalProperties", false},
  };
}

Result<std::vector<ProposedEdit>> ParseReply(const SectionRequest& request,
                                             std::string_view reply_json) {
  boost::system::error_code error;
  boost::json::value reply = boost::json::parse(reply_json, error);
  if (error) return InvalidOutput("malformed JSON (" + error.message() + ")");
  return ValidateReply(request, reply);
}

Result<std::vector<ProposedEdit>> ValidateReply(const SectionRequest& request,
                                                const boost::json::value& reply) {
  const boost::json::object* root = reply.if_object();
  const boost::json::value* changes = root ? root->if_contains("changes") : nullptr;
  if (!changes || !changes->is_array()) return InvalidOutput("no changes array");
  std::vector<ProposedEdit> edits;
  for (const boost::json::value& entry : changes->get_array()) {
    const boost::json::object* change = entry.if_object();
    if (!change) return InvalidOutput("a change is not an object");
    const boost::json::value* path = change->if_contains("path");
    const boost::json::value* after = change->if_contains("after");
    const boost::json::value* reason = change->if_contains("reason");
    const boost::json::value* keywords = change->if_contains("keywords");
    if (!path || !path->is_string() || !after || !after->is_string() || !reason ||
        !reason->is_string() || (keywords && !keywords->is_array())) {
      return InvalidOutput("a change has a missing or mistyped field");
    }
    ProposedEdit edit{std::string(path->get_string()),
                      std::string(after->get_string()),
                      std::string(reason->get_string()),
                      {}};
    const SectionItem* item = nullptr;
    for (const SectionItem& candidate : request.items) {
      if (candidate.path == edit.path) item = &candidate;
    }
    if (!item) return InvalidOutput("path outside the section: " + edit.path);
    if (edit.after.find_first_not_of(" \t\r\n") == std::string::npos) {
      return InvalidOutput("empty after for " + edit.path);
    }
    if (edit.after.size() > MaxAfterChars(edit.path) || edit.reason.size() > kMaxReasonChars) {
      return InvalidOutput("overlong text for " + edit.path);
    }
    if (keywords) {
      for (const boost::json::value& keyword : keywords->get_array()) {
        if (!keyword.is_string()) return InvalidOutput("a keyword is not a string");
        if (edit.keywords.size() < kMaxKeywords) edit.keywords.emplace_back(keyword.get_string());
      }
    }
    bool duplicate = false;
    for (const ProposedEdit& earlier : edits) duplicate = duplicate || earlier.path == edit.path;
    if (edit.after == item->text || duplicate) continue;
    edits.push_back(std::move(edit));
  }
  return edits;
}

}  // namespace resumax::ai

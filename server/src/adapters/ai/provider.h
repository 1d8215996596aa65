#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/matching/model.h"
#include "domain/parsing/field_assist.h"
#include "domain/rewriting/change.h"

namespace resumax::ai {

// One editable item of a section: its change path and current text.
struct SectionItem {
  std::string path;  // "summary", "skills", "experience[0].bullets[1]", "projects[2].bullets[0]"
  std::string text;  // for skills the items joined with ", "
};

// One section of a resume sent to a provider in one call, with what the job asks for.
struct SectionRequest {
  std::string section;  // "summary" | "experience" | "skills" | "projects"
  std::string scope;    // "summary", "skills", "experience[0]", "projects[1]"
  std::string heading;  // e.g. "Senior Software Engineer, Brightline Logistics (2021-03 – now)"
  std::vector<SectionItem> items;
  std::string job_title;
  std::vector<std::string> job_keywords;  // the job's terms, most important first
  optimize::KeywordReport report;
  optimize::Strategy strategy = optimize::Strategy::kBalanced;
};

// One rewrite a provider proposes for one item of the requested section.
struct ProposedEdit {
  std::string path;
  std::string after;
  std::string reason;
  std::vector<std::string> keywords;
};

// A provider's validated answer for one section.
struct SectionReply {
  std::vector<ProposedEdit> edits;
  long long prompt_tokens = 0;
  long long completion_tokens = 0;
  std::string raw_output;  // the model's JSON as received, for the audit log
};

// Where one provider lives and how it is called.
struct ProviderSettings {
  std::string api_key;  // empty: the provider is not configured
  std::string base_url;
  std::string model;
  std::chrono::milliseconds timeout{std::chrono::seconds(45)};  // per HTTP attempt
  int max_retries = 2;  // after the first attempt, on timeouts, 429 and 5xx
  int max_output_tokens = 2048;
};

// Fields of a parsed resume the rules were unsure of, with the resume's text (personal
// contact details already masked), for a model to read.
struct FieldsRequest {
  std::string text;
  std::vector<parsing::FieldQuestion> questions;
};

// A provider's validated reading: at most one answer per path asked.
struct FieldsReply {
  std::vector<parsing::FieldAnswer> answers;
  long long prompt_tokens = 0;
  long long completion_tokens = 0;
};

// An LLM that rewrites one section of a resume at a time.
class Provider {
 public:
  virtual ~Provider() = default;
  // "openai", "anthropic": shown in EngineOutput::provider and the audit log.
  virtual std::string name() const = 0;
  // The model it calls, for traces; empty when it has none.
  virtual std::string model() const { return {}; }
  // Rewrites the section; a failure (network, status, schema) is an Error with the reason in
  // `internal` ("timeout", "http 500", "invalid output: ...").
  virtual Result<SectionReply> RewriteSection(const SectionRequest& request) = 0;
  // Reads the fields asked about from the text, through the same schema-constrained answers.
  // Providers that cannot answer say so with an Unavailable error.
  virtual Result<FieldsReply> ExtractFields(const FieldsRequest& request);
};

}  // namespace resumax::ai

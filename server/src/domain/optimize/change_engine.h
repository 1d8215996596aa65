#pragma once

#include <string>
#include <vector>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/rewriting/change.h"

namespace resumax::optimize {

// What an engine proposes for one optimization. The caller runs every change through the
// truthfulness guard (FilterChanges) whichever engine made it.
struct EngineOutput {
  std::vector<Change> changes;
  long long tokens_used = 0;
  std::string provider;            // "local", "openai", "anthropic", ...
  std::vector<std::string> notes;  // e.g. "openai failed (timeout), fell back to anthropic"
};

// Proposes changes to a resume for a job: the local engine, or LLM providers with fallback.
class ChangeEngine {
 public:
  virtual ~ChangeEngine() = default;
  virtual EngineOutput Propose(const document::ResumeDocument& resume, std::string_view resume_text,
                               const JobAnalysis& job, const KeywordReport& report,
                               Strategy strategy) = 0;
};

// Where prompts and model outputs are recorded (PII already redacted by the caller).
class AiAuditSink {
 public:
  virtual ~AiAuditSink() = default;
  virtual void Record(const std::string& provider, const std::string& prompt_version,
                      const std::string& redacted_prompt, const std::string& redacted_output,
                      long long tokens, const std::string& outcome) = 0;
};

}  // namespace resumax::optimize

#pragma once

#include "core/clock.h"
#include "core/database.h"
#include "domain/optimize/change_engine.h"

namespace resumax::db {

// Keeps each (already redacted) prompt and model output in the ai_audit table.
class AiAuditLog final : public optimize::AiAuditSink {
 public:
  AiAuditLog(Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  void Record(const std::string& provider, const std::string& prompt_version,
              const std::string& redacted_prompt, const std::string& redacted_output,
              long long tokens, const std::string& outcome) override;

 private:
  Database& db_;
  const Clock& clock_;
};

}  // namespace resumax::db

#include "adapters/db/ai_audit_log.h"

#include "core/ids.h"
#include "core/log.h"

namespace resumax::db {

namespace {
constexpr std::string_view kInsert =
    "INSERT INTO ai_audit (id, provider, prompt_version, prompt, output, tokens, outcome, "
    "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
}  // namespace

void AiAuditLog::Record(const std::string& provider, const std::string& prompt_version,
                        const std::string& redacted_prompt, const std::string& redacted_output,
                        long long tokens, const std::string& outcome) {
  const Value params[] = {NewUuid(),
                          provider,
                          prompt_version,
                          redacted_prompt.substr(0, 64 * 1024),
                          redacted_output.substr(0, 64 * 1024),
                          std::int64_t{tokens},
                          outcome,
                          FormatTimestamp(clock_.Now())};
  try {
    db_.Execute(kInsert, params);
  } catch (const DatabaseError& error) {
    // The audit trail must not fail an optimization.
    log::Error("ai_audit_failed", {{"detail", error.what()}});
  }
}

}  // namespace resumax::db

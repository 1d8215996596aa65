#pragma once

#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

#include "adapters/ai/circuit_breaker.h"
#include "adapters/ai/provider.h"
#include "adapters/ai/redact.h"
#include "domain/optimize/change_engine.h"

namespace resumax::ai {

// How the engine spreads and protects its calls.
struct EngineSettings {
  int max_parallel = 6;      // sections in flight at once
  int breaker_failures = 3;  // consecutive failed sections that open a provider's breaker
  std::chrono::milliseconds breaker_cool_down{std::chrono::seconds(60)};
  CircuitBreaker::Clock clock;  // default: steady_clock
};

// The resume cut into what is sent to a provider in one call, in document order: the summary,
// each experience entry's bullets, the skills, each project's bullets. Empty sections are left
// out.
std::vector<SectionRequest> SplitIntoSections(const document::ResumeDocument& resume,
                                              const optimize::JobAnalysis& job,
                                              const optimize::KeywordReport& report,
                                              optimize::Strategy strategy);

// The ChangeEngine over LLM providers: one call per section, in parallel; each section goes to
// the providers in order (skipping one whose circuit breaker is open) and, when none answers
// with a valid reply, to the local engine (ProposeLocalChanges). Thread-safe; the breakers
// live as long as the engine.
class ProviderEngine final : public optimize::ChangeEngine {
 public:
  ProviderEngine(std::vector<std::unique_ptr<Provider>> providers, EngineSettings settings,
                 optimize::AiAuditSink* audit = nullptr);

  optimize::EngineOutput Propose(const document::ResumeDocument& resume,
                                 std::string_view resume_text, const optimize::JobAnalysis& job,
                                 const optimize::KeywordReport& report,
                                 optimize::Strategy strategy) override;

  // Whether the named provider's breaker is open now (for health reporting and tests).
  bool IsCircuitOpen(std::string_view provider_name);

 private:
  struct Slot {
    std::unique_ptr<Provider> provider;
    std::unique_ptr<CircuitBreaker> breaker;
  };
  struct SectionOutcome;

  SectionOutcome RunSection(const SectionRequest& request, const PiiRedactor& redactor);

  std::vector<Slot> slots_;
  EngineSettings settings_;
  optimize::AiAuditSink* audit_;
};

}  // namespace resumax::ai

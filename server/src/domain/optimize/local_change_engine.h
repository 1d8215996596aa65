#pragma once

#include "domain/optimize/change_engine.h"

namespace resumax::optimize {

// The offline default: ProposeLocalChanges, deterministic, no keys, no tokens.
class LocalChangeEngine final : public ChangeEngine {
 public:
  EngineOutput Propose(const document::ResumeDocument& resume, std::string_view resume_text,
                       const JobAnalysis& job, const KeywordReport& report,
                       Strategy strategy) override;
};

}  // namespace resumax::optimize

#include "domain/optimize/local_change_engine.h"

#include "domain/rewriting/rewrite_engine.h"

namespace resumax::optimize {

EngineOutput LocalChangeEngine::Propose(const document::ResumeDocument& resume, std::string_view,
                                        const JobAnalysis& job, const KeywordReport& report,
                                        Strategy strategy) {
  return {ProposeLocalChanges(resume, job, report, strategy), 0, "local", {}};
}

}  // namespace resumax::optimize

#include "domain/optimize/local_change_engine.h"

#include "domain/optimize/rewrite_engine.h"

namespace resumax::optimize {

EngineOutput LocalChangeEngine::Propose(const boost::json::object& sections, std::string_view,
                                        const JobAnalysis& job, const KeywordReport& report,
                                        Strategy strategy) {
  return {ProposeLocalChanges(sections, job, report, strategy), 0, "local", {}};
}

}  // namespace resumax::optimize

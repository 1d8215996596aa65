#pragma once

#include <string_view>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/matching/taxonomy.h"
#include "domain/optimize/change_engine.h"
#include "domain/rewriting/change.h"
#include "domain/rewriting/guard_truthfulness.h"

// The steps of one optimization, once, for the service's worker and for `resumax optimize`:
// score the resume against the job, let the engine propose, drop what the truthfulness guard
// refuses and what would cost points, and score the resume with every kept change applied.
namespace resumax::optimize {

struct OptimizeOutcome {
  ScoreResult score;       // the resume as it is
  EngineOutput proposed;   // the engine's answer (provider, tokens, notes); changes moved out
  GuardedChanges guarded;  // kept changes (scored one by one, with word diffs) and dropped ones
  document::ResumeDocument optimized;  // the resume with every kept change applied
  int projected_score = 0;             // the score of `optimized`
};

OptimizeOutcome RunOptimizeSteps(const document::ResumeDocument& resume,
                                 std::string_view resume_text, const JobAnalysis& job,
                                 const Taxonomy& taxonomy, ChangeEngine& engine, Strategy strategy);

// Scores each kept change applied on its own: fills score_delta, and moves a change that would
// lower the alignment score to the dropped ones (a rewrite must never cost the user points).
void WeighChanges(const document::ResumeDocument& resume, std::string_view resume_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy, int base_total,
                  GuardedChanges& guarded);

}  // namespace resumax::optimize

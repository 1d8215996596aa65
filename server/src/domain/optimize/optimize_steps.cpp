#include "domain/optimize/optimize_steps.h"

#include <string>
#include <vector>

#include "core/metrics.h"
#include "core/trace.h"
#include "domain/matching/scorer.h"
#include "domain/rewriting/apply_changes.h"

namespace resumax::optimize {

void WeighChanges(const document::ResumeDocument& resume, std::string_view resume_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy, int base_total,
                  GuardedChanges& guarded) {
  std::vector<Change> kept;
  for (Change& change : guarded.kept) {
    if (auto alone = ApplyChanges(resume, std::vector<Change>{change})) {
      change.score_delta = Score(*alone, resume_text, job, taxonomy).total - base_total;
    }
    if (change.score_delta < 0) {
      guarded.dropped.push_back({change.id, change.path,
                                 "It would lower the alignment score by " +
                                     std::to_string(-change.score_delta) +
                                     (change.score_delta == -1 ? " point." : " points."),
                                 "lowers_score"});
      continue;
    }
    kept.push_back(std::move(change));
  }
  guarded.kept = std::move(kept);
}

OptimizeOutcome RunOptimizeSteps(const document::ResumeDocument& resume,
                                 std::string_view resume_text, const JobAnalysis& job,
                                 const Taxonomy& taxonomy, ChangeEngine& engine,
                                 Strategy strategy) {
  trace::Span span("optimize.steps");
  OptimizeOutcome outcome;
  {
    trace::Span scoring("matching.score");
    outcome.score = Score(resume, resume_text, job, taxonomy);
    scoring.SetAttribute("resumax.score", outcome.score.total);
  }
  outcome.proposed = engine.Propose(resume, resume_text, job, outcome.score.keywords, strategy);
  trace::Span guard("rewrite.guard");
  std::vector<std::string> known_skills;
  for (const Keyword& keyword : job.keywords) known_skills.push_back(keyword.term);
  outcome.guarded = FilterChanges(resume, resume_text, outcome.proposed.changes, known_skills);
  outcome.proposed.changes.clear();
  // FilterChanges gave every kept change its word diff; weighing only drops changes.
  WeighChanges(resume, resume_text, job, taxonomy, outcome.score.total, outcome.guarded);
  static auto& guard_drops = metrics::Counter::Get(
      "resumax_guard_drops_total", "Proposed rewrites the truthfulness guard refused, by rule.",
      {"reason"});
  for (const DroppedChange& dropped : outcome.guarded.dropped) guard_drops.Inc({dropped.code});

  guard.SetAttribute("resumax.guard.kept", outcome.guarded.kept.size());
  guard.SetAttribute("resumax.guard.dropped", outcome.guarded.dropped.size());
  guard.End();
  if (auto optimized = ApplyChanges(resume, outcome.guarded.kept)) {
    outcome.optimized = std::move(*optimized);
    outcome.projected_score = Score(outcome.optimized, resume_text, job, taxonomy).total;
  } else {
    outcome.optimized = resume;
    outcome.projected_score = outcome.score.total;
  }
  return outcome;
}

}  // namespace resumax::optimize

#pragma once

#include <vector>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/rewriting/change.h"
#include "domain/rewriting/rewrite_terms.h"

namespace resumax::optimize {

// The local rewrite engine: the edits a careful human editor would make, without inventing
// anything and without any provider or key. Per strategy:
// - conservative: openers only — a weak opener becomes a verb the bullet supports
//   ("Responsible for managing X" → "Managed X", "Helped with X" → "Contributed to X", never
//   "Led"), first person at a sentence's start dropped, the opener's tense matched to the job
//   (past for an ended job, present for a current job's standing duties);
// - balanced: also the job's terminology where the resume says the same thing in other words
//   ("Postgres" → "PostgreSQL", "SEO" → "search engine optimization (SEO)"), "my" dropped
//   mid-sentence, and job skills the bullets already show added to skills[];
// - bold: also skills[] reordered (required, then preferred, then the rest) and a summary
//   written from the resume's own title, dated years and matched skills.
// A skill the report calls missing is never added. One change per item, ids "c1", "c2", … in
// document order, each with a one-sentence reason, the job keywords it adds and its WordDiff.
std::vector<Change> ProposeLocalChanges(const document::ResumeDocument& resume,
                                        const JobAnalysis& job, const KeywordReport& report,
                                        Strategy strategy, const RewriteOptions& options = {});

}  // namespace resumax::optimize

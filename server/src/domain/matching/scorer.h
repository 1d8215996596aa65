#pragma once

#include <chrono>
#include <string_view>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/matching/taxonomy.h"

namespace resumax::optimize {

// Scores how well a resume (its document and the text read from its file) fits a job, by the
// published formula of score_formula.h (docs/scoring.md): six categories of 0–100 each with what
// counted, what is missing and one sentence, their weighted total, and where each keyword of the
// job shows in the resume (matched: skills, certifications, languages, summary, headline,
// post-nominals, job titles, degrees and their fields; evidenced: only bullets, projects, schools
// or other text; missing). `today` ends current jobs.
// Deterministic: the same input gives the same output; adding a keyword the job asks for to the
// resume's skills never lowers the score.
ScoreResult Score(const document::ResumeDocument& resume, std::string_view parsed_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy,
                  std::chrono::year_month_day today);

// The same with today's date (UTC) from the system clock.
ScoreResult Score(const document::ResumeDocument& resume, std::string_view parsed_text,
                  const JobAnalysis& job, const Taxonomy& taxonomy);

}  // namespace resumax::optimize

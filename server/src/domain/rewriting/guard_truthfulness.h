#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/rewriting/change.h"
#include "domain/rewriting/rewrite_terms.h"

// The truthfulness guard: every proposed change, from the local engine or an LLM provider,
// passes it before a user sees it. It refuses anything the resume does not already support.
namespace resumax::optimize {

struct GuardVerdict {
  bool ok = true;
  std::string reason;  // why it was refused, one sentence a user understands; empty when ok
  std::string code;    // the rule that refused it ("new_figure", "new_skill"…), for metrics
};

// Whether `change` may be shown. Refused when it:
// - edits a path that is missing, malformed or a fact (contact.*, dates, titles, employers,
//   schools, degrees, certifications), or whose `before` is not the current text;
// - is empty, a no-op, too long, or not valid UTF-8 text;
// - introduces a figure (digits or a spelled number such as "forty", "doubled") that the resume
//   does not contain; "N years"/"N+ years" is allowed up to the years its dates show;
// - introduces a skill from `known_skills` (pass the job's keyword terms and their aliases) or
//   the built-in alias table that the resume does not mention in any spelling;
// - introduces a capitalised name (employer, school, product, place), a title, degree,
//   certification or award word, a link or an email address the resume does not contain; a new
//   multi-word name passes only when it is a skill the resume shows or every word of it was
//   already in the item;
// - turns a supporting role ("helped", "assisted") into leading ("led", "managed").
// `original_text` is the resume's extracted text; the document's text is searched as well.
// Reasons may quote resume or model text: show them to the user, never log them.
GuardVerdict CheckChange(const document::ResumeDocument& original, std::string_view original_text,
                         const Change& change, const std::vector<std::string>& known_skills,
                         const RewriteOptions& options = {});

struct DroppedChange {
  std::string id;
  std::string path;
  std::string reason;
  std::string code;  // GuardVerdict::code, or "lowers_score" when weighing dropped it
};

struct GuardedChanges {
  std::vector<Change> kept;            // in their original order
  std::vector<DroppedChange> dropped;  // dropped.size() is the count
};

// CheckChange over a whole proposal. Also drops a second change to an item already changed, and
// for each kept change fills an empty `section` from its path, recomputes `diff` with WordDiff
// and keeps only the `keywords` that its `after` actually contains.
GuardedChanges FilterChanges(const document::ResumeDocument& original,
                             std::string_view original_text, const std::vector<Change>& changes,
                             const std::vector<std::string>& known_skills,
                             const RewriteOptions& options = {});

}  // namespace resumax::optimize

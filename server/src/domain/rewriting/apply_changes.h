#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/document/resume_document.h"
#include "domain/matching/model.h"
#include "domain/rewriting/change.h"

namespace resumax::optimize {

// One step of a change path: a field name, or an index into an array.
struct PathStep {
  std::string field;                 // empty for an index
  std::optional<std::size_t> index;  // set for an index
};

// "experience[0].bullets[1]" → experience, 0, bullets, 1; nullopt when malformed.
std::optional<std::vector<PathStep>> ParseChangePath(std::string_view path);

// The paths a rewrite may edit: "summary", "skills",
// "<experience|projects|education|volunteer>[i].bullets[j]" and the order of an entry's bullets,
// "<section>[i].bullets" (IsBulletOrderPath). Identity (contact.*), titles, employers, schools,
// degrees, dates and certifications are facts and never edited.
bool IsEditablePath(const std::vector<PathStep>& path);

// "experience[1].bullets": a change that only puts an entry's bullets in another order. Its
// `before` and `after` are the bullets one per line; the `after` must hold the same lines.
bool IsBulletOrderPath(const std::vector<PathStep>& path);

// Where each line of `after` stood in `before` (lines apart by "\n"): after[k] = before[order[k]];
// nullopt unless `after` holds exactly the lines of `before`, word for word.
std::optional<std::vector<std::size_t>> BulletOrder(std::string_view before,
                                                    std::string_view after);

// The text at an editable path as a change's `before` shows it: every skill of every group
// joined with ", ", an absent summary as "", an entry's bullets one per line. Errors:
// invalid_change_path (malformed, not editable or missing).
Result<std::string> CurrentText(const document::ResumeDocument& resume, std::string_view path);

// Skills written as one line back to items: split on ", " outside parentheses, so
// "AWS (EC2, S3), Docker" is two skills; items trimmed, empty ones dropped.
std::vector<std::string> SplitSkills(std::string_view text);

// The skills written as one line back into their groups: an item kept (same spelling, any
// case) stays in its group, an item respelled in place takes the place of the one it replaces,
// and a new item joins the unnamed group (made when there is none).
void SetSkills(document::ResumeDocument& resume, std::string_view line);

// `resume` with exactly the accepted changes applied, in order; orders of bullets last, onto
// the bullets as the other accepted changes left them. Refuses the whole set when a path is not
// editable or missing (invalid_change_path, 400), a `before` no longer matches the current text
// (stale_change, 409), e.g. two changes to one item, or a new order drops, adds or rewords a
// bullet (invalid_change, 400).
Result<document::ResumeDocument> ApplyChanges(const document::ResumeDocument& resume,
                                              const std::vector<Change>& accepted);

}  // namespace resumax::optimize

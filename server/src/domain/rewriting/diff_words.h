#pragma once

#include <string_view>
#include <vector>

#include "domain/matching/model.h"
#include "domain/rewriting/change.h"

namespace resumax::optimize {

// A word-level diff of two texts for showing a change: "equal", "delete" and "insert" parts,
// adjacent parts of one kind merged and, between two equal parts, deletions before insertions.
// Joining the equal and delete parts gives `before` byte for byte; equal and insert, `after`.
// Words keep their trailing whitespace; punctuation marks are words of their own.
std::vector<DiffPart> WordDiff(std::string_view before, std::string_view after);

}  // namespace resumax::optimize

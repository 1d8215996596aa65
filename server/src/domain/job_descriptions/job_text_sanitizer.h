#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace resumax::jobs {

// Upper bound of SanitizeJobText's result, in bytes.
inline constexpr std::size_t kMaxJobTextBytes = 100'000;

// Turns pasted job-description text or HTML into clean plain text, in one linear pass per stage.
// HTML (recognised by a known tag or a comment) loses its tags, comments and the content of
// <script>, <style>, <noscript>, <iframe> and similar elements; block tags become line breaks and
// <li> a "• " bullet. Entities are decoded once, so "&lt;script&gt;" stays the literal text
// "<script>". Every input then gets the same normalisation: valid UTF-8 only (invalid bytes become
// U+FFFD), no control or zero-width characters, bullet glyphs at line start as "• ", runs of
// spaces collapsed, lines trimmed, at most one blank line in a row, at most kMaxJobTextBytes.
std::string SanitizeJobText(std::string_view raw);

}  // namespace resumax::jobs

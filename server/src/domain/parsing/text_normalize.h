#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace resumax::parsing {

// True when bytes are well-formed UTF-8 (no overlongs, surrogates or code points past U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Maps ligatures, bullet and dash variants, odd spaces and control characters to plain text and
// collapses white space; with keep_tabs a run of white space holding a tab becomes one '\t'.
std::string NormalizeText(std::string_view text, bool keep_tabs);

// If text is framed by runs of rule characters ("--- EXPERIENCE ---", "=== Skills ===",
// "*** Education ***", "- CAREER -" once dashes are collapsed), returns what is inside: a
// heading set off in plain text, not a list item.
bool StripFraming(std::string& text);

// If text starts with a bullet glyph ("•", "-", "*", "◦", "▪", "➢", ...), returns the rest.
bool StripBullet(std::string& text);

// Lower-cases ASCII letters.
std::string AsciiLower(std::string_view text);

// Words separated by spaces or tabs.
std::size_t CountWords(std::string_view text);

// Trims ASCII white space and tabs from both ends.
std::string_view Trim(std::string_view text);

// Splits on a separator string, trimming each piece and dropping empty ones.
std::vector<std::string> SplitTrimmed(std::string_view text, std::string_view separator);

// Text made only of U+FFFD or private-use code points (U+E000–U+F8FF, planes 15 and 16): a
// glyph with no letter behind it, an icon.
bool IsIconText(std::string_view text);

// Lower-case ASCII letters and digits of text, Latin letters with marks folded to their base
// ("Åström" → "astrom", "Wiśniewski" → "wisniewski"); anything else becomes a space, one
// between words.
std::string FoldedWords(std::string_view text);

// Number of Unicode code points in UTF-8 text.
std::size_t CodePointCount(std::string_view text);

// The text ends with part of an email address or a web address ("ana@example.co") and the next
// line holds the rest of it ("m").
bool BrokenAddress(std::string_view text, std::string_view next);

// Appends a wrapped line to the text it continues, undoing a word hyphenated across the break
// ("Devel-" + "oping" → "Developing"); a hyphen before a capital or a digit stays, with no
// space ("COVID-" + "19" → "COVID-19", "Tran-" + "Holloway" → "Tran-Holloway").
void AppendWrapped(std::string& text, std::string_view next);

}  // namespace resumax::parsing

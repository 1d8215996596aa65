#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace resumax::parsing {

// What a section of a resume holds.
enum class SectionKind {
  kContact,
  kSummary,
  kExperience,
  kEducation,
  kSkills,
  kProjects,
  kCertifications,
  kLanguages,
  kOther,
};

// Lower-case words of a heading candidate: trims bullets, colons and rules, joins "&" as "and".
std::string HeadingKey(std::string_view text);

// The length of a numbered section's number and the space after it ("1. Experience",
// "2) Education", "1.2\tProjects", "IV. Skills"), or 0 when the text opens with none.
std::size_t SectionNumberLength(std::string_view text);

// The section a heading names ("Work History" → kExperience, "Awards" → kOther), or nullopt when
// the text is no known heading. strict: only the common exact names, which are safe to accept
// without any visual cue. A numbered heading is its exact name after the number.
std::optional<SectionKind> ClassifyHeading(std::string_view text, bool strict);

}  // namespace resumax::parsing

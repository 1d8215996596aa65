#pragma once

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

// The section a heading names ("Work History" → kExperience, "Awards" → kOther), or nullopt when
// the text is no known heading. strict: only the common exact names, which are safe to accept
// without any visual cue.
std::optional<SectionKind> ClassifyHeading(std::string_view text, bool strict);

}  // namespace resumax::parsing

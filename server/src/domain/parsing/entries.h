#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/parsing/dates.h"
#include "domain/parsing/document_text.h"

namespace resumax::parsing {

// A field the rules had to guess: which, why (in the user's words) and how sure.
struct FieldGuess {
  std::string field;  // the document's field name: "title", "company", "startDate", …
  std::string message;
  double confidence = 0;
};

// One job in an experience section.
struct ExperienceEntry {
  std::string title;
  std::string company;
  std::string location;
  std::optional<DateValue> start;
  std::optional<DateValue> end;
  std::vector<std::string> bullets;
  double confidence = 0;
  std::vector<FieldGuess> guesses;
};

// One school in an education section.
struct EducationEntry {
  std::string degree;
  std::string school;
  std::string location;
  std::optional<DateValue> start;
  std::optional<DateValue> end;
  double confidence = 0;
  std::vector<FieldGuess> guesses;
};

// One project in a projects section.
struct ProjectEntry {
  std::string name;
  std::vector<std::string> bullets;
  double confidence = 0;
};

// Splits an experience section into jobs: entries are anchored on their date lines, with the
// title/company/location lines around them in any order ("Title — Company, City",
// "Company | Title", "Title at Company", on one line or two, dates on the same line or the next).
std::vector<ExperienceEntry> ExtractExperience(const std::vector<const TextLine*>& lines);

// Splits an education section into degree/school entries in any order.
std::vector<EducationEntry> ExtractEducation(const std::vector<const TextLine*>& lines);

// Splits a projects section: a name line followed by its bullets.
std::vector<ProjectEntry> ExtractProjects(const std::vector<const TextLine*>& lines);

// True when text is a place: "City, ST", "City, Country", "Remote", "Location: ...".
bool LooksLikeLocation(std::string_view text);

// How strongly text reads as a job title (positive) rather than an organisation (negative).
int TitleScore(std::string_view text);

}  // namespace resumax::parsing

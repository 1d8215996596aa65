#pragma once

#include <string>
#include <string_view>

#include "domain/document/resume_document.h"
#include "domain/parsing/document_text.h"

namespace resumax::parsing {

// A resume as read from its file.
struct ParsedResume {
  std::string text;                   // readable full text in reading order
  document::ResumeDocument document;  // what the text says, in the document's fields
};

// Finds the headings of a document, splits it into sections and extracts their fields.
ParsedResume ParseDocument(const DocumentText& document);

// Email address in text ("mailto:" and the like removed), or empty.
std::string FindEmail(std::string_view text);

// Phone number in text as printed, or empty; dates, years and ZIP codes are not phones.
std::string FindPhone(std::string_view text);

// True for a line that reads as a person's name ("Byungjin Park", "ANDERSON", "Mary-Jo O'Neil").
bool LooksLikeName(std::string_view text);

// One line of a skills section: the group it names ("Languages" of "Languages: Python, Go") and
// its items.
struct SkillLine {
  std::string label;
  std::vector<std::string> items;
};
SkillLine SplitSkillLine(std::string_view line);

// A line of a languages section as {language, fluency}s: "English (Native)", "German: Fluent",
// "French – B2", "English, Spanish"; empty when the line names no spoken language.
std::vector<std::pair<std::string, std::string>> SplitLanguages(std::string_view line);

// Individual skills from one line of a skills section: splits on commas, bullets, pipes and
// wide gaps, and drops category labels such as "Languages:".
std::vector<std::string> SplitSkills(std::string_view line);

}  // namespace resumax::parsing

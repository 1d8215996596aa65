#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/document/resume_document.h"

// What an export renders: the resume document laid out as printed text, with dates already
// written the way a resume prints them ("Mar 2021 – Present"). Every renderer (PDF, DOCX, text)
// takes this and lays out the same sections in the same order, so what a screener's parser
// reads back is what the user accepted.
namespace resumax::exporting {

struct Contact {
  std::string name;
  std::string email;
  std::string phone;
  std::string location;
  std::vector<std::string> links;
  std::string headline;  // the line under the name ("Registered Nurse")
};

struct ExperienceEntry {
  std::string title;
  std::string company;
  std::string location;
  std::string dates;  // "Mar 2021 – Present", "2017 – 2021", or empty
  std::vector<std::string> bullets;
};

struct EducationEntry {
  std::string degree;  // "BSN in Nursing"
  std::string school;
  std::string location;
  std::string dates;
  std::vector<std::string> bullets;
};

struct ProjectEntry {
  std::string name;
  std::vector<std::string> bullets;
};

struct OtherSection {
  std::string heading;
  std::string text;  // paragraphs separated by '\n'
};

struct PrintedResume {
  Contact contact;
  std::string summary;
  std::vector<ExperienceEntry> experience;
  std::vector<EducationEntry> education;
  std::vector<std::string> skills;  // one printed line each: "a, b, c" or "Group: a, b"
  std::vector<ProjectEntry> projects;
  std::vector<std::string> certifications;
  std::vector<OtherSection> other;
};

// The standard section headings every renderer prints, in this order (an ATS looks for these).
inline constexpr std::string_view kSummaryHeading = "Summary";
inline constexpr std::string_view kExperienceHeading = "Experience";
inline constexpr std::string_view kEducationHeading = "Education";
inline constexpr std::string_view kSkillsHeading = "Skills";
inline constexpr std::string_view kProjectsHeading = "Projects";
inline constexpr std::string_view kCertificationsHeading = "Certifications";

enum class Template { kClassic, kModern, kCompact };
enum class PaperSize { kLetter, kA4 };

struct RenderOptions {
  Template layout = Template::kClassic;
  PaperSize paper = PaperSize::kLetter;
  std::string title;   // document properties: "Dana Whitfield – Resume"
  std::string author;  // document properties
};

// The document as printed: dates formatted, skill groups as lines, certifications, languages,
// awards, volunteering, publications and custom sections as lines of text (control characters
// dropped, text trimmed, empty entries left out).
PrintedResume ForPrint(const document::ResumeDocument& resume);

// The options every export of `document` is rendered with: the look chosen, and the document
// properties (title "Name – Resume", author) taken from the contact.
RenderOptions OptionsFor(const PrintedResume& document, Template layout, PaperSize paper);

// A heading in capitals (ASCII letters; the standard headings are English words).
std::string UppercaseHeading(std::string_view heading);

// "Mar 2021" or "2021".
std::string FormatMonth(const document::Date& date);
// "Mar 2021 – Present", "Jun 2017 – Feb 2021", "2019", or "" when nothing is known.
std::string DateRange(const document::Period& period);

// "classic" | "modern" | "compact"; nullopt for anything else.
std::optional<Template> ParseTemplate(std::string_view name);
std::string_view TemplateName(Template layout);
// "letter" | "a4"; nullopt for anything else.
std::optional<PaperSize> ParsePaperSize(std::string_view name);
std::string_view PaperSizeName(PaperSize paper);

// The pieces of the line under the name, in order: email, phone, location, links; each with
// the URI it opens (mailto:, tel:, https://), or none when it is not a link or holds characters
// a URI attribute cannot carry.
struct ContactPart {
  std::string text;
  std::string uri;
};
std::vector<ContactPart> ContactParts(const Contact& contact);
inline constexpr std::string_view kContactSeparator = " \u00b7 ";

// The line under the name: "email · phone · location · links" (only what is present).
std::string ContactLine(const Contact& contact);
// Entry heading lines shared by the renderers: "Title, Company" / "Degree, School".
std::string ExperienceHeadline(const ExperienceEntry& entry);
std::string EducationHeadline(const EducationEntry& entry);

}  // namespace resumax::exporting

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"

// The resume as one typed document: what the parser produces, the user corrects, the scorer and
// the rewrite engines read, accepted changes edit and every export renders. Text fields are
// empty when absent. JSON exists only at the edges (document_json.h, json_resume.h).
namespace resumax::document {

// A date: a year with an optional month (0 when only the year is known) and, when the
// month is known, an optional day (JSON Resume carries days; resumes print months).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const Date&, const Date&) = default;
};

// "2021-03-15", "2021-03" or "2021"; nullopt for anything else (month outside 1–12, a day
// the month does not have, year not 4 digits).
std::optional<Date> ParseDate(std::string_view text);
// "2021-03-15" / "2021-03" / "2021".
std::string FormatDate(const Date& date);
// Months since year 0, a missing month counting as January (for ordering and spans).
int MonthIndex(const Date& date);

// When an entry ran: start and end, or start and "present".
struct Period {
  std::optional<Date> start;
  std::optional<Date> end;
  bool current = false;
  friend bool operator==(const Period&, const Period&) = default;
};

enum class LinkKind { kLinkedIn, kGitHub, kPortfolio, kOther };
std::string_view LinkKindName(LinkKind kind);
std::optional<LinkKind> ParseLinkKind(std::string_view name);
// The kind a URL reads as: linkedin.com → LinkedIn, github.com → GitHub, else other.
LinkKind GuessLinkKind(std::string_view url);

struct Link {
  LinkKind kind = LinkKind::kOther;
  std::string url;
  friend bool operator==(const Link&, const Link&) = default;
};

// The parser's confidence (0–1) in what it read; empty once the user confirmed or edited it.
using Confidence = std::optional<double>;
inline constexpr double kCheckBelow = 0.6;  // the app flags entries read with less

struct Contact {
  std::string name;           // the name alone ("Ana M. Ruiz")
  std::string post_nominals;  // letters printed after it ("RN, BSN"), kept apart
  std::string headline;
  std::string email;
  std::string phone;
  std::string location;
  std::vector<Link> links;
  Confidence confidence;
  friend bool operator==(const Contact&, const Contact&) = default;
};

struct Experience {
  std::string id;
  std::string title;
  std::string company;
  std::string location;
  Period period;
  std::string summary;  // a line about the role before its bullets
  std::vector<std::string> bullets;
  Confidence confidence;
  friend bool operator==(const Experience&, const Experience&) = default;
};

struct Education {
  std::string id;
  std::string degree;
  std::string field;
  std::string school;
  std::string location;
  Period period;
  std::vector<std::string> bullets;
  Confidence confidence;
  friend bool operator==(const Education&, const Education&) = default;
};

// A flat skills list is one group without a name.
struct SkillGroup {
  std::string id;
  std::string group;
  std::vector<std::string> items;
  friend bool operator==(const SkillGroup&, const SkillGroup&) = default;
};

struct Project {
  std::string id;
  std::string name;
  std::string url;
  Period period;
  std::string summary;
  std::vector<std::string> bullets;
  Confidence confidence;
  friend bool operator==(const Project&, const Project&) = default;
};

struct Certification {
  std::string id;
  std::string name;
  std::string issuer;
  std::optional<Date> date;
  friend bool operator==(const Certification&, const Certification&) = default;
};

struct Language {
  std::string id;
  std::string language;
  std::string fluency;
  friend bool operator==(const Language&, const Language&) = default;
};

struct Award {
  std::string id;
  std::string title;
  std::string awarder;
  std::optional<Date> date;
  std::string summary;
  friend bool operator==(const Award&, const Award&) = default;
};

struct Volunteer {
  std::string id;
  std::string organization;
  std::string role;
  std::string location;
  Period period;
  std::string summary;
  std::vector<std::string> bullets;
  friend bool operator==(const Volunteer&, const Volunteer&) = default;
};

struct Publication {
  std::string id;
  std::string name;
  std::string publisher;
  std::optional<Date> date;
  std::string url;
  std::string summary;
  friend bool operator==(const Publication&, const Publication&) = default;
};

struct CustomEntry {
  std::string id;
  std::string title;
  std::vector<std::string> bullets;
  friend bool operator==(const CustomEntry&, const CustomEntry&) = default;
};

// A section with a heading of the user's own ("Interests", "Memberships").
struct CustomSection {
  std::string id;
  std::string title;
  std::vector<CustomEntry> entries;
  friend bool operator==(const CustomSection&, const CustomSection&) = default;
};

// A field the parser had to guess, for the user to check: where, how sure and why. The parser
// writes them; a client cannot (they are not read back from a client's document), and saving
// keeps one only while its entry is unchanged (CarryConfidence).
struct ReadWarning {
  std::string section;   // "contact", "experience", "education", "skills", "projects"
  std::string entry_id;  // the entry's id; empty for contact
  std::string field;     // "name", "company", "startDate", "items", …
  std::string message;
  double confidence = 0;
  friend bool operator==(const ReadWarning&, const ReadWarning&) = default;
};

struct ResumeDocument {
  Contact contact;
  std::string summary;
  std::vector<Experience> experience;
  std::vector<Education> education;
  std::vector<SkillGroup> skills;
  std::vector<Project> projects;
  std::vector<Certification> certifications;
  std::vector<Language> languages;
  std::vector<Award> awards;
  std::vector<Volunteer> volunteer;
  std::vector<Publication> publications;
  std::vector<CustomSection> custom;
  std::vector<ReadWarning> warnings;
  friend bool operator==(const ResumeDocument&, const ResumeDocument&) = default;
};

// Every piece of text in the document (contact, titles, employers, bullets, skills, …), one per
// line, in section order; dates and ids are left out, being data rather than prose.
std::string AllText(const ResumeDocument& document);

// One group of credentials after a name ("RN", "PhD", "LEED AP BD+C", "P.E."): capitals with few
// small letters, or a known mixed-case degree; never a generational suffix ("Jr.", "III").
bool LooksLikeCredential(std::string_view token);

// A printed name split into the name and the credentials after it: "Ana M. Ruiz, RN, BSN" →
// {"Ana M. Ruiz", "RN, BSN"}; "Li Wei, CPA" → {"Li Wei", "CPA"}. Generational suffixes ("Jr.",
// "III") stay in the name; a name without credentials comes back whole.
std::pair<std::string, std::string> SplitPostNominals(std::string_view printed);

// The name as printed, post-nominals after a comma ("Ana M. Ruiz, RN").
std::string DisplayName(const Contact& contact);

// Where a warning points, in the paths Validate uses: "contact.name", "experience[1].company";
// empty when its entry is gone.
std::string WarningPath(const ResumeDocument& document, const ReadWarning& warning);

// Every skill of every group, in order.
std::vector<std::string> AllSkills(const ResumeDocument& document);

// Gives every entry without an id the next free one of its section ("exp3", "edu1", …).
void AssignIds(ResumeDocument& document);

// What the user saved over what was stored: an entry (matched by id) keeps the stored
// confidence only when its content is unchanged and the client did not clear it; anything new
// or edited is confirmed. A client can never raise a confidence. The stored read warnings are
// kept for the entries (and contact) that kept their confidence; the client's are ignored.
void CarryConfidence(const ResumeDocument& stored, ResumeDocument& saved);

// One problem with a document a user sent: where ("experience[1].endDate") and what.
struct Issue {
  std::string path;
  std::string message;
};

// The limits and rules every saved document meets (docs/resume-document.md): text lengths,
// counts, control characters, dates, ids, empty entries.
std::vector<Issue> Validate(const ResumeDocument& document);

// 422 invalid_sections with details [{path, message}, …] (the first 100).
Error InvalidSections(const std::vector<Issue>& issues);

}  // namespace resumax::document

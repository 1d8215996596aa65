#include "domain/parsing/headings.h"

#include <array>
#include <cctype>
#include <utility>

#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

struct NamedSection {
  std::string_view key;
  SectionKind kind;
};

// Exact heading names, after HeadingKey.
constexpr std::array kExactHeadings = {
    NamedSection{"experience", SectionKind::kExperience},
    NamedSection{"work experience", SectionKind::kExperience},
    NamedSection{"professional experience", SectionKind::kExperience},
    NamedSection{"employment", SectionKind::kExperience},
    NamedSection{"employment history", SectionKind::kExperience},
    NamedSection{"employment experience", SectionKind::kExperience},
    NamedSection{"work history", SectionKind::kExperience},
    NamedSection{"career history", SectionKind::kExperience},
    NamedSection{"professional history", SectionKind::kExperience},
    NamedSection{"relevant experience", SectionKind::kExperience},
    NamedSection{"selected experience", SectionKind::kExperience},
    NamedSection{"industry experience", SectionKind::kExperience},
    NamedSection{"career experience", SectionKind::kExperience},
    NamedSection{"experience and employment", SectionKind::kExperience},
    NamedSection{"professional background", SectionKind::kExperience},
    NamedSection{"work", SectionKind::kExperience},
    NamedSection{"career", SectionKind::kExperience},
    NamedSection{"experience history", SectionKind::kExperience},
    NamedSection{"relevant work experience", SectionKind::kExperience},
    NamedSection{"professional employment", SectionKind::kExperience},
    NamedSection{"positions held", SectionKind::kExperience},
    NamedSection{"education history", SectionKind::kEducation},
    NamedSection{"education and qualifications", SectionKind::kEducation},
    NamedSection{"qualifications and education", SectionKind::kEducation},
    NamedSection{"academic background and training", SectionKind::kEducation},
    NamedSection{"schooling", SectionKind::kEducation},
    NamedSection{"skills summary", SectionKind::kSkills},
    NamedSection{"summary of skills", SectionKind::kSkills},
    NamedSection{"specialties", SectionKind::kSkills},
    NamedSection{"capabilities", SectionKind::kSkills},
    NamedSection{"personal skills", SectionKind::kSkills},
    NamedSection{"licences and certifications", SectionKind::kCertifications},
    NamedSection{"licences and certificates", SectionKind::kCertifications},
    NamedSection{"licenses and certificates", SectionKind::kCertifications},
    NamedSection{"certifications and licenses", SectionKind::kCertifications},
    NamedSection{"certifications and licences", SectionKind::kCertifications},
    NamedSection{"certificates and licences", SectionKind::kCertifications},
    NamedSection{"licences", SectionKind::kCertifications},
    NamedSection{"accreditations", SectionKind::kCertifications},
    NamedSection{"professional registration", SectionKind::kCertifications},
    NamedSection{"professional qualifications", SectionKind::kCertifications},
    // A list of certificates or a summary in sentences: the section's lines decide (ParseDocument).
    NamedSection{"qualifications", SectionKind::kCertifications},
    NamedSection{"key qualifications", SectionKind::kCertifications},
    NamedSection{"qualifications summary", SectionKind::kSummary},
    NamedSection{"language skills", SectionKind::kLanguages},
    NamedSection{"language proficiency", SectionKind::kLanguages},
    NamedSection{"spoken languages", SectionKind::kLanguages},
    NamedSection{"education", SectionKind::kEducation},
    NamedSection{"education and training", SectionKind::kEducation},
    NamedSection{"education and certifications", SectionKind::kEducation},
    NamedSection{"academic background", SectionKind::kEducation},
    NamedSection{"academic history", SectionKind::kEducation},
    NamedSection{"educational background", SectionKind::kEducation},
    NamedSection{"academics", SectionKind::kEducation},
    NamedSection{"academic qualifications", SectionKind::kEducation},
    NamedSection{"skills", SectionKind::kSkills},
    NamedSection{"technical skills", SectionKind::kSkills},
    NamedSection{"key skills", SectionKind::kSkills},
    NamedSection{"core skills", SectionKind::kSkills},
    NamedSection{"core competencies", SectionKind::kSkills},
    NamedSection{"competencies", SectionKind::kSkills},
    NamedSection{"key competencies", SectionKind::kSkills},
    NamedSection{"skills and tools", SectionKind::kSkills},
    NamedSection{"skills and abilities", SectionKind::kSkills},
    NamedSection{"skills and expertise", SectionKind::kSkills},
    NamedSection{"skills and awards", SectionKind::kSkills},
    NamedSection{"skills and interests", SectionKind::kSkills},
    NamedSection{"skills and languages", SectionKind::kSkills},
    NamedSection{"skill set", SectionKind::kSkills},
    NamedSection{"skillset", SectionKind::kSkills},
    NamedSection{"computer skills", SectionKind::kSkills},
    NamedSection{"professional skills", SectionKind::kSkills},
    NamedSection{"areas of expertise", SectionKind::kSkills},
    NamedSection{"expertise", SectionKind::kSkills},
    NamedSection{"technologies", SectionKind::kSkills},
    NamedSection{"tech stack", SectionKind::kSkills},
    NamedSection{"tools", SectionKind::kSkills},
    NamedSection{"technical proficiencies", SectionKind::kSkills},
    NamedSection{"strengths", SectionKind::kSkills},
    NamedSection{"summary", SectionKind::kSummary},
    NamedSection{"professional summary", SectionKind::kSummary},
    NamedSection{"career summary", SectionKind::kSummary},
    NamedSection{"executive summary", SectionKind::kSummary},
    NamedSection{"summary of qualifications", SectionKind::kSummary},
    NamedSection{"profile", SectionKind::kSummary},
    NamedSection{"professional profile", SectionKind::kSummary},
    NamedSection{"personal profile", SectionKind::kSummary},
    NamedSection{"about", SectionKind::kSummary},
    NamedSection{"about me", SectionKind::kSummary},
    NamedSection{"objective", SectionKind::kSummary},
    NamedSection{"career objective", SectionKind::kSummary},
    NamedSection{"overview", SectionKind::kSummary},
    NamedSection{"personal statement", SectionKind::kSummary},
    NamedSection{"projects", SectionKind::kProjects},
    NamedSection{"personal projects", SectionKind::kProjects},
    NamedSection{"selected projects", SectionKind::kProjects},
    NamedSection{"academic projects", SectionKind::kProjects},
    NamedSection{"key projects", SectionKind::kProjects},
    NamedSection{"side projects", SectionKind::kProjects},
    NamedSection{"project experience", SectionKind::kProjects},
    NamedSection{"open source", SectionKind::kProjects},
    NamedSection{"certifications", SectionKind::kCertifications},
    NamedSection{"certification", SectionKind::kCertifications},
    NamedSection{"certificates", SectionKind::kCertifications},
    NamedSection{"licenses and certifications", SectionKind::kCertifications},
    NamedSection{"licenses", SectionKind::kCertifications},
    NamedSection{"professional certifications", SectionKind::kCertifications},
    NamedSection{"courses and certifications", SectionKind::kCertifications},
    NamedSection{"certifications and training", SectionKind::kCertifications},
    NamedSection{"credentials", SectionKind::kCertifications},
    NamedSection{"contact", SectionKind::kContact},
    NamedSection{"contact information", SectionKind::kContact},
    NamedSection{"contact info", SectionKind::kContact},
    NamedSection{"contact details", SectionKind::kContact},
    NamedSection{"personal details", SectionKind::kContact},
    NamedSection{"personal information", SectionKind::kContact},
    NamedSection{"address", SectionKind::kContact},
    NamedSection{"location", SectionKind::kContact},
    NamedSection{"awards", SectionKind::kOther},
    NamedSection{"honors", SectionKind::kOther},
    NamedSection{"honours", SectionKind::kOther},
    NamedSection{"honors and awards", SectionKind::kOther},
    NamedSection{"awards and honors", SectionKind::kOther},
    NamedSection{"achievements", SectionKind::kOther},
    NamedSection{"accomplishments", SectionKind::kOther},
    NamedSection{"volunteer", SectionKind::kOther},
    NamedSection{"volunteering", SectionKind::kOther},
    NamedSection{"volunteer experience", SectionKind::kOther},
    NamedSection{"volunteer work", SectionKind::kOther},
    NamedSection{"leadership", SectionKind::kOther},
    NamedSection{"leadership experience", SectionKind::kOther},
    NamedSection{"research", SectionKind::kOther},
    NamedSection{"research experience", SectionKind::kOther},
    NamedSection{"publications", SectionKind::kOther},
    NamedSection{"languages", SectionKind::kLanguages},
    NamedSection{"interests", SectionKind::kOther},
    NamedSection{"hobbies", SectionKind::kOther},
    NamedSection{"hobbies and interests", SectionKind::kOther},
    NamedSection{"references", SectionKind::kOther},
    NamedSection{"activities", SectionKind::kOther},
    NamedSection{"extracurricular activities", SectionKind::kOther},
    NamedSection{"coursework", SectionKind::kOther},
    NamedSection{"relevant coursework", SectionKind::kOther},
    NamedSection{"significant coursework", SectionKind::kOther},
    NamedSection{"community", SectionKind::kOther},
    NamedSection{"affiliations", SectionKind::kOther},
    NamedSection{"memberships", SectionKind::kOther},
    NamedSection{"professional affiliations", SectionKind::kOther},
    NamedSection{"campus involvement", SectionKind::kOther},
    NamedSection{"involvement", SectionKind::kOther},
    NamedSection{"patents", SectionKind::kOther},
    NamedSection{"presentations", SectionKind::kOther},
    NamedSection{"links", SectionKind::kOther},
    NamedSection{"online", SectionKind::kOther},
    NamedSection{"teaching", SectionKind::kOther},
    NamedSection{"teaching experience", SectionKind::kOther},
    NamedSection{"military service", SectionKind::kOther},
};

// Words that make a short styled line a heading of that kind ("Cloud Skills", "Honors").
constexpr std::array kHeadingWords = {
    std::pair<std::string_view, SectionKind>{"volunteer", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"leadership", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"research", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"involvement", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"experience", SectionKind::kExperience},
    std::pair<std::string_view, SectionKind>{"employment", SectionKind::kExperience},
    std::pair<std::string_view, SectionKind>{"education", SectionKind::kEducation},
    std::pair<std::string_view, SectionKind>{"skills", SectionKind::kSkills},
    std::pair<std::string_view, SectionKind>{"competencies", SectionKind::kSkills},
    std::pair<std::string_view, SectionKind>{"certif", SectionKind::kCertifications},
    std::pair<std::string_view, SectionKind>{"licen", SectionKind::kCertifications},
    std::pair<std::string_view, SectionKind>{"project", SectionKind::kProjects},
    std::pair<std::string_view, SectionKind>{"summary", SectionKind::kSummary},
    std::pair<std::string_view, SectionKind>{"profile", SectionKind::kSummary},
    std::pair<std::string_view, SectionKind>{"objective", SectionKind::kSummary},
    std::pair<std::string_view, SectionKind>{"award", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"honor", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"publication", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"interest", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"language", SectionKind::kLanguages},
    std::pair<std::string_view, SectionKind>{"activities", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"coursework", SectionKind::kOther},
    std::pair<std::string_view, SectionKind>{"reference", SectionKind::kOther},
};

}  // namespace

std::string HeadingKey(std::string_view text) {
  std::string key;
  for (char c : AsciiLower(text)) {
    if (c == '\t' || c == '/' || c == ',') c = ' ';
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '&' ||
                      (static_cast<unsigned char>(c) & 0x80);
    if (!keep) continue;
    if (c == '&') {
      if (!key.empty() && key.back() != ' ') key += ' ';
      key += "and ";
      continue;
    }
    if (c == ' ' && (key.empty() || key.back() == ' ')) continue;
    key += c;
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  // Non-ASCII bytes only survive inside words; drop them at the edges (bullets, rules).
  while (!key.empty() && (static_cast<unsigned char>(key.front()) & 0x80)) key.erase(0, 1);
  while (!key.empty() && (static_cast<unsigned char>(key.back()) & 0x80)) key.pop_back();
  return std::string(Trim(key));
}

std::size_t SectionNumberLength(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&text, &i] {
    std::size_t count = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0; ++i) ++count;
    return count;
  };
  const std::size_t first = digits();
  if (first > 2) return 0;  // "2019 Experience" is no section's number
  if (first > 0) {
    // "1.2": the number of a subsection.
    while (i + 1 < text.size() && text[i] == '.' &&
           std::isdigit(static_cast<unsigned char>(text[i + 1])) != 0) {
      ++i;
      if (digits() > 2) return 0;
    }
    if (i < text.size() && (text[i] == '.' || text[i] == ')')) ++i;
  } else {
    // A Roman numeral always has its full stop or parenthesis: "I" alone is a word.
    while (i < text.size() && std::string_view("IVXivx").find(text[i]) != std::string_view::npos) {
      ++i;
    }
    if (i == 0 || i > 4 || i >= text.size() || (text[i] != '.' && text[i] != ')')) return 0;
    ++i;
  }
  const std::size_t end_of_number = i;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  if (i == end_of_number || i == text.size()) return 0;
  return i;
}

std::optional<SectionKind> ClassifyHeading(std::string_view text, bool strict) {
  // "1. Experience", "III. EDUCATION": a numbered section's name is the words after its number.
  text = Trim(text);
  if (const std::size_t number = SectionNumberLength(text); number > 0) {
    return ClassifyHeading(text.substr(number), true);
  }
  const std::string key = HeadingKey(text);
  if (key.empty() || key.size() > 48) return std::nullopt;
  for (const NamedSection& heading : kExactHeadings) {
    if (heading.key == key) return heading.kind;
  }
  // Letter-spaced capitals come out of a PDF in fragments where the spacing outgrew the gap a
  // reader takes for a space ("WO RK EXP ERIENC E"): pieces of a few letters on average are
  // compared with the spaces left out.
  std::size_t words = 1;
  for (char c : key) words += c == ' ' ? 1 : 0;
  std::string joined = key;
  std::erase(joined, ' ');
  // A lone letter torn off its word ("E MPLOYMENT HISTORY") fragments the text as well.
  bool lone_letter = false;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const bool alone = (i == 0 || key[i - 1] == ' ') && (i + 1 == key.size() || key[i + 1] == ' ');
    lone_letter = lone_letter || (alone && key[i] != 'a' && key[i] != ' ');
  }
  const bool fragmented =
      (words >= 3 && static_cast<double>(joined.size()) < 3.4 * static_cast<double>(words)) ||
      lone_letter;
  for (const NamedSection& heading : kExactHeadings) {
    std::string name(heading.key);
    std::erase(name, ' ');
    if (name == joined) return heading.kind;
  }
  if (strict) return std::nullopt;
  if (words > 5 && !fragmented) return std::nullopt;
  for (const auto& [word, kind] : kHeadingWords) {
    if ((fragmented ? joined : key).find(word) != std::string::npos) return kind;
  }
  return std::nullopt;
}

}  // namespace resumax::parsing

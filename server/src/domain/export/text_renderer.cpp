#include <string>
#include <string_view>

#include "domain/export/renderers.h"

namespace resumax::exporting {
namespace {

class TextWriter {
 public:
  void Line(std::string_view text) {
    out_ += text;
    out_ += '\n';
  }
  void Heading(std::string_view heading) {
    out_ += '\n';
    Line(UppercaseHeading(heading));
  }
  void Bullet(std::string_view text) {
    out_ += "\u2022 ";
    Line(text);
  }
  // "left | right", or whichever is present.
  void Pair(std::string_view left, std::string_view right) {
    if (left.empty() && right.empty()) return;
    std::string line(left);
    if (!left.empty() && !right.empty()) line += " | ";
    line += right;
    Line(line);
  }
  void Paragraphs(std::string_view text) {
    while (!text.empty()) {
      const std::size_t end = text.find('\n');
      const std::string_view line = text.substr(0, end);
      if (!line.empty()) Line(line);
      if (end == std::string_view::npos) break;
      text.remove_prefix(end + 1);
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace

std::string RenderText(const PrintedResume& document) {
  TextWriter out;
  if (!document.contact.name.empty()) out.Line(document.contact.name);
  if (!document.contact.headline.empty()) out.Line(document.contact.headline);
  if (const std::string contact = ContactLine(document.contact); !contact.empty()) {
    out.Line(contact);
  }
  if (!document.summary.empty()) {
    out.Heading(kSummaryHeading);
    out.Paragraphs(document.summary);
  }
  if (!document.experience.empty()) {
    out.Heading(kExperienceHeading);
    bool first = true;
    for (const ExperienceEntry& job : document.experience) {
      if (!first) out.Line("");
      first = false;
      out.Pair(job.title, job.dates);
      out.Pair(job.company, job.location);
      for (const std::string& bullet : job.bullets) out.Bullet(bullet);
    }
  }
  if (!document.education.empty()) {
    out.Heading(kEducationHeading);
    for (const EducationEntry& school : document.education) {
      out.Pair(school.degree, school.dates);
      out.Pair(school.school, school.location);
      for (const std::string& bullet : school.bullets) out.Bullet(bullet);
    }
  }
  if (!document.skills.empty()) {
    out.Heading(kSkillsHeading);
    for (const std::string& line : document.skills) out.Line(line);
  }
  if (!document.projects.empty()) {
    out.Heading(kProjectsHeading);
    bool first = true;
    for (const ProjectEntry& project : document.projects) {
      if (!first) out.Line("");
      first = false;
      if (!project.name.empty()) out.Line(project.name);
      for (const std::string& bullet : project.bullets) out.Bullet(bullet);
    }
  }
  if (!document.certifications.empty()) {
    out.Heading(kCertificationsHeading);
    for (const std::string& certification : document.certifications) out.Bullet(certification);
  }
  for (const OtherSection& section : document.other) {
    out.Heading(section.heading);
    out.Paragraphs(section.text);
  }
  return out.Take();
}

}  // namespace resumax::exporting

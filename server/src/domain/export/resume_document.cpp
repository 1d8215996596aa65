#include "domain/export/resume_document.h"

#include <array>

#include "core/text.h"

namespace resumax::exporting {
namespace {

// Trimmed text with control characters other than '\n' turned into spaces. JSON strings are
// already valid UTF-8 (Boost.JSON rejects anything else when parsing).
std::string Clean(std::string_view text, bool keep_newlines = false) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;  // a control character stood here
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte == '\n' && keep_newlines) {
      out += '\n';
      pending_space = false;
    } else if (byte < 0x20 || byte == 0x7f) {
      pending_space = true;
    } else {
      if (pending_space && c != ' ' && !out.empty() && out.back() != ' ' && out.back() != '\n') {
        out += ' ';
      }
      pending_space = false;
      out += c;
    }
  }
  return std::string(TrimSpace(out));
}

std::string JoinPresent(std::initializer_list<std::string_view> parts, std::string_view glue) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += glue;
    out += part;
  }
  return out;
}

// prefix + target when target is a plain URI part (printable ASCII without spaces, quotes or
// backslashes); empty otherwise.
std::string LinkUri(std::string_view prefix, std::string_view target) {
  if (target.empty() || target.size() > 512) return {};
  for (const char c : target) {
    if (c <= ' ' || c > '~' || c == '\'' || c == '\\' || c == '"' || c == '<' || c == '>')
      return {};
  }
  return std::string(prefix) + std::string(target);
}

// "tel:+14155550142" from a printed number; empty when it has too few digits.
std::string PhoneUri(std::string_view phone) {
  std::string digits;
  for (const char c : phone) {
    if ((c >= '0' && c <= '9') || (c == '+' && digits.empty())) digits += c;
  }
  return digits.size() >= 7 ? "tel:" + digits : std::string();
}

}  // namespace

RenderOptions OptionsFor(const PrintedResume& document, Template layout, PaperSize paper) {
  RenderOptions options{.layout = layout, .paper = paper};
  options.author = document.contact.name;
  options.title = document.contact.name.empty() ? std::string("Resume")
                                                : document.contact.name + " \u2013 Resume";
  return options;
}

std::string UppercaseHeading(std::string_view heading) {
  std::string out(heading);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string FormatMonth(const document::Date& date) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string year = std::to_string(date.year);
  if (date.month < 1 || date.month > 12) return year;
  return std::string(kMonths[static_cast<std::size_t>(date.month - 1)]) + " " + year;
}

std::string DateRange(const document::Period& period) {
  std::string from = period.start ? FormatMonth(*period.start) : std::string();
  std::string to = period.current ? std::string("Present")
                   : period.end   ? FormatMonth(*period.end)
                                  : std::string();
  if (from.empty()) return to;
  if (to.empty() || to == from) return from;
  return from + " \u2013 " + to;
}

PrintedResume ForPrint(const document::ResumeDocument& resume) {
  PrintedResume out;
  auto lines = [](const std::vector<std::string>& items) {
    std::vector<std::string> kept;
    for (const std::string& item : items) {
      if (std::string text = Clean(item); !text.empty()) kept.push_back(std::move(text));
    }
    return kept;
  };
  const document::Contact& contact = resume.contact;
  out.contact = {Clean(document::DisplayName(contact)),
                 Clean(contact.email),
                 Clean(contact.phone),
                 Clean(contact.location),
                 {},
                 Clean(contact.headline)};
  for (const document::Link& link : contact.links) {
    if (std::string url = Clean(link.url); !url.empty()) out.contact.links.push_back(url);
  }
  out.summary = Clean(resume.summary, /*keep_newlines=*/true);
  for (const document::Experience& job : resume.experience) {
    ExperienceEntry entry{Clean(job.title), Clean(job.company), Clean(job.location),
                          DateRange(job.period), lines(job.bullets)};
    if (std::string summary = Clean(job.summary); !summary.empty()) {
      entry.bullets.insert(entry.bullets.begin(), std::move(summary));
    }
    if (entry.title.empty() && entry.company.empty() && entry.bullets.empty()) continue;
    out.experience.push_back(std::move(entry));
  }
  for (const document::Education& school : resume.education) {
    std::string degree = Clean(school.degree);
    const std::string field = Clean(school.field);
    if (!field.empty()) degree = degree.empty() ? field : degree + " in " + field;
    EducationEntry entry{std::move(degree), Clean(school.school), Clean(school.location),
                         DateRange(school.period), lines(school.bullets)};
    if (entry.degree.empty() && entry.school.empty()) continue;
    out.education.push_back(std::move(entry));
  }
  for (const document::SkillGroup& group : resume.skills) {
    std::string line;
    for (const std::string& item : lines(group.items)) line += (line.empty() ? "" : ", ") + item;
    if (line.empty()) continue;
    const std::string name = Clean(group.group);
    out.skills.push_back(name.empty() ? line : name + ": " + line);
  }
  for (const document::Project& project : resume.projects) {
    ProjectEntry entry{Clean(project.name), lines(project.bullets)};
    if (std::string summary = Clean(project.summary); !summary.empty()) {
      entry.bullets.insert(entry.bullets.begin(), std::move(summary));
    }
    if (entry.name.empty() && entry.bullets.empty()) continue;
    out.projects.push_back(std::move(entry));
  }
  auto dated = [](std::string text, const std::optional<document::Date>& date) {
    if (date) text += " (" + FormatMonth(*date) + ")";
    return text;
  };
  for (const document::Certification& item : resume.certifications) {
    const std::string name = Clean(item.name);
    if (name.empty()) continue;
    out.certifications.push_back(dated(JoinPresent({name, Clean(item.issuer)}, ", "), item.date));
  }
  // The sections printed as a heading and lines of text.
  auto section = [&](std::string heading, const std::vector<std::string>& section_lines) {
    std::string text;
    for (const std::string& line : section_lines) {
      if (!line.empty()) text += (text.empty() ? "" : "\n") + line;
    }
    if (!heading.empty() && !text.empty())
      out.other.push_back({std::move(heading), std::move(text)});
  };
  std::vector<std::string> languages;
  for (const document::Language& item : resume.languages) {
    const std::string fluency = Clean(item.fluency);
    languages.push_back(Clean(item.language) + (fluency.empty() ? "" : " (" + fluency + ")"));
  }
  section("Languages", languages);
  std::vector<std::string> awards;
  for (const document::Award& item : resume.awards) {
    awards.push_back(dated(JoinPresent({Clean(item.title), Clean(item.awarder)}, ", "), item.date));
    awards.push_back(Clean(item.summary));
  }
  section("Awards", awards);
  std::vector<std::string> volunteer;
  for (const document::Volunteer& item : resume.volunteer) {
    std::string heading = JoinPresent({Clean(item.role), Clean(item.organization)}, ", ");
    if (const std::string dates = DateRange(item.period); !dates.empty()) {
      heading += " (" + dates + ")";
    }
    volunteer.push_back(std::move(heading));
    volunteer.push_back(Clean(item.summary));
    for (std::string& bullet : lines(item.bullets)) volunteer.push_back(std::move(bullet));
  }
  section("Volunteering", volunteer);
  std::vector<std::string> publications;
  for (const document::Publication& item : resume.publications) {
    publications.push_back(
        dated(JoinPresent({Clean(item.name), Clean(item.publisher)}, ", "), item.date));
    publications.push_back(Clean(item.summary));
  }
  section("Publications", publications);
  for (const document::CustomSection& custom : resume.custom) {
    std::vector<std::string> entries;
    for (const document::CustomEntry& entry : custom.entries) {
      entries.push_back(Clean(entry.title));
      for (std::string& bullet : lines(entry.bullets)) entries.push_back(std::move(bullet));
    }
    section(Clean(custom.title), entries);
  }
  return out;
}

std::optional<Template> ParseTemplate(std::string_view name) {
  if (name == "classic") return Template::kClassic;
  if (name == "modern") return Template::kModern;
  if (name == "compact") return Template::kCompact;
  return std::nullopt;
}

std::string_view TemplateName(Template layout) {
  switch (layout) {
    case Template::kModern:
      return "modern";
    case Template::kCompact:
      return "compact";
    case Template::kClassic:
      break;
  }
  return "classic";
}

std::optional<PaperSize> ParsePaperSize(std::string_view name) {
  if (name == "letter") return PaperSize::kLetter;
  if (name == "a4") return PaperSize::kA4;
  return std::nullopt;
}

std::string_view PaperSizeName(PaperSize paper) {
  return paper == PaperSize::kA4 ? "a4" : "letter";
}

std::vector<ContactPart> ContactParts(const Contact& contact) {
  std::vector<ContactPart> parts;
  if (!contact.email.empty()) parts.push_back({contact.email, LinkUri("mailto:", contact.email)});
  if (!contact.phone.empty()) parts.push_back({contact.phone, PhoneUri(contact.phone)});
  if (!contact.location.empty()) parts.push_back({contact.location, {}});
  for (const std::string& link : contact.links) {
    const bool has_scheme = link.starts_with("http://") || link.starts_with("https://");
    parts.push_back({link, LinkUri(has_scheme ? "" : "https://", link)});
  }
  return parts;
}

std::string ContactLine(const Contact& contact) {
  std::string line;
  for (const ContactPart& part : ContactParts(contact)) {
    if (!line.empty()) line += kContactSeparator;
    line += part.text;
  }
  return line;
}

std::string ExperienceHeadline(const ExperienceEntry& entry) {
  return JoinPresent({entry.title, entry.company}, ", ");
}

std::string EducationHeadline(const EducationEntry& entry) {
  return JoinPresent({entry.degree, entry.school}, ", ");
}

}  // namespace resumax::exporting

#include "domain/export/resume_document.h"

#include <array>
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>

#include "core/text.h"

namespace resumax::exporting {
namespace {

namespace json = boost::json;

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

std::string StringField(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  if (value == nullptr || !value->is_string()) return {};
  return Clean(value->as_string());
}

bool BoolField(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value != nullptr && value->is_bool() && value->as_bool();
}

std::vector<std::string> StringList(const json::value* value) {
  std::vector<std::string> out;
  if (value == nullptr || !value->is_array()) return out;
  for (const json::value& item : value->as_array()) {
    if (!item.is_string()) continue;
    std::string text = Clean(item.as_string());
    if (!text.empty()) out.push_back(std::move(text));
  }
  return out;
}

const json::array* ArrayField(const json::object& object, std::string_view key) {
  const json::value* value = object.if_contains(key);
  return value != nullptr && value->is_array() ? &value->as_array() : nullptr;
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

RenderOptions OptionsFor(const ResumeDocument& document, Template layout, PaperSize paper) {
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

std::string FormatMonth(std::string_view date) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  date = TrimSpace(date);
  auto digits = [](std::string_view text) {
    for (const char c : text) {
      if (c < '0' || c > '9') return false;
    }
    return !text.empty();
  };
  if (date.size() == 7 && date[4] == '-' && digits(date.substr(0, 4)) && digits(date.substr(5))) {
    const int month = (date[5] - '0') * 10 + (date[6] - '0');
    if (month >= 1 && month <= 12) {
      return std::string(kMonths[static_cast<std::size_t>(month - 1)]) + " " +
             std::string(date.substr(0, 4));
    }
  }
  return Clean(date);
}

std::string DateRange(std::string_view start, std::string_view end, bool current) {
  std::string from = FormatMonth(start);
  std::string to = current ? std::string("Present") : FormatMonth(end);
  if (from.empty()) return to;
  if (to.empty() || to == from) return from;
  return from + " \u2013 " + to;
}

ResumeDocument FromSections(const json::object& sections) {
  ResumeDocument document;
  if (const json::value* contact = sections.if_contains("contact");
      contact != nullptr && contact->is_object()) {
    const json::object& fields = contact->as_object();
    document.contact.name = StringField(fields, "name");
    document.contact.email = StringField(fields, "email");
    document.contact.phone = StringField(fields, "phone");
    document.contact.location = StringField(fields, "location");
    document.contact.links = StringList(fields.if_contains("links"));
  }
  if (const json::value* summary = sections.if_contains("summary");
      summary != nullptr && summary->is_string()) {
    document.summary = Clean(summary->as_string(), /*keep_newlines=*/true);
  }
  if (const json::array* jobs = ArrayField(sections, "experience")) {
    for (const json::value& item : *jobs) {
      if (!item.is_object()) continue;
      const json::object& job = item.as_object();
      ExperienceEntry entry{StringField(job, "title"), StringField(job, "company"),
                            StringField(job, "location"),
                            DateRange(StringField(job, "startDate"), StringField(job, "endDate"),
                                      BoolField(job, "current")),
                            StringList(job.if_contains("bullets"))};
      if (entry.title.empty() && entry.company.empty() && entry.bullets.empty()) continue;
      document.experience.push_back(std::move(entry));
    }
  }
  if (const json::array* schools = ArrayField(sections, "education")) {
    for (const json::value& item : *schools) {
      if (!item.is_object()) continue;
      const json::object& school = item.as_object();
      EducationEntry entry{
          StringField(school, "degree"), StringField(school, "school"),
          StringField(school, "location"),
          DateRange(StringField(school, "startDate"), StringField(school, "endDate"), false)};
      if (entry.degree.empty() && entry.school.empty()) continue;
      document.education.push_back(std::move(entry));
    }
  }
  document.skills = StringList(sections.if_contains("skills"));
  if (const json::array* projects = ArrayField(sections, "projects")) {
    for (const json::value& item : *projects) {
      if (!item.is_object()) continue;
      const json::object& project = item.as_object();
      ProjectEntry entry{StringField(project, "name"), StringList(project.if_contains("bullets"))};
      if (entry.name.empty() && entry.bullets.empty()) continue;
      document.projects.push_back(std::move(entry));
    }
  }
  document.certifications = StringList(sections.if_contains("certifications"));
  if (const json::array* other = ArrayField(sections, "other")) {
    for (const json::value& item : *other) {
      if (!item.is_object()) continue;
      const json::object& section = item.as_object();
      OtherSection entry{StringField(section, "heading"), {}};
      if (const json::value* text = section.if_contains("text"); text && text->is_string()) {
        entry.text = Clean(text->as_string(), /*keep_newlines=*/true);
      }
      if (entry.heading.empty() || entry.text.empty()) continue;
      document.other.push_back(std::move(entry));
    }
  }
  return document;
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

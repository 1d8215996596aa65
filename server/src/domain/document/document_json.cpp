#include "domain/document/document_json.h"

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/text.h"
#include "domain/document/json_reader.h"

namespace resumax::document {
namespace {

namespace json = boost::json;
using detail::JsonReader;

json::value Text(const std::string& text) {
  if (text.empty()) return nullptr;
  return json::string(text);
}

json::value DateJson(const std::optional<Date>& date) {
  if (!date) return nullptr;
  return json::string(FormatDate(*date));
}

json::value ConfidenceJson(const Confidence& confidence) {
  if (!confidence) return nullptr;
  return *confidence;
}

json::array Strings(const std::vector<std::string>& items) {
  json::array out;
  out.reserve(items.size());
  for (const std::string& item : items) out.emplace_back(item);
  return out;
}

void PutPeriod(json::object& out, const Period& period) {
  out["startDate"] = DateJson(period.start);
  out["endDate"] = DateJson(period.end);
  out["current"] = period.current;
}

template <typename Entry, typename Write>
json::array Entries(const std::vector<Entry>& entries, Write write) {
  json::array out;
  out.reserve(entries.size());
  for (const Entry& entry : entries) {
    json::object object;
    object["id"] = entry.id;
    write(entry, object);
    out.push_back(std::move(object));
  }
  return out;
}

}  // namespace

json::object ToJson(const ResumeDocument& document) {
  json::object out;
  out["schemaVersion"] = kSchemaVersion;

  const Contact& contact = document.contact;
  json::array links;
  for (const Link& link : contact.links) {
    links.push_back(json::object{{"kind", LinkKindName(link.kind)}, {"url", link.url}});
  }
  out["contact"] = json::object{
      {"name", Text(contact.name)},         {"postNominals", Text(contact.post_nominals)},
      {"headline", Text(contact.headline)}, {"email", Text(contact.email)},
      {"phone", Text(contact.phone)},       {"location", Text(contact.location)},
      {"links", std::move(links)},          {"confidence", ConfidenceJson(contact.confidence)}};
  out["summary"] = Text(document.summary);
  out["experience"] = Entries(document.experience, [](const Experience& job, json::object& o) {
    o["title"] = Text(job.title);
    o["company"] = Text(job.company);
    o["location"] = Text(job.location);
    PutPeriod(o, job.period);
    o["summary"] = Text(job.summary);
    o["bullets"] = Strings(job.bullets);
    o["confidence"] = ConfidenceJson(job.confidence);
  });
  out["education"] = Entries(document.education, [](const Education& school, json::object& o) {
    o["degree"] = Text(school.degree);
    o["field"] = Text(school.field);
    o["school"] = Text(school.school);
    o["location"] = Text(school.location);
    PutPeriod(o, school.period);
    o["bullets"] = Strings(school.bullets);
    o["confidence"] = ConfidenceJson(school.confidence);
  });
  out["skills"] = Entries(document.skills, [](const SkillGroup& group, json::object& o) {
    o["group"] = Text(group.group);
    o["items"] = Strings(group.items);
  });
  out["projects"] = Entries(document.projects, [](const Project& project, json::object& o) {
    o["name"] = Text(project.name);
    o["url"] = Text(project.url);
    PutPeriod(o, project.period);
    o["summary"] = Text(project.summary);
    o["bullets"] = Strings(project.bullets);
    o["confidence"] = ConfidenceJson(project.confidence);
  });
  out["certifications"] =
      Entries(document.certifications, [](const Certification& item, json::object& o) {
        o["name"] = Text(item.name);
        o["issuer"] = Text(item.issuer);
        o["date"] = DateJson(item.date);
      });
  out["languages"] = Entries(document.languages, [](const Language& item, json::object& o) {
    o["language"] = Text(item.language);
    o["fluency"] = Text(item.fluency);
  });
  out["awards"] = Entries(document.awards, [](const Award& item, json::object& o) {
    o["title"] = Text(item.title);
    o["awarder"] = Text(item.awarder);
    o["date"] = DateJson(item.date);
    o["summary"] = Text(item.summary);
  });
  out["volunteer"] = Entries(document.volunteer, [](const Volunteer& item, json::object& o) {
    o["organization"] = Text(item.organization);
    o["role"] = Text(item.role);
    o["location"] = Text(item.location);
    PutPeriod(o, item.period);
    o["summary"] = Text(item.summary);
    o["bullets"] = Strings(item.bullets);
  });
  out["publications"] =
      Entries(document.publications, [](const Publication& item, json::object& o) {
        o["name"] = Text(item.name);
        o["publisher"] = Text(item.publisher);
        o["date"] = DateJson(item.date);
        o["url"] = Text(item.url);
        o["summary"] = Text(item.summary);
      });
  out["custom"] = Entries(document.custom, [](const CustomSection& section, json::object& o) {
    o["title"] = Text(section.title);
    o["entries"] = Entries(section.entries, [](const CustomEntry& entry, json::object& e) {
      e["title"] = Text(entry.title);
      e["bullets"] = Strings(entry.bullets);
    });
  });
  json::array warnings;
  for (const ReadWarning& warning : document.warnings) {
    std::string path = WarningPath(document, warning);
    if (path.empty()) continue;
    warnings.push_back(
        json::object{{"path", std::move(path)},
                     {"entryId", warning.entry_id.empty() ? json::value(nullptr)
                                                          : json::value(warning.entry_id)},
                     {"field", warning.field},
                     {"message", warning.message},
                     {"confidence", warning.confidence}});
  }
  out["warnings"] = std::move(warnings);
  return out;
}

ResumeDocument FromJson(const json::value& value, std::vector<Issue>* issues) {
  ResumeDocument document;
  JsonReader read(issues);
  if (!value.is_object()) {
    read.Wrong("", "the resume as an object");
    return document;
  }
  const json::object& root = value.get_object();

  if (const json::value* contact = root.if_contains("contact");
      contact != nullptr && !contact->is_null()) {
    if (!contact->is_object()) {
      read.Wrong("contact", "an object");
    } else {
      const json::object& fields = contact->get_object();
      Contact& out = document.contact;
      out.name = read.String(fields, "name", "contact");
      out.post_nominals = read.String(fields, "postNominals", "contact");
      out.headline = read.String(fields, "headline", "contact");
      out.email = read.String(fields, "email", "contact");
      out.phone = read.String(fields, "phone", "contact");
      out.location = read.String(fields, "location", "contact");
      out.confidence = read.ConfidenceField(fields, "contact");
      read.List(
          fields, "links", "contact",
          [&](const std::string& at, const json::object& link) {
            Link out_link;
            out_link.url = read.String(link, "url", at);
            const std::string kind = read.String(link, "kind", at);
            if (kind.empty()) {
              out_link.kind = GuessLinkKind(out_link.url);
            } else if (const auto parsed = ParseLinkKind(kind)) {
              out_link.kind = *parsed;
            } else {
              read.Wrong(at + ".kind", "linkedin, github, portfolio or other");
            }
            out.links.push_back(std::move(out_link));
          },
          [&](std::string_view url) {
            out.links.push_back({GuessLinkKind(url), std::string(url)});
            return true;
          });
    }
  }
  if (const json::value* summary = root.if_contains("summary");
      summary != nullptr && !summary->is_null()) {
    if (summary->is_string()) {
      document.summary = std::string(TrimSpace(summary->get_string()));
    } else {
      read.Wrong("summary", "text");
    }
  }
  read.List(root, "experience", "", [&](const std::string& at, const json::object& o) {
    document.experience.push_back({read.String(o, "id", at), read.String(o, "title", at),
                                   read.String(o, "company", at), read.String(o, "location", at),
                                   read.PeriodField(o, at), read.String(o, "summary", at),
                                   read.Strings(o, "bullets", at), read.ConfidenceField(o, at)});
  });
  read.List(root, "education", "", [&](const std::string& at, const json::object& o) {
    document.education.push_back({read.String(o, "id", at), read.String(o, "degree", at),
                                  read.String(o, "field", at), read.String(o, "school", at),
                                  read.String(o, "location", at), read.PeriodField(o, at),
                                  read.Strings(o, "bullets", at), read.ConfidenceField(o, at)});
  });
  std::vector<std::string> loose_skills;  // a stored list of strings: one unnamed group
  read.List(
      root, "skills", "",
      [&](const std::string& at, const json::object& o) {
        document.skills.push_back(
            {read.String(o, "id", at), read.String(o, "group", at), read.Strings(o, "items", at)});
      },
      [&](std::string_view skill) {
        loose_skills.emplace_back(skill);
        return true;
      });
  if (!loose_skills.empty()) document.skills.push_back({"", "", std::move(loose_skills)});
  read.List(root, "projects", "", [&](const std::string& at, const json::object& o) {
    document.projects.push_back({read.String(o, "id", at), read.String(o, "name", at),
                                 read.String(o, "url", at), read.PeriodField(o, at),
                                 read.String(o, "summary", at), read.Strings(o, "bullets", at),
                                 read.ConfidenceField(o, at)});
  });
  read.List(
      root, "certifications", "",
      [&](const std::string& at, const json::object& o) {
        document.certifications.push_back({read.String(o, "id", at), read.String(o, "name", at),
                                           read.String(o, "issuer", at),
                                           read.DateField(o, "date", at)});
      },
      [&](std::string_view name) {
        document.certifications.push_back({"", std::string(name), "", std::nullopt});
        return true;
      });
  read.List(root, "languages", "", [&](const std::string& at, const json::object& o) {
    document.languages.push_back(
        {read.String(o, "id", at), read.String(o, "language", at), read.String(o, "fluency", at)});
  });
  read.List(root, "awards", "", [&](const std::string& at, const json::object& o) {
    document.awards.push_back({read.String(o, "id", at), read.String(o, "title", at),
                               read.String(o, "awarder", at), read.DateField(o, "date", at),
                               read.String(o, "summary", at)});
  });
  read.List(root, "volunteer", "", [&](const std::string& at, const json::object& o) {
    document.volunteer.push_back({read.String(o, "id", at), read.String(o, "organization", at),
                                  read.String(o, "role", at), read.String(o, "location", at),
                                  read.PeriodField(o, at), read.String(o, "summary", at),
                                  read.Strings(o, "bullets", at)});
  });
  read.List(root, "publications", "", [&](const std::string& at, const json::object& o) {
    document.publications.push_back({read.String(o, "id", at), read.String(o, "name", at),
                                     read.String(o, "publisher", at), read.DateField(o, "date", at),
                                     read.String(o, "url", at), read.String(o, "summary", at)});
  });
  read.List(root, "custom", "", [&](const std::string& at, const json::object& o) {
    CustomSection section{read.String(o, "id", at), read.String(o, "title", at), {}};
    read.List(o, "entries", at, [&](const std::string& entry_at, const json::object& e) {
      section.entries.push_back({read.String(e, "id", entry_at), read.String(e, "title", entry_at),
                                 read.Strings(e, "bullets", entry_at)});
    });
    document.custom.push_back(std::move(section));
  });
  // Stored before schemaVersion 2: other sections as a heading and lines of text.
  read.List(root, "other", "", [&](const std::string& at, const json::object& o) {
    CustomSection section{"", read.String(o, "heading", at), {}};
    const std::string text = read.String(o, "text", at);
    std::string_view rest = text;
    while (!rest.empty()) {
      const std::size_t end = rest.find('\n');
      const std::string_view line = TrimSpace(rest.substr(0, end));
      if (!line.empty()) section.entries.push_back({"", std::string(line), {}});
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    if (!section.title.empty() || !section.entries.empty()) {
      document.custom.push_back(std::move(section));
    }
  });
  AssignIds(document);
  return document;
}

std::vector<ReadWarning> WarningsFromJson(const json::value& value) {
  std::vector<ReadWarning> warnings;
  const json::value* list =
      value.is_object() ? value.get_object().if_contains("warnings") : nullptr;
  if (list == nullptr || !list->is_array()) return warnings;
  for (const json::value& item : list->get_array()) {
    const json::object* o = item.if_object();
    if (o == nullptr) continue;
    auto text = [&](std::string_view key) {
      const json::value* v = o->if_contains(key);
      return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
    };
    ReadWarning warning;
    const std::string path = text("path");
    warning.section = path.substr(0, path.find_first_of("[."));
    warning.entry_id = text("entryId");
    warning.field = text("field");
    warning.message = text("message");
    if (const json::value* c = o->if_contains("confidence"); c != nullptr && c->is_number()) {
      warning.confidence = c->to_number<double>();
    }
    if (warning.section.empty() || warning.field.empty()) continue;
    warnings.push_back(std::move(warning));
  }
  return warnings;
}

ResumeDocument ParseStored(std::string_view json_text) {
  boost::system::error_code error;
  const json::value value = json::parse(json_text, error);
  if (error) return {};
  ResumeDocument document = FromJson(value);
  document.warnings = WarningsFromJson(value);
  return document;
}

std::string Serialize(const ResumeDocument& document) { return json::serialize(ToJson(document)); }

}  // namespace resumax::document

#include "domain/document/json_resume.h"

#include <boost/json/array.hpp>
#include <tuple>

#include "core/text.h"
#include "domain/document/json_reader.h"

namespace resumax::document {
namespace {

namespace json = boost::json;
using detail::JsonReader;

constexpr std::string_view kInterests = "Interests";
constexpr std::string_view kReferences = "References";

// Puts key: text unless the text is empty (JSON Resume's fields are strings, never null).
void Put(json::object& out, std::string_view key, const std::string& text) {
  if (!text.empty()) out[key] = text;
}

void PutDate(json::object& out, std::string_view key, const std::optional<Date>& date) {
  if (date) out[key] = FormatDate(*date);
}

void PutList(json::object& out, std::string_view key, const std::vector<std::string>& items) {
  if (items.empty()) return;
  json::array list;
  for (const std::string& item : items) list.emplace_back(item);
  out[key] = std::move(list);
}

// An entry whose start is known and end is not runs to the present (JSON Resume has no flag).
Period ReadPeriod(JsonReader& read, const json::object& o, const std::string& at, bool ongoing) {
  Period period;
  period.start = read.DateField(o, "startDate", at);
  period.end = read.DateField(o, "endDate", at);
  period.current = ongoing && period.start && !period.end;
  return period;
}

void PutPeriod(json::object& out, const Period& period) {
  PutDate(out, "startDate", period.start);
  if (!period.current) PutDate(out, "endDate", period.end);
}

// "San Francisco, California, US" from a JSON Resume location, and back.
std::string ReadLocation(JsonReader& read, const json::object& basics) {
  const json::value* value = basics.if_contains("location");
  if (value == nullptr || value->is_null()) return {};
  if (!value->is_object()) {
    read.Wrong("basics.location", "an object");
    return {};
  }
  std::string out;
  for (std::string_view key : {"city", "region", "countryCode"}) {
    const std::string part = read.String(value->get_object(), key, "basics.location");
    if (part.empty()) continue;
    if (!out.empty()) out += ", ";
    out += part;
  }
  return out;
}

json::object LocationJson(std::string_view location) {
  std::vector<std::string> parts;
  std::string_view rest = location;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view part = TrimSpace(rest.substr(0, comma));
    if (!part.empty()) parts.emplace_back(part);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  json::object out;
  if (parts.empty()) return out;
  out["city"] = parts.front();
  const bool country_code = parts.size() >= 3 && parts.back().size() == 2;
  const std::size_t region_end = country_code ? parts.size() - 1 : parts.size();
  std::string region;
  for (std::size_t i = 1; i < region_end; ++i) {
    if (!region.empty()) region += ", ";
    region += parts[i];
  }
  Put(out, "region", region);
  if (country_code) out["countryCode"] = parts.back();
  return out;
}

// "LinkedIn" / "GitHub", or the name in a link's host ("twitter.com" → "Twitter").
std::string NetworkName(const Link& link) {
  if (link.kind == LinkKind::kLinkedIn) return "LinkedIn";
  if (link.kind == LinkKind::kGitHub) return "GitHub";
  std::string_view host = link.url;
  if (const std::size_t scheme = host.find("://"); scheme != std::string_view::npos) {
    host = host.substr(scheme + 3);
  }
  host = host.substr(0, host.find('/'));
  if (host.starts_with("www.")) host.remove_prefix(4);
  std::string name(host.substr(0, host.find('.')));
  if (name.empty()) return "Website";
  if (name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

LinkKind NetworkKind(std::string_view network, std::string_view url) {
  const std::string lower = AsciiLowercase(network);
  if (lower == "linkedin") return LinkKind::kLinkedIn;
  if (lower == "github") return LinkKind::kGitHub;
  return GuessLinkKind(url);
}

// Custom sections JSON Resume has its own place for: interests and references.
void ReadNamedLists(JsonReader& read, const json::object& root, ResumeDocument& document) {
  CustomSection interests{"", std::string(kInterests), {}};
  read.List(root, "interests", "", [&](const std::string& at, const json::object& o) {
    interests.entries.push_back({"", read.String(o, "name", at), read.Strings(o, "keywords", at)});
  });
  if (!interests.entries.empty()) document.custom.push_back(std::move(interests));
  CustomSection references{"", std::string(kReferences), {}};
  read.List(root, "references", "", [&](const std::string& at, const json::object& o) {
    CustomEntry entry{"", read.String(o, "name", at), {}};
    if (std::string text = read.String(o, "reference", at); !text.empty()) {
      entry.bullets.push_back(std::move(text));
    }
    references.entries.push_back(std::move(entry));
  });
  if (!references.entries.empty()) document.custom.push_back(std::move(references));
}

}  // namespace

bool LooksLikeJsonResume(const json::value& value) {
  const json::object* root = value.if_object();
  if (root == nullptr) return false;
  for (std::string_view key : {"basics", "work", "education", "skills", "projects"}) {
    if (root->contains(key)) return true;
  }
  return false;
}

ResumeDocument FromJsonResume(const json::value& value, std::vector<Issue>& issues) {
  ResumeDocument document;
  JsonReader read(&issues);
  if (!value.is_object()) {
    read.Wrong("", "a JSON Resume object");
    return document;
  }
  const json::object& root = value.get_object();

  if (const json::value* basics_value = root.if_contains("basics");
      basics_value != nullptr && !basics_value->is_null()) {
    if (!basics_value->is_object()) {
      read.Wrong("basics", "an object");
    } else {
      const json::object& basics = basics_value->get_object();
      Contact& contact = document.contact;
      std::tie(contact.name, contact.post_nominals) =
          SplitPostNominals(read.String(basics, "name", "basics"));
      contact.headline = read.String(basics, "label", "basics");
      contact.email = read.String(basics, "email", "basics");
      contact.phone = read.String(basics, "phone", "basics");
      contact.location = ReadLocation(read, basics);
      document.summary = read.String(basics, "summary", "basics");
      if (std::string url = read.String(basics, "url", "basics"); !url.empty()) {
        contact.links.push_back({LinkKind::kPortfolio, std::move(url)});
      }
      read.List(basics, "profiles", "basics", [&](const std::string& at, const json::object& o) {
        std::string url = read.String(o, "url", at);
        if (url.empty()) return;
        const LinkKind kind = NetworkKind(read.String(o, "network", at), url);
        contact.links.push_back({kind, std::move(url)});
      });
    }
  }
  read.List(root, "work", "", [&](const std::string& at, const json::object& o) {
    document.experience.push_back({"", read.String(o, "position", at), read.String(o, "name", at),
                                   read.String(o, "location", at), ReadPeriod(read, o, at, true),
                                   read.String(o, "summary", at), read.Strings(o, "highlights", at),
                                   std::nullopt});
  });
  read.List(root, "volunteer", "", [&](const std::string& at, const json::object& o) {
    document.volunteer.push_back({"", read.String(o, "organization", at),
                                  read.String(o, "position", at), "", ReadPeriod(read, o, at, true),
                                  read.String(o, "summary", at),
                                  read.Strings(o, "highlights", at)});
  });
  read.List(root, "education", "", [&](const std::string& at, const json::object& o) {
    Education school{"",
                     read.String(o, "studyType", at),
                     read.String(o, "area", at),
                     read.String(o, "institution", at),
                     "",
                     ReadPeriod(read, o, at, false),
                     {},
                     std::nullopt};
    if (std::string score = read.String(o, "score", at); !score.empty()) {
      school.bullets.push_back("Grade: " + score);
    }
    for (std::string& course : read.Strings(o, "courses", at)) {
      school.bullets.push_back(std::move(course));
    }
    document.education.push_back(std::move(school));
  });
  read.List(root, "awards", "", [&](const std::string& at, const json::object& o) {
    document.awards.push_back({"", read.String(o, "title", at), read.String(o, "awarder", at),
                               read.DateField(o, "date", at), read.String(o, "summary", at)});
  });
  read.List(root, "certificates", "", [&](const std::string& at, const json::object& o) {
    document.certifications.push_back({"", read.String(o, "name", at), read.String(o, "issuer", at),
                                       read.DateField(o, "date", at)});
  });
  read.List(root, "publications", "", [&](const std::string& at, const json::object& o) {
    document.publications.push_back({"", read.String(o, "name", at),
                                     read.String(o, "publisher", at),
                                     read.DateField(o, "releaseDate", at),
                                     read.String(o, "url", at), read.String(o, "summary", at)});
  });
  // A skill with keywords is a group; one without is an item of the unnamed group.
  std::vector<std::string> loose;
  std::size_t loose_at = 0;
  read.List(root, "skills", "", [&](const std::string& at, const json::object& o) {
    std::string name = read.String(o, "name", at);
    std::vector<std::string> keywords = read.Strings(o, "keywords", at);
    if (keywords.empty()) {
      if (loose.empty()) loose_at = document.skills.size();
      if (!name.empty()) loose.push_back(std::move(name));
    } else {
      document.skills.push_back({"", std::move(name), std::move(keywords)});
    }
  });
  if (!loose.empty()) {
    document.skills.insert(document.skills.begin() + static_cast<std::ptrdiff_t>(loose_at),
                           SkillGroup{"", "", std::move(loose)});
  }
  read.List(root, "languages", "", [&](const std::string& at, const json::object& o) {
    document.languages.push_back(
        {"", read.String(o, "language", at), read.String(o, "fluency", at)});
  });
  read.List(root, "projects", "", [&](const std::string& at, const json::object& o) {
    document.projects.push_back({"", read.String(o, "name", at), read.String(o, "url", at),
                                 ReadPeriod(read, o, at, true), read.String(o, "description", at),
                                 read.Strings(o, "highlights", at), std::nullopt});
  });
  ReadNamedLists(read, root, document);
  AssignIds(document);
  return document;
}

json::object ToJsonResume(const ResumeDocument& document) {
  json::object out;
  out["$schema"] = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";

  const Contact& contact = document.contact;
  json::object basics;
  Put(basics, "name", DisplayName(contact));
  Put(basics, "label", contact.headline);
  Put(basics, "email", contact.email);
  Put(basics, "phone", contact.phone);
  Put(basics, "summary", document.summary);
  if (!contact.location.empty()) basics["location"] = LocationJson(contact.location);
  json::array profiles;
  bool url_taken = false;
  for (const Link& link : contact.links) {
    if (link.kind == LinkKind::kPortfolio && !url_taken) {
      basics["url"] = link.url;
      url_taken = true;
      continue;
    }
    profiles.push_back(json::object{{"network", NetworkName(link)}, {"url", link.url}});
  }
  if (!profiles.empty()) basics["profiles"] = std::move(profiles);
  out["basics"] = std::move(basics);

  auto section = [&](std::string_view key, const auto& entries, auto write) {
    if (entries.empty()) return;
    json::array list;
    for (const auto& entry : entries) {
      json::object object;
      write(entry, object);
      list.push_back(std::move(object));
    }
    out[key] = std::move(list);
  };
  section("work", document.experience, [](const Experience& job, json::object& o) {
    Put(o, "name", job.company);
    Put(o, "position", job.title);
    Put(o, "location", job.location);
    PutPeriod(o, job.period);
    Put(o, "summary", job.summary);
    PutList(o, "highlights", job.bullets);
  });
  section("volunteer", document.volunteer, [](const Volunteer& item, json::object& o) {
    Put(o, "organization", item.organization);
    Put(o, "position", item.role);
    PutPeriod(o, item.period);
    Put(o, "summary", item.summary);
    PutList(o, "highlights", item.bullets);
  });
  section("education", document.education, [](const Education& school, json::object& o) {
    Put(o, "institution", school.school);
    Put(o, "area", school.field);
    Put(o, "studyType", school.degree);
    PutPeriod(o, school.period);
    std::vector<std::string> courses;
    for (const std::string& line : school.bullets) {
      if (line.starts_with("Grade: ")) {
        o["score"] = line.substr(7);
      } else {
        courses.push_back(line);
      }
    }
    PutList(o, "courses", courses);
  });
  section("awards", document.awards, [](const Award& item, json::object& o) {
    Put(o, "title", item.title);
    PutDate(o, "date", item.date);
    Put(o, "awarder", item.awarder);
    Put(o, "summary", item.summary);
  });
  section("certificates", document.certifications, [](const Certification& item, json::object& o) {
    Put(o, "name", item.name);
    PutDate(o, "date", item.date);
    Put(o, "issuer", item.issuer);
  });
  section("publications", document.publications, [](const Publication& item, json::object& o) {
    Put(o, "name", item.name);
    Put(o, "publisher", item.publisher);
    PutDate(o, "releaseDate", item.date);
    Put(o, "url", item.url);
    Put(o, "summary", item.summary);
  });
  json::array skills;
  for (const SkillGroup& group : document.skills) {
    if (group.group.empty()) {
      for (const std::string& item : group.items) skills.push_back(json::object{{"name", item}});
      continue;
    }
    json::object object{{"name", group.group}};
    PutList(object, "keywords", group.items);
    skills.push_back(std::move(object));
  }
  if (!skills.empty()) out["skills"] = std::move(skills);
  section("languages", document.languages, [](const Language& item, json::object& o) {
    Put(o, "language", item.language);
    Put(o, "fluency", item.fluency);
  });
  section("projects", document.projects, [](const Project& project, json::object& o) {
    Put(o, "name", project.name);
    Put(o, "description", project.summary);
    PutList(o, "highlights", project.bullets);
    PutPeriod(o, project.period);
    Put(o, "url", project.url);
  });
  // Interests and references go to their own sections; JSON Resume has no other place for a
  // custom section, so the rest become interests with their entries as keywords.
  json::array interests;
  json::array references;
  for (const CustomSection& custom : document.custom) {
    const std::string title = AsciiLowercase(custom.title);
    if (title == AsciiLowercase(kReferences)) {
      for (const CustomEntry& entry : custom.entries) {
        json::object object;
        Put(object, "name", entry.title);
        std::string text;
        for (const std::string& line : entry.bullets) text += (text.empty() ? "" : "\n") + line;
        Put(object, "reference", text);
        references.push_back(std::move(object));
      }
    } else if (title == AsciiLowercase(kInterests)) {
      for (const CustomEntry& entry : custom.entries) {
        json::object object;
        Put(object, "name", entry.title);
        PutList(object, "keywords", entry.bullets);
        interests.push_back(std::move(object));
      }
    } else {
      json::object object{{"name", custom.title}};
      std::vector<std::string> keywords;
      for (const CustomEntry& entry : custom.entries) {
        if (!entry.title.empty()) keywords.push_back(entry.title);
        keywords.insert(keywords.end(), entry.bullets.begin(), entry.bullets.end());
      }
      PutList(object, "keywords", keywords);
      interests.push_back(std::move(object));
    }
  }
  if (!interests.empty()) out["interests"] = std::move(interests);
  if (!references.empty()) out["references"] = std::move(references);
  return out;
}

}  // namespace resumax::document

#include "domain/document/resume_document.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <set>

#include "core/text.h"

namespace resumax::document {
namespace {

constexpr std::size_t kMaxEntries = 100;
constexpr std::size_t kMaxBullets = 60;
constexpr std::size_t kMaxGroups = 30;
constexpr std::size_t kMaxLabel = 300;
constexpr std::size_t kMaxBullet = 3000;
constexpr std::size_t kMaxSummary = 5000;
constexpr std::size_t kMaxId = 40;
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

// Collects issues with the path prefix of the entry being checked.
class Checker {
 public:
  explicit Checker(std::vector<Issue>& issues) : issues_(issues) {}

  void Add(std::string path, std::string message) {
    issues_.push_back({std::move(path), std::move(message)});
  }

  // A one-line field: at most kMaxLabel characters, no control characters.
  void Label(const std::string& path, std::string_view text) {
    Text(path, text, kMaxLabel, /*newlines=*/false);
  }

  void Text(const std::string& path, std::string_view text, std::size_t max, bool newlines) {
    if (CodePoints(text) > max) {
      Add(path, "Keep this under " + std::to_string(max) + " characters.");
      return;
    }
    for (const char c : text) {
      const auto byte = static_cast<unsigned char>(c);
      if ((byte < 0x20 && !(newlines && byte == '\n')) || byte == 0x7f) {
        Add(path, "Remove the control characters from this text.");
        return;
      }
    }
    if (ContainsBidiControl(text)) Add(path, "Remove the text-direction controls from this text.");
  }

  void Lines(const std::string& path, const std::vector<std::string>& lines, std::size_t max_count,
             std::size_t max_length) {
    if (lines.size() > max_count) {
      Add(path, "Keep this to " + std::to_string(max_count) + " lines or fewer.");
      return;
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string at = path + "[" + std::to_string(i) + "]";
      if (TrimSpace(lines[i]).empty()) {
        Add(at, "Remove this empty line or write something in it.");
      } else {
        Text(at, lines[i], max_length, /*newlines=*/false);
      }
    }
  }

  void OneDate(const std::string& path, const std::optional<Date>& date) {
    if (!date) return;
    if (date->year < kFirstYear || date->year > kLastYear) {
      Add(path, "Use a year between 1900 and 2100.");
    } else if (date->month < 0 || date->month > 12) {
      Add(path, "Use a month between 1 and 12.");
    } else if (date->day < 0 || date->day > 31 || (date->day > 0 && date->month == 0)) {
      Add(path, "Use a day that the month has.");
    }
  }

  void Dates(const std::string& path, const Period& period) {
    const std::size_t before = issues_.size();
    OneDate(path + ".startDate", period.start);
    OneDate(path + ".endDate", period.end);
    if (issues_.size() != before) return;
    if (period.current && period.end) {
      Add(path + ".endDate", "An entry that runs to the present has no end date.");
    } else if (period.start && period.end && MonthIndex(*period.end) < MonthIndex(*period.start) &&
               !(period.end->year == period.start->year &&
                 (period.end->month == 0 || period.start->month == 0))) {
      Add(path + ".endDate", "The end comes before the start.");
    }
  }

  template <typename Entry, typename CheckEntry>
  void Section(const std::string& name, const std::vector<Entry>& entries, std::size_t max,
               CheckEntry check) {
    if (entries.size() > max) {
      Add(name, "Keep this section to " + std::to_string(max) + " entries or fewer.");
      return;
    }
    for (std::size_t i = 0; i < entries.size(); ++i) {
      check(name + "[" + std::to_string(i) + "]", entries[i]);
    }
  }

 private:
  std::vector<Issue>& issues_;
};

bool Blank(std::string_view text) { return TrimSpace(text).empty(); }

bool AllBlank(std::initializer_list<std::string_view> fields) {
  return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return Blank(f); });
}

constexpr std::string_view kEmptyEntry = "Fill in this entry or remove it.";

// Calls visit(prefix, id) for every entry id of the document.
template <typename Document, typename Visit>
void ForEachId(Document& document, Visit visit) {
  auto each = [&](std::string_view prefix, auto& entries) {
    for (auto& entry : entries) visit(prefix, entry.id);
  };
  each("exp", document.experience);
  each("edu", document.education);
  each("skl", document.skills);
  each("prj", document.projects);
  each("crt", document.certifications);
  each("lng", document.languages);
  each("awd", document.awards);
  each("vol", document.volunteer);
  each("pub", document.publications);
  each("cus", document.custom);
  for (auto& section : document.custom) each("cue", section.entries);
}

bool IdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

template <typename Entry>
Entry WithoutConfidence(Entry entry) {
  entry.confidence.reset();
  return entry;
}

// Entries matched by id: confidence kept when unchanged and still sent, cleared otherwise.
template <typename Entry>
void CarryEntries(const std::vector<Entry>& stored, std::vector<Entry>& saved) {
  for (Entry& entry : saved) {
    const auto old = std::find_if(stored.begin(), stored.end(), [&](const Entry& e) {
      return !e.id.empty() && e.id == entry.id;
    });
    if (old != stored.end() && entry.confidence && old->confidence &&
        WithoutConfidence(*old) == WithoutConfidence(entry)) {
      entry.confidence = old->confidence;
    } else {
      entry.confidence.reset();
    }
  }
}

template <typename Entry>
const Entry* FindById(const std::vector<Entry>& entries, std::string_view id) {
  for (const Entry& entry : entries) {
    if (!id.empty() && entry.id == id) return &entry;
  }
  return nullptr;
}

template <typename Entry>
bool KeptConfidence(const std::vector<Entry>& entries, std::string_view id) {
  const Entry* entry = FindById(entries, id);
  return entry != nullptr && entry->confidence.has_value();
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  auto number = [](std::string_view digits) -> std::optional<int> {
    int value = 0;
    for (const char c : digits) {
      if (c < '0' || c > '9') return std::nullopt;
    }
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return std::nullopt;
  const auto year = number(text.substr(0, 4));
  if (!year) return std::nullopt;
  if (text.size() == 4) return Date{*year, 0, 0};
  if (text[4] != '-') return std::nullopt;
  const auto month = number(text.substr(5, 2));
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  if (text.size() == 7) return Date{*year, *month, 0};
  if (text[7] != '-') return std::nullopt;
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const auto day = number(text.substr(8));
  if (!day || *day < 1 || *day > kDays[*month - 1]) return std::nullopt;
  return Date{*year, *month, *day};
}

std::string FormatDate(const Date& date) {
  char out[16];
  if (date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31) {
    std::snprintf(out, sizeof out, "%04d-%02d-%02d", date.year, date.month, date.day);
  } else if (date.month >= 1 && date.month <= 12) {
    std::snprintf(out, sizeof out, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(out, sizeof out, "%04d", date.year);
  }
  return out;
}

int MonthIndex(const Date& date) { return date.year * 12 + std::max(date.month, 1) - 1; }

std::string_view LinkKindName(LinkKind kind) {
  switch (kind) {
    case LinkKind::kLinkedIn:
      return "linkedin";
    case LinkKind::kGitHub:
      return "github";
    case LinkKind::kPortfolio:
      return "portfolio";
    case LinkKind::kOther:
      break;
  }
  return "other";
}

std::optional<LinkKind> ParseLinkKind(std::string_view name) {
  for (const LinkKind kind :
       {LinkKind::kLinkedIn, LinkKind::kGitHub, LinkKind::kPortfolio, LinkKind::kOther}) {
    if (LinkKindName(kind) == name) return kind;
  }
  return std::nullopt;
}

LinkKind GuessLinkKind(std::string_view url) {
  const std::string lower = AsciiLowercase(url);
  if (lower.find("linkedin.com") != std::string::npos) return LinkKind::kLinkedIn;
  if (lower.find("github.com") != std::string::npos) return LinkKind::kGitHub;
  return LinkKind::kOther;
}

std::string AllText(const ResumeDocument& document) {
  std::string text;
  auto add = [&](std::string_view part) {
    if (part.empty()) return;
    text.append(part);
    text.push_back('\n');
  };
  auto lines = [&](const std::vector<std::string>& items) {
    for (const std::string& item : items) add(item);
  };
  const Contact& contact = document.contact;
  for (std::string_view part : {contact.name, contact.post_nominals, contact.headline,
                                contact.email, contact.phone, contact.location}) {
    add(part);
  }
  for (const Link& link : contact.links) add(link.url);
  add(document.summary);
  for (const Experience& job : document.experience) {
    for (std::string_view part : {job.title, job.company, job.location, job.summary}) add(part);
    lines(job.bullets);
  }
  for (const Education& school : document.education) {
    for (std::string_view part : {school.degree, school.field, school.school, school.location}) {
      add(part);
    }
    lines(school.bullets);
  }
  for (const SkillGroup& group : document.skills) {
    add(group.group);
    lines(group.items);
  }
  for (const Project& project : document.projects) {
    for (std::string_view part : {project.name, project.url, project.summary}) add(part);
    lines(project.bullets);
  }
  for (const Certification& item : document.certifications) {
    add(item.name);
    add(item.issuer);
  }
  for (const Language& item : document.languages) {
    add(item.language);
    add(item.fluency);
  }
  for (const Award& item : document.awards) {
    for (std::string_view part : {item.title, item.awarder, item.summary}) add(part);
  }
  for (const Volunteer& item : document.volunteer) {
    for (std::string_view part : {item.organization, item.role, item.location, item.summary}) {
      add(part);
    }
    lines(item.bullets);
  }
  for (const Publication& item : document.publications) {
    for (std::string_view part : {item.name, item.publisher, item.url, item.summary}) add(part);
  }
  for (const CustomSection& section : document.custom) {
    add(section.title);
    for (const CustomEntry& entry : section.entries) {
      add(entry.title);
      lines(entry.bullets);
    }
  }
  return text;
}

std::vector<std::string> AllSkills(const ResumeDocument& document) {
  std::vector<std::string> all;
  for (const SkillGroup& group : document.skills) {
    all.insert(all.end(), group.items.begin(), group.items.end());
  }
  return all;
}

void AssignIds(ResumeDocument& document) {
  std::set<std::string> taken;
  ForEachId(document, [&](std::string_view, std::string& id) {
    if (!id.empty()) taken.insert(id);
  });
  ForEachId(document, [&](std::string_view prefix, std::string& id) {
    if (!id.empty()) return;
    for (int n = 1;; ++n) {
      std::string candidate = std::string(prefix) + std::to_string(n);
      if (taken.insert(candidate).second) {
        id = std::move(candidate);
        return;
      }
    }
  });
}

void CarryConfidence(const ResumeDocument& stored, ResumeDocument& saved) {
  if (saved.contact.confidence && stored.contact.confidence &&
      WithoutConfidence(stored.contact) == WithoutConfidence(saved.contact)) {
    saved.contact.confidence = stored.contact.confidence;
  } else {
    saved.contact.confidence.reset();
  }
  CarryEntries(stored.experience, saved.experience);
  CarryEntries(stored.education, saved.education);
  CarryEntries(stored.projects, saved.projects);

  auto still_unsure = [&](const ReadWarning& warning) {
    if (warning.section == "contact") return saved.contact.confidence.has_value();
    if (warning.section == "experience") return KeptConfidence(saved.experience, warning.entry_id);
    if (warning.section == "education") return KeptConfidence(saved.education, warning.entry_id);
    if (warning.section == "projects") return KeptConfidence(saved.projects, warning.entry_id);
    if (warning.section == "skills") {
      const SkillGroup* before = FindById(stored.skills, warning.entry_id);
      const SkillGroup* after = FindById(saved.skills, warning.entry_id);
      return before != nullptr && after != nullptr && *before == *after;
    }
    return false;
  };
  saved.warnings.clear();
  for (const ReadWarning& warning : stored.warnings) {
    if (still_unsure(warning)) saved.warnings.push_back(warning);
  }
}

namespace {

// Credentials written in mixed case; anything else must be mostly capitals to count.
constexpr std::string_view kMixedCaseCredentials[] = {
    "PhD",  "Ph.D.", "PharmD", "EdD",  "DPhil", "MEd", "MSc",  "BSc",  "MSN", "MPH", "MA",    "MBA",
    "Esq.", "Esq",   "DrPH",   "PsyD", "DSc",   "MFA", "BEng", "MEng", "MSW", "LLM", "LL.M.", "JD",
};
constexpr std::string_view kGenerational[] = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"};

}  // namespace

bool LooksLikeCredential(std::string_view token) {
  token = TrimSpace(token);
  if (token.empty() || token.size() > 16) return false;
  for (std::string_view suffix : kGenerational) {
    if (token == suffix) return false;
  }
  for (std::string_view known : kMixedCaseCredentials) {
    if (token == known) return true;
  }
  int upper = 0;
  int lower = 0;
  int spaces = 0;
  for (char c : token) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c == ' ') {
      ++spaces;
    } else if (c != '.' && c != '-' && c != '&' && c != '+' && !(c >= '0' && c <= '9')) {
      return false;
    }
  }
  // "RN", "CPA", "P.E.", "LEED AP BD+C", "CIPD", "ACCA": capitals, few small letters.
  return upper >= 2 && lower <= upper / 3 && spaces <= 2;
}

std::pair<std::string, std::string> SplitPostNominals(std::string_view printed) {
  printed = TrimSpace(printed);
  std::size_t cut = printed.size();
  // Walk back over ", TOKEN" groups while each is a credential.
  while (true) {
    const std::size_t comma = printed.rfind(',', cut == 0 ? 0 : cut - 1);
    if (comma == std::string_view::npos || comma == 0) break;
    if (!LooksLikeCredential(printed.substr(comma + 1, cut - comma - 1))) break;
    cut = comma;
  }
  if (cut == printed.size()) return {std::string(printed), ""};
  std::string credentials;
  std::string_view rest = printed.substr(cut + 1);
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view token = TrimSpace(rest.substr(0, comma));
    if (!credentials.empty()) credentials += ", ";
    credentials += token;
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
  }
  return {std::string(TrimSpace(printed.substr(0, cut))), credentials};
}

std::string DisplayName(const Contact& contact) {
  if (contact.post_nominals.empty()) return contact.name;
  if (contact.name.empty()) return contact.post_nominals;
  return contact.name + ", " + contact.post_nominals;
}

std::string WarningPath(const ResumeDocument& document, const ReadWarning& warning) {
  if (warning.section == "contact") return "contact." + warning.field;
  auto at = [&](const auto& entries) -> std::string {
    for (std::size_t i = 0; i < entries.size(); ++i) {
      if (entries[i].id == warning.entry_id) {
        return warning.section + "[" + std::to_string(i) + "]." + warning.field;
      }
    }
    return {};
  };
  if (warning.section == "experience") return at(document.experience);
  if (warning.section == "education") return at(document.education);
  if (warning.section == "projects") return at(document.projects);
  if (warning.section == "skills") return at(document.skills);
  return {};
}

Error InvalidSections(const std::vector<Issue>& issues) {
  Error error{ErrorKind::kValidation,
              "invalid_sections",
              "Some of the resume's fields need correcting before it can be saved.",
              {},
              {},
              0,
              {}};
  for (std::size_t i = 0; i < issues.size() && i < 100; ++i) {
    error.detail_list.push_back(
        boost::json::object{{"path", issues[i].path}, {"message", issues[i].message}});
  }
  return error;
}

std::vector<Issue> Validate(const ResumeDocument& document) {
  std::vector<Issue> issues;
  Checker check(issues);

  const Contact& contact = document.contact;
  check.Label("contact.name", contact.name);
  check.Label("contact.postNominals", contact.post_nominals);
  check.Label("contact.headline", contact.headline);
  check.Label("contact.email", contact.email);
  check.Label("contact.phone", contact.phone);
  check.Label("contact.location", contact.location);
  check.Section("contact.links", contact.links, 20, [&](const std::string& at, const Link& link) {
    if (Blank(link.url)) check.Add(at + ".url", "Give the link's address or remove it.");
    check.Label(at + ".url", link.url);
  });
  if (contact.confidence && (*contact.confidence < 0 || *contact.confidence > 1)) {
    check.Add("contact.confidence", "Confidence is between 0 and 1.");
  }
  check.Text("summary", document.summary, kMaxSummary, /*newlines=*/true);

  auto confidence = [&](const std::string& at, const Confidence& value) {
    if (value && (*value < 0 || *value > 1)) {
      check.Add(at + ".confidence", "Confidence is between 0 and 1.");
    }
  };
  check.Section("experience", document.experience, kMaxEntries,
                [&](const std::string& at, const Experience& job) {
                  check.Label(at + ".title", job.title);
                  check.Label(at + ".company", job.company);
                  check.Label(at + ".location", job.location);
                  check.Dates(at, job.period);
                  check.Text(at + ".summary", job.summary, kMaxBullet, /*newlines=*/false);
                  check.Lines(at + ".bullets", job.bullets, kMaxBullets, kMaxBullet);
                  confidence(at, job.confidence);
                  if (AllBlank({job.title, job.company}) && job.bullets.empty()) {
                    check.Add(at, std::string(kEmptyEntry));
                  }
                });
  check.Section("education", document.education, kMaxEntries,
                [&](const std::string& at, const Education& school) {
                  check.Label(at + ".degree", school.degree);
                  check.Label(at + ".field", school.field);
                  check.Label(at + ".school", school.school);
                  check.Label(at + ".location", school.location);
                  check.Dates(at, school.period);
                  check.Lines(at + ".bullets", school.bullets, kMaxBullets, kMaxBullet);
                  confidence(at, school.confidence);
                  if (AllBlank({school.degree, school.field, school.school})) {
                    check.Add(at, std::string(kEmptyEntry));
                  }
                });
  check.Section("skills", document.skills, kMaxGroups,
                [&](const std::string& at, const SkillGroup& group) {
                  check.Label(at + ".group", group.group);
                  check.Lines(at + ".items", group.items, kMaxBullets, kMaxLabel);
                  if (group.items.empty() && Blank(group.group)) {
                    check.Add(at, std::string(kEmptyEntry));
                  }
                });
  check.Section("projects", document.projects, kMaxEntries,
                [&](const std::string& at, const Project& project) {
                  check.Label(at + ".name", project.name);
                  check.Label(at + ".url", project.url);
                  check.Dates(at, project.period);
                  check.Text(at + ".summary", project.summary, kMaxBullet, /*newlines=*/false);
                  check.Lines(at + ".bullets", project.bullets, kMaxBullets, kMaxBullet);
                  confidence(at, project.confidence);
                  if (Blank(project.name) && project.bullets.empty()) {
                    check.Add(at, std::string(kEmptyEntry));
                  }
                });
  check.Section("certifications", document.certifications, kMaxEntries,
                [&](const std::string& at, const Certification& item) {
                  check.Label(at + ".name", item.name);
                  check.Label(at + ".issuer", item.issuer);
                  check.OneDate(at + ".date", item.date);
                  if (Blank(item.name)) check.Add(at + ".name", "Give the certification's name.");
                });
  check.Section("languages", document.languages, kMaxEntries,
                [&](const std::string& at, const Language& item) {
                  check.Label(at + ".language", item.language);
                  check.Label(at + ".fluency", item.fluency);
                  if (Blank(item.language)) check.Add(at + ".language", "Name the language.");
                });
  check.Section("awards", document.awards, kMaxEntries,
                [&](const std::string& at, const Award& item) {
                  check.Label(at + ".title", item.title);
                  check.Label(at + ".awarder", item.awarder);
                  check.OneDate(at + ".date", item.date);
                  check.Text(at + ".summary", item.summary, kMaxBullet, /*newlines=*/false);
                  if (Blank(item.title)) check.Add(at + ".title", "Give the award's title.");
                });
  check.Section("volunteer", document.volunteer, kMaxEntries,
                [&](const std::string& at, const Volunteer& item) {
                  check.Label(at + ".organization", item.organization);
                  check.Label(at + ".role", item.role);
                  check.Label(at + ".location", item.location);
                  check.Dates(at, item.period);
                  check.Text(at + ".summary", item.summary, kMaxBullet, /*newlines=*/false);
                  check.Lines(at + ".bullets", item.bullets, kMaxBullets, kMaxBullet);
                  if (AllBlank({item.organization, item.role}) && item.bullets.empty()) {
                    check.Add(at, std::string(kEmptyEntry));
                  }
                });
  check.Section("publications", document.publications, kMaxEntries,
                [&](const std::string& at, const Publication& item) {
                  check.Label(at + ".name", item.name);
                  check.Label(at + ".publisher", item.publisher);
                  check.Label(at + ".url", item.url);
                  check.OneDate(at + ".date", item.date);
                  check.Text(at + ".summary", item.summary, kMaxBullet, /*newlines=*/false);
                  if (Blank(item.name)) check.Add(at + ".name", "Give the publication's title.");
                });
  check.Section("custom", document.custom, kMaxGroups,
                [&](const std::string& at, const CustomSection& section) {
                  check.Label(at + ".title", section.title);
                  if (Blank(section.title)) check.Add(at + ".title", "Give the section a title.");
                  check.Section(at + ".entries", section.entries, kMaxEntries,
                                [&](const std::string& entry_at, const CustomEntry& entry) {
                                  check.Label(entry_at + ".title", entry.title);
                                  check.Lines(entry_at + ".bullets", entry.bullets, kMaxBullets,
                                              kMaxBullet);
                                  if (Blank(entry.title) && entry.bullets.empty()) {
                                    check.Add(entry_at, std::string(kEmptyEntry));
                                  }
                                });
                });

  // Ids: the format, and unique across the document.
  std::set<std::string> seen;
  ForEachId(document, [&](std::string_view, const std::string& id) {
    if (id.empty()) return;
    if (id.size() > kMaxId || !std::all_of(id.begin(), id.end(), IdChar)) {
      check.Add("id:" + id.substr(0, kMaxId), "An id is 1 to 40 letters, digits, '-' or '_'.");
    } else if (!seen.insert(id).second) {
      check.Add("id:" + id, "Two entries have the same id.");
    }
  });
  return issues;
}

}  // namespace resumax::document

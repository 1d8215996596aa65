#include "domain/rewriting/apply_changes.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "domain/rewriting/rewrite_text.h"

namespace resumax::optimize {
namespace {

constexpr std::size_t kMaxPathLength = 200;

bool IsFieldChar(char c, bool first) {
  return rewrite::IsAsciiAlpha(c) || c == '_' || (!first && rewrite::IsAsciiDigit(c));
}

bool IsField(const std::vector<PathStep>& path, std::size_t at, std::string_view name) {
  return at < path.size() && !path[at].index && path[at].field == name;
}

bool IsIndex(const std::vector<PathStep>& path, std::size_t at) {
  return at < path.size() && path[at].index.has_value();
}

// The bullets of the entry the first three steps of a path name ("experience[1].bullets"), or
// nullptr; const or not as `resume` is.
template <typename Document>
auto FindBullets(Document& resume, const std::vector<PathStep>& path)
    -> decltype(&resume.experience.front().bullets) {
  if (path.size() < 3 || !IsIndex(path, 1) || !IsField(path, 2, "bullets")) return nullptr;
  const std::size_t entry = *path[1].index;
  auto pick = [&](auto& entries) -> decltype(&resume.experience.front().bullets) {
    if (entry >= entries.size()) return nullptr;
    return &entries[entry].bullets;
  };
  const std::string& section = path[0].field;
  if (section == "experience") return pick(resume.experience);
  if (section == "projects") return pick(resume.projects);
  if (section == "education") return pick(resume.education);
  if (section == "volunteer") return pick(resume.volunteer);
  return nullptr;
}

// The bullet a path of four steps names ("experience[1].bullets[2]"), or nullptr.
template <typename Document>
auto FindBullet(Document& resume, const std::vector<PathStep>& path)
    -> decltype(&resume.experience.front().bullets.front()) {
  if (path.size() != 4 || !IsIndex(path, 3)) return nullptr;
  auto* bullets = FindBullets(resume, path);
  const std::size_t bullet = *path[3].index;
  if (bullets == nullptr || bullet >= bullets->size()) return nullptr;
  return &(*bullets)[bullet];
}

std::string JoinSkills(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) joined += (joined.empty() ? "" : ", ") + item;
  return joined;
}

bool SameSkill(std::string_view a, std::string_view b) {
  return rewrite::LowerAscii(a) == rewrite::LowerAscii(b);
}

Error InvalidPath(const Change& change) {
  Error error = Error::BadRequest("invalid_change_path",
                                  "A change edits a part of the resume that cannot be changed.");
  error.details["changeId"] = change.id;
  error.details["path"] = change.path;
  return error;
}

}  // namespace

std::optional<std::vector<PathStep>> ParseChangePath(std::string_view path) {
  if (path.empty() || path.size() > kMaxPathLength) return std::nullopt;
  std::vector<PathStep> steps;
  std::size_t at = 0;
  while (true) {
    const std::size_t begin = at;
    while (at < path.size() && IsFieldChar(path[at], at == begin)) ++at;
    if (at == begin) return std::nullopt;
    steps.push_back({std::string(path.substr(begin, at - begin)), std::nullopt});
    while (at < path.size() && path[at] == '[') {
      const std::size_t close = path.find(']', at);
      if (close == std::string_view::npos || close == at + 1) return std::nullopt;
      std::size_t index = 0;
      const char* first = path.data() + at + 1;
      const char* last = path.data() + close;
      const auto [end, error] = std::from_chars(first, last, index);
      if (error != std::errc() || end != last) return std::nullopt;
      steps.push_back({std::string(), index});
      at = close + 1;
    }
    if (at == path.size()) return steps;
    if (path[at] != '.') return std::nullopt;
    ++at;
  }
}

bool IsBulletOrderPath(const std::vector<PathStep>& path) {
  return path.size() == 3 &&
         (IsField(path, 0, "experience") || IsField(path, 0, "projects") ||
          IsField(path, 0, "education") || IsField(path, 0, "volunteer")) &&
         IsIndex(path, 1) && IsField(path, 2, "bullets");
}

bool IsEditablePath(const std::vector<PathStep>& path) {
  if (path.size() == 1) return IsField(path, 0, "summary") || IsField(path, 0, "skills");
  if (IsBulletOrderPath(path)) return true;
  return path.size() == 4 &&
         (IsField(path, 0, "experience") || IsField(path, 0, "projects") ||
          IsField(path, 0, "education") || IsField(path, 0, "volunteer")) &&
         IsIndex(path, 1) && IsField(path, 2, "bullets") && IsIndex(path, 3);
}

namespace {

// Bullets written one per line back to lines.
std::vector<std::string> SplitBullets(std::string_view text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin <= text.size()) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    lines.emplace_back(text.substr(begin, end - begin));
    begin = end + 1;
  }
  return lines;
}

}  // namespace

std::optional<std::vector<std::size_t>> BulletOrder(std::string_view before,
                                                    std::string_view after) {
  const std::vector<std::string> old_lines = SplitBullets(before);
  const std::vector<std::string> new_lines = SplitBullets(after);
  if (old_lines.size() != new_lines.size()) return std::nullopt;
  std::vector<bool> used(old_lines.size(), false);
  std::vector<std::size_t> order;
  for (const std::string& line : new_lines) {
    std::size_t k = 0;
    while (k < old_lines.size() && (used[k] || old_lines[k] != line)) ++k;
    if (k == old_lines.size()) return std::nullopt;
    used[k] = true;
    order.push_back(k);
  }
  return order;
}

Result<std::string> CurrentText(const document::ResumeDocument& resume, std::string_view path) {
  const auto steps = ParseChangePath(path);
  if (!steps || !IsEditablePath(*steps)) {
    return Error::BadRequest("invalid_change_path", "The change path cannot be edited.");
  }
  if (IsField(*steps, 0, "summary")) return resume.summary;
  if (IsField(*steps, 0, "skills")) return JoinSkills(document::AllSkills(resume));
  if (IsBulletOrderPath(*steps)) {
    const std::vector<std::string>* bullets = FindBullets(resume, *steps);
    if (bullets == nullptr) {
      return Error::BadRequest("invalid_change_path", "The change path does not exist.");
    }
    std::string joined;
    for (std::size_t i = 0; i < bullets->size(); ++i) {
      joined += (i > 0 ? "\n" : "") + (*bullets)[i];
    }
    return joined;
  }
  const std::string* bullet = FindBullet(resume, *steps);
  if (bullet == nullptr) {
    return Error::BadRequest("invalid_change_path", "The change path does not exist.");
  }
  return *bullet;
}

std::vector<std::string> SplitSkills(std::string_view text) {
  std::vector<std::string> items;
  int depth = 0;
  std::size_t begin = 0;
  auto take = [&](std::size_t end) {
    const std::string_view item = rewrite::Trim(text.substr(begin, end - begin));
    if (!item.empty()) items.emplace_back(item);
  };
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    if (c == ',' && depth == 0 && at + 1 < text.size() && text[at + 1] == ' ') {
      take(at);
      begin = at + 2;
    }
  }
  take(text.size());
  return items;
}

void SetSkills(document::ResumeDocument& resume, std::string_view line) {
  const std::vector<std::string> items = SplitSkills(line);
  // Where each old item stood: its group, and whether a new item took it.
  struct Slot {
    std::size_t group;
    std::string text;
    bool taken = false;
  };
  std::vector<Slot> slots;
  for (std::size_t g = 0; g < resume.skills.size(); ++g) {
    for (std::string& item : resume.skills[g].items) slots.push_back({g, std::move(item)});
    resume.skills[g].items.clear();
  }
  std::vector<std::size_t> home(items.size(), slots.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t k = 0; k < slots.size(); ++k) {
      if (!slots[k].taken && SameSkill(slots[k].text, items[i])) {
        slots[k].taken = true;
        home[i] = k;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < items.size(); ++i) {  // respelled in place
    if (home[i] == slots.size() && i < slots.size() && !slots[i].taken) {
      slots[i].taken = true;
      home[i] = i;
    }
  }
  auto unnamed = [&]() -> std::size_t {
    for (std::size_t g = 0; g < resume.skills.size(); ++g) {
      if (resume.skills[g].group.empty()) return g;
    }
    resume.skills.push_back({});
    return resume.skills.size() - 1;
  };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::size_t group = home[i] < slots.size() ? slots[home[i]].group : unnamed();
    resume.skills[group].items.push_back(items[i]);
  }
  std::erase_if(resume.skills, [](const document::SkillGroup& group) {
    return group.items.empty() && group.group.empty();
  });
  document::AssignIds(resume);
}

Result<document::ResumeDocument> ApplyChanges(const document::ResumeDocument& resume,
                                              const std::vector<Change>& accepted) {
  document::ResumeDocument result = resume;
  // Orders of bullets go last, onto the bullets as the other changes left them: "Contributed
  // to X" accepted with a new order moves as "Worked on X" would have.
  std::vector<const Change*> orders;
  std::set<std::string> rewritten;  // "experience[0].bullets[2]"
  for (const Change& change : accepted) {
    const auto steps = ParseChangePath(change.path);
    if (steps && IsBulletOrderPath(*steps)) {
      orders.push_back(&change);
      continue;
    }
    const auto current = CurrentText(result, change.path);
    if (!current) return InvalidPath(change);
    if (*current != change.before) {
      Error error = Error::Conflict("stale_change",
                                    "A change no longer matches the resume; optimize it again.");
      error.details["changeId"] = change.id;
      error.details["path"] = change.path;
      return error;
    }
    if (IsField(*steps, 0, "skills")) {
      SetSkills(result, change.after);
    } else if (IsField(*steps, 0, "summary")) {
      result.summary = change.after;
    } else {
      *FindBullet(result, *steps) = change.after;
      rewritten.insert(change.path);
    }
  }
  for (const Change* change : orders) {
    const auto steps = ParseChangePath(change->path);
    std::vector<std::string>* bullets = FindBullets(result, *steps);
    if (bullets == nullptr) return InvalidPath(*change);
    const std::vector<std::string> original = SplitBullets(change->before);
    bool stale = original.size() != bullets->size();
    for (std::size_t i = 0; !stale && i < original.size(); ++i) {
      stale = (*bullets)[i] != original[i] &&
              !rewritten.contains(change->path + "[" + std::to_string(i) + "]");
    }
    if (stale) {
      Error error = Error::Conflict("stale_change",
                                    "A change no longer matches the resume; optimize it again.");
      error.details["changeId"] = change->id;
      error.details["path"] = change->path;
      return error;
    }
    const auto order = BulletOrder(change->before, change->after);
    if (!order) {
      Error error = Error::BadRequest(
          "invalid_change", "A new order of bullets must keep every bullet, word for word.");
      error.details["changeId"] = change->id;
      error.details["path"] = change->path;
      return error;
    }
    std::vector<std::string> moved;
    for (const std::size_t k : *order) moved.push_back((*bullets)[k]);
    *bullets = std::move(moved);
  }
  return result;
}

}  // namespace resumax::optimize

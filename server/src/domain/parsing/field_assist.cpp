#include "domain/parsing/field_assist.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

#include "core/text.h"
#include "domain/parsing/dates.h"
#include "domain/parsing/text_normalize.h"

namespace resumax::parsing {
namespace {

constexpr std::size_t kMaxValueChars = 200;
constexpr std::size_t kMaxContextChars = 160;
constexpr std::string_view kAssistedMessage =
    "Read by the AI assistant from your file, where our rules were unsure. Check it.";

// Every run of white space one space, trimmed.
std::string Collapsed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// How an answer is looked for in the text: spacing collapsed, ASCII letters in lower case.
std::string Folded(std::string_view text) { return AsciiLower(Collapsed(text)); }

// At most `limit` bytes, never cut inside a character, "…" where text was cut.
std::string Clipped(std::string text, std::size_t limit) {
  if (text.size() <= limit) return text;
  return std::string(Utf8Prefix(text, limit)) + "…";
}

std::string DateText(const document::Period& period) {
  if (!period.start && !period.end && !period.current) return "";
  std::string text = period.start ? document::FormatDate(*period.start) : "?";
  text += " – ";
  text += period.current ? "now" : period.end ? document::FormatDate(*period.end) : "?";
  return text;
}

// "experience[2].company" → {"experience", 2, "company"}; "contact.name" → {"contact", 0, "name"}.
struct Target {
  std::string section;
  std::size_t index = 0;
  std::string field;
};

std::optional<Target> ParsePath(std::string_view path) {
  const std::size_t dot = path.rfind('.');
  if (dot == std::string_view::npos) return std::nullopt;
  Target target;
  target.field = std::string(path.substr(dot + 1));
  std::string_view head = path.substr(0, dot);
  if (head == "contact") {
    target.section = "contact";
    return target;
  }
  const std::size_t open = head.find('[');
  if (open == std::string_view::npos || !head.ends_with("]")) return std::nullopt;
  target.section = std::string(head.substr(0, open));
  const std::string_view digits = head.substr(open + 1, head.size() - open - 2);
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), target.index);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  return target;
}

template <typename Entries>
std::optional<std::size_t> IndexOf(const Entries& entries, std::string_view id) {
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].id == id) return i;
  }
  return std::nullopt;
}

}  // namespace

std::vector<FieldQuestion> QuestionsFor(const document::ResumeDocument& document,
                                        std::size_t limit) {
  std::vector<FieldQuestion> questions;
  std::set<std::string> asked;
  auto ask = [&](std::string path, std::string current, std::string context) {
    if (questions.size() >= limit || !asked.insert(path).second) return;
    questions.push_back({std::move(path), Clipped(std::move(current), kMaxValueChars),
                         Clipped(std::move(context), kMaxContextChars)});
  };
  for (const document::ReadWarning& warning : document.warnings) {
    if (warning.section == "contact" && warning.field == "name") {
      ask("contact.name", document::DisplayName(document.contact), "");
    } else if (warning.section == "experience") {
      const auto index = IndexOf(document.experience, warning.entry_id);
      if (!index) continue;
      const document::Experience& job = document.experience[*index];
      const std::string prefix = "experience[" + std::to_string(*index) + "].";
      const std::string context = "title: " + job.title + "; employer: " + job.company +
                                  "; dates: " + DateText(job.period) +
                                  (job.bullets.empty() ? "" : "; first line: " + job.bullets[0]);
      if (warning.field == "title") ask(prefix + "title", job.title, context);
      if (warning.field == "company") ask(prefix + "company", job.company, context);
      if (warning.field == "location") ask(prefix + "location", job.location, context);
      if (warning.field == "startDate" || warning.field == "endDate") {
        ask(prefix + "dates", DateText(job.period), context);
      }
    } else if (warning.section == "education") {
      const auto index = IndexOf(document.education, warning.entry_id);
      if (!index) continue;
      const document::Education& school = document.education[*index];
      const std::string prefix = "education[" + std::to_string(*index) + "].";
      const std::string context = "degree: " + school.degree + "; school: " + school.school;
      if (warning.field == "degree") ask(prefix + "degree", school.degree, context);
      if (warning.field == "school") ask(prefix + "school", school.school, context);
    }
  }
  return questions;
}

std::size_t ApplyAnswers(document::ResumeDocument& document, std::string_view text,
                         const std::vector<FieldQuestion>& questions,
                         const std::vector<FieldAnswer>& answers) {
  const std::string folded_text = Folded(text);
  std::set<std::string> open;
  for (const FieldQuestion& question : questions) open.insert(question.path);
  std::size_t filled = 0;
  for (const FieldAnswer& answer : answers) {
    if (!open.contains(answer.path)) continue;  // not asked, or already answered
    const std::string needle = Folded(answer.value);
    if (needle.size() < 2 || answer.value.size() > kMaxValueChars ||
        folded_text.find(needle) == std::string::npos) {
      continue;
    }
    const std::optional<Target> target = ParsePath(answer.path);
    if (!target) continue;
    // As the model gave it, white space collapsed to single spaces.
    const std::string trimmed = Collapsed(answer.value);
    std::string entry_id;
    std::vector<std::string> fields = {target->field};
    bool applied = false;
    if (target->section == "contact" && target->field == "name") {
      auto [name, credentials] = document::SplitPostNominals(trimmed);
      if (!name.empty()) {
        document.contact.name = std::move(name);
        if (!credentials.empty()) document.contact.post_nominals = std::move(credentials);
        applied = true;
      }
    } else if (target->section == "experience" && target->index < document.experience.size()) {
      document::Experience& job = document.experience[target->index];
      entry_id = job.id;
      if (target->field == "title") {
        job.title = trimmed;
        applied = true;
      } else if (target->field == "company") {
        job.company = trimmed;
        applied = true;
      } else if (target->field == "location") {
        job.location = trimmed;
        applied = true;
      } else if (target->field == "dates") {
        const std::vector<DateSpan> spans = FindDates(trimmed);
        if (!spans.empty()) {
          const document::Period period = PeriodOf(spans[0].start, spans[0].end);
          if (period.start) {
            job.period = period;
            fields = {"startDate", "endDate"};
            applied = true;
          }
        }
      }
    } else if (target->section == "education" && target->index < document.education.size()) {
      document::Education& school = document.education[target->index];
      entry_id = school.id;
      if (target->field == "degree") {
        school.degree = trimmed;
        applied = true;
      } else if (target->field == "school") {
        school.school = trimmed;
        applied = true;
      }
    }
    if (!applied) continue;
    open.erase(answer.path);
    ++filled;
    for (document::ReadWarning& warning : document.warnings) {
      if (warning.section == target->section && warning.entry_id == entry_id &&
          std::find(fields.begin(), fields.end(), warning.field) != fields.end()) {
        warning.message = std::string(kAssistedMessage);
        warning.confidence = std::max(warning.confidence, 0.5);
      }
    }
  }
  return filled;
}

}  // namespace resumax::parsing

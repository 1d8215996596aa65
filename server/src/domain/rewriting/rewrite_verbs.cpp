#include "domain/rewriting/rewrite_verbs.h"

#include <deque>
#include <unordered_map>
#include <vector>

#include "domain/rewriting/rewrite_text.h"

namespace resumax::embedded {
std::optional<std::string_view> rewrite(std::string_view path);
}

namespace resumax::optimize::rewrite {
namespace {

struct VerbTable {
  std::deque<Verb> verbs;  // stable addresses for the index
  std::unordered_map<std::string, VerbMatch> by_form;
};

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  while (true) {
    const std::size_t tab = line.find('\t');
    fields.push_back(line.substr(0, tab));
    if (tab == std::string_view::npos) return fields;
    line = line.substr(tab + 1);
  }
}

VerbTable LoadVerbs() {
  VerbTable table;
  std::string_view text = embedded::rewrite("verbs.tsv").value_or("");
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text = newline == std::string_view::npos ? std::string_view() : text.substr(newline + 1);
    if (line.empty() || line.front() == '#') continue;
    const auto fields = SplitTabs(line);
    if (fields.size() < 4) continue;
    const std::string_view flags = fields.size() > 4 ? fields[4] : std::string_view();
    Verb& verb = table.verbs.emplace_back(Verb{std::string(fields[0]), std::string(fields[1]),
                                               std::string(fields[2]), std::string(fields[3]),
                                               flags.find("ongoing") != std::string_view::npos,
                                               flags.find("ambiguous") != std::string_view::npos});
    // try_emplace keeps the first claim, so the base form wins over an equal past ("set").
    table.by_form.try_emplace(verb.base, VerbMatch{&verb, VerbForm::kBase});
    table.by_form.try_emplace(verb.third, VerbMatch{&verb, VerbForm::kThird});
    table.by_form.try_emplace(verb.past, VerbMatch{&verb, VerbForm::kPast});
    table.by_form.try_emplace(verb.gerund, VerbMatch{&verb, VerbForm::kGerund});
  }
  return table;
}

}  // namespace

std::optional<VerbMatch> LookupVerb(std::string_view word) {
  static const VerbTable kTable = LoadVerbs();
  const auto found = kTable.by_form.find(LowerAscii(word));
  if (found == kTable.by_form.end()) return std::nullopt;
  return found->second;
}

}  // namespace resumax::optimize::rewrite

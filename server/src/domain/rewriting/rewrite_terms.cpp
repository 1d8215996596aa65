#include "domain/rewriting/rewrite_terms.h"

#include <optional>

namespace resumax::embedded {
std::optional<std::string_view> rewrite(std::string_view path);
}

namespace resumax::optimize {

using rewrite::EqualsNoCase;
using rewrite::Spelling;

TermAliases TermAliases::Parse(std::string_view tsv) {
  TermAliases table;
  while (!tsv.empty()) {
    const std::size_t newline = tsv.find('\n');
    std::string_view line = tsv.substr(0, newline);
    tsv = newline == std::string_view::npos ? std::string_view() : tsv.substr(newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    std::vector<Spelling> group;
    const std::size_t tab = line.find('\t');
    group.push_back(rewrite::MakeSpelling(rewrite::Trim(line.substr(0, tab))));
    std::string_view rest =
        tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1);
    while (!rest.empty()) {
      const std::size_t bar = rest.find('|');
      const std::string_view written = rewrite::Trim(rest.substr(0, bar));
      if (!written.empty()) group.push_back(rewrite::MakeSpelling(written));
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
    }
    if (!group.front().text.empty()) table.groups_.push_back(std::move(group));
  }
  return table;
}

const TermAliases& TermAliases::BuiltIn() {
  static const TermAliases kTable = Parse(embedded::rewrite("terms.tsv").value_or(""));
  return kTable;
}

std::vector<Spelling> TermAliases::SpellingsOf(std::string_view term) const {
  std::vector<Spelling> spellings{rewrite::MakeSpelling(term)};
  for (const auto& group : groups_) {
    bool member = false;
    for (const Spelling& spelling : group) member = member || EqualsNoCase(spelling.text, term);
    if (!member) continue;
    for (const Spelling& spelling : group) {
      if (spelling.text == term) {
        // The table knows better whether the term itself is exact-case ("Go", "Excel").
        spellings.front().exact_case = spelling.exact_case;
      } else if (!EqualsNoCase(spelling.text, term)) {
        spellings.push_back(spelling);
      }
    }
    break;
  }
  return spellings;
}

std::vector<Spelling> TermAliases::AllSpellings() const {
  std::vector<Spelling> all;
  for (const auto& group : groups_) all.insert(all.end(), group.begin(), group.end());
  return all;
}

const TermAliases& AliasesOf(const RewriteOptions& options) {
  return options.aliases != nullptr ? *options.aliases : TermAliases::BuiltIn();
}

bool MentionsTerm(std::string_view text, std::string_view term, const TermAliases& aliases) {
  for (const Spelling& spelling : aliases.SpellingsOf(term)) {
    if (rewrite::ContainsWord(text, spelling)) return true;
  }
  return false;
}

}  // namespace resumax::optimize

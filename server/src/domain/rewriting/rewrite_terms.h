#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "domain/rewriting/rewrite_text.h"

namespace resumax::optimize {

// Groups of spellings that name the same skill ("PostgreSQL", "Postgres", "psql"): how the
// rewrite engine finds the job's term said in other words, and how the guard knows that
// "Kubernetes" is already in a resume that says "k8s".
class TermAliases {
 public:
  // One group a line: a spelling, a tab, further spellings separated by '|'; '#' starts a
  // comment. "=Excel" matches only in that case (see rewrite::MakeSpelling).
  static TermAliases Parse(std::string_view tsv);
  // The table in server/data/rewrite/terms.tsv, compiled into the program.
  static const TermAliases& BuiltIn();

  // The spellings of the group `term` belongs to (compared ignoring case), `term` as written
  // first; just `term` when no group has it.
  std::vector<rewrite::Spelling> SpellingsOf(std::string_view term) const;
  // Every spelling of every group: a vocabulary of skill names the guard knows without a job.
  std::vector<rewrite::Spelling> AllSpellings() const;

 private:
  std::vector<std::vector<rewrite::Spelling>> groups_;
};

// What the rewrite engine and the guard need besides the resume and the job. The defaults suit
// production; tests pin the month.
struct RewriteOptions {
  std::string today;                     // "YYYY-MM", for years of experience; empty: the clock
  const TermAliases* aliases = nullptr;  // null: TermAliases::BuiltIn()
};

// The options' alias table, or the built-in one.
const TermAliases& AliasesOf(const RewriteOptions& options);

// True when `text` mentions `term` in any of its spellings (a trailing plural "s" allowed).
bool MentionsTerm(std::string_view text, std::string_view term, const TermAliases& aliases);

}  // namespace resumax::optimize

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace resumax::optimize::rewrite {

// The forms of an action verb (server/data/rewrite/verbs.tsv).
struct Verb {
  std::string base;        // "manage"
  std::string third;       // "manages"
  std::string past;        // "managed"
  std::string gerund;      // "managing"
  bool ongoing = false;    // a standing duty: present tense in a current job ("Manage")
  bool ambiguous = false;  // also a noun or adjective at a bullet's start ("Lead engineer")
};

enum class VerbForm { kBase, kThird, kPast, kGerund };

struct VerbMatch {
  const Verb* verb = nullptr;
  VerbForm form = VerbForm::kBase;
};

// The verb `word` is a form of (ignoring case), or nullopt. When two forms are spelled alike
// ("set", "cut") the base wins.
std::optional<VerbMatch> LookupVerb(std::string_view word);

}  // namespace resumax::optimize::rewrite

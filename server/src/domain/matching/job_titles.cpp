#include "domain/matching/job_titles.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include "domain/job_descriptions/job_metadata.h"
#include "domain/matching/taxonomy.h"
#include "domain/matching/text_tokens.h"

namespace resumax::optimize {
namespace {

bool IsOneOf(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Seniority words dropped wherever they stand.
bool IsSeniorityWord(std::string_view lowered) {
  return IsOneOf(lowered, {"senior",      "sr",      "snr",        "junior",   "jr",          "jnr",
                           "i",           "ii",      "iii",        "iv",       "v",           "1",
                           "2",           "3",       "4",          "entry",    "level",       "mid",
                           "experienced", "trainee", "apprentice", "graduate", "intermediate"});
}

// Seniority words dropped unless they are the role itself ("Team Lead", "School Principal").
bool IsSeniorityPrefix(std::string_view lowered) {
  return IsOneOf(lowered, {"lead", "principal", "staff", "head", "chief", "associate"});
}

bool IsFiller(std::string_view lowered) {
  return IsOneOf(lowered, {"of", "and", "the", "for", "in", "to", "a", "an", "at", "with", "or",
                           "remote", "hybrid", "onsite", "contract", "temporary", "ft", "pt"});
}

// Written variants of one role word, as the words they stand for.
constexpr std::array<std::pair<std::string_view, std::string_view>, 28> kTitleVariants = {{
    {"developer", "engineer"},
    {"programmer", "engineer"},
    {"dev", "engineer"},
    {"coder", "engineer"},
    {"eng", "engineer"},
    {"engr", "engineer"},
    {"swe", "software engineer"},
    {"sde", "software engineer"},
    {"sre", "site reliability engineer"},
    {"mgr", "manager"},
    {"asst", "assistant"},
    {"admin", "administrator"},
    {"rep", "representative"},
    {"rn", "registered nurse"},
    {"lpn", "licensed practical nurse"},
    {"lvn", "licensed practical nurse"},
    {"cna", "certified nursing assistant"},
    {"np", "nurse practitioner"},
    {"vp", "vice president"},
    {"svp", "vice president"},
    {"evp", "vice president"},
    {"avp", "vice president"},
    {"cpa", "accountant"},
    {"ae", "account executive"},
    {"sdr", "sales development representative"},
    {"bdr", "business development representative"},
    {"csr", "customer service representative"},
    {"ux", "user experience"},
}};

}  // namespace

std::vector<std::string> TitleWords(std::string_view title) {
  std::vector<std::string> lowered;
  for (const Token& token : Tokenize(title)) {
    // "front-end", "back end", "full-stack" are one word in titles.
    if (!lowered.empty() && (token.lowered == "end" || token.lowered == "stack") &&
        IsOneOf(lowered.back(), {"front", "back", "full"})) {
      lowered.back() += token.lowered;
      continue;
    }
    const auto variant =
        std::find_if(kTitleVariants.begin(), kTitleVariants.end(),
                     [&](const auto& pair) { return pair.first == token.lowered; });
    if (variant == kTitleVariants.end()) {
      lowered.push_back(token.lowered);
      continue;
    }
    for (const Token& word : Tokenize(variant->second)) lowered.push_back(word.lowered);
  }
  std::vector<std::string> words;
  for (std::size_t i = 0; i < lowered.size(); ++i) {
    const std::string& word = lowered[i];
    if (IsFiller(word) || IsSeniorityWord(word)) continue;
    if (IsSeniorityPrefix(word) && i + 1 < lowered.size()) continue;
    words.push_back(StemWord(word));
  }
  // A title that is nothing but seniority ("Senior") keeps its words.
  if (words.empty()) {
    for (const std::string& word : lowered) words.push_back(StemWord(word));
  }
  return words;
}

std::string TitleKey(std::string_view title) {
  std::string key;
  for (const std::string& word : TitleWords(title)) {
    if (!key.empty()) key += ' ';
    key += word;
  }
  return key;
}

namespace {

// "Registered Nurse - Emergency Department" names the role before the dash.
std::string_view MainPart(std::string_view title) {
  for (std::string_view separator : {" - ", " – ", " — ", " | ", ",", " (", ": "}) {
    if (const std::size_t at = title.find(separator); at != std::string_view::npos && at > 0) {
      title = title.substr(0, at);
    }
  }
  return title;
}

double WordSimilarity(std::string_view a, std::string_view b, const Taxonomy& taxonomy) {
  const std::vector<std::string> words_a = TitleWords(a);
  const std::vector<std::string> words_b = TitleWords(b);
  if (words_a.empty() || words_b.empty()) return 0;
  if (words_a == words_b) return 1;
  const std::set<std::string> set_a(words_a.begin(), words_a.end());
  const std::set<std::string> set_b(words_b.begin(), words_b.end());
  std::size_t shared = 0;
  for (const std::string& word : set_a) shared += set_b.count(word);
  if (shared == set_a.size() && shared == set_b.size()) return 1;
  const double dice =
      2.0 * static_cast<double>(shared) / static_cast<double>(set_a.size() + set_b.size());
  double similarity = 0.7 * dice + (words_a.back() == words_b.back() ? 0.3 : 0.0);
  const std::vector<std::size_t> titles_a = taxonomy.FindTitles(a);
  if (!titles_a.empty()) {
    for (const std::size_t entry : taxonomy.FindTitles(b)) {
      if (std::find(titles_a.begin(), titles_a.end(), entry) != titles_a.end()) {
        similarity = std::max(similarity, 0.9);
      }
    }
  }
  return similarity;
}

}  // namespace

double TitleSimilarity(std::string_view a, std::string_view b, const Taxonomy& taxonomy) {
  double similarity = WordSimilarity(a, b, taxonomy);
  const std::string_view main_a = MainPart(a);
  const std::string_view main_b = MainPart(b);
  if (main_a.size() < a.size() || main_b.size() < b.size()) {
    similarity = std::max(similarity, WordSimilarity(main_a, main_b, taxonomy));
  }
  return similarity;
}

std::optional<std::string> SeniorityOfTitle(std::string_view title) {
  if (title.empty()) return std::nullopt;
  // The job-description extractor reads the seniority of a hinted title; reuse its rules.
  return jobs::ExtractJobMetadata("", std::string(title), std::nullopt, std::nullopt).seniority;
}

std::optional<int> SeniorityRank(std::string_view seniority) {
  constexpr std::array<std::pair<std::string_view, int>, 9> kRanks = {{{"intern", 0},
                                                                       {"junior", 1},
                                                                       {"mid", 2},
                                                                       {"senior", 3},
                                                                       {"lead", 4},
                                                                       {"manager", 4},
                                                                       {"principal", 5},
                                                                       {"director", 5},
                                                                       {"executive", 6}}};
  for (const auto& [name, rank] : kRanks) {
    if (name == seniority) return rank;
  }
  return std::nullopt;
}

}  // namespace resumax::optimize

#include "domain/matching/taxonomy_import.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "domain/matching/csv_reader.h"
#include "domain/matching/text_tokens.h"

namespace resumax::optimize {
namespace {

// A tool that this many O*NET occupations or more list ("Personal computers", "Ladders") says
// nothing about a job.
constexpr std::size_t kMaxToolOccupations = 50;

// Longer alternative labels are descriptions, not names anyone writes.
constexpr std::size_t kMaxAliasLength = 80;

constexpr std::string_view kAttribution =
    "# Built-in resuMAX entries, then entries imported from open data sets:\n"
    "# This product includes information from the O*NET 29.2 and 30.2 Databases by the U.S.\n"
    "# Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the\n"
    "# CC BY 4.0 license. O*NET(R) is a trademark of USDOL/ETA. USDOL/ETA has not approved,\n"
    "# endorsed, or tested these modifications.\n"
    "# This service uses the ESCO classification of the European Commission (CC BY 4.0),\n"
    "# (c) European Union, https://esco.ec.europa.eu/\n";

// O*NET-SOC major group (the code's first two digits) → profession tag.
constexpr std::array<std::pair<std::string_view, std::string_view>, 23> kSocGroups = {{
    {"11", "management"},   {"13", "business"},   {"15", "software"},
    {"17", "engineering"},  {"19", "science"},    {"21", "social-services"},
    {"23", "legal"},        {"25", "education"},  {"27", "design-media"},
    {"29", "healthcare"},   {"31", "healthcare"}, {"33", "public-safety"},
    {"35", "hospitality"},  {"37", "facilities"}, {"39", "personal-care"},
    {"41", "sales"},        {"43", "admin"},      {"45", "agriculture"},
    {"47", "construction"}, {"49", "trades"},     {"51", "manufacturing"},
    {"53", "logistics"},    {"55", "military"},
}};

std::string_view Trim(std::string_view text) {
  constexpr std::string_view kSpace = " \t\r\n";
  const std::size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  return text.substr(begin, text.find_last_not_of(kSpace) - begin + 1);
}

std::optional<std::string_view> ProfessionOfSoc(std::string_view soc_code) {
  for (const auto& [group, tag] : kSocGroups) {
    if (soc_code.starts_with(group)) return tag;
  }
  return std::nullopt;
}

std::optional<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return std::nullopt;
  std::ostringstream content;
  content << file.rdbuf();
  return std::move(content).str();
}

// The file in dir/subdir whose name starts with `prefix`, contains `part` and ends with `suffix`;
// the last by name when several versions are present.
std::optional<std::filesystem::path> FindSource(const std::filesystem::path& dir,
                                                std::string_view subdir, std::string_view prefix,
                                                std::string_view part, std::string_view suffix) {
  std::error_code error;
  std::optional<std::filesystem::path> found;
  for (const auto& item : std::filesystem::directory_iterator(dir / subdir, error)) {
    const std::string name = item.path().filename().string();
    if (!name.starts_with(prefix) || !name.ends_with(suffix) ||
        name.find(part) == std::string::npos || !item.is_regular_file(error)) {
      continue;
    }
    if (!found || name > found->filename().string()) found = item.path();
  }
  return found;
}

// Records of a header-first table (CSV or TSV) as maps from column name to value.
template <typename Visit>
void ForEachRecord(std::string_view data, char separator, Visit visit) {
  CsvReader reader(data, separator);
  std::vector<std::string> header;
  if (!reader.Next(header)) return;
  for (std::string& name : header) name = std::string(Trim(name));
  std::vector<std::string> fields;
  while (reader.Next(fields)) {
    if (fields.size() == 1 && Trim(fields.front()).empty()) continue;
    std::unordered_map<std::string_view, std::string_view> record;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) {
      record[header[i]] = Trim(fields[i]);
    }
    visit(record);
  }
}

// O*NET text files: tab-separated, no quoting.
template <typename Visit>
void ForEachTsvRecord(std::string_view data, Visit visit) {
  std::vector<std::string_view> header;
  bool first = true;
  while (!data.empty()) {
    std::size_t end = data.find('\n');
    std::string_view line = data.substr(0, end);
    data.remove_prefix(end == std::string_view::npos ? data.size() : end + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    std::vector<std::string_view> fields;
    for (std::size_t at = 0;;) {
      const std::size_t tab = line.find('\t', at);
      fields.push_back(Trim(line.substr(at, tab == std::string_view::npos ? tab : tab - at)));
      if (tab == std::string_view::npos) break;
      at = tab + 1;
    }
    if (first) {
      header = fields;
      first = false;
      continue;
    }
    if (line.empty()) continue;
    std::unordered_map<std::string_view, std::string_view> record;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) {
      record[header[i]] = fields[i];
    }
    visit(record);
  }
}

std::string_view Get(const std::unordered_map<std::string_view, std::string_view>& record,
                     std::string_view column) {
  const auto found = record.find(column);
  return found == record.end() ? std::string_view{} : found->second;
}

// "Python (computer programming)" → "Python": the qualifier disambiguates within ESCO only.
std::string WithoutQualifier(std::string_view label) {
  label = Trim(label);
  if (label.ends_with(')')) {
    if (const std::size_t open = label.rfind(" ("); open != std::string_view::npos && open > 0) {
      label = Trim(label.substr(0, open));
    }
  }
  return std::string(label);
}

bool IsSingleCapitalizedWord(std::string_view name) {
  return !name.empty() && name.front() >= 'A' && name.front() <= 'Z' &&
         name.find(' ') == std::string_view::npos;
}

// Collects imported concepts, dropping what the built-in taxonomy or an earlier source already
// names and merging what an earlier source imported under the same name.
class ImportSet {
 public:
  ImportSet(const Taxonomy& builtin, ImportStats& stats) : stats_(stats) {
    for (std::size_t i = 0; i < builtin.entries().size(); ++i) {
      const TaxonomyEntry& entry = builtin.entries()[i];
      taken_.emplace(Key(entry.kind, entry.canonical), kBuiltin);
      for (const std::string& alias : entry.aliases)
        taken_.emplace(Key(entry.kind, alias), kBuiltin);
    }
  }

  void Add(TaxonomyEntry entry) {
    const auto found = taken_.find(Key(entry.kind, entry.canonical));
    if (found != taken_.end() && found->second == kBuiltin) {
      ++stats_.duplicates;
      return;
    }
    std::size_t target = entries_.size();
    if (found != taken_.end()) {
      target = found->second;
      // Same name from a second source: one concept, or a title and a skill sharing a word.
      ++stats_.duplicates;
    } else {
      taken_.emplace(Key(entry.kind, entry.canonical), target);
      entries_.push_back({entry.canonical, entry.kind, {}, {}, {}});
    }
    TaxonomyEntry& kept = entries_[target];
    for (std::string& profession : entry.professions) {
      if (std::find(kept.professions.begin(), kept.professions.end(), profession) ==
          kept.professions.end()) {
        kept.professions.push_back(std::move(profession));
      }
    }
    for (std::string& alias : entry.aliases) {
      if (alias.starts_with('=') && alias.substr(1) == kept.canonical) {
        kept.aliases.push_back(std::move(alias));  // the exact-case form of the name itself
        continue;
      }
      const auto [at, inserted] = taken_.emplace(Key(entry.kind, alias), target);
      if (inserted) {
        kept.aliases.push_back(std::move(alias));
      } else if (at->second != target) {
        ++stats_.aliases_dropped;
      }
    }
  }

  const std::vector<TaxonomyEntry>& entries() const { return entries_; }

 private:
  static constexpr std::size_t kBuiltin = static_cast<std::size_t>(-1);

  static std::string Key(EntryKind kind, std::string_view name) {
    if (name.starts_with('=')) name.remove_prefix(1);
    return (kind == EntryKind::kTitle ? "t:" : "") + LowerAscii(Trim(name));
  }

  ImportStats& stats_;
  std::unordered_map<std::string, std::size_t> taken_;
  std::vector<TaxonomyEntry> entries_;
};

std::set<std::string> EscoLabels(const std::optional<std::filesystem::path>& file) {
  std::set<std::string> labels;
  if (!file) return labels;
  const auto data = ReadFile(*file);
  if (!data) return labels;
  ForEachRecord(*data, ',', [&](const auto& record) {
    labels.insert(LowerAscii(Get(record, "preferredLabel")));
  });
  return labels;
}

void ImportEsco(const std::filesystem::path& dir, ImportSet& set, ImportStats& stats) {
  const auto skills_file = FindSource(dir, "esco", "esco_", "skills_labels", ".csv");
  if (!skills_file) return;
  const auto data = ReadFile(*skills_file);
  if (!data) return;
  const std::set<std::string> soft =
      EscoLabels(FindSource(dir, "esco", "esco_", "transversalSkillsCollection", ".csv"));
  const std::set<std::string> digital =
      EscoLabels(FindSource(dir, "esco", "esco_", "digitalSkillsCollection", ".csv"));
  ForEachRecord(*data, ',', [&](const auto& record) {
    const std::string_view label = Get(record, "preferredLabel");
    const std::string canonical = WithoutQualifier(label);
    if (canonical.empty()) return;
    ++stats.esco_concepts;
    const std::string lowered_label = LowerAscii(label);
    TaxonomyEntry entry{
        canonical, soft.count(lowered_label) ? EntryKind::kSoft : EntryKind::kHard, {}, {}, {}};
    if (digital.count(lowered_label)) entry.professions.emplace_back("software");
    // "Scratch (computer programming)" is a language only when capitalised: "from scratch".
    if (canonical.size() < Trim(label).size() && IsSingleCapitalizedWord(canonical)) {
      entry.aliases.push_back("=" + canonical);
    }
    std::string_view alternatives = Get(record, "altLabels");
    while (!alternatives.empty()) {
      const std::size_t end = alternatives.find_first_of("\n|");
      const std::string alias = WithoutQualifier(alternatives.substr(0, end));
      alternatives.remove_prefix(end == std::string_view::npos ? alternatives.size() : end + 1);
      if (alias.empty() || alias.size() > kMaxAliasLength ||
          LowerAscii(alias) == LowerAscii(canonical)) {
        continue;
      }
      entry.aliases.push_back(alias);
    }
    set.Add(std::move(entry));
  });
}

// O*NET rows named by `column`, in first-seen order, with the occupations listing each.
struct OnetNames {
  std::vector<std::string> order;
  std::map<std::string, std::set<std::string>> occupations;  // name → SOC codes
};

OnetNames ReadOnetNames(std::string_view data) {
  OnetNames names;
  ForEachTsvRecord(data, [&](const auto& record) {
    const std::string name(Get(record, "Example"));
    if (name.empty()) return;
    auto [at, inserted] = names.occupations.try_emplace(name);
    if (inserted) names.order.push_back(name);
    at->second.emplace(Get(record, "O*NET-SOC Code"));
  });
  return names;
}

std::vector<std::string> Professions(const std::set<std::string>& soc_codes) {
  std::vector<std::string> tags;
  for (const std::string& code : soc_codes) {
    const auto tag = ProfessionOfSoc(code);
    if (tag && std::find(tags.begin(), tags.end(), *tag) == tags.end()) tags.emplace_back(*tag);
  }
  return tags;
}

void ImportOnetProducts(const std::filesystem::path& dir, ImportSet& set, ImportStats& stats) {
  if (const auto file = FindSource(dir, "onet", "technology_skills", "", ".txt")) {
    if (const auto data = ReadFile(*file)) {
      const OnetNames names = ReadOnetNames(*data);
      for (const std::string& name : names.order) {
        ++stats.onet_technologies;
        set.Add({name, EntryKind::kHard, Professions(names.occupations.at(name)), {}, {}});
      }
    }
  }
  if (const auto file = FindSource(dir, "onet", "tools_used", "", ".txt")) {
    if (const auto data = ReadFile(*file)) {
      const OnetNames names = ReadOnetNames(*data);
      for (const std::string& name : names.order) {
        const std::set<std::string>& occupations = names.occupations.at(name);
        if (occupations.size() >= kMaxToolOccupations) {
          ++stats.onet_generic_tools;
          continue;
        }
        ++stats.onet_tools;
        set.Add({name, EntryKind::kHard, Professions(occupations), {}, {}});
      }
    }
  }
}

// "CEO (Chief Executive Officer)" → "CEO", "Chief Executive Officer".
std::vector<std::string> TitleForms(std::string_view title) {
  title = Trim(title);
  const std::size_t open = title.find(" (");
  if (open == std::string_view::npos || !title.ends_with(')')) return {std::string(title)};
  std::vector<std::string> forms{std::string(Trim(title.substr(0, open)))};
  forms.emplace_back(Trim(title.substr(open + 2, title.size() - open - 3)));
  return forms;
}

void ImportOnetTitles(const std::filesystem::path& dir, ImportSet& set, ImportStats& stats) {
  const auto titles_file = FindSource(dir, "onet", "alternate_titles", "", ".txt");
  if (!titles_file) return;
  const auto data = ReadFile(*titles_file);
  if (!data) return;
  std::map<std::string, std::string> occupation_titles;  // SOC code → title
  if (const auto file = FindSource(dir, "onet", "occupation_data", "", ".txt")) {
    if (const auto occupations = ReadFile(*file)) {
      ForEachTsvRecord(*occupations, [&](const auto& record) {
        occupation_titles.emplace(Get(record, "O*NET-SOC Code"), Get(record, "Title"));
      });
    }
  }
  std::vector<std::string> codes;
  std::map<std::string, std::vector<std::string>> aliases;  // SOC code → alternate titles
  ForEachTsvRecord(*data, [&](const auto& record) {
    const std::string code(Get(record, "O*NET-SOC Code"));
    if (code.empty()) return;
    auto [at, inserted] = aliases.try_emplace(code);
    if (inserted) codes.push_back(code);
    for (std::string& form : TitleForms(Get(record, "Alternate Title"))) {
      if (!form.empty()) at->second.push_back(std::move(form));
    }
    const std::string_view short_title = Get(record, "Short Title");
    if (!short_title.empty() && short_title != "n/a") at->second.emplace_back(short_title);
  });
  for (const std::string& code : codes) {
    std::vector<std::string>& titles = aliases[code];
    const auto known = occupation_titles.find(code);
    std::string canonical = known != occupation_titles.end() ? known->second : titles.front();
    std::vector<std::string> professions;
    if (const auto tag = ProfessionOfSoc(code)) professions.emplace_back(*tag);
    ++stats.onet_occupations;
    set.Add(
        {std::move(canonical), EntryKind::kTitle, std::move(professions), std::move(titles), {}});
  }
}

}  // namespace

Result<ImportStats> ImportOpenTaxonomies(const std::filesystem::path& source_dir,
                                         std::ostream& out_tsv, const Taxonomy& builtin) {
  ImportStats stats;
  ImportSet set(builtin, stats);
  ImportEsco(source_dir, set, stats);
  ImportOnetProducts(source_dir, set, stats);
  ImportOnetTitles(source_dir, set, stats);
  if (stats.esco_concepts + stats.onet_technologies + stats.onet_tools + stats.onet_occupations ==
      0) {
    return Error::BadRequest("taxonomy_sources_missing",
                             "No ESCO or O*NET files were found in " + source_dir.string() + ".");
  }
  out_tsv << kAttribution;
  builtin.WriteTsv(out_tsv);
  for (const TaxonomyEntry& entry : set.entries()) WriteTsvRow(out_tsv, entry);
  stats.builtin_entries = builtin.size();
  stats.entries_written = builtin.size() + set.entries().size();
  if (!out_tsv) return Error::Internal("taxonomy import: writing the output failed");
  return stats;
}

Result<ImportStats> ImportOpenTaxonomies(const std::filesystem::path& source_dir,
                                         std::ostream& out_tsv) {
  return ImportOpenTaxonomies(source_dir, out_tsv, Taxonomy::Builtin());
}

}  // namespace resumax::optimize

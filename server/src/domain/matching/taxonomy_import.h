#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>

#include "core/error.h"
#include "domain/matching/taxonomy.h"

namespace resumax::optimize {

// What an import read and wrote.
struct ImportStats {
  std::size_t builtin_entries = 0;     // written first, unchanged
  std::size_t esco_concepts = 0;       // ESCO skill rows read
  std::size_t onet_technologies = 0;   // distinct O*NET technology names read
  std::size_t onet_tools = 0;          // distinct O*NET tools kept
  std::size_t onet_generic_tools = 0;  // tools left out as used by too many occupations
  std::size_t onet_occupations = 0;    // occupations whose alternate titles were read
  std::size_t duplicates = 0;          // imported concepts whose name the output already had
  std::size_t aliases_dropped = 0;     // aliases already naming another concept
  std::size_t entries_written = 0;     // rows in the output, built-in ones included
};

// Builds a taxonomy TSV (Taxonomy's format) from the open data sets in `source_dir`, laid out as
// shared/data/taxonomy (see its SOURCES.md): esco/*skills_labels*.csv (ESCO skills, RFC 4180
// with multi-line alternative labels; *transversalSkillsCollection* marks soft skills,
// *digitalSkillsCollection* software ones) and onet/technology_skills*.txt, tools_used*.txt,
// alternate_titles*.txt with occupation_data*.txt (O*NET, tab-separated). Writes `builtin`'s
// entries first, then the imported ones, deduplicated by canonical name ignoring case, with
// built-in entries winning; the output starts with the sources' attribution. Fails when the
// directory holds none of the files.
Result<ImportStats> ImportOpenTaxonomies(const std::filesystem::path& source_dir,
                                         std::ostream& out_tsv, const Taxonomy& builtin);

// The same with Taxonomy::Builtin() as the built-in entries.
Result<ImportStats> ImportOpenTaxonomies(const std::filesystem::path& source_dir,
                                         std::ostream& out_tsv);

}  // namespace resumax::optimize

#pragma once

#include <string>

#include "app/config.h"

namespace resumax::app {

// `resumax optimize RESUME JD --out FILE`: the whole pipeline offline, no server: reads the
// resume (PDF, DOCX or text) and the job description (text or HTML), scores, proposes changes
// with the local engine, keeps what passes the truthfulness guard, and writes the result: JSON
// for FILE.json, the optimized resume for FILE.pdf, FILE.docx or FILE.txt (template "classic",
// "modern" or "compact"; paper "letter" or "a4"). Returns an exit code.
int OptimizeOffline(const std::string& resume_path, const std::string& job_path,
                    const std::string& out_path, const std::string& strategy,
                    const std::string& layout, const std::string& paper);

// `resumax taxonomy import DIR`: merges the open ESCO and O*NET files in DIR into
// <data dir>/taxonomy/imported.tsv, which `serve` adds to the built-in taxonomy.
int ImportTaxonomy(const Config& config, const std::string& source_dir);

}  // namespace resumax::app

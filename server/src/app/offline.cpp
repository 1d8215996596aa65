#include "app/offline.h"

#include <boost/json/serialize.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "adapters/export/writers.h"
#include "app/resume_parser_adapter.h"
#include "domain/document/document_json.h"
#include "domain/export/export_service.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/matching/job_analysis.h"
#include "domain/matching/taxonomy_import.h"
#include "domain/optimize/local_change_engine.h"
#include "domain/optimize/optimization_service.h"
#include "domain/optimize/optimize_steps.h"
#include "domain/resumes/file_types.h"

namespace resumax::app {
namespace {

std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string MimeTypeFor(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  if (extension == ".pdf" || extension == ".PDF") return std::string(resumes::kPdf);
  if (extension == ".docx" || extension == ".DOCX") return std::string(resumes::kDocx);
  if (extension == ".json" || extension == ".JSON") return "application/json";
  return std::string(resumes::kText);
}

}  // namespace

int OptimizeOffline(const std::string& resume_path, const std::string& job_path,
                    const std::string& out_path, const std::string& strategy,
                    const std::string& layout, const std::string& paper) {
  std::string extension = std::filesystem::path(out_path).extension().string();
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::optional<exporting::ExportFormat> format;
  if (extension == ".pdf") format = exporting::ExportFormat::kPdf;
  if (extension == ".docx") format = exporting::ExportFormat::kDocx;
  if (extension == ".txt") format = exporting::ExportFormat::kText;
  if (!format && extension != ".json") {
    std::cerr << "resumax: --out must end in .json, .pdf, .docx or .txt\n";
    return 2;
  }
  const auto chosen_strategy = optimize::ParseStrategy(strategy);
  if (!chosen_strategy) {
    std::cerr << "resumax: --strategy must be conservative, balanced or bold\n";
    return 2;
  }
  const auto chosen_layout = exporting::ParseTemplate(layout);
  const auto chosen_paper = exporting::ParsePaperSize(paper);
  if (!chosen_layout || !chosen_paper) {
    std::cerr << "resumax: --template must be classic, modern or compact; --paper letter or a4\n";
    return 2;
  }
  const auto resume_bytes = ReadFile(resume_path);
  if (!resume_bytes) {
    std::cerr << "resumax: cannot read " << resume_path << "\n";
    return 2;
  }
  const auto job_bytes = ReadFile(job_path);
  if (!job_bytes) {
    std::cerr << "resumax: cannot read " << job_path << "\n";
    return 2;
  }
  DocumentResumeParser parser;
  auto parsed = parser.Parse(*resume_bytes, MimeTypeFor(resume_path));
  if (!parsed) {
    std::cerr << "resumax: " << parsed.error().code << ": " << parsed.error().message << "\n";
    return 1;
  }
  const std::string job_text = jobs::SanitizeJobText(*job_bytes);
  const auto metadata =
      jobs::ExtractJobMetadata(job_text, std::nullopt, std::nullopt, std::nullopt);
  const auto& taxonomy = optimize::Taxonomy::Builtin();
  const auto analysis = optimize::AnalyzeJob(job_text, metadata.ToJson(), taxonomy);
  optimize::LocalChangeEngine engine;
  const optimize::OptimizeOutcome outcome = optimize::RunOptimizeSteps(
      parsed->document, parsed->text, analysis, taxonomy, engine, *chosen_strategy);
  boost::json::object out = optimize::ScoreJson(outcome.score);
  boost::json::array changes;
  for (const auto& change : outcome.guarded.kept) changes.push_back(optimize::ChangeJson(change));
  out["changes"] = std::move(changes);
  out["withheldChanges"] = outcome.guarded.dropped.size();
  out["optimizedScore"] = outcome.projected_score;
  out["optimizedSections"] = document::ToJson(outcome.optimized);
  out["jobMetadata"] = metadata.ToJson();
  std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
  if (!file) {
    std::cerr << "resumax: cannot write " << out_path << "\n";
    return 2;
  }
  if (format) {
    const exporting::PrintedResume document = exporting::ForPrint(outcome.optimized);
    file << exporting::Render(exporting::DefaultRenderers(), *format, document,
                              exporting::OptionsFor(document, *chosen_layout, *chosen_paper));
  } else {
    file << boost::json::serialize(out) << "\n";
  }
  if (!file.flush()) {
    std::cerr << "resumax: cannot write " << out_path << "\n";
    return 2;
  }
  std::cout << "score " << outcome.score.total << " -> " << outcome.projected_score << " with "
            << outcome.guarded.kept.size() << " changes (" << outcome.guarded.dropped.size()
            << " withheld); wrote " << out_path << "\n";
  return 0;
}

int ImportTaxonomy(const Config& config, const std::string& source_dir) {
  const auto directory = std::filesystem::path(config.data_dir) / "taxonomy";
  std::filesystem::create_directories(directory);
  const auto target = directory / "imported.tsv";
  std::ofstream out(target.string() + ".tmp", std::ios::binary | std::ios::trunc);
  auto stats = optimize::ImportOpenTaxonomies(source_dir, out);
  out.close();
  if (!stats) {
    std::filesystem::remove(target.string() + ".tmp");
    std::cerr << "resumax: " << stats.error().message << "\n";
    return 1;
  }
  std::filesystem::rename(target.string() + ".tmp", target);
  std::cout << "ESCO skills " << stats->esco_concepts << ", O*NET technologies "
            << stats->onet_technologies << ", tools " << stats->onet_tools << ", occupations "
            << stats->onet_occupations << "; " << stats->entries_written << " entries written to "
            << target.string() << "\n";
  return 0;
}

}  // namespace resumax::app

#include "app/offline.h"

#include <boost/json/serialize.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "app/resume_parser_adapter.h"
#include "domain/export/export_service.h"
#include "domain/job_descriptions/job_metadata.h"
#include "domain/job_descriptions/job_text_sanitizer.h"
#include "domain/optimize/apply_changes.h"
#include "domain/optimize/diff_words.h"
#include "domain/optimize/guard_truthfulness.h"
#include "domain/optimize/job_analysis.h"
#include "domain/optimize/optimization_service.h"
#include "domain/optimize/rewrite_engine.h"
#include "domain/optimize/scorer.h"
#include "domain/optimize/taxonomy_import.h"
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
  const auto score = optimize::Score(parsed->sections, parsed->text, analysis, taxonomy);
  auto proposed = optimize::ProposeLocalChanges(parsed->sections, analysis, score.keywords,
                                                optimize::ParseStrategy(strategy));
  std::vector<std::string> known;
  for (const auto& keyword : analysis.keywords) known.push_back(keyword.term);
  auto guarded = optimize::FilterChanges(parsed->sections, parsed->text, proposed, known);
  optimize::WeighChanges(parsed->sections, parsed->text, analysis, taxonomy, score.total, guarded);
  boost::json::array changes;
  for (auto& change : guarded.kept) {
    change.diff = optimize::WordDiff(change.before, change.after);
    changes.push_back(optimize::ChangeJson(change));
  }
  auto optimized = optimize::ApplyChanges(parsed->sections, guarded.kept);
  if (!optimized) {
    std::cerr << "resumax: " << optimized.error().message << "\n";
    return 1;
  }
  const auto after = optimize::Score(*optimized, parsed->text, analysis, taxonomy);
  boost::json::object out = optimize::ScoreJson(score);
  out["changes"] = std::move(changes);
  out["withheldChanges"] = guarded.dropped.size();
  out["optimizedScore"] = after.total;
  out["optimizedSections"] = *optimized;
  out["jobMetadata"] = metadata.ToJson();
  std::ofstream file(out_path, std::ios::binary | std::ios::trunc);
  if (!file) {
    std::cerr << "resumax: cannot write " << out_path << "\n";
    return 2;
  }
  if (format) {
    const exporting::ResumeDocument document = exporting::FromSections(*optimized);
    file << exporting::Render(*format, document,
                              exporting::OptionsFor(document, *chosen_layout, *chosen_paper));
  } else {
    file << boost::json::serialize(out) << "\n";
  }
  if (!file.flush()) {
    std::cerr << "resumax: cannot write " << out_path << "\n";
    return 2;
  }
  std::cout << "score " << score.total << " -> " << after.total << " with " << guarded.kept.size()
            << " changes (" << guarded.dropped.size() << " withheld); wrote " << out_path << "\n";
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

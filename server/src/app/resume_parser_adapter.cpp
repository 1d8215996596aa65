#include "app/resume_parser_adapter.h"

#include "adapters/documents/resume_reader.h"
#include "core/log.h"

namespace resumax::app {

Result<resumes::ParsedDocument> DocumentResumeParser::Parse(std::string_view bytes,
                                                            std::string_view mime_type) {
  auto output = documents::ParseResume(bytes, mime_type, documents::ParseLimits{});
  if (!output) return output.error();
  return resumes::ParsedDocument{std::move(output->parsed_text), std::move(output->document)};
}

Result<resumes::ParsedDocument> DocumentResumeParser::Inspect(std::string_view bytes,
                                                              std::string_view mime_type) {
  auto inspection = documents::InspectResume(bytes, mime_type, documents::ParseLimits{});
  if (!inspection) return inspection.error();
  return resumes::ParsedDocument{std::move(inspection->output.parsed_text),
                                 std::move(inspection->output.document),
                                 std::move(inspection->extracted_text),
                                 std::move(inspection->findings), std::move(inspection->pages)};
}

Result<resumes::ParsedDocument> AssistedResumeParser::Parse(std::string_view bytes,
                                                            std::string_view mime_type) {
  Result<resumes::ParsedDocument> parsed = inner_.Parse(bytes, mime_type);
  if (!parsed) return parsed;
  const std::vector<parsing::FieldQuestion> questions = parsing::QuestionsFor(parsed->document);
  if (questions.empty()) return parsed;
  Result<std::vector<parsing::FieldAnswer>> answers =
      assistant_.Answer(parsed->text, questions, parsed->document.contact);
  if (!answers) {
    log::Warn("parse_assist_skipped", {{"asked", questions.size()}});
    return parsed;
  }
  const std::size_t filled =
      parsing::ApplyAnswers(parsed->document, parsed->text, questions, *answers);
  log::Info("parse_assist_applied",
            {{"asked", questions.size()}, {"answered", answers->size()}, {"filled", filled}});
  return parsed;
}

}  // namespace resumax::app

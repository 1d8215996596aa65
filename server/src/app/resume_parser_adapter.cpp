#include "app/resume_parser_adapter.h"

#include "adapters/documents/resume_reader.h"

namespace resumax::app {

Result<resumes::ParsedDocument> DocumentResumeParser::Parse(std::string_view bytes,
                                                            std::string_view mime_type) {
  auto output = documents::ParseResume(bytes, mime_type, documents::ParseLimits{});
  if (!output) return output.error();
  return resumes::ParsedDocument{std::move(output->parsed_text), std::move(output->document)};
}

}  // namespace resumax::app

#pragma once

#include <string>

#include "domain/export/resume_document.h"

// The export formats' writers. The domain owns the interface: plain text is written here, PDF
// and DOCX by adapters (adapters/export/writers.h) that wiring hands to the export service.
// Each returns the whole file; none throws for any content of the document (long words, empty
// sections, any script), and all lay out the same sections in the same order with the same
// standard headings.
namespace resumax::exporting {

class Renderer {
 public:
  virtual ~Renderer() = default;
  virtual std::string Render(const PrintedResume& document, const RenderOptions& options) const = 0;
};

// The writer of each layout format.
struct Renderers {
  const Renderer* pdf = nullptr;
  const Renderer* docx = nullptr;
};

// UTF-8 plain text, '\n' line ends, the structure of the other formats.
std::string RenderText(const PrintedResume& document);

}  // namespace resumax::exporting

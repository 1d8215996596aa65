// Placeholder so the build configures; the DOCX writer replaces this file.
#include <stdexcept>

#include "domain/export/renderers.h"

namespace resumax::exporting {
std::string RenderDocx(const ResumeDocument&, const RenderOptions&) {
  throw std::runtime_error("DOCX export is not available yet");
}
}  // namespace resumax::exporting

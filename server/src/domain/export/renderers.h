#pragma once

#include <string>

#include "domain/export/resume_document.h"

// The three export formats. Each returns the whole file; they never throw for any content of
// the document (long words, empty sections, any script) and lay out the same sections in the
// same order with the same standard headings.
namespace resumax::exporting {

// UTF-8 plain text, '\n' line ends, the structure of the other formats.
std::string RenderText(const PrintedResume& document);

// PDF laid out with Pango and drawn with Cairo: selectable text, embedded font subsets, one
// column, never a heading alone at the foot of a page.
std::string RenderPdf(const PrintedResume& document, const RenderOptions& options);

// WordprocessingML (.docx) written with libzip and pugixml: Title / Heading 1 / List Bullet
// styles, real numbering for bullets, document properties, no tables or text boxes.
std::string RenderDocx(const PrintedResume& document, const RenderOptions& options);

}  // namespace resumax::exporting

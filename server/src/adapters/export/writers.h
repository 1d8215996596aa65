#pragma once

#include <string>

#include "domain/export/renderers.h"

// The PDF and DOCX writers behind the domain's Renderer interface.
namespace resumax::exporting {

// PDF laid out with Pango and drawn with Cairo: selectable text, embedded font subsets, one
// column, never a heading alone at the foot of a page.
std::string RenderPdf(const PrintedResume& document, const RenderOptions& options);

// WordprocessingML (.docx) written with libzip and pugixml: Title / Heading 1 / List Bullet
// styles, real numbering for bullets, document properties, no tables or text boxes.
std::string RenderDocx(const PrintedResume& document, const RenderOptions& options);

class PdfRenderer final : public Renderer {
 public:
  std::string Render(const PrintedResume& document, const RenderOptions& options) const override {
    return RenderPdf(document, options);
  }
};

class DocxRenderer final : public Renderer {
 public:
  std::string Render(const PrintedResume& document, const RenderOptions& options) const override {
    return RenderDocx(document, options);
  }
};

// Both, for whoever renders without wiring (the offline command, benchmarks, tests).
inline Renderers DefaultRenderers() {
  static const PdfRenderer pdf;
  static const DocxRenderer docx;
  return {&pdf, &docx};
}

}  // namespace resumax::exporting

// Which renderer draws each layout of layouts.json, by its id. A layout renders either one
// document at a time (`render(ctx, layout, person, file)` returning {variations, expected}) or a
// whole batch (`renderBatch(ctx, layout, people, dir)` returning [{person, file, variations,
// expected}]).
import { renderHtml } from './html.mjs';
import { renderLatex } from './latex.mjs';
import { renderPandoc } from './pandoc.mjs';
import { renderDocxJs } from './docxjs.mjs';
import { renderDocxJsTextbox, renderDocxJsTextboxBatch } from './docxjstextbox.mjs';
import { renderGroff } from './groff.mjs';
import { renderLibreOfficeBatch } from './libreoffice.mjs';
import { renderPythonDocx } from './pythondocx.mjs';
import { renderGridSidebar } from './gridsidebar.mjs';
import { renderRightSidebar } from './rightsidebar.mjs';
import { renderFloatSidebar } from './floatsidebar.mjs';
import { renderLinkedInProfile } from './linkedinprofile.mjs';
import { renderPythonDocxTable, renderPythonDocxTableBatch } from './pythondocxtable.mjs';
import { renderPythonDocxColumns, renderPythonDocxColumnsBatch } from './pythondocxcolumns.mjs';
import { renderPythonDocxNameTable, renderPythonDocxNameTableBatch } from './pythondocxnametable.mjs';
import { renderWeasyPrint } from './weasyprint.mjs';
import { renderWeasyPrintPhoto } from './weasyprintphoto.mjs';
import { renderWkhtmltopdf } from './wkhtmltopdf.mjs';
import { renderReportLab } from './reportlab.mjs';
import { renderPdfmake } from './pdfmake.mjs';
import { renderPlainTextBatch } from './plaintext.mjs';
import { renderPandocLatex } from './pandoclatex.mjs';
import { renderReactPdf } from './reactpdf.mjs';
import { renderLoWriterBatch } from './lowriter.mjs';
import { renderLoWriterNativeBatch } from './lowriternative.mjs';
import { renderAsciidoctor } from './asciidoctor.mjs';
import { renderDeedy } from './deedy.mjs';
import { renderJake } from './jake.mjs';
import { renderTypst } from './typst.mjs';
import { renderWordTemplate } from './wordtemplate.mjs';
import { renderAltaCv } from './altacv.mjs';
import { renderGroffMom } from './groffmom.mjs';
import { renderGroffMm } from './groffmm.mjs';
import { renderAwesome } from './awesome.mjs';
import { renderPdfkitDesign } from './pdfkitdesign.mjs';
import { renderGdocsTwoCol } from './gdocstwocol.mjs';
import { renderJsonTheme } from './jsonthemes.mjs';
import { renderCvSty } from './cvsty.mjs';
import { renderLoHtmlBatch } from './lohtml.mjs';

export function resolveLayout(id) {
  let m;
  if ((m = /^docx-js-(numbered|table)$/.exec(id))) return { engine: 'docx-js', ext: 'docx', kind: m[1], render: renderDocxJs };
  if (id === 'groff-ms') return { engine: 'groff', ext: 'pdf', render: renderGroff };
  if (id === 'groff-mom') return { engine: 'groff mom', ext: 'pdf', render: renderGroffMom };
  if (id === 'groff-mm') return { engine: 'groff mm', ext: 'pdf', render: renderGroffMm };
  if (id === 'docx-js-textbox') return { engine: 'docx-js', ext: 'docx', render: renderDocxJsTextbox };
  if (id === 'pdf-lo-textbox') return { engine: 'libreoffice', ext: 'pdf', renderBatch: renderDocxJsTextboxBatch };
  if ((m = /^pdf-lo-(numbered|table)$/.exec(id))) return { engine: 'libreoffice', ext: 'pdf', kind: m[1], renderBatch: renderLibreOfficeBatch };
  if (id === 'docx-lo-writer') return { engine: 'libreoffice', ext: 'docx', renderBatch: renderLoWriterBatch };
  if (id === 'docx-lo-html') return { engine: 'libreoffice', ext: 'docx', renderBatch: renderLoHtmlBatch };
  if (id === 'docx-lo-odt-native') return { engine: 'libreoffice', ext: 'docx', renderBatch: renderLoWriterNativeBatch };
  if (id === 'docx-python') return { engine: 'python-docx', ext: 'docx', render: renderPythonDocx };
  if (id === 'pdf-lo-nametable') return { engine: 'libreoffice', ext: 'pdf', renderBatch: renderPythonDocxNameTableBatch };
  if (id === 'docx-python-table') return { engine: 'python-docx', ext: 'docx', render: renderPythonDocxTable };
  if (id === 'pdf-lo-python-table') return { engine: 'libreoffice', ext: 'pdf', renderBatch: renderPythonDocxTableBatch };
  if (id === 'docx-python-columns') return { engine: 'python-docx', ext: 'docx', render: renderPythonDocxColumns };
  if (id === 'docx-python-nametable') return { engine: 'python-docx', ext: 'docx', render: renderPythonDocxNameTable };
  if (id === 'pdf-lo-python-columns') return { engine: 'libreoffice', ext: 'pdf', renderBatch: renderPythonDocxColumnsBatch };
  if (id === 'pdf-react-pdf') return { engine: 'react-pdf', ext: 'pdf', render: renderReactPdf };
  if (id === 'latex-pandoc') return { engine: 'pandoc+pdflatex', ext: 'pdf', render: renderPandocLatex };
  if (id === 'docx-pandoc-default') return { engine: 'pandoc', ext: 'docx', reference: 'default', render: renderPandoc };
  if (id === 'docx-pandoc-reference') return { engine: 'pandoc', ext: 'docx', reference: 'custom', render: renderPandoc };
  if ((m = /^latex-moderncv-(classic|casual|oldstyle|banking|fancy)$/.exec(id))) {
    return { engine: 'pdflatex', ext: 'pdf', template: 'moderncv', style: m[1], render: renderLatex };
  }
  const latex = { 'latex-europass': 'europass', 'latex-oneline': 'oneline', 'latex-sidebar-paracol': 'paracol',
    'latex-minipage-right': 'minipage', 'latex-currvita': 'currvita', 'latex-simplecv': 'simplecv',
    'latex-curve': 'curve', 'latex-readablecv': 'readablecv', 'latex-komacv': 'komacv' }[id];
  if (latex) return { engine: 'pdflatex', ext: 'pdf', template: latex, render: renderLatex };
  if (id === 'latex-deedy-twocol') return { engine: 'pdflatex', ext: 'pdf', render: renderDeedy };
  if (id === 'docx-word-template') return { engine: 'python-docx', ext: 'docx', render: renderWordTemplate };
  if (id === 'latex-altacv-right') return { engine: 'pdflatex', ext: 'pdf', render: renderAltaCv };
  if (id === 'latex-jake-tabular') return { engine: 'pdflatex', ext: 'pdf', render: renderJake };
  if (id === 'latex-cvsty') return { engine: 'pdflatex', ext: 'pdf', render: renderCvSty };
  if (id === 'latex-awesome-style') return { engine: 'pdflatex', ext: 'pdf', render: renderAwesome };
  if (id === 'pdf-typst') return { engine: 'typst', ext: 'pdf', render: renderTypst };
  if (id === 'html-grid-sidebar') return { engine: 'chromium', ext: 'pdf', render: renderGridSidebar };
  if (id === 'pdf-weasyprint-splitname') return { engine: 'weasyprint', ext: 'pdf', render: renderWeasyPrint };
  if (id === 'pdf-weasyprint-photoheader') return { engine: 'weasyprint', ext: 'pdf', render: renderWeasyPrintPhoto };
  if (id === 'pdf-wkhtmltopdf-labelcells') return { engine: 'wkhtmltopdf', ext: 'pdf', render: renderWkhtmltopdf };
  if (id === 'pdf-reportlab-colourbars') return { engine: 'reportlab', ext: 'pdf', render: renderReportLab };
  if (id === 'pdf-asciidoctor') return { engine: 'asciidoctor-pdf', ext: 'pdf', render: renderAsciidoctor };
  if (id === 'pdf-pdfkit-design') return { engine: 'pdfkit', ext: 'pdf', render: renderPdfkitDesign };
  if (id === 'pdf-pdfmake-twocol') return { engine: 'pdfmake', ext: 'pdf', render: renderPdfmake };
  if (id === 'pdf-lo-plaintext') return { engine: 'libreoffice', ext: 'pdf', renderBatch: renderPlainTextBatch };
  if (id === 'html-linkedin-profile') return { engine: 'chromium', ext: 'pdf', render: renderLinkedInProfile };
  if (id === 'html-docs-twocol') return { engine: 'chromium', ext: 'pdf', render: renderGdocsTwoCol };
  if (id === 'html-float-sidebar') return { engine: 'chromium', ext: 'pdf', render: renderFloatSidebar };
  if (id === 'html-right-sidebar') return { engine: 'chromium', ext: 'pdf', render: renderRightSidebar };
  if (/^html-(caffeine|cora|slick|simple-red|dinesh|straightforward|classy|mantra|compact|spartacus)$/.test(id)) return { engine: 'chromium', ext: 'pdf', render: renderJsonTheme };
  if ((m = /^html-(.+)$/.exec(id))) return { engine: 'chromium', ext: 'pdf', theme: m[1], render: renderHtml };
  throw new Error(`layouts.json: no renderer for layout "${id}" (see render/layouts.mjs)`);
}

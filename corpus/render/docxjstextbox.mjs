// docx-js-textbox: a Word document built with the npm `docx` package whose header is a text box:
// the name, headline and contact sit in a DrawingML rectangle (`wps:txbx`, as Word draws an
// inserted text box) filled with a dark or light colour or only outlined, the contact on one line
// or one item a line. Section headings are one-cell tables with a shaded cell; each job's
// "Title, Company" (or the company first) runs to its dates at the right margin over a dot or
// middle-dot leader (a right tab stop), its city on a small line under it, then Word-numbering
// bullets or a justified paragraph; schools and certificates on leader lines too; skills in a
// borderless two-column table (the group's name left, its items right); languages on one line.
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType, BorderStyle, Document, Footer, LevelFormat, Packer, PageNumber, Paragraph, ShadingType, Table,
  TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Garamond', 'Verdana', 'Book Antiqua'];
// [box fill, text colour, box line, heading shade, heading text colour]
const LOOKS = [
  ['1F3864', 'FFFFFF', 'none', 'D9E2F3', '1F3864'],
  ['2E4A3F', 'FFFFFF', 'none', 'E2EFD9', '2E4A3F'],
  ['404040', 'FFFFFF', 'none', 'E7E6E6', '262626'],
  ['F2F2F2', '1A1A1A', 'none', 'F2F2F2', '1A1A1A'],
  ['FBE4D5', '833C0B', 'none', 'FBE4D5', '833C0B'],
  ['none', '1F3864', '1F3864', '1F3864', 'FFFFFF'],
];
const BULLETS = ['•', '▪', '–', '○'];
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function footerChildren(style, m) {
  if (style === 'Page 1 of 2') return [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })];
  if (style === '1/2') return [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 16 })];
  return [new TextRun({ text: `${m.displayName} – Résumé`, size: 16 })];
}

export function buildTextboxDocx(layoutId, person) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose', 'swap', 'contactOneLine']);
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const size = rng.pick([19, 20, 21, 22]);
  const a4 = rng.chance(0.5);
  const margin = rng.pick([1008, 1134, 1296]);
  const [boxFill, boxText, boxLine, shade, headText] = rng.pick(LOOKS);
  const boxAlign = rng.pick(['left', 'centre']);
  const leader = rng.pick(['dot', 'middleDot']);
  const bullet = rng.pick(BULLETS);
  const sep = rng.pick([' | ', ' • ', '  ·  ']);
  const titleSep = rng.pick([', ', ' — ', ' at ']);
  const locationLine = rng.chance(0.6);
  const pageW = a4 ? 11906 : 12240;
  const pageH = a4 ? 16838 : 15840;
  const textW = pageW - 2 * margin;
  v.rec(`font:${font} ${size / 2}pt`);
  v.rec(`paper:${a4 ? 'A4' : 'Letter'}`);
  v.rec(`text-box:${boxFill === 'none' ? `outlined ${boxLine}` : `filled ${boxFill}`},${boxAlign}`);
  v.rec(`heading-cell:${shade}`);
  v.rec(`date-leader:${leader}`);
  v.rec(`bullet-char:${bullet}`);
  v.rec(`title-company-separator:${titleSep.trim() || ','}`);
  v.rec(locationLine ? 'job-location:own-line' : 'job-location:none');
  const m = docModel(person, v);

  // The header text box, as wide as the text.
  const align = boxAlign === 'centre' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const boxRun = (text, opts = {}) => new TextRun({ text, color: boxText, ...opts });
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  const boxParas = [
    new Paragraph({ alignment: align, spacing: { after: 40 }, children: [boxRun(m.displayName, { bold: true, size: rng.pick([36, 40, 44]) })] }),
    new Paragraph({ alignment: align, spacing: { after: 80 }, children: [boxRun(m.headline, { italics: true, size: size + 4 })] }),
    ...(v.contactOneLine ? [new Paragraph({ alignment: align, children: [boxRun(contact.join(sep), { size: size - 2 })] })]
      : contact.map((c) => new Paragraph({ alignment: align, children: [boxRun(c, { size: size - 2 })] }))),
  ];
  const box = new ShapeRun({
    type: 'rectangle',
    transformation: { width: Math.floor(textW / 15), height: 'fitText' },
    fill: boxFill === 'none' ? 'none' : { type: 'solid', color: boxFill },
    line: boxLine === 'none' ? 'none' : { color: boxLine, width: 1.5 },
    textOptions: { verticalAlignment: 'top', resizeShapeToFitText: true, margins: { top: 8, bottom: 8, left: 10, right: 10 } },
    children: boxParas,
    altText: { name: 'Header', description: `${m.displayName} – contact details` },
  });

  const heading = (text) => new Table({
    layout: TableLayoutType.FIXED,
    width: { size: textW, type: WidthType.DXA },
    columnWidths: [textW],
    borders: NO_BORDERS,
    rows: [new TableRow({
      cantSplit: true,
      children: [new TableCell({
        width: { size: textW, type: WidthType.DXA },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: shade },
        margins: { top: 40, bottom: 40, left: 100, right: 100 },
        verticalAlign: VerticalAlign.CENTER,
        children: [new Paragraph({ keepNext: true, children: [new TextRun({ text, bold: true, size: size + 4, color: headText })] })],
      })],
    })],
  });
  const gap = () => new Paragraph({ spacing: { before: 0, after: 0 }, children: [] });
  const tabs = [{ type: TabStopType.RIGHT, position: textW, leader }];
  const leaderLine = (runs, right, opts = {}) => new Paragraph({
    tabStops: tabs, keepNext: opts.keepNext ?? false, spacing: { before: opts.before ?? 60 },
    children: [...runs, ...(right ? [new TextRun(`\t${right}`)] : [])],
  });

  const body = [new Paragraph({ spacing: { after: 200 }, children: [box] })];
  if (m.summary) body.push(heading(m.heading('summary')), new Paragraph({ spacing: { before: 80 }, alignment: AlignmentType.JUSTIFIED, text: m.summary }));
  body.push(heading(m.heading('experience')));
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const sepText = v.swap && titleSep === ' at ' ? ', ' : titleSep;
    body.push(leaderLine([new TextRun({ text: a, bold: true }), new TextRun(sepText), new TextRun({ text: b, italics: v.swap })], j.dates,
      { keepNext: true, before: 140 }));
    if (locationLine && j.location) {
      body.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: j.location, italics: true, color: '7F7F7F', size: size - 2 })] }));
    }
    if (j.prose != null) body.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: 40 }, text: j.prose }));
    for (const x of j.bullets) body.push(new Paragraph({ text: x, numbering: { reference: 'corpus-bullets', level: 0 } }));
  }
  if (m.education.length) body.push(gap(), heading(m.heading('education')));
  for (const e of m.education) {
    body.push(leaderLine([new TextRun({ text: e.degree, bold: true }), new TextRun(`, ${e.school}`)], e.dates, { before: 100 }));
  }
  if (m.skills.length) {
    body.push(gap(), heading(m.heading('skills')), gap());
    const labelW = Math.round(textW * 0.27);
    body.push(new Table({
      layout: TableLayoutType.FIXED,
      width: { size: textW, type: WidthType.DXA },
      columnWidths: [labelW, textW - labelW],
      borders: NO_BORDERS,
      rows: m.skills.map((g) => new TableRow({
        children: [
          new TableCell({ width: { size: labelW, type: WidthType.DXA }, margins: { top: 30, bottom: 30, left: 100, right: 100 },
            children: [new Paragraph({ children: g.group ? [new TextRun({ text: g.group, bold: true })] : [] })] }),
          new TableCell({ width: { size: textW - labelW, type: WidthType.DXA }, margins: { top: 30, bottom: 30, left: 100, right: 100 },
            children: [new Paragraph({ text: g.items.join(', ') })] }),
        ],
      })),
    }));
  }
  if (m.certifications.length) {
    body.push(gap(), heading(m.heading('certifications')));
    for (const c of m.certifications) {
      body.push(leaderLine([new TextRun(c.name), ...(c.issuer ? [new TextRun({ text: `, ${c.issuer}`, italics: true })] : [])], c.date));
    }
  }
  if (m.languages.length) {
    body.push(gap(), heading(m.heading('languages')),
      new Paragraph({ spacing: { before: 80 }, text: m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(sep) }));
  }

  const doc = new Document({
    creator: m.displayName,
    title: `${m.displayName} – Résumé`,
    styles: { default: { document: { run: { font, size } } } },
    numbering: {
      config: [{
        reference: 'corpus-bullets',
        levels: [{ level: 0, format: LevelFormat.BULLET, text: bullet, alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 400, hanging: 260 } } } }],
      }],
    },
    features: { updateFields: false },
    ...(v.hyphenate ? { hyphenation: { autoHyphenation: true } } : {}),
    sections: [{
      properties: { page: { size: { width: pageW, height: pageH }, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
      footers: v.footer ? { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren(v.footer, m) })] }) } : undefined,
      children: body,
    }],
  });
  return { doc, variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderDocxJsTextbox(ctx, layout, person, outFile) {
  const { doc, variations, expected, checks } = buildTextboxDocx(layout.id, person);
  await writeFile(outFile, await Packer.toBuffer(doc));
  return { variations, expected, checks };
}

// pdf-lo-textbox: the documents (seeded with this layout's id) converted to PDF by LibreOffice, so
// the text box, the shaded heading cells and the leader tabs are drawn as a PDF's positioned text.
export async function renderDocxJsTextboxBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'docx-js', async (person, file) => {
    const { doc, variations, expected, checks } = buildTextboxDocx(layout.id, person);
    await writeFile(file, await Packer.toBuffer(doc));
    return { variations, expected, checks };
  });
}

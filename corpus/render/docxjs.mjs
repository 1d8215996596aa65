// The npm `docx` package: Word documents built element by element.
// - numbered: bullets as real Word numbering definitions, dates right-aligned on the title line
//   by a right tab stop, contact details in the page header, headings as Word heading styles or
//   as bold paragraphs (by seed).
// - table: a two-column layout table (sidebar cell: contact, skills, languages; main cell:
//   experience, education), the headline in a text frame, a page-number footer.
import { writeFile } from 'node:fs/promises';
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeadingLevel, LevelFormat,
  Packer, PageNumber, Paragraph, SymbolRun, Table, TableCell, TableLayoutType, TableRow, TabStopType, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { chooseVariations, dateChecks, docModel, expectedFor } from './common.mjs';

const FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Times New Roman', 'Garamond'];
const BULLETS = ['•', '◦', '▪', '–', '➢', '✓'];
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function footerChildren(style, m) {
  if (style === 'Page 1 of 2') return [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16 })];
  if (style === '1/2') return [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES], size: 16 })];
  return [new TextRun({ text: `${m.displayName} – Résumé`, size: 16 })];
}

// A link: its text, or (icons) a symbol carrying the hyperlink.
function linkRun(l, icons) {
  return new ExternalHyperlink({
    link: l.url,
    children: [icons ? new SymbolRun({ char: 'F0E8', symbolfont: 'Wingdings', style: 'Hyperlink' })
      : new TextRun({ text: l.label, style: 'Hyperlink' })],
  });
}

function contactRuns(m, v, sep) {
  const runs = [new TextRun(m.email), new TextRun(sep), new TextRun(m.phone), new TextRun(sep), new TextRun(m.location)];
  for (const l of m.links) runs.push(new TextRun(sep), linkRun(l, v.icons));
  return runs;
}

// (LibreOffice does not split a table row whose paragraphs are kept with the next one, so the
// table layout keeps nothing together.)
function heading(text, v, { keep = true } = {}) {
  if (v.headingsAsStyles) return new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
  return new Paragraph({
    children: [new TextRun({ text, bold: true, size: 24, color: '1F3864' })],
    spacing: { before: 240, after: 80 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '8EAADB', space: 1 } },
    keepNext: keep,
  });
}

function jobParagraphs(j, v, { tabRight, bulletRef, keep = true }) {
  const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
  const out = [
    new Paragraph({
      keepNext: keep,
      spacing: { before: 160 },
      tabStops: tabRight ? [{ type: TabStopType.RIGHT, position: tabRight }] : undefined,
      children: [new TextRun({ text: a, bold: true }), new TextRun(', '), new TextRun(b),
        ...(tabRight ? [new TextRun({ text: `\t${j.dates}` })] : [])],
    }),
  ];
  const sub = [j.location, tabRight ? null : j.dates].filter(Boolean).join(' | ');
  if (sub) out.push(new Paragraph({ keepNext: keep, children: [new TextRun({ text: sub, italics: true, color: '595959' })] }));
  if (j.prose != null) out.push(new Paragraph({ text: j.prose, spacing: { after: 60 } }));
  for (const bullet of j.bullets) out.push(new Paragraph({ text: bullet, numbering: { reference: bulletRef, level: 0 } }));
  return out;
}

function skillsParagraphs(m, v, { bulletRef, perLine }) {
  const out = [];
  for (const g of m.skills) {
    if (perLine) {
      if (g.group) out.push(new Paragraph({ children: [new TextRun({ text: g.group, bold: true })] }));
      for (const it of g.items) out.push(new Paragraph({ text: it, numbering: bulletRef ? { reference: bulletRef, level: 0 } : undefined }));
    } else {
      out.push(new Paragraph({ children: [...(g.group ? [new TextRun({ text: `${g.group}: `, bold: true })] : []), new TextRun(g.items.join(', '))] }));
    }
  }
  return out;
}

function numberingConfig(v) {
  const bullet = BULLETS[Math.floor(v.seedA * BULLETS.length)];
  v.rec(`bullet-char:${bullet}`);
  return {
    config: [{
      reference: 'corpus-bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: bullet, alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
    }],
  };
}

function documentOptions(v, m, sections, { keep = true } = {}) {
  const font = FONTS[Math.floor(v.seedB * FONTS.length)];
  const size = [20, 21, 22][Math.floor(v.seedB * 30) % 3];
  v.rec(`font:${font} ${size / 2}pt`);
  return {
    creator: m.displayName,
    title: `${m.displayName} – Résumé`,
    styles: {
      default: { document: { run: { font, size } } },
      paragraphStyles: [
        { id: 'Heading1', name: 'Heading 1', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { size: 26, bold: true, color: '2F5496', allCaps: !!v.capsHeadingsByStyle }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: keep } },
        { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', quickFormat: true,
          run: { size: 44, bold: true }, paragraph: { spacing: { after: 40 } } },
      ],
    },
    numbering: numberingConfig(v),
    features: { updateFields: false },
    ...(v.hyphenate ? { hyphenation: { autoHyphenation: true } } : {}),
    sections,
  };
}

// ---------------------------------------------------------------------------------------------
function buildNumbered(m, v) {
  const sep = [' | ', ' · ', '   '][Math.floor(v.seedA * 30) % 3];
  const header = new Header({
    children: v.contactOneLine
      ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: contactRuns(m, v, sep) })]
      : [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(m.email)] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(m.phone)] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(m.location)] }),
        ...m.links.map((l) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [linkRun(l, v.icons)] }))],
  });
  const tabRight = 11906 - 2 * 1134; // the right margin of an A4 page with 2 cm margins
  const body = [
    new Paragraph({ heading: v.headingsAsStyles ? HeadingLevel.TITLE : undefined,
      children: [new TextRun({ text: m.displayName, bold: true, size: v.headingsAsStyles ? undefined : 40 })] }),
    new Paragraph({ children: [new TextRun({ text: m.headline, italics: true, size: 26 })], spacing: { after: 120 } }),
  ];
  if (m.summary) body.push(heading(m.heading('summary'), v), new Paragraph({ text: m.summary }));
  body.push(heading(m.heading('experience'), v));
  for (const j of m.jobs) body.push(...jobParagraphs(j, v, { tabRight, bulletRef: 'corpus-bullets' }));
  if (m.education.length) body.push(heading(m.heading('education'), v));
  for (const e of m.education) {
    body.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: tabRight }], spacing: { before: 120 },
      children: [new TextRun({ text: e.degree, bold: true }), new TextRun(`, ${e.school}`), new TextRun(`\t${e.dates}`)] }));
  }
  if (m.skills.length) {
    body.push(heading(m.heading('skills'), v));
    const perLine = v.seedA * 7 % 1 < 0.4;
    v.rec(perLine ? 'skills:bulleted' : 'skills:group-lines');
    body.push(...skillsParagraphs(m, v, { bulletRef: 'corpus-bullets', perLine }));
  }
  if (m.certifications.length) {
    body.push(heading(m.heading('certifications'), v));
    for (const c of m.certifications) {
      body.push(new Paragraph({ tabStops: [{ type: TabStopType.RIGHT, position: tabRight }],
        children: [new TextRun(c.name), new TextRun(c.issuer ? `, ${c.issuer}` : ''), new TextRun(`\t${c.date}`)] }));
    }
  }
  if (m.languages.length) {
    body.push(heading(m.heading('languages'), v), new Paragraph({ text: m.languages.map((l) => `${l.language} (${l.fluency})`).join(', ') }));
  }
  const footer = v.footer ? new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren(v.footer, m) })] }) : undefined;
  return new Document(documentOptions(v, m, [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1300, bottom: 1000, left: 1134, right: 1134, header: 500 } } },
    headers: { default: header },
    footers: footer ? { default: footer } : undefined,
    children: body,
  }]));
}

// ---------------------------------------------------------------------------------------------
function buildTable(m, v) {
  // Text widths in twips (A4 with 0.75in margins is 9746 wide).
  const total = 9746;
  const sideW = Math.round(total * [0.3, 0.33, 0.36][Math.floor(v.seedA * 3)]);
  const mainW = total - sideW;
  const sideLeft = v.sidebarLeft;
  v.rec(`sidebar:${sideLeft ? 'left' : 'right'} ${Math.round(sideW / total * 100)}%`);
  const shade = v.seedB * 9 % 1 < 0.5;
  const sideHeading = (t) => new Paragraph({ children: [new TextRun({ text: t, bold: true, size: 22, color: '1F3864' })], spacing: { before: 200, after: 60 } });
  const side = [sideHeading(v.capsHeadings ? 'CONTACT' : 'Contact'),
    new Paragraph({ text: m.email }), new Paragraph({ text: m.phone }), new Paragraph({ text: m.location }),
    ...m.links.map((l) => new Paragraph({ children: [linkRun(l, v.icons)] }))];
  if (m.skills.length) {
    side.push(sideHeading(m.heading('skills')));
    const perLine = v.seedA * 7 % 1 < 0.6;
    v.rec(perLine ? 'skills:one-per-line' : 'skills:group-lines');
    side.push(...skillsParagraphs(m, v, { perLine }));
  }
  if (m.languages.length) {
    side.push(sideHeading(m.heading('languages')), ...m.languages.map((l) => new Paragraph({ text: `${l.language} – ${l.fluency}` })));
  }
  const main = [];
  const keep = false;
  if (m.summary) main.push(heading(m.heading('summary'), v, { keep }), new Paragraph({ text: m.summary }));
  main.push(heading(m.heading('experience'), v, { keep }));
  for (const j of m.jobs) main.push(...jobParagraphs(j, v, { tabRight: null, bulletRef: 'corpus-bullets', keep }));
  if (m.education.length) main.push(heading(m.heading('education'), v, { keep }));
  for (const e of m.education) {
    main.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: e.degree, bold: true })] }),
      new Paragraph({ children: [new TextRun(e.school), new TextRun({ text: e.dates ? ` (${e.dates})` : '', color: '595959' })] }));
  }
  if (m.certifications.length) {
    main.push(heading(m.heading('certifications'), v, { keep }));
    for (const c of m.certifications) main.push(new Paragraph({ text: `${c.name}${c.issuer ? `, ${c.issuer}` : ''}${c.date ? ` – ${c.date}` : ''}` }));
  }
  const margins = { top: 80, bottom: 80, left: 140, right: 140 };
  const sideCell = new TableCell({ children: side, width: { size: sideW, type: WidthType.DXA }, margins,
    shading: shade ? { fill: 'EDF2F9', color: 'auto', type: 'clear' } : undefined, verticalAlign: VerticalAlign.TOP });
  const mainCell = new TableCell({ children: main, width: { size: mainW, type: WidthType.DXA }, margins });
  const table = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: sideLeft ? [sideW, mainW] : [mainW, sideW],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: sideLeft ? [sideCell, mainCell] : [mainCell, sideCell] })],
  });
  // The headline in a text frame at the top right, beside the name.
  const headline = new Paragraph({
    frame: { type: 'alignment', width: 3600, height: 500, rule: 'atLeast', anchor: { horizontal: 'margin', vertical: 'margin' },
      alignment: { x: 'right', y: 'top' }, wrap: 'around' },
    alignment: AlignmentType.RIGHT,
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '8EAADB', space: 4 }, bottom: { style: BorderStyle.SINGLE, size: 6, color: '8EAADB', space: 4 } },
    children: [new TextRun({ text: m.headline, italics: true, size: 24 })],
  });
  v.rec('headline:text-frame');
  const footerStyle = v.footer ?? 'Page 1 of 2';
  if (!v.footer) v.rec(`footer:${footerStyle}`);
  return new Document(documentOptions(v, m, [{
    properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1080, bottom: 1080, left: 1080, right: 1080 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${m.displayName} – ${m.email}`, size: 16, color: '7F7F7F' })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: footerChildren(footerStyle, m) })] }) },
    children: [
      headline,
      new Paragraph({ children: [new TextRun({ text: m.displayName, bold: true, size: 44 })], spacing: { after: 480 } }),
      table,
      new Paragraph({ text: '' }),
    ],
  }], { keep }));
}

// ---------------------------------------------------------------------------------------------
export async function buildDocx(layoutId, kind, person) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer',
    'hyphenate', 'prose', 'swap', 'contactOneLine', 'headingStyles']);
  if (v.capsHeadings && v.headingsAsStyles) {
    // Capitals by the heading style (w:caps): the text stays as typed, Word shows it in capitals.
    v.capsHeadings = false;
    v.capsHeadingsByStyle = true;
    v.list = v.list.map((x) => (x === 'caps-headings' ? 'caps-headings-by-style' : x));
  }
  const m = docModel(person, v);
  const doc = kind === 'numbered' ? buildNumbered(m, v) : buildTable(m, v);
  const buffer = await Packer.toBuffer(doc);
  return { buffer, variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderDocxJs(ctx, layout, person, outFile) {
  const { buffer, variations, expected, checks } = await buildDocx(layout.id, layout.kind, person);
  await writeFile(outFile, buffer);
  return { variations, expected, checks };
}

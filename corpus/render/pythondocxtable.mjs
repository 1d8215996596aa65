// docx-python-table and pdf-lo-python-table: a Word document laid out with tables by python-docx
// (`docx_python_table.py` writes it from the spec decided here), and the same documents converted
// to PDF by LibreOffice. A two-cell table at the top holds the name and headline (left) and the
// contact lines (right); section headings are bold paragraphs with a bottom border or shading;
// every job, school and certificate is a row of a borderless two-column table, the dates in the
// narrow left cell (on one line or two) and the title, company and bullets in the right cell;
// skills fill a three-column table of items.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';
import { runPython } from './pythondocx.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx_python_table.py');
const FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Garamond', 'Verdana'];
const COLOURS = [['1F3864', 'D9E2F3'], ['833C0B', 'FBE4D5'], ['385623', 'E2EFD9'], ['404040', 'E7E6E6']];

// A range as the lines of its date cell: whole, or "Jun 2019 –" over "Present". A month and its
// year are joined by a no-break space, so that a range wraps in the narrow cell only around its
// separator.
function dateLines(text, end, twoLines) {
  if (!text) return [];
  const keep = (s) => s.replace(/(\p{L}\.?) (\d{4})/gu, '$1\u00a0$2');
  return twoLines && end && text !== end && text.endsWith(end)
    ? [keep(text.slice(0, text.length - end.length).trimEnd()), keep(end)] : [keep(text)];
}

function sections(m, v, twoLines) {
  const out = [];
  if (m.summary) out.push({ heading: m.heading('summary'), kind: 'text', text: m.summary });
  out.push({
    heading: m.heading('experience'),
    kind: 'dated',
    rows: m.jobs.map((j) => {
      const where = `${j.company}${j.location ? `, ${j.location}` : ''}`;
      return {
        dates: dateLines(j.dates, j.end, twoLines),
        lines: v.swap ? [[where, true, false], [j.title, false, true]] : [[j.title, true, false], [where, false, true]],
        prose: j.prose,
        bullets: j.bullets,
      };
    }),
  });
  if (m.education.length) {
    out.push({
      heading: m.heading('education'),
      kind: 'dated',
      rows: m.education.map((e) => ({
        dates: dateLines(e.dates, e.dates.split(/\s+(?:–|-|—|to)\s+/).pop(), twoLines),
        lines: [[e.degree, true, false], [`${e.school}${e.location ? `, ${e.location}` : ''}`, false, false]],
      })),
    });
  }
  if (m.skills.length) out.push({ heading: m.heading('skills'), kind: 'skills', groups: m.skills });
  if (m.certifications.length) {
    out.push({
      heading: m.heading('certifications'),
      kind: 'dated',
      rows: m.certifications.map((c) => ({
        dates: dateLines(c.date, c.date, false),
        lines: [[c.name, true, false], ...(c.issuer ? [[c.issuer, false, true]] : [])],
      })),
    });
  }
  if (m.languages.length) {
    out.push({ heading: m.heading('languages'), kind: 'lines',
      lines: [m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ')] });
  }
  return out;
}

// Decides the layout of one document, writes it to `outFile` and returns its truth.
export async function buildPythonDocxTable(layoutId, person, outFile) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose', 'swap']);
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const size = rng.pick([9.5, 10, 10.5, 11]);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const [colour, shade] = rng.pick(COLOURS);
  const headingLook = rng.chance(0.5) ? 'shaded' : 'bottom-border';
  const twoLines = rng.chance(0.5);
  const dateWidth = rng.pick([1.45, 1.6, 1.75]);
  const skillsGrid = rng.chance(0.4);
  v.rec(`font:${font} ${size}pt`);
  v.rec(`paper:${paper}`);
  v.rec(`headings:${headingLook}`);
  v.rec(twoLines ? 'date-cell:two-lines' : 'date-cell:one-line');
  v.rec(`date-cell-width:${dateWidth}in`);
  v.rec(skillsGrid ? 'skills-table:grid' : 'skills-table:borderless');
  const m = docModel(person, v);
  const spec = {
    name: m.displayName,
    headline: m.headline,
    contact: [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean),
    paper,
    margin: rng.pick([0.6, 0.75, 0.9]),
    font,
    size,
    nameSize: rng.pick([20, 22, 24]),
    headerSplit: rng.pick([0.55, 0.6]),
    colour,
    shade,
    headingLook,
    dateWidth,
    skillsGrid,
    hyphenate: !!v.hyphenate,
    footer: v.footer ?? null,
    footerText: `${m.displayName} – Résumé`,
    sections: sections(m, v, twoLines),
  };
  await runPython(outFile, spec, SCRIPT);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderPythonDocxTable(ctx, layout, person, outFile) {
  return buildPythonDocxTable(layout.id, person, outFile);
}

// pdf-lo-python-table: the documents (seeded with this layout's id) converted by LibreOffice.
export async function renderPythonDocxTableBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'python-docx', (person, file) => buildPythonDocxTable(layout.id, person, file));
}

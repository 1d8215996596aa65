// docx-python-columns and pdf-lo-python-columns: a Word document in sections with columns, written
// by python-docx (`docx_python_columns.py` writes it from the spec decided here), and the same
// documents converted to PDF by LibreOffice. A one-column section at the top holds the name,
// headline and contact (and the summary on some documents); after a continuous section break the
// body is set in two newspaper columns (w:cols w:num="2"), the experience flowing from the left
// column into the right one. On some documents a second continuous break ends the columns, so
// that the skills, certificates and languages run at full width under them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';
import { runPython } from './pythondocx.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx_python_columns.py');
const FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Garamond', 'Book Antiqua'];
const COLOURS = ['1F3864', '2E74B5', '833C0B', '385623', null];

// The sections of the document as the spec lists them.
function sections(m, v, datesWithSub) {
  const out = {};
  if (m.summary) out.summary = { heading: m.heading('summary'), kind: 'text', text: m.summary };
  out.experience = {
    heading: m.heading('experience'),
    kind: 'jobs',
    jobs: m.jobs.map((j) => {
      const where = `${j.company}${j.location ? `, ${j.location}` : ''}`;
      return { head: v.swap ? where : j.title, sub: v.swap ? j.title : where, dates: j.dates, datesWithSub,
        prose: j.prose, bullets: j.bullets };
    }),
  };
  if (m.education.length) {
    out.education = { heading: m.heading('education'), kind: 'entries',
      entries: m.education.map((e) => ({ bold: e.degree, rest: `${e.school}${e.location ? `, ${e.location}` : ''}`, dates: e.dates })) };
  }
  if (m.skills.length) {
    out.skills = { heading: m.heading('skills'), kind: 'labelled',
      rows: m.skills.map((g) => ({ label: g.group, text: g.items.join(', ') })) };
  }
  if (m.certifications.length) {
    out.certifications = { heading: m.heading('certifications'), kind: 'entries',
      entries: m.certifications.map((c) => ({ bold: c.name, rest: c.issuer, dates: c.date })) };
  }
  if (m.languages.length) {
    out.languages = { heading: m.heading('languages'), kind: 'labelled',
      rows: [{ label: '', text: m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ') }] };
  }
  return out;
}

// Decides the layout of one document, writes it to `outFile` and returns its truth.
export async function buildPythonDocxColumns(layoutId, person, outFile) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose', 'swap', 'contactOneLine', 'headingStyles']);
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const size = rng.pick([9.5, 10, 10.5, 11]);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const colour = rng.pick(COLOURS);
  const centred = rng.chance(0.5);
  const summaryInHeader = rng.chance(0.5);
  const fullWidthTail = rng.chance(0.5);
  const columnRule = rng.chance(0.4);
  const columnSpace = rng.pick([0.3, 0.4, 0.5]);
  const datesWithSub = rng.chance(0.4);
  const skillsLook = rng.pick(['label-colon', 'group-over-items']);
  v.rec(`font:${font} ${size}pt`);
  v.rec(`paper:${paper}`);
  v.rec(centred ? 'header:centred' : 'header:left');
  v.rec(summaryInHeader ? 'summary:full-width' : 'summary:in-columns');
  v.rec(fullWidthTail ? 'columns:end-before-skills' : 'columns:to-the-end');
  if (columnRule) v.rec('columns:rule-between');
  v.rec(`column-gap:${columnSpace}in`);
  v.rec(datesWithSub ? 'job-dates:after-company' : 'job-dates:own-line');
  v.rec(`skills:${skillsLook}`);
  const m = docModel(person, v);
  const s = sections(m, v, datesWithSub);
  const pick = (...keys) => keys.map((k) => s[k]).filter(Boolean);
  const spec = {
    name: m.displayName,
    headline: m.headline,
    contact: [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean),
    contactOneLine: !!v.contactOneLine,
    centred,
    paper,
    margin: rng.pick([0.6, 0.75, 0.9]),
    font,
    size,
    nameSize: rng.pick([20, 22, 24, 26]),
    headingColour: colour,
    headingStyles: !!v.headingsAsStyles,
    skillsLook,
    columnSpace,
    columnRule,
    hyphenate: !!v.hyphenate,
    footer: v.footer ?? null,
    footerText: `${m.displayName} – Résumé`,
    headerSections: summaryInHeader ? pick('summary') : [],
    columnSections: [...(summaryInHeader ? [] : pick('summary')), ...pick('experience', 'education'),
      ...(fullWidthTail ? [] : pick('skills', 'certifications', 'languages'))],
    afterSections: fullWidthTail ? pick('skills', 'certifications', 'languages') : [],
  };
  await runPython(outFile, spec, SCRIPT);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderPythonDocxColumns(ctx, layout, person, outFile) {
  return buildPythonDocxColumns(layout.id, person, outFile);
}

// pdf-lo-python-columns: the documents (seeded with this layout's id) converted by LibreOffice.
export async function renderPythonDocxColumnsBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'python-docx', (person, file) => buildPythonDocxColumns(layout.id, person, file));
}

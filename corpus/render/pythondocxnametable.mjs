// docx-python-nametable: a Word document written by python-docx (`docx_python_nametable.py` writes
// it from the spec decided here). The name, with its post-nominals after a comma (smaller or at the
// name's size), and the headline under it sit in the left cell of a borderless one-row layout
// table; the e-mail, phone, city and links are stacked right-aligned in the right cell. Section
// headings are bold small capitals (Word's w:smallCaps) over a bottom border. Each job is
// "Company — City" in bold, then the title in italics with the dates pushed right by a right tab
// stop on the same line, then "List Bullet" items (Word numbering bullets) or a paragraph. Schools
// come school first: "School, City" in bold over the degree in italics with the years right-tabbed.
// Skills are "Group: a, b, c" lines; certificates and languages plain lines.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, dateRange, docModel, expectedFor, makeRng } from './common.mjs';
import { runPython } from './pythondocx.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx_python_nametable.py');
const FONTS = ['Calibri', 'Garamond', 'Georgia', 'Arial', 'Cambria', 'Palatino Linotype'];
const COLOURS = ['000000', '1F3864', '7B2C2C', '2F5233', '404040'];
const CITY_SEPARATORS = [' — ', ' | ', ', '];

// A school's years ("2014 – 2018", or the end year alone), with the document's range separator.
function schoolYears(ed, v) {
  if (!ed.start && !ed.end) return '';
  const r = dateRange({ start: ed.start ?? ed.end, end: ed.end }, { ...v, dateStyle: '2019' });
  return ed.start ? r.text : r.end;
}

function sections(m, v, person, citySep) {
  const out = [];
  if (m.summary) out.push({ heading: m.heading('summary'), kind: 'text', lines: [m.summary] });
  out.push({
    heading: m.heading('experience'),
    kind: 'entries',
    entries: m.jobs.map((j) => ({ head: `${j.company}${j.location ? `${citySep}${j.location}` : ''}`, sub: j.title,
      dates: j.dates, prose: j.prose, bullets: j.bullets })),
  });
  if (m.education.length) {
    out.push({
      heading: m.heading('education'),
      kind: 'entries',
      entries: person.education.map((e) => ({ head: `${e.school}${e.location ? `, ${e.location}` : ''}`, sub: e.degree,
        dates: schoolYears(e, v), prose: null, bullets: [] })),
    });
  }
  if (m.skills.length) {
    out.push({ heading: m.heading('skills'), kind: 'labelled',
      rows: m.skills.map((g) => ({ label: g.group, text: g.items.join(', ') })) });
  }
  if (m.certifications.length) {
    out.push({ heading: m.heading('certifications'), kind: 'text',
      lines: m.certifications.map((c) => [c.name, c.issuer, c.date].filter(Boolean).join(', ')) });
  }
  if (m.languages.length) {
    out.push({ heading: m.heading('languages'), kind: 'text',
      lines: [m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ')] });
  }
  return out;
}

export async function renderPythonDocxNameTable(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsName', 'footer', 'hyphenate', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const size = rng.pick([10, 10.5, 11]);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const colour = rng.pick(COLOURS);
  const citySep = rng.pick(CITY_SEPARATORS);
  const postSmall = rng.chance(0.5);
  const headerSplit = rng.pick([0.55, 0.6, 0.65]);
  v.rec(`font:${font} ${size}pt`);
  v.rec(`paper:${paper}`);
  v.rec(`heading-colour:${colour}`);
  v.rec(`company-city-separator:${citySep.trim() || 'space'}`);
  if (person.postNominals) v.rec(postSmall ? 'post-nominals:smaller' : 'post-nominals:same-size');
  v.rec('education:school-first,years');
  v.rec('headings:small-caps,bottom-border');
  const m = docModel(person, v);
  const spec = {
    name: m.name,
    postNominals: m.postNominals,
    postSmall,
    displayName: m.displayName,
    headline: m.headline,
    contact: [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean),
    paper,
    margin: rng.pick([0.6, 0.75, 0.9]),
    font,
    size,
    nameSize: rng.pick([20, 22, 24]),
    headerSplit,
    colour,
    hyphenate: !!v.hyphenate,
    footer: v.footer ?? null,
    footerText: `${m.displayName} – Résumé`,
    sections: sections(m, v, person, citySep),
  };
  await runPython(outFile, spec, SCRIPT);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// pdf-lo-nametable: the documents (seeded with this layout's id) converted to PDF by LibreOffice.
export async function renderPythonDocxNameTableBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'python-docx', (person, file) => renderPythonDocxNameTable(ctx, layout, person, file));
}

// pdf-reportlab-colourbars: a PDF written directly by ReportLab's platypus (Debian's
// python3-reportlab), as report-generating Python scripts make them: no HTML and no word
// processor. The layout is decided here and handed to `reportlab_resume.py` as a JSON spec: the
// name in bold at the left with the post-nominals smaller beside it (after a comma or not) and the
// headline under it; the contact in a two-row table at the top right (e-mail and phone over the
// city and the links); section headings on a coloured bar (a full-width filled bar with white
// text, a narrow bar at the heading's left, or a thick coloured rule under it); each job a
// two-cell table row with the title in bold and the dates right-aligned (the company in bold with
// `company-before-title`), the company (or title) and city in grey italics on the next line, then
// a ListFlowable with a seeded glyph ("▪", "–", "›" or "»") or a paragraph; schools as
// "Degree, School (Year)" lines, certificates as "Name, Issuer (date)"; skills as
// "Group: a, b, c" lines; languages on one line; a page-number or name footer drawn on the canvas.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, parseYm } from './common.mjs';
import { runPython } from './pythondocx.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reportlab_resume.py');
const FONTS = ['DejaVuSans', 'DejaVuSerif', 'LiberationSans', 'LiberationSerif', 'Carlito'];
const ACCENTS = ['#1f4e79', '#7b2d26', '#2e6b3a', '#4b4b4b', '#5a3d8a', '#b5651d'];
const BULLETS = [['small-square', '▪'], ['en-dash', '–'], ['single-guillemet', '›'], ['guillemet', '»']];

// The year a school line prints: the end year, or the start year of a course without an end.
function schoolYear(ed) {
  const ym = ed.end ?? ed.start;
  return ym ? String(parseYm(ym).y) : '';
}

export async function renderReportLab(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const size = rng.pick([9.5, 10, 10.5]);
  const bar = rng.pick(['full', 'left', 'rule']);
  const bullet = rng.pick(BULLETS);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const accent = rng.pick(ACCENTS);
  const postComma = rng.chance(0.5);
  v.rec(`font:${font} ${size}pt`);
  v.rec(`paper:${paper}`);
  v.rec(`heading-bar:${bar} ${accent}`);
  v.rec(`item-mark:${bullet[0]}`);
  if (person.postNominals) v.rec(postComma ? 'post-nominals:after-comma' : 'post-nominals:after-space');
  const m = docModel(person, v);

  const sections = [];
  if (m.summary) sections.push({ heading: m.heading('summary'), kind: 'text', text: m.summary });
  sections.push({
    heading: m.heading('experience'),
    kind: 'jobs',
    jobs: m.jobs.map((j) => {
      const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
      return { first, second: j.location ? `${second}, ${j.location}` : second, dates: j.dates, prose: j.prose, bullets: j.bullets };
    }),
  });
  if (m.education.length) {
    sections.push({ heading: m.heading('education'), kind: 'lines', rows: person.education.map((ed) => {
      const year = schoolYear(ed);
      return { label: '', text: `${ed.degree}, ${ed.school}${year ? ` (${year})` : ''}` };
    }) });
  }
  if (m.skills.length) {
    sections.push({ heading: m.heading('skills'), kind: 'lines', rows: m.skills.map((g) => ({ label: g.group, text: g.items.join(', ') })) });
  }
  if (m.certifications.length) {
    sections.push({ heading: m.heading('certifications'), kind: 'lines', rows: m.certifications.map((c) => ({
      label: '', text: `${c.name}${c.issuer ? `, ${c.issuer}` : ''}${c.date ? ` (${c.date})` : ''}` })) });
  }
  if (m.languages.length) {
    sections.push({ heading: m.heading('languages'), kind: 'lines',
      rows: [{ label: '', text: m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ') }] });
  }
  const links = m.links.map((l) => l.label).join(' · ');
  const spec = {
    name: m.name,
    postNominals: m.postNominals,
    postComma,
    headline: m.headline,
    contactRows: [[m.email, m.phone], [m.location, links]],
    font,
    size,
    nameSize: rng.pick([20, 22, 24]),
    accent,
    bar,
    bullet: bullet[1],
    paper,
    margin: rng.pick([15, 18, 20]),
    footer: v.footer ?? null,
    footerText: `${m.displayName} – Résumé`,
    title: `${m.displayName} – Résumé`,
    author: m.displayName,
    sections,
  };
  await runPython(outFile, spec, SCRIPT);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// docx-python: a Word document written by python-docx (Debian's python3-docx), the library most
// home-made resume scripts use. The layout is decided here and handed to `docx_python.py` as a
// JSON spec: no Word heading styles (headings are bold all-caps Normal paragraphs), the name as a
// large bold paragraph, the contact on one " | "-separated line, job dates right-aligned by a tab
// stop, the company before the title on some jobs, skills as "Label: a, b, c" lines.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng } from './common.mjs';

const PYTHON = process.env.CORPUS_PYTHON ?? '/usr/bin/python3';
const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx_python.py');
const FONTS = ['Calibri', 'Arial', 'Cambria', 'Georgia', 'Times New Roman'];
const JOB_SEPARATORS = [', ', ' — ', ' | ', ' at '];

// Runs a Python script of this folder (the python-docx writer docx_python.py by default) on
// `spec`, writing `outFile`.
// -B: no __pycache__ in render/ (it would change the inputs' hash).
export function runPython(outFile, spec, script = SCRIPT) {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ['-B', script, outFile], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve()
      : reject(new Error(`${path.basename(script)} failed (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`))));
    child.stdin.end(JSON.stringify(spec));
  });
}

// The sections after the header, in the order a plain one-column resume prints them.
function sections(m, companyFirst, sep) {
  const out = [];
  if (m.summary) out.push({ heading: m.heading('summary'), kind: 'text', text: m.summary });
  out.push({
    heading: m.heading('experience'),
    kind: 'jobs',
    jobs: m.jobs.map((j, i) => ({ title: j.title, company: j.company, location: j.location, dates: j.dates,
      prose: j.prose, bullets: j.bullets, companyFirst: companyFirst[i],
      // "Company at Title" reads wrong: a company-first line takes a dash instead.
      separator: companyFirst[i] && sep === ' at ' ? ' — ' : sep })),
  });
  if (m.education.length) {
    out.push({ heading: m.heading('education'), kind: 'tabbed',
      rows: m.education.map((e) => ({ bold: e.degree, rest: `, ${e.school}${e.location ? `, ${e.location}` : ''}`, right: e.dates })) });
  }
  if (m.skills.length) {
    out.push({ heading: m.heading('skills'), kind: 'labelled',
      rows: m.skills.map((g) => ({ label: g.group, text: g.items.join(', ') })) });
  }
  if (m.certifications.length) {
    out.push({ heading: m.heading('certifications'), kind: 'tabbed',
      rows: m.certifications.map((c) => ({ bold: c.name, rest: c.issuer ? `, ${c.issuer}` : '', right: c.date })) });
  }
  if (m.languages.length) {
    out.push({ heading: m.heading('languages'), kind: 'labelled',
      rows: [{ label: '', text: m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ') }] });
  }
  return out;
}

export async function renderPythonDocx(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsName', 'footer', 'hyphenate', 'prose']);
  // Headings are always typed in capitals here.
  v.capsHeadings = true;
  v.rec('caps-headings');
  const m = docModel(person, v);
  // The company comes first on some jobs (drawn per job from a stream of this layout's own).
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const mixed = rng.chance(0.5);
  const companyFirst = m.jobs.map(() => mixed && rng.chance(0.5));
  companyFirst.forEach((c, i) => c && v.rec(`company-before-title:job ${i + 1}`));
  const sep = rng.pick(JOB_SEPARATORS);
  v.rec(`job-line-separator:${sep.trim()}`);
  const font = rng.pick(FONTS);
  const size = rng.pick([10, 10.5, 11]);
  v.rec(`font:${font} ${size}pt`);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  v.rec(`paper:${paper}`);
  const centred = rng.chance(0.4);
  v.rec(centred ? 'header:centred' : 'header:left');
  const headingColour = rng.chance(0.5) ? '1F3864' : null;
  v.rec('contact:one-line');
  v.rec('headings:bold-paragraphs');

  const spec = {
    name: m.displayName,
    headline: m.headline,
    contact: [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean),
    paper,
    margin: rng.pick([0.7, 0.8, 1]),
    font,
    size,
    nameSize: rng.pick([20, 22, 24, 26]),
    centred,
    headingColour,
    hyphenate: !!v.hyphenate,
    footer: v.footer ?? null,
    footerText: `${m.displayName} – Résumé`,
    sections: sections(m, companyFirst, sep),
  };
  await runPython(outFile, spec);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

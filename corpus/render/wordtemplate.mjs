// docx-word-template: a Word document in the manner of a word processor's built-in resume
// templates, written by python-docx plus raw WordprocessingML (`docx_word_template.py` writes it
// from the spec decided here). The whole page is laid out by a borderless table: either one row of
// two columns (a narrow left column with the name in a shaded box on some documents, the contact,
// the summary, "Skills" and "Languages"; the wide right column with "Experience", "Education" and
// certificates), or a single-column document whose header is a table (name and headline left,
// contact right; or one shaded banner cell). Every field sits in a content control (`w:sdt` with
// an alias, a tag and a placeholder docPart, as a filled-in template has them): the name bound to
// the document's author, the contact items, titles, companies and dates as run-level controls
// inside their paragraphs, the summary, each job's description, the skills and languages as
// block-level controls around whole paragraphs; the jobs in a repeating-section control on some
// documents, and the template's glossary of placeholder texts on some. Styles as a template
// defines them: "Name" or "Title", "Heading 1" (theme colour, spacing, capitals by w:caps on some
// documents while the text is stored as typed), "Heading 2" for the job line, "Heading 3" for the
// dates or the company, "Contact Info", "List Bullet" tied to a numbering definition; theme fonts
// (minorHAnsi/majorHAnsi, the theme rewritten) on some documents. Each job "Title | Company" or
// "Title, Company" (Heading 2) over the dates (Heading 3), or the dates first in small capitals
// over "Title · Company", or the title over "Company | dates"; the company first with
// `company-before-title`; then "List Bullet" items or a paragraph. Contact in the page header, a
// PAGE-field footer and a decorative DrawingML shape (a bar, or a text box with the name, with its
// VML fallback) on some documents.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseVariations, dateChecks, dateRange, docModel, expectedFor, makeRng, schoolYears } from './common.mjs';
import { runPython } from './pythondocx.mjs';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'docx_word_template.py');

// Fonts a template names (the Calibri-like Carlito and the Liberation and DejaVu faces are
// installed here; Cambria only when its metric twin Caladea is).
let caladea = null;
function fonts() {
  if (caladea === null) {
    try { caladea = /Caladea/.test(execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' })); } catch { caladea = false; }
  }
  return ['Calibri', 'Carlito', 'Liberation Sans', 'Liberation Serif', 'DejaVu Sans', ...(caladea ? ['Cambria'] : [])];
}
const HEAD_FONTS = { Calibri: ['Calibri Light', 'Calibri'], Carlito: ['Carlito'], 'Liberation Sans': ['Liberation Sans'],
  'Liberation Serif': ['Liberation Serif', 'Liberation Sans'], 'DejaVu Sans': ['DejaVu Sans'], Cambria: ['Cambria', 'Calibri'] };
const ACCENTS = ['2E74B5', '1F4E79', '4472C4', 'C45911', '538135', '7030A0', '2F5496', '404040', 'B4464B', '0E7C7B'];
const TEXT_COLOURS = ['000000', '262626', '404040', '595959'];
const BULLETS = [['•', 'Symbol'], ['▪', 'Wingdings'], ['–', null], ['◦', null]];

function jobSep(a, b, sep) {
  // "Title, Company" would read wrong when either part has a comma of its own.
  return sep === ', ' && /,/.test(a + b) ? ' | ' : sep;
}

export async function renderWordTemplate(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const frame = rng.chance(0.5) ? 'twocol' : 'single';
  v.rec(`frame:${frame === 'twocol' ? 'two-column-table' : 'header-table'}`);

  // Capitals: by w:caps in the style (the text stored as typed) or typed in capitals.
  const headingCapsHow = v.capsHeadings ? (rng.chance(0.7) ? 'style' : 'typed') : null;
  const nameCapsHow = v.capsName ? (rng.chance(0.6) ? 'style' : 'typed') : null;
  if (headingCapsHow) v.rec(`heading-caps:${headingCapsHow}`);
  if (nameCapsHow) v.rec(`name-caps:${nameCapsHow}`);
  const mv = { ...v, capsHeadings: headingCapsHow === 'typed', capsName: nameCapsHow === 'typed' };
  const m = docModel(person, mv);

  const fontList = fonts();
  const font = rng.pick(fontList);
  const headFont = rng.pick(HEAD_FONTS[font]);
  const themeFonts = rng.chance(0.5);
  const size = rng.pick([10, 10, 10.5, 11]);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const accent = rng.pick(ACCENTS);
  const textColour = rng.pick(TEXT_COLOURS);
  v.rec(`font:${font}/${headFont} ${size}pt${themeFonts ? ' (theme fonts)' : ''}`);
  v.rec(`paper:${paper}`);
  v.rec(`accent:${accent}`);

  // How a job prints.
  const jobForm = rng.pick(['title-company/dates', 'title-company/dates', 'dates/title-company', 'title/company-dates']);
  const sepPool = jobForm === 'dates/title-company' ? [' · ', ', ', ' | '] : [' | ', ', '];
  const sep = rng.pick(sepPool);
  v.rec(`job-form:${jobForm}`);
  v.rec(`job-separator:${sep.trim()}`);
  const showCity = rng.chance(0.4);
  if (showCity) v.rec('job-city');
  const eduYears = rng.chance(0.5);
  v.rec(eduYears ? 'education-dates:years' : 'education-dates:date-style');
  const bullet = rng.pick(BULLETS);
  v.rec(`bullet:${bullet[0]}`);

  // Template furniture.
  const repeating = rng.chance(0.4);
  const glossary = rng.chance(0.6);
  const footer = rng.pick([null, null, 'page', 'Page N', 'Page N of M']);
  if (repeating) v.rec('sdt:repeating-section');
  if (glossary) v.rec('glossary-placeholders');
  if (footer) v.rec(`footer:${footer}`);

  let nameWhere; let contactWhere; let decoration = null; let banner = false;
  if (frame === 'twocol') {
    nameWhere = rng.pick(['left-box', 'left-box', 'above', 'right-top']);
    contactWhere = rng.chance(0.2) ? 'page-header' : 'left';
    if (nameWhere === 'above' && rng.chance(0.5)) decoration = 'bar';
  } else {
    decoration = rng.pick([null, 'bar', 'namebox']);
    banner = decoration === null && rng.chance(0.4);
    nameWhere = decoration === 'namebox' ? 'textbox' : 'header-table';
    contactWhere = decoration !== 'namebox' && rng.chance(0.35) ? 'page-header' : 'header-table';
  }
  v.rec(`name:${nameWhere}`);
  v.rec(`contact:${contactWhere}`);
  if (decoration) v.rec(`shape:${decoration}`);
  if (banner) v.rec('header:banner-cell');
  const sidebarShade = frame === 'twocol' && rng.chance(0.4) ? rng.pick(['F2F2F2', 'EDF2F9', 'F3F0EA']) : null;
  if (sidebarShade) v.rec('sidebar:shaded');
  const skillsForm = frame === 'twocol' ? rng.pick(['bullets', 'lines']) : rng.pick(['table', 'lines', 'grouped']);
  v.rec(`skills:${skillsForm}`);

  const contact = [
    { tag: 'email', alias: 'Email', text: m.email },
    { tag: 'phone', alias: 'Telephone', text: m.phone },
    { tag: 'address', alias: 'Address', text: m.location },
    ...m.links.map((l, i) => ({ tag: `link${i + 1}`, alias: l.kind === 'linkedin' ? 'LinkedIn Profile' : 'Website', text: l.label })),
  ].filter((c) => c.text);

  // The parts of a printed range: start, separator, end (a school with only its end year prints
  // that year alone).
  const rangeParts = (text, start, end) => (end
    ? { start, end, rangeSep: text.slice(start.length, text.length - end.length) }
    : { start: text, end: '', rangeSep: '' });
  const entry = (a, b, aTag, bTag, swap, extra) => {
    const first = swap ? b : a;
    const second = swap ? a : b;
    return { first, second, firstTag: swap ? bTag : aTag, secondTag: swap ? aTag : bTag, swap,
      sep: jobSep(first, second, sep), ...extra };
  };
  const jobs = m.jobs.map((j) => entry(j.title, j.company, 'title', 'company', !!v.swap, {
    city: showCity ? j.location : '',
    ...rangeParts(j.dates, j.start, j.end),
    prose: j.prose, bullets: j.bullets,
  }));
  const education = person.education.map((ed, i) => {
    const r = eduYears ? dateRange({ start: ed.start ?? ed.end, end: ed.end }, { ...v, dateStyle: '2019' })
      : dateRange({ start: ed.start ?? ed.end, end: ed.end }, v);
    const text = eduYears ? schoolYears(ed, v) : m.education[i].dates;
    const parts = !text ? { start: '', end: '', rangeSep: '' } : ed.start ? rangeParts(text, r.start, r.end) : rangeParts(text, text, '');
    return entry(ed.degree, ed.school, 'degree', 'school', !!v.swap, {
      city: showCity ? (ed.location ?? '') : '', ...parts, prose: null, bullets: [] });
  });
  const margin = frame === 'twocol' ? rng.pick([0.5, 0.6, 0.75]) : rng.pick([0.75, 0.9, 1]);
  const spec = {
    frame, nameWhere, contactWhere, decoration, banner, sidebarShade, skillsForm,
    leftPct: rng.pick([0.3, 0.32, 0.34, 0.36]),
    gapColumn: rng.chance(0.5),
    paper, margin, font, headFont, themeFonts, size, accent, textColour,
    nameSize: rng.pick([22, 24, 26, 28]),
    nameStyle: rng.chance(0.5) ? 'Title' : 'Name',
    nameCaps: nameCapsHow === 'style',
    headingCaps: headingCapsHow === 'style',
    headingBorder: rng.chance(0.4),
    headingSize: size + rng.pick([2, 3, 4]),
    datesSmallCaps: jobForm === 'dates/title-company' || rng.chance(0.3),
    jobForm, bullet, repeating, glossary, footer,
    bannerFill: accent,
    name: m.name, postNominals: m.postNominals, displayName: m.displayName, headline: m.headline,
    contact,
    contactSep: rng.pick([' · ', ' | ', '  ']),
    summary: m.summary,
    headings: Object.fromEntries(['summary', 'experience', 'education', 'skills', 'certifications', 'languages'].map((k) => [k, m.heading(k)])),
    jobs, education,
    skills: m.skills,
    certifications: m.certifications,
    languages: m.languages,
    after: rng.pick([80, 100, 120]),
    line: rng.pick([240, 252, 264]),
    h1Before: rng.pick([240, 300, 360]),
    h1After: rng.pick([80, 120]),
    h2Before: rng.pick([120, 160, 200]),
    h3Before: jobForm === 'dates/title-company' ? 160 : 0,
    h3Colour: rng.pick(['595959', accent]),
    bulletIndent: rng.pick([288, 360]),
    bulletAccent: rng.chance(0.4),
    headingControls: rng.chance(0.5),
    postSmall: rng.chance(0.5),
    companyRef: rng.chance(0.5),
    boxFilled: rng.chance(0.7),
    boxCentred: rng.chance(0.5),
    boxHeight: rng.pick([0.7, 0.8, 0.9]),
    barHeight: rng.pick([0.2, 0.3, 0.4]),
    headerSplit: rng.pick([0.55, 0.6, 0.65]),
    headerAlign: rng.pick(['right', 'center']),
    footerAlign: rng.pick(['right', 'center']),
    contactHeading: rng.chance(0.5),
    summaryLeft: frame === 'twocol' && rng.chance(0.5),
    skillsFirst: frame === 'single' && rng.chance(0.3),
    skillColumns: rng.pick([2, 3]),
    seed: Math.floor(v.seedA * 0x7fffffff),
  };
  await runPython(outFile, spec, SCRIPT);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

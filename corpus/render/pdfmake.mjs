// pdf-pdfmake-twocol: a PDF written by the npm `pdfmake` package (pdfkit underneath) from a
// document definition, as the JavaScript resume builders make them, with TrueType fonts from
// Debian's /usr/share/fonts embedded. A header with the name (large and bold; all capitals
// letter-spaced with `characterSpacing`; or the given names light in the accent colour and the
// family name bold on one line), the post-nominals smaller after it and the headline under it;
// then a two-column body made with pdfmake `columns`: a narrow column (left or right, tinted as
// a one-cell table with a fill colour or plain) with the contact lines, skills (one item a line, or
// comma lists under the group names), languages and on some documents the education; the wide
// column with the summary, experience and (otherwise) education and certificates. Each job the
// title in bold over "Company, City" ("Company — City" when the company has a comma; or "Company | City" in bold over the title with
// `company-before-title`), the dates on a small grey line of their own or right-aligned in a
// two-column row with the first line; then a pdfmake `ul` (disc, square or circle marks, drawn as
// graphics) or a paragraph. Schools "Degree" over "School, City" over the years, or the school in
// bold over the degree, or one line "Degree — School (2014–2018)". A footer on some documents.
// pdfmake does not hyphenate.
import { createRequire } from 'node:module';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng, schoolYears, splitFamilyName } from './common.mjs';

const require = createRequire(import.meta.url);
const DEJAVU = '/usr/share/fonts/truetype/dejavu/';
const LIBERATION = '/usr/share/fonts/truetype/liberation2/';
const CROSEXTRA = '/usr/share/fonts/truetype/crosextra/';
const family = (dir, base, [normal, bold, italics, bolditalics]) => ({
  normal: `${dir}${base}${normal}.ttf`, bold: `${dir}${base}${bold}.ttf`,
  italics: `${dir}${base}${italics}.ttf`, bolditalics: `${dir}${base}${bolditalics}.ttf`,
});
const FONTS = {
  DejaVuSans: family(DEJAVU, 'DejaVuSans', ['', '-Bold', '-Oblique', '-BoldOblique']),
  DejaVuSerif: family(DEJAVU, 'DejaVuSerif', ['', '-Bold', '-Italic', '-BoldItalic']),
  LiberationSans: family(LIBERATION, 'LiberationSans', ['-Regular', '-Bold', '-Italic', '-BoldItalic']),
  LiberationSerif: family(LIBERATION, 'LiberationSerif', ['-Regular', '-Bold', '-Italic', '-BoldItalic']),
  Carlito: family(CROSEXTRA, 'Carlito', ['-Regular', '-Bold', '-Italic', '-BoldItalic']),
};
const ACCENTS = ['#1d4e89', '#8c2f39', '#2d6a4f', '#3c3c3c', '#5e3c99', '#a0522d'];
const PAGE_WIDTH = { A4: 595.28, LETTER: 612 };

// The accent colour mixed with white (pdfmake takes no alpha in a colour).
function tint(hex, share) {
  const c = [1, 3, 5].map((i) => Math.round(255 - (255 - parseInt(hex.slice(i, i + 2), 16)) * share));
  return `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`;
}

let engine = null;
function pdfmake() {
  if (!engine) {
    engine = require('pdfmake');
    engine.setFonts(FONTS);
    engine.setUrlAccessPolicy(() => false);
    engine.setLocalAccessPolicy((p) => p.startsWith('/usr/share/fonts/'));
  }
  return engine;
}

function nameBlock(m, person, o) {
  const post = m.postNominals ? { text: `, ${m.postNominals}`, fontSize: Math.round(o.nameSize * 0.5), bold: false, characterSpacing: 0, color: '#555' } : '';
  if (o.nameStyle === 'spaced-caps') {
    return { text: [{ text: person.name.toUpperCase(), bold: true, characterSpacing: o.spacing }, post], fontSize: o.nameSize };
  }
  if (o.nameStyle === 'two-tone') {
    const [given, fam] = splitFamilyName(person.name);
    return { text: [{ text: `${given} `, color: o.accent }, { text: fam, bold: true }, post], fontSize: o.nameSize };
  }
  return { text: [{ text: person.name, bold: true }, post], fontSize: o.nameSize };
}

function heading(text, o, width) {
  const out = [{ text, bold: true, color: o.accent, fontSize: o.size + 1.5, margin: [0, 10, 0, o.rule ? 1 : 3] }];
  if (o.rule) out.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6, lineColor: o.accent }], margin: [0, 0, 0, 4] });
  return out;
}

function educationEntries(m, person, v, o) {
  return person.education.map((ed) => {
    const years = schoolYears(ed, v);
    const school = ed.location ? joinComma(ed.school, ed.location, { dash: ' — ' }) : ed.school;
    if (o.eduStyle === 'one-line') {
      return { text: [{ text: ed.degree, bold: true }, ` — ${ed.school}${years ? ` (${years})` : ''}`], margin: [0, 0, 0, 4] };
    }
    const [first, second] = o.eduStyle === 'school-first' ? [school, ed.degree] : [ed.degree, school];
    return { stack: [{ text: first, bold: true }, { text: second }, ...(years ? [{ text: years, color: '#666', fontSize: o.size - 1 }] : [])], margin: [0, 0, 0, 5] };
  });
}

function sidebar(m, person, v, o, width) {
  const h = (k) => heading(m.heading(k), o, width);
  const out = [...heading(v.capsHeadings ? 'CONTACT' : 'Contact', o, width).map((x, i) => (i === 0 ? { ...x, margin: [0, 0, 0, x.margin[3]] } : x))];
  out.push(...[m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean).map((t) => ({ text: t, margin: [0, 0, 0, 2] })));
  if (m.skills.length) {
    out.push(...h('skills'));
    for (const g of m.skills) {
      if (g.group) out.push({ text: g.group, bold: true, margin: [0, 3, 0, 1] });
      if (o.skillLines) out.push(...g.items.map((i) => ({ text: i, margin: [0, 0, 0, 1] })));
      else out.push({ text: g.items.join(', '), margin: [0, 0, 0, 2] });
    }
  }
  if (o.eduInSidebar && person.education.length) out.push(...h('education'), ...educationEntries(m, person, v, o));
  if (m.languages.length) {
    out.push(...h('languages'));
    out.push(...m.languages.map((l) => ({ text: l.fluency ? `${l.language} — ${l.fluency}` : l.language, margin: [0, 0, 0, 2] })));
  }
  return out;
}

function jobEntry(j, v, o) {
  const first = v.swap ? `${j.company}${j.location ? ` | ${j.location}` : ''}` : j.title;
  const second = v.swap ? j.title : j.location ? joinComma(j.company, j.location, { dash: ' — ' }) : j.company;
  const dates = { text: j.dates, color: '#666', fontSize: o.size - 1 };
  const out = [];
  if (o.datesRight) {
    out.push({ columns: [{ width: '*', text: first, bold: true }, { width: 'auto', ...dates, alignment: 'right', noWrap: true }], columnGap: 8 });
    out.push({ text: second, italics: true });
  } else {
    out.push({ text: first, bold: true }, { text: second, italics: true }, dates);
  }
  if (j.prose != null) out.push({ text: j.prose, alignment: o.justify ? 'justify' : 'left', margin: [0, 2, 0, 0] });
  else out.push({ ul: j.bullets, type: o.marker, margin: [0, 2, 0, 0] });
  return { stack: out, margin: [0, 0, 0, 7] };
}

function mainColumn(m, person, v, o, width) {
  const h = (k) => heading(m.heading(k), o, width);
  const out = [];
  if (m.summary) out.push(...h('summary'), { text: m.summary, alignment: o.justify ? 'justify' : 'left' });
  out.push(...h('experience'), ...m.jobs.map((j) => jobEntry(j, v, o)));
  if (!o.eduInSidebar && person.education.length) out.push(...h('education'), ...educationEntries(m, person, v, o));
  if (m.certifications.length) {
    out.push(...h('certifications'));
    out.push(...m.certifications.map((c) => ({ text: `${c.name}${c.issuer ? `, ${c.issuer}` : ''}${c.date ? ` (${c.date})` : ''}`, margin: [0, 0, 0, 2] })));
  }
  if (out[0].margin) out[0] = { ...out[0], margin: [0, 0, 0, out[0].margin[3]] };
  return out;
}

function footer(m, v) {
  if (!v.footer) return undefined;
  return (page, pages) => ({
    text: v.footer === 'Page 1 of 2' ? `Page ${page} of ${pages}` : v.footer === '1/2' ? `${page}/${pages}` : `${m.displayName} – Résumé`,
    alignment: 'center', fontSize: 7.5, color: '#777', margin: [0, 12, 0, 0],
  });
}

export async function renderPdfmake(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'footer', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = {
    font: rng.pick(Object.keys(FONTS)),
    size: rng.pick([9, 9.5, 10]),
    paper: rng.chance(0.5) ? 'A4' : 'LETTER',
    margin: rng.pick([36, 42, 48]),
    accent: rng.pick(ACCENTS),
    nameStyle: rng.pick(['bold', 'spaced-caps', 'two-tone']),
    spacing: rng.pick([1, 1.5, 2]),
    nameSize: rng.pick([22, 24, 26]),
    sideShare: rng.pick([0.29, 0.32, 0.35]),
    sideLeft: rng.chance(0.5),
    tinted: rng.chance(0.5),
    skillLines: rng.chance(0.5),
    eduInSidebar: rng.chance(0.35),
    eduStyle: rng.pick(['degree-over-school', 'school-first', 'one-line']),
    datesRight: rng.chance(0.5),
    marker: rng.pick(['disc', 'square', 'circle']),
    rule: rng.chance(0.5),
    justify: rng.chance(0.4),
  };
  if (person.name.length + (person.postNominals ?? '').length / 2 > 22) o.nameSize -= 4;
  const content = PAGE_WIDTH[o.paper] - 2 * o.margin;
  const gap = 16;
  const sideWidth = Math.round(content * o.sideShare);
  const pad = o.tinted ? 8 : 0;
  const mainWidth = content - sideWidth - gap;
  v.rec(`font:${o.font} ${o.size}pt`);
  v.rec(`paper:${o.paper === 'A4' ? 'A4' : 'Letter'}`);
  v.rec(`accent:${o.accent}`);
  v.rec(o.nameStyle === 'spaced-caps' ? `name:spaced-caps ${o.spacing}pt` : `name:${o.nameStyle}`);
  v.rec(`sidebar:${o.sideLeft ? 'left' : 'right'} ${Math.round(o.sideShare * 100)}%${o.tinted ? ' tinted' : ''}`);
  v.rec(o.skillLines ? 'sidebar-skills:one-per-line' : 'sidebar-skills:comma-list');
  v.rec(o.eduInSidebar ? 'education:sidebar' : 'education:main');
  v.rec(`education:${o.eduStyle}`);
  v.rec(o.datesRight ? 'dates:right-of-first-line' : 'dates:own-line');
  v.rec(`bullets:ul-${o.marker}`);
  if (o.rule) v.rec('headings:rule-under');
  if (o.justify) v.rec('justified');
  const m = docModel(person, v);

  const sideStack = sidebar(m, person, v, o, sideWidth - 2 * pad);
  const side = o.tinted
    ? { width: sideWidth, table: { widths: ['*'], body: [[{ stack: sideStack, fillColor: tint(o.accent, 0.12) }]] },
      layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingLeft: () => pad, paddingRight: () => pad, paddingTop: () => pad, paddingBottom: () => pad } }
    : { width: sideWidth, stack: sideStack };
  const main = { width: '*', stack: mainColumn(m, person, v, o, mainWidth) };
  const doc = {
    pageSize: o.paper,
    pageMargins: [o.margin, o.margin, o.margin, o.margin + (v.footer ? 10 : 0)],
    info: { title: `${m.displayName} – Résumé`, author: m.displayName, creator: 'pdfmake' },
    defaultStyle: { font: o.font, fontSize: o.size, lineHeight: 1.15, color: '#222' },
    footer: footer(m, v),
    content: [
      nameBlock(m, person, o),
      { text: m.headline, fontSize: o.size + 3, color: o.nameStyle === 'two-tone' ? '#555' : o.accent, margin: [0, 2, 0, 12] },
      { columns: o.sideLeft ? [side, main] : [main, side], columnGap: gap },
    ],
  };
  await pdfmake().createPdf(doc).write(outFile);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

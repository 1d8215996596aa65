// html-docs-twocol: the corpus's own HTML + CSS in the manner of the resume templates of an online
// word processor's template gallery, exported to PDF (Chromium prints it; the word processor's own
// export also goes through a Skia-based PDF printer). A letter page with wide margins; the name in
// large type (a serif display face on some documents, capitals on some) with the post-nominals
// smaller after it, the headline under it, and the contact lines (address, phone, e-mail, links)
// either in a right-hand cell beside the name (a borderless header table) or under the name, one
// a line or on one separated line. The body is a borderless two-column table, as such templates
// are built: a wide cell with the summary (on some documents), the experience and the education,
// and a narrow cell (left or right) with the skills, the certificates and the languages. Headings
// are upper case and letter-spaced in an accent colour, with a short coloured bar above them or
// at their left, or a rule under them, on some documents. Each job is "**Company**, City — Title"
// on one line (the title plain or italic), or "**Title** — Company, City", or the title in bold
// over "Company, City"; then its dates on a small line of their own (small capitals, grey
// capitals or grey: "JUNE 2019 - PRESENT"); then list items with a disc or "●" marker, or a
// paragraph. Schools are set the same way as the jobs. Skills one a line or comma-separated (under
// the group's name, or after it in bold); certificates with their issuer and date; languages
// one a line. Seeded fonts (Liberation, Carlito, DejaVu, and the Libre Baskerville, Crimson Pro,
// Quattrocento and Bitter TrueType files of texlive-fonts-extra, loaded as @font-face), sizes,
// margins and colours.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  PRESENT_WORDS, chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, joinComma, locationText,
  makeRng,
} from './common.mjs';

const TEX_TTF = '/usr/share/texlive/texmf-dist/fonts/truetype';
// TrueType faces of texlive-fonts-extra (families the word processor offers) that Debian's
// fontconfig does not list, given to Chromium as @font-face rules (data: URLs, so that no file
// request is needed). TrueType only: Chromium's PDF printer draws OpenType CFF faces as Type 3
// fonts without word spaces.
const FACES = {
  'Libre Baskerville': [['impallari/librebaskerville/LibreBaskerville-Regular.ttf', 400, 'normal'],
    ['impallari/librebaskerville/LibreBaskerville-Bold.ttf', 700, 'normal']],
  'Crimson Pro': [['public/crimsonpro/CrimsonPro-Regular.ttf', 400, 'normal'],
    ['public/crimsonpro/CrimsonPro-Bold.ttf', 700, 'normal']],
  Quattrocento: [['impallari/quattrocento/Quattrocento-Regular.ttf', 400, 'normal'],
    ['impallari/quattrocento/Quattrocento-Bold.ttf', 700, 'normal']],
  'Quattrocento Sans': [['impallari/quattrocento/QuattrocentoSans-Regular.ttf', 400, 'normal'],
    ['impallari/quattrocento/QuattrocentoSans-Bold.ttf', 700, 'normal'],
    ['impallari/quattrocento/QuattrocentoSans-Italic.ttf', 400, 'italic'],
    ['impallari/quattrocento/QuattrocentoSans-BoldItalic.ttf', 700, 'italic']],
  Bitter: [['huerta/bitter/Bitter-Regular.ttf', 400, 'normal'],
    ['huerta/bitter/Bitter-Bold.ttf', 700, 'normal'],
    ['huerta/bitter/Bitter-Italic.ttf', 400, 'italic']],
};
const faceCache = new Map();
function fontFace(family) {
  if (!FACES[family]) return '';
  if (!faceCache.has(family)) {
    faceCache.set(family, FACES[family].map(([file, weight, style]) => {
      const data = readFileSync(path.join(TEX_TTF, file)).toString('base64');
      return `@font-face { font-family: "${family}"; src: url(data:font/ttf;base64,${data}) format("truetype"); ` +
        `font-weight: ${weight}; font-style: ${style}; }`;
    }).join('\n'));
  }
  return faceCache.get(family);
}

const BODY_FONTS = [
  ['Carlito', 'sans-serif'], ['Liberation Sans', 'sans-serif'], ['DejaVu Sans', 'sans-serif'],
  ['Liberation Serif', 'serif'], ['Quattrocento Sans', 'sans-serif'], ['Bitter', 'serif'],
];
const NAME_FONTS = ['Libre Baskerville', 'Libre Baskerville', 'Crimson Pro', 'Quattrocento', 'Liberation Serif', null];
const ACCENTS = ['#cc4125', '#e06666', '#2bb596', '#0b8a73', '#3c78d8', '#1155cc', '#e69138', '#674ea7', '#434343'];
const EXPERIENCE_HEADINGS = ['Experience', 'Work Experience', 'Employment'];
const DATE_STYLES = ['June 2019', 'June 2019', 'June 2019', 'Jun 2019', '2019'];

function family(name, generic) {
  return `"${name}", ${generic}`;
}

function headerHtml(m, person, o) {
  const name = `<div class="name">${esc(m.name)}${m.postNominals ? `<span class="pn">, ${esc(m.postNominals)}</span>` : ''}</div>`;
  const headline = `<div class="headline">${esc(m.headline)}</div>`;
  const lines = [o.address, m.phone, m.email, ...(o.links ? m.links.map((l) => l.label) : [])].filter(Boolean);
  if (o.contact === 'side') {
    return `<table class="head"><tr><td class="who">${name}\n${headline}</td>` +
      `<td class="contact">${lines.map((t) => `<div>${esc(t)}</div>`).join('\n')}</td></tr></table>\n`;
  }
  if (o.contact === 'lines') {
    return `<div class="who">${name}\n${headline}</div>\n<div class="contact under">${lines.map((t) => `<div>${esc(t)}</div>`).join('\n')}</div>\n`;
  }
  return `<div class="who">${name}\n${headline}</div>\n<div class="contact under">${lines.map(esc).join(o.contactSep)}</div>\n`;
}

// A job's or school's header: `lead` is the company or school, `role` the title or degree.
function entryHead(lead, place, role, o) {
  const where = place ? joinComma(lead, place, { dash: ' · ' }).slice(lead.length) : '';
  const roleHtml = o.roleItalic ? `<i>${esc(role)}</i>` : esc(role);
  if (o.jobForm === 'company-line') {
    return `<div class="eh"><b>${esc(lead)}</b>${esc(where)} — ${roleHtml}</div>\n`;
  }
  if (o.jobForm === 'title-line') {
    return `<div class="eh"><b>${esc(role)}</b> — ${esc(lead)}${esc(where)}</div>\n`;
  }
  return `<div class="eh"><b>${esc(role)}</b></div>\n<div class="eh2">${esc(lead)}${esc(where)}</div>\n`;
}

function wideHtml(m, o) {
  const h = (k) => `<h2>${esc(m.heading(k))}</h2>\n`;
  let s = '';
  if (m.summary && o.summary === 'column') s += `${h('summary')}<p>${esc(m.summary)}</p>\n`;
  s += h('experience');
  for (const j of m.jobs) {
    s += '<div class="entry">\n';
    s += entryHead(j.company, j.location, j.title, o);
    s += `<div class="when">${esc(j.dates)}</div>\n`;
    s += j.prose != null ? `<p>${esc(j.prose)}</p>\n` : `<ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('\n')}</ul>\n`;
    s += '</div>\n';
  }
  if (m.education.length) {
    s += h('education');
    for (const e of m.education) {
      s += '<div class="entry edu">\n' + entryHead(e.school, e.location, e.degree, o);
      if (e.dates) s += `<div class="when">${esc(e.dates)}</div>\n`;
      s += '</div>\n';
    }
  }
  return s;
}

function narrowHtml(m, o) {
  const h = (k) => `<h2>${esc(m.heading(k))}</h2>\n`;
  const parts = [];
  if (m.skills.length) {
    let s = h('skills');
    for (const g of m.skills) {
      if (o.skills === 'lines') {
        if (g.group) s += `<div class="group">${esc(g.group)}</div>\n`;
        s += `<div class="items">${g.items.map((i) => `<div>${esc(i)}</div>`).join('\n')}</div>\n`;
      } else if (o.skills === 'list') {
        if (g.group) s += `<div class="group">${esc(g.group)}</div>\n`;
        s += `<ul class="skl">${g.items.map((i) => `<li>${esc(i)}</li>`).join('\n')}</ul>\n`;
      } else if (g.group && o.groupInline) {
        s += `<p class="items"><b>${esc(g.group)}:</b> ${g.items.map(esc).join(', ')}</p>\n`;
      } else {
        if (g.group) s += `<div class="group">${esc(g.group)}</div>\n`;
        s += `<p class="items">${g.items.map(esc).join(', ')}</p>\n`;
      }
    }
    parts.push(s);
  }
  const certs = () => {
    let s = h('certifications');
    for (const c of m.certifications) {
      if (o.certForm === 'stacked') {
        s += `<div class="cert"><div class="cn">${esc(c.name)}</div>` +
          `${c.issuer ? `<div>${esc(c.issuer)}</div>` : ''}${c.date ? `<div class="when">${esc(c.date)}</div>` : ''}</div>\n`;
      } else {
        s += `<p class="cert"><b>${esc(c.name)}</b>${c.issuer ? `, ${esc(c.issuer)}` : ''}${c.date ? ` (${esc(c.date)})` : ''}</p>\n`;
      }
    }
    return s;
  };
  const langs = () => h('languages') + m.languages.map((l) =>
    `<div class="lang">${esc(l.language)}${l.fluency ? (o.langDash ? ` — ${esc(l.fluency)}` : ` (${esc(l.fluency)})`) : ''}</div>`).join('\n') + '\n';
  const rest = [];
  if (m.certifications.length) rest.push(certs());
  if (m.languages.length) rest.push(langs());
  if (o.languagesFirst) rest.reverse();
  return [...parts, ...rest].join('');
}

function pageHtml(m, person, o) {
  const bar = {
    none: '',
    above: `h2::before { content: ""; display: block; width: ${o.barWidth}px; height: 3px; background: ${o.accent}; margin-bottom: 5px; }`,
    left: `h2 { border-left: 3px solid ${o.accent}; padding-left: 6px; }`,
    rule: `h2 { border-bottom: 1px solid ${o.accent}; padding-bottom: 2px; }`,
  }[o.bar];
  const whenCss = {
    smallcaps: 'font-variant: small-caps; letter-spacing: .04em; color: #555;',
    'grey-caps': `text-transform: uppercase; font-size: ${o.size - 1.5}pt; letter-spacing: .05em; color: #777;`,
    grey: `font-size: ${o.size - 1}pt; color: #666;`,
  }[o.dateLine];
  const faces = [...new Set([o.body[0], o.nameFont].filter(Boolean))].map(fontFace).join('\n');
  const nameFamily = o.nameFont ? family(o.nameFont, 'serif') : family(...o.body);
  const css = `${faces}
html, body { margin: 0; padding: 0; }
body { font-family: ${family(...o.body)}; font-size: ${o.size}pt; line-height: ${o.leading}; color: ${o.text}; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 0; }
.name { font-family: ${nameFamily}; font-size: ${o.nameSize}pt; line-height: 1.1; font-weight: ${o.nameBold ? 700 : 400};
  color: ${o.nameAccent ? o.accent : '#111'}; ${m.capsName ? 'letter-spacing: .03em;' : ''} }
.pn { font-size: ${Math.round(o.nameSize * 0.5)}pt; font-weight: 400; letter-spacing: 0; }
.headline { font-size: ${o.size + 2.5}pt; margin-top: 4px; color: ${o.headlineAccent ? o.accent : '#444'};
  ${o.headlineCaps ? 'text-transform: uppercase; letter-spacing: .08em; font-size: ' + (o.size + 0.5) + 'pt;' : ''} }
.head td.contact { width: 36%; text-align: right; font-size: ${o.size - 0.5}pt; color: #444; padding-top: 6px; overflow-wrap: anywhere; }
.contact.under { margin-top: 8px; font-size: ${o.size - 0.5}pt; color: #444; }
.top { margin-bottom: ${o.gapBelowHead}px; }
.summary { margin: 14px 0 0; }
table.body td.narrow { width: ${o.narrow}%; }
table.body td.first { padding-right: ${o.gutter}px; }
table.body td.second { padding-left: ${o.gutter}px; }
h2 { font-size: ${o.headSize}pt; font-weight: ${o.headBold ? 700 : 400}; color: ${o.accent}; text-transform: uppercase;
  letter-spacing: ${o.spacing}em; margin: 18px 0 8px; break-after: avoid-page; line-height: 1.2; }
td > h2:first-child { margin-top: 0; }
${bar}
.entry { margin-bottom: 12px; }
.edu { break-inside: avoid-page; }
.eh { font-size: ${o.size + 0.5}pt; break-after: avoid-page; }
.eh2 { break-after: avoid-page; ${o.roleItalic ? 'font-style: italic;' : ''} }
.when { ${whenCss} margin: 2px 0 4px; break-after: avoid-page; }
p { margin: 2px 0 6px; }
ul { margin: 2px 0 0; padding-left: ${o.indent}px; list-style-type: ${o.marker}; }
li { margin: 0 0 2px; padding-left: 2px; }
.group { font-weight: 700; margin: 8px 0 2px; }
.group:first-of-type { margin-top: 0; }
h2 + .group { margin-top: 0; }
.items div { margin-bottom: 2px; }
ul.skl { padding-left: 14px; list-style-type: disc; }
.cert { margin: 0 0 8px; }
.cert .cn { font-weight: 700; }
.lang { margin-bottom: 3px; }
`;
  const narrow = `<td class="narrow">\n${narrowHtml(m, o)}</td>`;
  const wide = `<td class="wide">\n${wideHtml(m, o)}</td>`;
  const [a, b] = o.narrowLeft ? [narrow, wide] : [wide, narrow];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(o.docTitle)}</title><style>${css}</style></head>
<body>
<div class="top">
${headerHtml(m, person, o)}${m.summary && o.summary === 'header' ? `<p class="summary">${esc(m.summary)}</p>\n` : ''}</div>
<table class="body"><tr>${a.replace('<td class="', '<td class="first ')}${b.replace('<td class="', '<td class="second ')}</tr></table>
</body></html>
`;
}

export async function renderGdocsTwoCol(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['capsName', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  // The template's own dates: mostly the month in full, an open end in its own word.
  v.dateStyle = rng.pick(DATE_STYLES);
  v.present = rng.pick(PRESENT_WORDS);
  v.sep = rng.pick(['-', '-', '–', '—', 'to']);
  v.rec(`date:${v.dateStyle}`);
  v.rec(`present:${v.present}`);
  v.rec(`range-separator:${v.sep}`);
  v.headings = {
    summary: rng.pick(['Summary', 'Profile', 'About Me']),
    experience: rng.pick(EXPERIENCE_HEADINGS),
    education: rng.pick(['Education', 'Education', 'Education & Training']),
    skills: rng.pick(['Skills', 'Skills', 'Key Skills', 'Technical Skills']),
    certifications: rng.pick(['Certifications', 'Licenses & Certifications', 'Awards & Certifications', 'Certificates']),
    languages: 'Languages',
  };
  for (const [k, h] of Object.entries(v.headings)) v.rec(`heading:${k}=${h}`);
  const o = {
    body: rng.pick(BODY_FONTS),
    nameFont: rng.pick(NAME_FONTS),
    nameBold: rng.chance(0.55),
    nameAccent: rng.chance(0.3),
    headlineAccent: rng.chance(0.4),
    headlineCaps: rng.chance(0.35),
    size: rng.pick([9.5, 10, 10, 10.5, 11]),
    leading: rng.pick([1.15, 1.25, 1.35]),
    text: rng.pick(['#222222', '#333333', '#000000', '#434343']),
    accent: rng.pick(ACCENTS),
    headSize: rng.pick([10, 10.5, 11, 12]),
    headBold: rng.chance(0.6),
    spacing: rng.pick([0.05, 0.08, 0.1, 0.15, 0.2]),
    bar: rng.pick(['none', 'none', 'above', 'left', 'rule']),
    barWidth: rng.pick([20, 28, 36]),
    contact: rng.pick(['side', 'side', 'lines', 'one-line']),
    contactSep: rng.pick([' · ', ' | ', ' • ']),
    country: rng.chance(0.5),
    links: rng.chance(0.5),
    summary: rng.pick(['header', 'column', 'column', 'none']),
    narrowLeft: rng.chance(0.3),
    narrow: rng.pick([30, 32, 34, 36]),
    gutter: rng.pick([10, 14, 18]),
    jobForm: rng.pick(['company-line', 'company-line', 'title-line', 'title-over-company']),
    roleItalic: rng.chance(0.5),
    dateLine: rng.pick(['smallcaps', 'grey-caps', 'grey']),
    marker: rng.pick(['disc', 'disc', '"●  "']),
    indent: rng.pick([16, 20, 24]),
    skills: rng.pick(['lines', 'lines', 'comma', 'list']),
    groupInline: rng.chance(0.5),
    certForm: rng.pick(['stacked', 'inline']),
    langDash: rng.chance(0.5),
    languagesFirst: rng.chance(0.3),
    margin: rng.pick([0.6, 0.75, 0.9, 1]),
    gapBelowHead: rng.pick([16, 22, 28]),
    docTitle: rng.pick([`${person.name} Resume`, `${person.name} - Resume`, 'Resume', `Resume - ${person.name}`]),
  };
  o.nameSize = person.name.length + (person.postNominals?.length ?? 0) > 24 ? rng.pick([24, 26]) : rng.pick([26, 30, 34]);
  o.address = locationText(person.location, { country: o.country });
  v.rec(`font:${o.body[0]} ${o.size}pt; name:${o.nameFont ?? o.body[0]}${o.nameBold ? ' bold' : ''} ${o.nameSize}pt`);
  v.rec(`accent:${o.accent}`);
  v.rec(`headings:${o.headBold ? 'bold' : 'regular'} spacing ${o.spacing}em bar ${o.bar}`);
  v.rec(`contact:${o.contact === 'one-line' ? `one-line ${JSON.stringify(o.contactSep)}` : o.contact}${o.links ? ' with links' : ''}`);
  v.rec(`summary:${person.summary ? o.summary : 'none'}`);
  v.rec(`narrow-column:${o.narrowLeft ? 'left' : 'right'} ${o.narrow}%`);
  v.rec(`job-header:${o.jobForm}${o.roleItalic ? (o.jobForm === 'title-over-company' ? ' italic-company' : ' italic-title') : ''}`);
  v.rec(`date-line:${o.dateLine}`);
  v.rec(`bullet-mark:${o.marker}`);
  v.rec(`skills:${o.skills}${o.skills === 'comma' && o.groupInline ? ' group-inline' : ''}`);
  v.rec(`certificates:${o.certForm}`);
  v.rec(`margins:${o.margin}in`);
  const m = docModel(person, v);
  m.capsName = !!v.capsName;

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, pageHtml(m, person, o));
  const page = await ctx.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
    await page.evaluate(() => document.fonts.ready);
    const margin = `${o.margin}in`;
    await page.pdf({
      path: outFile,
      format: 'Letter',
      printBackground: true,
      margin: { top: margin, bottom: margin, left: margin, right: margin },
    });
  } finally {
    await page.close();
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

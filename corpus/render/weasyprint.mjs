// pdf-weasyprint-splitname: the corpus's own HTML + CSS template typeset by WeasyPrint (Debian's
// `weasyprint`, its own CSS layout engine, not a browser). The headline sits above the name, which
// is split over two lines: the given names in a light weight, the family name (with its particles:
// "van der Berg", "Ní Bhriain") below in bold capitals; the post-nominals follow the family name,
// smaller. The contact is a right-aligned block beside the name. Section headings are small
// capitals (the fonts here have none, so they are made as real templates make them: capitals at a
// smaller size after a full-size initial, or all at one size) over or beside a rule. Each job is
// "Company — City" in bold with the dates right-aligned on its line (a flex row, or a right float
// that comes first in the markup, by seed), the title in italics on the next line (the title first
// and the company under it on some documents), then bullets with a seeded marker or a paragraph.
// Skills are comma-separated lines, one per group. WeasyPrint hyphenates with pyphen (`hyphens:
// auto`) and prints the footer from CSS page margin boxes.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, makeRng, splitFamilyName } from './common.mjs';

const run = promisify(execFile);
const WEASYPRINT = process.env.CORPUS_WEASYPRINT ?? '/usr/bin/weasyprint';

const ACCENTS = ['#1d4e89', '#8c2f39', '#2f5d50', '#444444', '#6b4c9a', '#9a5b13'];
// [CSS family, light weight for the given names (only DejaVu Sans has one), name recorded]
const FONTS = [['"DejaVu Sans", sans-serif', 200, 'DejaVu Sans'], ['"Liberation Sans", sans-serif', 400, 'Liberation Sans'],
  ['Carlito, sans-serif', 400, 'Carlito'], ['"Liberation Serif", serif', 400, 'Liberation Serif'],
  ['"DejaVu Serif", serif', 400, 'DejaVu Serif']];
const MARKERS = [['disc', 'disc'], ['en-dash', '"– "'], ['guillemet', '"› "'], ['square', 'square']];
// Small capitals made from capitals: each word's first letter at full size, the rest smaller.
function smallCaps(text) {
  return text.split(/(\s+)/).map((w) => (/^\s+$/.test(w) || !w ? w
    : `${esc(w[0])}<span class="sc">${esc(w.slice(1))}</span>`)).join('');
}

function pageHtml(m, v, o) {
  const [given, family] = splitFamilyName(m.name);
  const heading = (k) => `<h2><span class="htext">${v.capsHeadings ? esc(m.heading(k)) : smallCaps(m.heading(k))}</span></h2>\n`;
  const line = (left, right) => (o.float
    ? `<div class="line">${right ? `<span class="when">${esc(right)}</span>` : ''}<span class="lead">${left}</span></div>`
    : `<div class="line"><span class="lead">${left}</span>${right ? `<span class="when">${esc(right)}</span>` : ''}</div>`);
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  let s = `<header>
<div class="who">
<div class="headline">${esc(m.headline)}</div>
<div class="given">${esc(given)}</div>
<div class="family">${esc(family)}${m.postNominals ? `<span class="post">${o.postComma ? ',' : ''} ${esc(m.postNominals)}</span>` : ''}</div>
</div>
<div class="contact">${contact.map((c) => `<div>${esc(c)}</div>`).join('\n')}</div>
</header>
`;
  if (m.summary) s += `${o.summaryHeaded ? heading('summary') : ''}<p class="summary">${esc(m.summary)}</p>\n`;
  s += heading('experience');
  for (const j of m.jobs) {
    const org = `${esc(j.company)}${j.location ? ` — ${esc(j.location)}` : ''}`;
    const [first, second] = v.swap ? [esc(j.title), org] : [org, esc(j.title)];
    s += `<div class="job">${line(first, j.dates)}\n<div class="sub">${second}</div>\n`;
    s += j.prose != null ? `<p>${esc(j.prose)}</p>\n` : `<ul>${j.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>\n`;
    s += '</div>\n';
  }
  if (m.education.length) {
    s += heading('education');
    for (const e of m.education) {
      const school = `${esc(e.school)}${e.location ? ` — ${esc(e.location)}` : ''}`;
      const [first, second] = v.swap ? [esc(e.degree), school] : [school, esc(e.degree)];
      s += `<div class="edu">${line(first, e.dates)}\n<div class="sub">${second}</div></div>\n`;
    }
  }
  if (m.skills.length) {
    s += heading('skills');
    for (const g of m.skills) {
      s += `<div class="skills">${g.group ? `<span class="group">${esc(g.group)}${o.skillColon ? ':' : ''}</span> ` : ''}${g.items.map(esc).join(', ')}</div>\n`;
    }
  }
  if (m.certifications.length) {
    s += heading('certifications');
    for (const c of m.certifications) s += `<div class="cert">${line(`${esc(c.name)}${c.issuer ? `, <i>${esc(c.issuer)}</i>` : ''}`, c.date)}</div>\n`;
  }
  if (m.languages.length) {
    s += `${heading('languages')}<div class="langs">${m.languages.map((l) => `${esc(l.language)}${l.fluency ? ` (${esc(l.fluency)})` : ''}`).join(' · ')}</div>\n`;
  }
  return s;
}

// The CSS `content` of the footer variation, for a page margin box ('' without one).
export function footerContent(m, v) {
  return !v.footer ? ''
    : v.footer === 'Page 1 of 2' ? '"Page " counter(page) " of " counter(pages)'
      : v.footer === '1/2' ? 'counter(page) "/" counter(pages)'
        : `"${m.displayName.replace(/["\\]/g, '\\$&')} – Résumé"`;
}

// Typesets `html` (written to the run's temp dir) into `outFile`.
export async function typeset(ctx, label, html, outFile) {
  const htmlFile = path.join(ctx.tmp, `${label.replace('/', '--')}.html`);
  await writeFile(htmlFile, html);
  try {
    await run(WEASYPRINT, ['--quiet', htmlFile, outFile], { maxBuffer: 16 << 20 });
  } catch (e) {
    throw new Error(`${label}: weasyprint failed: ${(e.stderr || e.message).toString().slice(0, 400)}`);
  }
}

function css(m, v, o) {
  const footer = footerContent(m, v);
  const rule = o.ruleBeside
    ? `h2 { background: linear-gradient(${o.accent}, ${o.accent}) 0 58% / 100% 0.6pt no-repeat; } h2 .htext { background: #fff; padding-right: 3mm; }`
    : `h2 { border-bottom: 0.6pt solid ${o.accent}; padding-bottom: 1pt; }`;
  const when = o.float ? '.line .when { float: right; margin-left: 4mm; }'
    : '.line { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; } .line .when { flex: none; }';
  return `
@page { size: ${o.paper}; margin: ${o.margin}mm ${o.margin}mm ${v.footer ? o.margin + 4 : o.margin}mm;
  ${footer ? `@bottom-center { content: ${footer}; font-family: ${o.font[0]}; font-size: 7.5pt; color: #666; }` : ''} }
html { font-family: ${o.font[0]}; font-size: ${o.size}pt; line-height: 1.32; color: #222; }
body { margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; margin-bottom: 5mm; }
.headline { font-size: 9pt; letter-spacing: 0.12em; text-transform: uppercase; color: ${o.accent}; margin-bottom: 2pt; }
.given { font-size: 20pt; font-weight: ${o.font[1]}; color: #555; line-height: 1.1; ${v.capsName ? 'text-transform: uppercase;' : ''} }
.family { font-size: 24pt; font-weight: bold; text-transform: uppercase; letter-spacing: 0.04em; line-height: 1.1; }
.post { font-size: 11pt; font-weight: normal; text-transform: none; letter-spacing: 0; color: #555; }
.contact { text-align: right; font-size: 8.6pt; line-height: 1.45; color: #333; }
h2 { font-size: 11.5pt; font-weight: ${o.boldHeadings ? 'bold' : 'normal'}; color: ${o.accent}; margin: 9pt 0 4pt;
  letter-spacing: 0.05em; break-after: avoid; ${v.capsHeadings ? 'font-size: 10pt; letter-spacing: 0.12em;' : ''} }
h2 .sc { font-size: 0.78em; text-transform: uppercase; }
${rule}
.job, .edu, .cert { margin-bottom: 6pt; }
.edu, .cert { break-inside: avoid; }
.line { font-weight: bold; break-after: avoid; }
.line .when { font-weight: normal; color: #444; white-space: nowrap; }
.sub { font-style: italic; color: #333; break-after: avoid; }
ul { margin: 2pt 0 0; padding-left: 4.5mm; list-style-type: ${o.marker[1]}; }
li { margin-bottom: 1pt; }
li::marker { color: ${o.accent}; }
p { margin: 2pt 0 0; }
p, li { text-align: ${v.hyphenate ? 'justify' : 'left'}; hyphens: ${v.hyphenate ? 'auto' : 'manual'}; }
.summary { margin-bottom: 2pt; }
.skills { margin-bottom: 2pt; }
.group { font-weight: bold; }
${when}
`;
}

export async function renderWeasyPrint(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = {
    accent: rng.pick(ACCENTS),
    font: rng.pick(FONTS),
    size: rng.pick([9.5, 10, 10.5]),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([14, 16, 18]),
    float: rng.chance(0.5),
    marker: rng.pick(MARKERS),
    ruleBeside: rng.chance(0.5),
    boldHeadings: rng.chance(0.5),
    summaryHeaded: rng.chance(0.6),
    skillColon: rng.chance(0.5),
    postComma: rng.chance(0.5),
  };
  v.rec(`font:${o.font[2]} ${o.size}pt`);
  v.rec(`paper:${o.paper}`);
  v.rec(`accent:${o.accent}`);
  v.rec(o.float ? 'dates:float-right' : 'dates:flex');
  v.rec(`item-mark:${o.marker[0]}`);
  v.rec(o.ruleBeside ? 'heading-rule:beside' : 'heading-rule:under');
  if (person.summary) v.rec(o.summaryHeaded ? 'summary:headed' : 'summary:unheaded');
  v.rec(o.skillColon ? 'skills:group-colon' : 'skills:group-bold');
  const m = docModel(person, v);
  // The given names are printed as typed (capitals only with caps-name), the family name always
  // in capitals: the model's name is the person's.
  m.name = person.name;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)} – Résumé</title>
<meta name="author" content="${esc(m.displayName)}">
<style>${css(m, v, o)}</style></head>
<body>
${pageHtml(m, v, o)}
</body></html>
`;
  await typeset(ctx, `${layout.id}/${person.id}`, html, outFile);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

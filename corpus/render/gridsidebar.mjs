// html-grid-sidebar: the corpus's own HTML + CSS template, printed by Chromium. A CSS grid with a
// coloured left sidebar holding the name, headline, contact, skills and languages; the main
// column holds the summary, experience, education and certifications, each job's dates under its
// title in small grey text. The page has no margins: the sidebar's colour runs down every page (a
// fixed stripe behind the grid, which Chromium repeats on each printed page), and both columns
// repeat their padding on every page (box-decoration-break: clone).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor } from './common.mjs';
import { ICONS, footerTemplate, softHyphenate } from './html.mjs';

const COLOURS = [['#1f3a5f', '#ffffff'], ['#2e4a3f', '#ffffff'], ['#e8eef5', '#1a1a1a'], ['#f3ede2', '#2b2b2b'],
  ['#4a2c4f', '#ffffff'], ['#263238', '#eceff1']];
const FONTS = ['"DejaVu Sans", sans-serif', '"Liberation Sans", Arial, sans-serif', '"Liberation Serif", "Times New Roman", serif',
  '"DejaVu Serif", serif'];

function icon(kind) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 16 16">${ICONS[kind] ?? ICONS.other}</svg>`;
}

function sidebarHtml(m, v, { perLine }) {
  const contact = [m.email, m.phone, m.location].map((t) => `<div class="contact">${esc(t)}</div>`);
  const links = v.icons
    ? (m.links.length ? [`<div class="icons">${m.links.map((l) => `<a href="${esc(l.url)}">${icon(l.kind)}</a>`).join(' ')}</div>`] : [])
    : m.links.map((l) => `<div class="contact"><a href="${esc(l.url)}">${esc(l.label)}</a></div>`);
  let s = `<h1 class="name">${esc(m.displayName)}</h1>\n<div class="headline">${esc(m.headline)}</div>\n`;
  s += `<h2>${esc(v.capsHeadings ? 'CONTACT' : 'Contact')}</h2>\n${[...contact, ...links].join('\n')}\n`;
  if (m.skills.length) {
    s += `<h2>${esc(m.heading('skills'))}</h2>\n`;
    for (const g of m.skills) {
      if (g.group) s += `<div class="group">${esc(g.group)}</div>\n`;
      s += perLine ? `<ul class="skills">${g.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>\n`
        : `<div class="skills">${g.items.map(esc).join(', ')}</div>\n`;
    }
  }
  if (m.languages.length) {
    s += `<h2>${esc(m.heading('languages'))}</h2>\n`;
    s += m.languages.map((l) => `<div class="lang">${esc(l.language)}${l.fluency ? ` <span class="muted">(${esc(l.fluency)})</span>` : ''}</div>`).join('\n');
  }
  return s;
}

function mainHtml(m, v) {
  const text = (t) => esc(v.hyphenate ? softHyphenate(t) : t);
  let s = '';
  if (m.summary) s += `<h2>${esc(m.heading('summary'))}</h2>\n<p>${text(m.summary)}</p>\n`;
  s += `<h2>${esc(m.heading('experience'))}</h2>\n`;
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    s += `<div class="job"><div class="role"><b>${esc(a)}</b>${v.inlineCompany ? ` · <span class="org">${esc(b)}</span>` : ''}</div>\n`;
    if (!v.inlineCompany) s += `<div class="org">${esc(b)}</div>\n`;
    s += `<div class="when">${esc(j.dates)}${j.location ? ` · ${esc(j.location)}` : ''}</div>\n`;
    s += j.prose != null ? `<p>${text(j.prose)}</p>\n` : `<ul class="bullets">${j.bullets.map((x) => `<li>${text(x)}</li>`).join('')}</ul>\n`;
    s += '</div>\n';
  }
  if (m.education.length) s += `<h2>${esc(m.heading('education'))}</h2>\n`;
  for (const e of m.education) {
    s += `<div class="edu"><div class="role"><b>${esc(e.degree)}</b></div><div class="org">${esc(e.school)}${e.location ? `, ${esc(e.location)}` : ''}</div>` +
      `${e.dates ? `<div class="when">${esc(e.dates)}</div>` : ''}</div>\n`;
  }
  if (m.certifications.length) {
    s += `<h2>${esc(m.heading('certifications'))}</h2>\n`;
    for (const c of m.certifications) {
      s += `<div class="cert">${esc(c.name)}${c.issuer ? `, ${esc(c.issuer)}` : ''}${c.date ? ` <span class="when">${esc(c.date)}</span>` : ''}</div>\n`;
    }
  }
  return s;
}

function pageHtml(m, v, { bg, fg, font, sideWidth, perLine }) {
  const bullet = v.graphicBullets
    ? `list-style: none; } .bullets li { position: relative; } .bullets li::before { content: ""; position: absolute; left: -11px; top: .5em;
  width: 5px; height: 5px; background: ${bg === '#e8eef5' || bg === '#f3ede2' ? '#555' : bg}; }`
    : 'list-style: disc; }';
  const css = `
@page { margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: ${font}; font-size: 10pt; line-height: 1.35; color: #222; }
.stripe { position: fixed; left: 0; top: 0; bottom: 0; width: ${sideWidth}%; background: ${bg}; }
.grid { position: relative; display: grid; grid-template-columns: ${sideWidth}% 1fr; }
.side { color: ${fg}; padding: 12mm 6mm 10mm 8mm; box-decoration-break: clone; }
.main { padding: 12mm 12mm 10mm 8mm; box-decoration-break: clone; }
.name { font-size: 20pt; line-height: 1.1; margin: 0 0 4px; ${v.capsName ? 'letter-spacing: .5px;' : ''} }
.headline { font-size: 11pt; margin-bottom: 10px; opacity: .9; }
.side h2 { font-size: 10.5pt; margin: 14px 0 4px; border-bottom: 1px solid currentColor; padding-bottom: 2px; }
.side a { color: inherit; text-decoration: none; }
.contact, .lang { font-size: 9pt; overflow-wrap: anywhere; margin-bottom: 2px; }
.icons a { margin-right: 6px; }
.group { font-weight: bold; font-size: 9pt; margin-top: 6px; }
.skills { font-size: 9pt; margin: 2px 0 0; padding: 0; list-style: none; }
.muted { opacity: .8; }
.main h2 { break-after: avoid-page; font-size: 12pt; color: ${bg === '#e8eef5' || bg === '#f3ede2' ? '#1f3a5f' : bg}; margin: 14px 0 6px; }
.main h2:first-child { margin-top: 0; }
.job, .edu { margin-bottom: 9px; break-inside: avoid-page; }
.job { break-inside: auto; }
.role { font-size: 10.5pt; }
.org { font-style: italic; }
.when { font-size: 8.5pt; color: #777; margin: 1px 0 3px; }
.cert .when { display: inline; }
p { margin: 2px 0 6px; text-align: ${v.hyphenate ? 'justify' : 'left'}; }
.bullets { margin: 2px 0 0; padding-left: 16px; ${bullet}
`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)}</title><style>${css}</style></head>
<body><div class="stripe"></div>
<div class="grid">
<aside class="side">
${sidebarHtml(m, v, { perLine })}
</aside>
<main class="main">
${mainHtml(m, v)}
</main>
</div></body></html>
`;
}

export async function renderGridSidebar(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer',
    'hyphenate', 'graphicBullets', 'prose', 'swap']);
  const [bg, fg] = COLOURS[Math.floor(v.seedA * COLOURS.length)];
  const font = FONTS[Math.floor(v.seedB * FONTS.length)];
  const sideWidth = [28, 31, 34][Math.floor(v.seedA * 10 % 1 * 3)];
  const perLine = v.seedB * 10 % 1 < 0.5;
  v.inlineCompany = v.seedA * 100 % 1 < 0.4;
  const paper = v.seedB * 100 % 1 < 0.5 ? 'A4' : 'Letter';
  v.rec(`sidebar:${bg} ${sideWidth}%`);
  v.rec(`font:${font.split(',')[0].replace(/"/g, '')}`);
  v.rec(perLine ? 'sidebar-skills:one-per-line' : 'sidebar-skills:comma-list');
  v.rec(v.inlineCompany ? 'job-header:one-line' : 'job-header:two-lines');
  v.rec(`paper:${paper}`);
  const m = docModel(person, v);

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, pageHtml(m, v, { bg, fg, font, sideWidth, perLine }));
  const page = await ctx.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
    const footer = v.footer ? footerTemplate(v.footer, person) : null;
    await page.pdf({
      path: outFile,
      format: paper,
      printBackground: true,
      displayHeaderFooter: !!footer,
      headerTemplate: '<span></span>',
      footerTemplate: footer ?? '<span></span>',
      margin: footer ? { top: '0', bottom: '0.45in', left: '0', right: '0' } : undefined,
    });
  } finally {
    await page.close();
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// html-right-sidebar: the corpus's own HTML + CSS template, printed by Chromium. The main column is
// on the left, headed by the name in large type and the headline; a narrower sidebar on the right
// holds the contact (text or icon links), skills (tag chips or comma lists), languages and
// certificates, and on some documents the education. Each job is its title in bold with the
// dates right-aligned on the same line, then "Company — City" in italics (the company first on
// some documents). The sidebar is tinted, or set off by a rule on its left; it ends where its
// content ends.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, makeRng } from './common.mjs';
import { ICONS, footerTemplate, softHyphenate } from './html.mjs';

const ACCENTS = ['#0b5394', '#7f1d1d', '#1b5e20', '#37474f', '#6a1b9a', '#b45309'];
const FONTS = ['"Liberation Sans", Arial, sans-serif', '"DejaVu Sans", sans-serif', '"Liberation Serif", "Times New Roman", serif',
  '"DejaVu Serif", serif'];

function icon(kind) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="15" height="15" viewBox="0 0 16 16">${ICONS[kind] ?? ICONS.other}</svg>`;
}

function sidebarHtml(m, v, o) {
  const h = (k) => `<h3>${esc(m.heading(k))}</h3>\n`;
  let s = `<h3>${esc(v.capsHeadings ? 'CONTACT' : 'Contact')}</h3>\n`;
  s += [m.email, m.phone, m.location].map((t) => `<div class="contact">${esc(t)}</div>`).join('\n') + '\n';
  if (m.links.length) {
    s += v.icons
      ? `<div class="icons">${m.links.map((l) => `<a href="${esc(l.url)}">${icon(l.kind)}</a>`).join(' ')}</div>\n`
      : m.links.map((l) => `<div class="contact"><a href="${esc(l.url)}">${esc(l.label)}</a></div>`).join('\n') + '\n';
  }
  if (m.skills.length) {
    s += h('skills');
    for (const g of m.skills) {
      if (g.group) s += `<div class="group">${esc(g.group)}</div>\n`;
      s += o.chips ? `<div class="chips">${g.items.map((i) => `<span class="chip">${esc(i)}</span>`).join(' ')}</div>\n`
        : `<div class="skills">${g.items.map(esc).join(', ')}</div>\n`;
    }
  }
  if (o.eduInSidebar && m.education.length) {
    s += h('education');
    for (const e of m.education) {
      s += `<div class="item"><div class="strong">${esc(e.degree)}</div><div>${esc(e.school)}</div>` +
        `${e.dates ? `<div class="muted">${esc(e.dates)}</div>` : ''}</div>\n`;
    }
  }
  if (m.languages.length) {
    s += h('languages');
    s += m.languages.map((l) => `<div class="lang">${esc(l.language)}${l.fluency ? ` <span class="muted">— ${esc(l.fluency)}</span>` : ''}</div>`).join('\n') + '\n';
  }
  if (m.certifications.length) {
    s += h('certifications');
    for (const c of m.certifications) {
      s += `<div class="item"><div class="strong">${esc(c.name)}</div>` +
        `${c.issuer || c.date ? `<div class="muted">${esc([c.issuer, c.date].filter(Boolean).join(', '))}</div>` : ''}</div>\n`;
    }
  }
  return s;
}

function mainHtml(m, v, o) {
  const text = (t) => esc(v.hyphenate ? softHyphenate(t) : t);
  let s = `<h1 class="name">${esc(m.displayName)}</h1>\n<div class="headline">${esc(m.headline)}</div>\n`;
  if (m.summary) s += `<h2>${esc(m.heading('summary'))}</h2>\n<p>${text(m.summary)}</p>\n`;
  s += `<h2>${esc(m.heading('experience'))}</h2>\n`;
  for (const j of m.jobs) {
    const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
    s += `<div class="job"><div class="head"><span class="title">${esc(first)}</span><span class="when">${esc(j.dates)}</span></div>\n`;
    s += `<div class="org">${esc(second)}${j.location ? ` — ${esc(j.location)}` : ''}</div>\n`;
    s += j.prose != null ? `<p>${text(j.prose)}</p>\n` : `<ul class="bullets">${j.bullets.map((x) => `<li>${text(x)}</li>`).join('')}</ul>\n`;
    s += '</div>\n';
  }
  if (!o.eduInSidebar && m.education.length) {
    s += `<h2>${esc(m.heading('education'))}</h2>\n`;
    for (const e of m.education) {
      s += `<div class="edu"><div class="head"><span class="title">${esc(e.degree)}</span><span class="when">${esc(e.dates)}</span></div>` +
        `<div class="org">${esc(e.school)}${e.location ? ` — ${esc(e.location)}` : ''}</div></div>\n`;
    }
  }
  return s;
}

function pageHtml(m, v, o) {
  const bullet = v.graphicBullets
    ? `list-style: none; } .bullets li { position: relative; } .bullets li::before { content: ""; position: absolute; left: -12px; top: .45em;
  width: 6px; height: 6px; border-radius: 50%; background: ${o.accent}; }`
    : 'list-style: disc; }';
  const aside = o.tinted
    ? `background: ${o.accent}14; padding: 8mm 5mm 6mm 5mm; border-radius: 3px;`
    : `border-left: 1.5px solid ${o.accent}; padding: 2mm 0 0 5mm;`;
  const css = `
@page { margin: 13mm 12mm ${v.footer ? '16mm' : '13mm'} 12mm; }
html, body { margin: 0; padding: 0; }
body { font-family: ${o.font}; font-size: 9.8pt; line-height: 1.38; color: #222; }
.page { display: flex; align-items: flex-start; gap: 7mm; }
.main { flex: 1 1 auto; min-width: 0; }
.side { flex: 0 0 ${o.sideWidth}%; box-sizing: border-box; font-size: 9pt; ${aside} }
.name { font-size: 25pt; line-height: 1.05; margin: 0 0 3px; color: ${o.accent}; font-weight: bold; ${v.capsName ? 'letter-spacing: 1px;' : ''} }
.headline { font-size: 12pt; color: #555; margin-bottom: 6px; }
.main h2 { break-after: avoid-page; font-size: 11.5pt; color: ${o.accent}; margin: 14px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #ccc; }
.side h3 { font-size: 9.5pt; color: ${o.accent}; margin: 12px 0 4px; ${v.capsHeadings ? 'letter-spacing: .8px;' : 'font-variant: normal;'} }
.side h3:first-child { margin-top: 0; }
.side a { color: inherit; text-decoration: none; }
.contact, .lang, .item { overflow-wrap: anywhere; margin-bottom: 3px; }
.icons { margin-top: 4px; }
.icons a { margin-right: 7px; }
.group { font-weight: bold; margin: 6px 0 2px; }
.chips { line-height: 1.9; }
.chip { display: inline-block; line-height: 1.3; padding: 1px 6px; border-radius: 8px; background: ${o.accent}22; color: #222; font-size: 8.5pt; margin: 0 2px 2px 0; }
.strong { font-weight: bold; }
.muted { color: #666; }
.job, .edu { margin-bottom: 10px; }
.edu { break-inside: avoid-page; }
.head { display: flex; justify-content: space-between; align-items: baseline; gap: 10px; break-after: avoid-page; }
.title { font-weight: bold; font-size: 10.5pt; }
.when { white-space: nowrap; color: #444; font-size: 9pt; }
.org { font-style: italic; color: #333; margin-bottom: 2px; break-after: avoid-page; }
p { margin: 2px 0 6px; text-align: ${v.hyphenate ? 'justify' : 'left'}; }
.bullets { margin: 2px 0 0; padding-left: 17px; ${bullet}
`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)}</title><style>${css}</style></head>
<body><div class="page">
<main class="main">
${mainHtml(m, v, o)}
</main>
<aside class="side">
${sidebarHtml(m, v, o)}
</aside>
</div></body></html>
`;
}

export async function renderRightSidebar(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer',
    'hyphenate', 'graphicBullets', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = {
    accent: rng.pick(ACCENTS),
    font: rng.pick(FONTS),
    sideWidth: rng.pick([29, 32, 35]),
    tinted: rng.chance(0.5),
    chips: rng.chance(0.5),
    eduInSidebar: rng.chance(0.4),
  };
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  v.rec(`sidebar:${o.tinted ? 'tinted' : 'ruled'} ${o.sideWidth}% ${o.accent}`);
  v.rec(`font:${o.font.split(',')[0].replace(/"/g, '')}`);
  v.rec(o.chips ? 'sidebar-skills:chips' : 'sidebar-skills:comma-list');
  v.rec(o.eduInSidebar ? 'education:sidebar' : 'education:main');
  v.rec(`paper:${paper}`);
  const m = docModel(person, v);

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, pageHtml(m, v, o));
  const page = await ctx.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
    const footer = v.footer ? footerTemplate(v.footer, person) : null;
    await page.pdf({
      path: outFile,
      format: paper,
      printBackground: true,
      preferCSSPageSize: false,
      displayHeaderFooter: !!footer,
      headerTemplate: '<span></span>',
      footerTemplate: footer ?? '<span></span>',
    });
  } finally {
    await page.close();
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// pdf-weasyprint-photoheader: the corpus's own HTML + CSS typeset by WeasyPrint. One header row: a
// grey square photo placeholder on the left (a CSS-drawn box, or an inline SVG silhouette), the
// name beside it in large type with the post-nominals smaller after it (after a comma or a space)
// and the headline under it, and the contact lines in a right-aligned block at the far right;
// then a thin rule. Each job's dates come first, on a small line of their own above the title
// ("03/2019 – present": the month as two digits), then "Title · Company, City" (seeded separator),
// then bullets or a paragraph. Schools are one line each, "2014 – 2018 · Degree, School"; skills
// one comma-separated line per group (the group's name in bold, or on its own line over the items);
// certificates one line each; languages on one line.
import { chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, makeRng, schoolYears } from './common.mjs';
import { footerContent, typeset } from './weasyprint.mjs';

const ACCENTS = ['#2b4c7e', '#7a2e3a', '#2e5e4e', '#3d3d3d', '#5b3f8c', '#8a5a14'];
const FONTS = [['"Liberation Sans", sans-serif', 'Liberation Sans'], ['"DejaVu Sans", sans-serif', 'DejaVu Sans'],
  ['Carlito, sans-serif', 'Carlito'], ['"Liberation Serif", serif', 'Liberation Serif'], ['"DejaVu Serif", serif', 'DejaVu Serif']];
const TITLE_SEPARATORS = [' · ', ' | ', ' — ', ' at '];
// A head-and-shoulders silhouette on a grey square.
const SILHOUETTE = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100%" height="100%">'
  + '<rect width="100" height="100" fill="#c8c8c8"/><circle cx="50" cy="38" r="19" fill="#f2f2f2"/>'
  + '<path d="M14 100c2-22 17-34 36-34s34 12 36 34z" fill="#f2f2f2"/></svg>';

function pageHtml(m, v, o, person) {
  const heading = (k) => `<h2>${esc(m.heading(k))}</h2>\n`;
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  let s = `<header>
<div class="photo">${o.photo === 'svg' ? SILHOUETTE : ''}</div>
<div class="who">
<div class="name">${esc(m.name)}${m.postNominals ? `<span class="post">${o.postComma ? ',' : ''} ${esc(m.postNominals)}</span>` : ''}</div>
<div class="headline">${esc(m.headline)}</div>
</div>
<div class="contact">${contact.map((c) => `<div>${esc(c)}</div>`).join('\n')}</div>
</header>
<hr>
`;
  if (m.summary) s += `${heading('summary')}<p class="summary">${esc(m.summary)}</p>\n`;
  s += heading('experience');
  for (const j of m.jobs) {
    const sep = o.titleSep;
    s += `<div class="job"><div class="when">${esc(j.dates)}</div>
<div class="role"><b>${esc(j.title)}</b>${esc(sep)}${esc(j.company)}${j.location ? `, ${esc(j.location)}` : ''}</div>\n`;
    s += j.prose != null ? `<p>${esc(j.prose)}</p>\n` : `<ul>${j.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>\n`;
    s += '</div>\n';
  }
  if (person.education.length) {
    s += heading('education');
    for (const e of person.education) {
      const years = schoolYears(e, v);
      s += `<div class="edu">${years ? `<span class="years">${esc(years)}</span> · ` : ''}<b>${esc(e.degree)}</b>, ${esc(e.school)}</div>\n`;
    }
  }
  if (m.skills.length) {
    s += heading('skills');
    for (const g of m.skills) {
      const items = g.items.map(esc).join(', ');
      s += !g.group ? `<div class="skills">${items}</div>\n`
        : o.groupOver ? `<div class="skills"><div class="group">${esc(g.group)}</div>${items}</div>\n`
          : `<div class="skills"><span class="group">${esc(g.group)}:</span> ${items}</div>\n`;
    }
  }
  if (m.certifications.length) {
    s += heading('certifications');
    for (const c of m.certifications) {
      s += `<div class="cert">${c.date ? `<span class="years">${esc(c.date)}</span> · ` : ''}${esc(c.name)}${c.issuer ? `, ${esc(c.issuer)}` : ''}</div>\n`;
    }
  }
  if (m.languages.length) {
    s += `${heading('languages')}<div class="langs">${m.languages.map((l) => `${esc(l.language)}${l.fluency ? ` (${esc(l.fluency)})` : ''}`).join(', ')}</div>\n`;
  }
  return s;
}

function css(m, v, o) {
  const footer = footerContent(m, v);
  return `
@page { size: ${o.paper}; margin: ${o.margin}mm ${o.margin}mm ${v.footer ? o.margin + 4 : o.margin}mm;
  ${footer ? `@bottom-right { content: ${footer}; font-family: ${o.font[0]}; font-size: 7.5pt; color: #777; }` : ''} }
html { font-family: ${o.font[0]}; font-size: ${o.size}pt; line-height: 1.3; color: #222; }
body { margin: 0; }
header { display: flex; align-items: center; }
.photo { flex: none; margin-right: 5mm; width: ${o.photoSize}mm; height: ${o.photoSize}mm; background: #c8c8c8;
  ${o.photo === 'box' ? 'border: 0.8pt solid #999;' : ''} ${o.round ? 'border-radius: 50%; overflow: hidden;' : ''} }
.who { flex: 1 1 auto; }
.name { font-size: ${o.nameSize}pt; font-weight: bold; line-height: 1.1; color: ${o.nameAccent ? o.accent : '#1a1a1a'};
  ${v.capsName ? 'text-transform: uppercase; letter-spacing: 0.03em;' : ''} }
.post { font-size: 0.5em; font-weight: normal; white-space: nowrap; text-transform: none; letter-spacing: 0; color: #555; }
.headline { font-size: ${o.size + 2}pt; color: #555; margin-top: 3pt; }
.contact { flex: none; margin-left: 6mm; text-align: right; font-size: ${o.size - 1}pt; line-height: 1.45; }
hr { border: 0; border-top: 0.6pt solid ${o.accent}; margin: 4mm 0 2mm; }
h2 { font-size: ${o.size + 2}pt; color: ${o.accent}; margin: 9pt 0 4pt; break-after: avoid;
  ${v.capsHeadings ? 'text-transform: uppercase; letter-spacing: 0.1em; font-size: ' + (o.size + 0.5) + 'pt;' : ''} }
.job { margin-bottom: 6pt; }
.when { font-size: ${o.size - 1.5}pt; color: #666; letter-spacing: 0.02em; break-after: avoid; }
.role { break-after: avoid; }
ul { margin: 2pt 0 0; padding-left: 5mm; }
li { margin-bottom: 1pt; }
p { margin: 2pt 0 0; }
p, li { text-align: ${v.hyphenate ? 'justify' : 'left'}; hyphens: ${v.hyphenate ? 'auto' : 'manual'}; }
.edu, .cert, .skills { margin-bottom: 3pt; }
.years { color: #555; }
.group { font-weight: bold; }
`;
}

export async function renderWeasyPrintPhoto(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose']);
  // The dates of this layout are always numeric with a two-digit month ("03/2019").
  v.dateStyle = '06/2019';
  v.list = v.list.map((x) => (x.startsWith('date:') ? 'date:06/2019' : x));
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = {
    accent: rng.pick(ACCENTS),
    font: rng.pick(FONTS),
    size: rng.pick([9.5, 10, 10.5]),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([14, 16, 18]),
    photo: rng.chance(0.5) ? 'svg' : 'box',
    round: rng.chance(0.3),
    photoSize: rng.pick([24, 28, 32]),
    nameSize: rng.pick([22, 24, 26]) - (person.name.length + (person.postNominals ?? '').length / 2 > 20 ? 5 : 0),
    nameAccent: rng.chance(0.4),
    postComma: rng.chance(0.6),
    titleSep: rng.pick(TITLE_SEPARATORS),
    groupOver: rng.chance(0.3),
  };
  v.rec(`font:${o.font[1]} ${o.size}pt`);
  v.rec(`paper:${o.paper}`);
  v.rec(`accent:${o.accent}`);
  v.rec(`photo:${o.photo}${o.round ? ',round' : ''}`);
  if (person.postNominals) v.rec(o.postComma ? 'post-nominals:comma' : 'post-nominals:space');
  v.rec(`title-company-separator:${o.titleSep.trim()}`);
  v.rec(o.groupOver ? 'skills:group-over-items' : 'skills:group-colon');
  v.rec('dates:above-title');
  v.rec('education:one-line,years');
  const m = docModel(person, v);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)} – Résumé</title>
<meta name="author" content="${esc(m.displayName)}">
<style>${css(m, v, o)}</style></head>
<body>
${pageHtml(m, v, o, person)}
</body></html>
`;
  await typeset(ctx, `${layout.id}/${person.id}`, html, outFile);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

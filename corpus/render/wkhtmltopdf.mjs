// pdf-wkhtmltopdf-labelcells: the corpus's own HTML template printed by wkhtmltopdf (Debian's
// build against the distribution's Qt WebKit, without the wkhtmltopdf Qt patches: no page headers
// or footers, Qt's offscreen platform instead of an X server). The name is centred in large
// letter-spaced capitals (the post-nominals after it in plain type), the headline under it, and
// the contact on one centred line of " · "-separated items. Below a rule every section is a run of
// layout-table rows (one table per entry, so that WebKit never breaks an entry across pages)
// sharing a narrow left cell: the section's name sits there, either in a row of its own over a
// rule or above the first entry's dates; each job's dates fill the left cell of its row ("03/2019
// – present", wrapping there when long), the right cell holds "Title at Company, City" (seeded
// separator; the company first with `company-before-title`) over the bullets or a paragraph.
// Schools and certificates take the same rows (their dates left); the summary, the skills (one
// "Group: a, b" line per group) and the languages sit beside the section's name. The left cells
// are right- or left-aligned, set off by a vertical rule on some documents.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, makeRng } from './common.mjs';
import { softHyphenate } from './html.mjs';

const run = promisify(execFile);
const WKHTMLTOPDF = process.env.CORPUS_WKHTMLTOPDF ?? '/usr/bin/wkhtmltopdf';

const ACCENTS = ['#17365d', '#5b2333', '#234d20', '#3a3a3a', '#0f5e6e'];
const FONTS = [['"Liberation Serif", serif', 'Liberation Serif'], ['"DejaVu Sans", sans-serif', 'DejaVu Sans'],
  ['"Liberation Sans", sans-serif', 'Liberation Sans'], ['Carlito, sans-serif', 'Carlito'], ['"DejaVu Serif", serif', 'DejaVu Serif']];
const JOB_SEPARATORS = [' at ', ', ', ' — ', ' | '];

function pageHtml(m, v, o) {
  const text = (t) => esc(v.hyphenate ? softHyphenate(t) : t);
  // One entry: a table of one row, the label cell and the body cell.
  const row = (label, body, cls = '') => `<table class="row ${cls}"><tr><td class="label">${label}</td><td class="body">${body}</td></tr></table>\n`;
  const name = (k) => `<div class="sname">${esc(m.heading(k))}</div>`;
  // A dated section: the name in a row of its own, or above the first entry's dates.
  const dated = (k, entries) => {
    let s = o.headingRow ? row(name(k), '', 'headrow') : '';
    entries.forEach(([dates, body], i) => {
      s += row(`${!o.headingRow && i === 0 ? name(k) : ''}${dates ? `<div class="dates">${esc(dates)}</div>` : ''}`, body,
        !o.headingRow && i === 0 ? 'first' : '');
    });
    return s;
  };
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  let s = `<div class="head">
<h1><span class="nm">${esc(m.name)}</span>${m.postNominals ? `<span class="post">, ${esc(m.postNominals)}</span>` : ''}</h1>
<div class="headline">${esc(m.headline)}</div>
<div class="contact">${contact.map(esc).join(' · ')}</div>
</div>
`;
  if (m.summary) s += row(name('summary'), `<p>${text(m.summary)}</p>`, 'first');
  s += dated('experience', m.jobs.map((j) => {
    const sep = v.swap && o.sep === ' at ' ? ' — ' : o.sep;
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const head = `<div class="job"><b>${esc(a)}</b>${esc(sep)}${v.swap ? `<i>${esc(b)}</i>` : esc(b)}` +
      `${j.location ? (o.cityParens ? ` (${esc(j.location)})` : `, ${esc(j.location)}`) : ''}</div>`;
    const body = j.prose != null ? `<p>${text(j.prose)}</p>` : `<ul>${j.bullets.map((x) => `<li>${text(x)}</li>`).join('')}</ul>`;
    return [j.dates, head + body];
  }));
  if (m.education.length) {
    s += dated('education', m.education.map((e) => [e.dates,
      `<div><b>${esc(e.degree)}</b>, ${esc(e.school)}${e.location ? `, ${esc(e.location)}` : ''}</div>`]));
  }
  if (m.skills.length) {
    s += row(name('skills'), m.skills.map((g) => `<div class="skl">${g.group ? `<b>${esc(g.group)}:</b> ` : ''}${g.items.map(esc).join(', ')}</div>`).join(''), 'first');
  }
  if (m.certifications.length) {
    s += dated('certifications', m.certifications.map((c) => [c.date, `<div>${esc(c.name)}${c.issuer ? ` — <i>${esc(c.issuer)}</i>` : ''}</div>`]));
  }
  if (m.languages.length) {
    s += row(name('languages'), `<div>${m.languages.map((l) => `${esc(l.language)}${l.fluency ? ` (${esc(l.fluency)})` : ''}`).join(' · ')}</div>`, 'first');
  }
  return s;
}

// Sizes in CSS pixels: WebKit lays the page out wider than the paper and shrinks it to fit (the
// unpatched Qt build ignores --zoom), so they are set larger than on screen.
function css(v, o) {
  return `
body { font-family: ${o.font[0]}; font-size: ${o.size}px; line-height: 1.35; color: #1e1e1e; margin: 0; }
.head { text-align: center; margin-bottom: 10px; padding-bottom: 10px; border-bottom: ${o.doubleRule ? '3px double' : '1px solid'} ${o.accent}; }
h1 { font-size: ${o.nameSize}px; font-weight: ${o.boldName ? 'bold' : 'normal'}; margin: 0 0 4px; color: ${o.accent}; }
h1 .nm { text-transform: uppercase; letter-spacing: ${o.spacing}em; }
h1 .post { font-size: ${Math.round(o.size * 1.15)}px; font-weight: normal; color: #444; }
.headline { font-style: italic; color: #444; margin-bottom: 4px; }
.contact { font-size: ${o.size - 1}px; color: #333; }
table.row { width: 100%; table-layout: fixed; border-collapse: collapse; page-break-inside: avoid; }
td.label { width: ${o.labelWidth}%; vertical-align: top; text-align: ${o.labelRight ? 'right' : 'left'}; padding: 3px 10px 6px 0;
  ${o.vrule ? `border-right: 1px solid ${o.accent}66;` : ''} color: #555; font-size: ${o.size - 1}px; }
td.body { vertical-align: top; padding: 3px 0 6px 12px; }
table.first td { padding-top: 10px; }
table.headrow td { padding-top: 12px; padding-bottom: 2px; }
table.headrow td.body { border-bottom: 1px solid ${o.accent}55; }
.sname { font-weight: bold; color: ${o.accent}; text-transform: uppercase; letter-spacing: 0.08em; margin-bottom: 2px; }
.dates { white-space: normal; }
p { margin: 0; text-align: ${v.hyphenate ? 'justify' : 'left'}; }
ul { margin: 3px 0 0; padding-left: 16px; list-style-type: ${o.marker}; }
li { margin: 0 0 2px; text-align: ${v.hyphenate ? 'justify' : 'left'}; }
.skl { margin-bottom: 2px; }
`;
}

export async function renderWkhtmltopdf(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'hyphenate', 'prose', 'swap']);
  // The name is always in capitals here.
  v.capsName = true;
  v.rec('caps-name');
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = {
    accent: rng.pick(ACCENTS),
    font: rng.pick(FONTS),
    size: rng.pick([15, 16, 17]),
    nameSize: rng.pick([34, 40, 46]),
    spacing: rng.pick([0.06, 0.08, 0.1]),
    boldName: rng.chance(0.5),
    doubleRule: rng.chance(0.4),
    labelWidth: rng.pick([20, 23, 26]),
    labelRight: rng.chance(0.5),
    vrule: rng.chance(0.5),
    headingRow: rng.chance(0.5),
    sep: rng.pick(JOB_SEPARATORS),
    cityParens: rng.chance(0.3),
    marker: rng.pick(['disc', 'circle', 'square']),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([12, 15, 18]),
  };
  v.rec(`font:${o.font[1]} ${o.size}px`);
  v.rec(`paper:${o.paper}`);
  v.rec(`label-column:${o.labelWidth}% ${o.labelRight ? 'right' : 'left'}-aligned${o.vrule ? ' ruled' : ''}`);
  v.rec(o.headingRow ? 'section-name:own-row' : 'section-name:over-first-dates');
  v.rec(`job-line-separator:${(v.swap && o.sep === ' at ' ? ' — ' : o.sep).trim()}`);
  v.rec(o.cityParens ? 'job-city:parenthesised' : 'job-city:after-comma');
  v.rec(`item-mark:${o.marker}`);
  const m = docModel(person, v);
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)} – Résumé</title>
<style>${css(v, o)}</style></head>
<body>
${pageHtml(m, v, o)}
</body></html>
`;
  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, html);
  // Qt wants a private runtime directory; the offscreen platform needs no display.
  const runtime = path.join(ctx.tmp, 'qt-runtime');
  await mkdir(runtime, { recursive: true, mode: 0o700 });
  const margin = `${o.margin}mm`;
  try {
    await run(WKHTMLTOPDF, ['--quiet', '--page-size', o.paper, '-T', margin, '-B', margin, '-L', margin, '-R', margin,
      '--title', `${m.displayName} – Résumé`, '--disable-javascript', '--encoding', 'utf-8', htmlFile, outFile],
    { env: { ...process.env, QT_QPA_PLATFORM: 'offscreen', XDG_RUNTIME_DIR: runtime }, maxBuffer: 16 << 20 });
  } catch (e) {
    throw new Error(`${layout.id}/${person.id}: wkhtmltopdf failed: ${(e.stderr || e.message).toString().slice(0, 400)}`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

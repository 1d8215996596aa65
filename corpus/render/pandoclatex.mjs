// latex-pandoc: the plain "resume in Markdown" that many developers keep, turned into a PDF by
// pandoc with pdflatex and pandoc's own default LaTeX template (`pandoc --pdf-engine=pdflatex`,
// with seeded `-V geometry:margin=…`, `-V fontsize`, `-V fontfamily` and `-V colorlinks`). The
// Markdown conventions are seeded: the name as a `#` heading or a bold line, the contact on one
// line separated by " | " or " · "; `##` section headings; each job a `### Title, Company`
// heading or a "**Title** — *Company*, City" line, with the dates in italics on a line of their
// own or at the end of the header; `-` or `*` lists or a paragraph; schools as list items or
// lines; skills as "**Group:** a, b" lines or list items. The page number is the template's
// (centred in the footer).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, languagesLine, makeRng } from './common.mjs';
import { md } from './pandoc.mjs';

const run = promisify(execFile);

// Font packages of Debian's texlive that pandoc's `fontfamily` loads (`\usepackage[options]{…}`);
// Roboto as the document's family (sfdefault). (Source Sans Pro is left out: a shape of it that is
// not scalable stops microtype, which the template loads.)
const FONT_FAMILIES = [['lmodern'], ['libertine'], ['tgpagella'], ['tgtermes'], ['mathpazo'], ['charter'], ['XCharter'],
  ['kpfonts'], ['roboto', 'sfdefault'], ['bookman']];
const LINK_COLOURS = ['blue', 'teal', 'violet', 'magenta', 'Maroon', 'NavyBlue'];

function markdown(m, v, s) {
  const L = [];
  const nl = () => L.push('');
  // The name: a level-1 heading, or a bold paragraph; the headline under it.
  if (s.name === 'heading') L.push(`# ${md(m.displayName)}`, '');
  else L.push(`**${md(m.displayName)}**  `);
  L.push(s.headlineItalic ? `*${md(m.headline)}*` : md(m.headline), '');
  const links = m.links.map((l) => (s.bareLinks ? `<${l.url}>` : `[${md(l.label)}](${l.url})`));
  const contact = [md(m.email), md(m.phone), md(m.location), ...links];
  L.push(contact.join(s.contactSep === '|' ? ' \\| ' : ' · '), '');
  const h = (k) => `## ${md(m.heading(k))}`;
  // What joins the dates to a header line: a dash, or a middle dot when the range is dashed.
  const dash = v.sep === '—' ? ' · ' : ' — ';
  if (m.summary) L.push(h('summary'), '', md(m.summary), '');
  L.push(h('experience'), '');
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const city = j.location ? md(j.location) : '';
    if (s.job === 'h3') {
      // ### Title, Company — the dates (and city) in italics on the next line, or after the header.
      if (s.datesAt === 'line') {
        L.push(`### ${md(a)}${s.h3Sep}${md(b)}`, '', `*${md(j.dates)}${city ? ` · ${city}` : ''}*`, '');
      } else {
        L.push(`### ${md(a)}${s.h3Sep}${md(b)} (${md(j.dates)})`, '');
        if (city) L.push(`*${city}*`, '');
      }
    } else {
      // **Title** — *Company*, City, the dates on an italic line under it or at the end.
      const head = `**${md(a)}** — *${md(b)}*${city ? `, ${city}` : ''}`;
      if (s.datesAt === 'line') L.push(`${head}  `, `*${md(j.dates)}*`, '');
      else L.push(`${head}${dash}${md(j.dates)}`, '');
    }
    if (j.prose != null) L.push(md(j.prose), '');
    else if (j.bullets.length) { for (const x of j.bullets) L.push(`${s.listMark} ${md(x)}`); nl(); }
  }
  if (m.education.length) {
    L.push(h('education'), '');
    for (const e of m.education) {
      const where = `${md(e.school)}${e.location ? `, ${md(e.location)}` : ''}`;
      const dates = e.dates ? md(e.dates) : '';
      if (s.education === 'list') L.push(`${s.listMark} **${md(e.degree)}**, ${where}${dates ? ` (${dates})` : ''}`);
      else L.push(`**${md(e.degree)}**${dates ? `${dash}*${dates}*` : ''}  `, where, '');
    }
    if (s.education === 'list') nl();
  }
  if (m.skills.length) {
    L.push(h('skills'), '');
    const line = (g) => `${g.group ? `**${md(g.group)}:** ` : ''}${g.items.map(md).join(', ')}`;
    if (s.skills === 'list') { for (const g of m.skills) L.push(`${s.listMark} ${line(g)}`); nl(); }
    else for (const g of m.skills) L.push(line(g), '');
  }
  if (m.certifications.length) {
    L.push(h('certifications'), '');
    for (const c of m.certifications) L.push(`${s.listMark} ${md(c.name)}${c.issuer ? `, ${md(c.issuer)}` : ''}${c.date ? ` (${md(c.date)})` : ''}`);
    nl();
  }
  if (m.languages.length) {
    L.push(h('languages'), '', languagesLine(m.languages, md), '');
  }
  return L.join('\n');
}

export async function renderPandocLatex(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const s = {
    name: rng.chance(0.5) ? 'heading' : 'bold-line',
    headlineItalic: rng.chance(0.5),
    contactSep: rng.chance(0.5) ? '|' : '·',
    bareLinks: rng.chance(0.3),
    job: rng.chance(0.5) ? 'h3' : 'bold-line',
    h3Sep: rng.pick([', ', ' — ', ' at ']),
    datesAt: rng.chance(0.5) ? 'line' : 'end',
    listMark: rng.pick(['-', '*']),
    education: rng.chance(0.5) ? 'list' : 'lines',
    skills: rng.chance(0.4) ? 'list' : 'lines',
  };
  if (v.swap && s.h3Sep === ' at ') s.h3Sep = ' — '; // "Company at Title" is nobody's wording
  const margin = rng.pick(['0.75in', '1in', '2cm', '2.5cm']);
  const fontsize = rng.pick(['10pt', '11pt', '12pt']);
  const fontfamily = rng.pick(FONT_FAMILIES);
  const colorlinks = rng.chance(0.5);
  const linkColour = rng.pick(LINK_COLOURS);
  const paper = rng.chance(0.5) ? 'a4' : 'letter';
  v.rec(`name:${s.name}`);
  v.rec(`headline:${s.headlineItalic ? 'italic' : 'plain'}`);
  v.rec(`contact-separator:${s.contactSep}`);
  v.rec(s.bareLinks ? 'links:bare-urls' : 'links:labelled');
  v.rec(s.job === 'h3' ? `job-header:h3 separator ${s.h3Sep.trim()}` : 'job-header:bold-title-italic-company');
  v.rec(`job-dates:${s.datesAt === 'line' ? 'italic-line' : 'end-of-header'}`);
  v.rec(`list-mark:${s.listMark}`);
  v.rec(`education:${s.education}`);
  v.rec(`skills:${s.skills === 'list' ? 'list-items' : 'group-lines'}`);
  v.rec(`geometry:margin=${margin}`);
  v.rec(`fontsize:${fontsize}`);
  v.rec(`fontfamily:${fontfamily.join(' ')}`);
  v.rec(`paper:${paper}`);
  if (colorlinks) v.rec(`colorlinks:${linkColour}`);
  const m = docModel(person, v);
  const mdFile = path.join(ctx.tmp, `${layout.id}--${person.id}.md`);
  await writeFile(mdFile, markdown(m, v, s));
  const args = ['-f', 'markdown', '-o', outFile, '--pdf-engine=pdflatex',
    '-V', `geometry:margin=${margin}`, '-V', `fontsize=${fontsize}`, '-V', `papersize=${paper}`];
  if (fontfamily[0] !== 'lmodern') args.push('-V', `fontfamily=${fontfamily[0]}`);
  if (fontfamily[1]) args.push('-V', `fontfamilyoptions=${fontfamily[1]}`);
  if (colorlinks) args.push('-V', 'colorlinks=true', '-V', `linkcolor=${linkColour}`, '-V', `urlcolor=${linkColour}`);
  args.push('-M', `pagetitle=${m.displayName}`, mdFile);
  try {
    await run('pandoc', args, { cwd: ctx.tmp, maxBuffer: 16 << 20, timeout: 180000 });
  } catch (e) {
    throw new Error(`${layout.id}/${person.id}: pandoc failed: ${(e.stderr || e.message || '').toString().slice(0, 800)}`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

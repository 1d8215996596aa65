// html-linkedin-profile: the corpus's own HTML + CSS in the manner of a professional networking
// site's profile saved as PDF (one of the commonest resumes uploaded in real life), printed by
// Chromium. A light grey left column (about 28 % wide) runs down every page — a fixed stripe behind
// the content, which Chromium repeats on each printed page, continued into the footer margin by the
// footer template — but its content (Contact, Top Skills, Languages, Certifications) is only at the
// top of page 1. The main column holds the name in large type, the headline, the location in grey,
// "Summary", "Experience" and "Education". Each job is the company in bold, then the title, then
// "Month YYYY - Present (N years M months)" with the month spelled in full and the length of the
// job in parentheses, then the city in grey, then the description as members type it: a paragraph,
// or lines that begin with a typed "• " or "- " (text characters, not a list). Consecutive jobs at
// one company print the company once, with its total length under it and each role under that.
// Schools are the school in bold over "Degree, Field · (YYYY - YYYY)". A grey "Page N of M" is
// centred at the foot of every page (Chromium's footer template).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, makeRng, parseYm, schoolYears,
  splitDegree,
} from './common.mjs';

const FONTS = ['"Liberation Sans", Arial, sans-serif', '"DejaVu Sans", sans-serif', 'Carlito, Calibri, sans-serif'];
const GREYS = ['#f2f2f2', '#eeeeee', '#f3f2ef', '#ececec'];
// The month the export was made: the length of a current job is counted to it.
const TODAY = '2025-06';

// The length of a job as the site prints it, the first and last months both counted:
// 2019-06 .. 2020-06 is "1 year 1 month".
export function durationText(start, end) {
  const s = parseYm(start);
  const e = parseYm(end ?? TODAY);
  const months = Math.max(1, (e.y * 12 + e.m) - (s.y * 12 + s.m) + 1);
  const y = Math.floor(months / 12);
  const mo = months % 12;
  const parts = [];
  if (y) parts.push(`${y} year${y === 1 ? '' : 's'}`);
  if (mo) parts.push(`${mo} month${mo === 1 ? '' : 's'}`);
  return parts.join(' ');
}

// The site's own proficiency names, from the fluency a person wrote.
function siteFluency(f) {
  const s = String(f ?? '').toLowerCase();
  if (!s) return '';
  if (/native|mother/.test(s)) return 'Native or Bilingual';
  if (/fluent|c1|c2|full/.test(s)) return 'Full Professional';
  if (/professional/.test(s)) return 'Professional Working';
  if (/basic|a1|a2|elementary|beginner/.test(s)) return 'Elementary';
  return 'Limited Working';
}

function linkText(l, profileSuffix) {
  const url = l.url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  const suffix = { linkedin: profileSuffix, portfolio: 'Portfolio', github: 'Personal', other: 'Personal' }[l.kind] ?? 'Other';
  return { url, suffix };
}

function sidebarHtml(m, person, o) {
  let s = '<h3>Contact</h3>\n';
  s += `<div class="c">${esc(m.email)}</div>\n`;
  if (o.phone) s += `<div class="c">${esc(m.phone)}${o.phoneKind ? ` (${esc(o.phoneKind)})` : ''}</div>\n`;
  // The profile's own address first, as the site puts it.
  const links = [...person.links].sort((a, b) => (a.kind === 'linkedin' ? 0 : 1) - (b.kind === 'linkedin' ? 0 : 1));
  for (const l of links) {
    const { url, suffix } = linkText(l, o.profileSuffix);
    s += `<div class="c"><a href="${esc(l.url)}">${esc(url)}</a><br><span class="sfx">(${esc(suffix)})</span></div>\n`;
  }
  if (o.topSkills.length) {
    s += '<h3>Top Skills</h3>\n' + o.topSkills.map((t) => `<div class="i">${esc(t)}</div>`).join('\n') + '\n';
  }
  if (m.languages.length) {
    s += '<h3>Languages</h3>\n' + m.languages.map((l) => {
      const f = o.siteLevels ? siteFluency(l.fluency) : l.fluency;
      return `<div class="i">${esc(l.language)}${f ? ` <span class="sfx">(${esc(f)})</span>` : ''}</div>`;
    }).join('\n') + '\n';
  }
  if (m.certifications.length) {
    s += '<h3>Certifications</h3>\n' + m.certifications.map((c) => `<div class="i">${esc(c.name)}</div>`).join('\n') + '\n';
  }
  return s;
}

function descriptionHtml(job, j, o) {
  if (o.noText) return '';
  if (j.prose != null) return `<div class="desc">${esc(j.prose)}</div>\n`;
  return `<div class="desc">${j.bullets.map((b) => `<div class="ln">${esc(o.mark)}${esc(b)}</div>`).join('')}</div>\n`;
}

function mainHtml(m, person, o) {
  let s = `<div class="name">${esc(m.displayName)}</div>\n<div class="headline">${esc(o.headline)}</div>\n`;
  s += `<div class="where">${esc(m.location)}</div>\n`;
  if (m.summary) s += `<h2>Summary</h2>\n<div class="summary">${esc(m.summary)}</div>\n`;
  s += '<h2>Experience</h2>\n';
  const jobs = person.experience;
  for (let i = 0; i < jobs.length;) {
    // A run of consecutive jobs at one company prints under one company heading.
    let k = i + 1;
    while (k < jobs.length && jobs[k].company === jobs[i].company) k++;
    s += `<div class="co">${esc(jobs[i].company)}</div>\n`;
    if (k - i > 1) s += `<div class="total">${esc(durationText(jobs[k - 1].start, jobs[i].end))}</div>\n`;
    for (let n = i; n < k; n++) {
      const job = jobs[n];
      const j = m.jobs[n];
      s += `<div class="role${k - i > 1 ? ' grouped' : ''}">`;
      s += `<div class="title">${esc(j.title)}</div>\n`;
      s += `<div class="when">${esc(j.start)} - ${esc(j.end)} (${esc(durationText(job.start, job.end))})</div>\n`;
      if (j.location) s += `<div class="where small">${esc(j.location)}</div>\n`;
      s += descriptionHtml(job, j, { ...o, noText: o.noText[n] });
      s += '</div>\n';
    }
    i = k;
  }
  if (m.education.length) {
    s += '<h2>Education</h2>\n';
    person.education.forEach((ed, n) => {
      const years = schoolYears(ed, { dateStyle: '2019', sep: '-', present: 'Present' });
      s += `<div class="edu"><div class="co">${esc(ed.school)}</div>\n<div class="deg">${esc(o.degreeText[n])}` +
        `${years ? ` · (${esc(years)})` : ''}</div></div>\n`;
    });
  }
  return s;
}

function pageHtml(m, person, o) {
  const css = `
@page { margin: 0 0 12mm 0; }
html, body { margin: 0; padding: 0; }
body { font-family: ${o.font}; font-size: ${o.size}pt; line-height: 1.3; color: #181818; }
.stripe { position: fixed; left: 0; top: 0; bottom: 0; width: ${o.sideWidth}%; background: ${o.grey}; }
.grid { position: relative; display: grid; grid-template-columns: ${o.sideWidth}% 1fr; }
.side { padding: 11mm 6mm 8mm 9mm; box-decoration-break: clone; -webkit-box-decoration-break: clone; overflow-wrap: anywhere; }
.main { padding: 11mm 13mm 8mm 9mm; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.side h3 { font-size: ${o.size + 2.5}pt; font-weight: normal; color: #000; margin: 16px 0 6px; }
.side h3:first-child { margin-top: 0; }
.side a { color: inherit; text-decoration: none; }
.c, .i { font-size: ${o.size - 0.5}pt; margin-bottom: 5px; }
.sfx { color: #555; }
.name { font-size: ${o.nameSize}pt; line-height: 1.1; margin: 0 0 6px; }
.headline { font-size: ${o.size + 1.5}pt; margin-bottom: 5px; }
.where { color: #b0b0b0; }
.where.small { font-size: ${o.size - 0.5}pt; margin-bottom: 4px; }
.main h2 { font-size: ${o.headSize}pt; font-weight: normal; color: ${o.headColour}; margin: 20px 0 8px; break-after: avoid-page; }
.summary { margin-bottom: 4px; }
.co { font-weight: bold; font-size: ${o.size + 1.5}pt; margin-top: 12px; break-after: avoid-page; }
.total { color: #b0b0b0; font-size: ${o.size - 0.5}pt; break-after: avoid-page; }
.role { margin-top: 1px; }
.role.grouped { margin-top: 8px; }
.title { font-size: ${o.size + 0.5}pt; break-after: avoid-page; }
.when { color: #b0b0b0; font-size: ${o.size - 0.5}pt; break-after: avoid-page; }
.desc { margin-top: 5px; font-size: ${o.size}pt; }
.ln { margin: 0; }
.edu { break-inside: avoid-page; }
.deg { font-size: ${o.size}pt; margin-top: 1px; }
`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)}</title><style>${css}</style></head>
<body><div class="stripe"></div>
<div class="grid">
<aside class="side">
${sidebarHtml(m, person, o)}
</aside>
<main class="main">
${mainHtml(m, person, o)}
</main>
</div></body></html>
`;
}

// "Page N of M" centred in grey; the grey of the left column continues under it.
function footerHtml(o) {
  return `<div style="position: relative; width: 100%; height: 100%; margin: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact;">` +
    `<div style="position: absolute; left: 0; top: 0; bottom: 0; width: ${o.sideWidth}%; background: ${o.grey};"></div>` +
    `<div style="position: absolute; left: 0; right: 0; bottom: 4.5mm; text-align: center; font-family: ${o.font.replace(/"/g, "'")}; ` +
    `font-size: ${o.footSize}pt; color: #999;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div></div>`;
}

export async function renderLinkedInProfile(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, []);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  // What the site prints, always: full month names, " - ", "Present".
  v.dateStyle = 'June 2019';
  v.present = 'Present';
  v.sep = '-';
  v.rec('date:June 2019');
  v.rec('present:Present');
  v.rec('range-separator:-');
  // Members write a job's description as a paragraph or as typed bullet lines; old jobs often have none.
  v.proseJobs = person.experience.map((j) => j.bullets.length > 0 && rng.chance(0.35));
  const noText = person.experience.map((j, i) => i >= 2 && !v.proseJobs[i] && rng.chance(0.2));
  v.proseJobs.forEach((p, i) => p && v.rec(`prose-job:${i}`));
  noText.forEach((p, i) => p && v.rec(`no-description:${i}`));
  const current = person.experience.find((j) => j.end == null);
  const headlineForm = rng.pick(['plain', 'plain', 'at-company', 'pipes']);
  const allSkills = person.skills.flatMap((g) => g.items);
  const o = {
    font: rng.pick(FONTS),
    grey: rng.pick(GREYS),
    sideWidth: rng.pick([27, 28, 29]),
    size: rng.pick([10, 10.5, 11]),
    nameSize: rng.pick([24, 26, 27]),
    headSize: rng.pick([13, 14, 15.5]),
    headColour: rng.pick(['#181818', '#333333', '#555555']),
    footSize: rng.pick([8, 9]),
    mark: rng.pick(['• ', '- ', '•', '* ']),
    phone: rng.chance(0.5),
    phoneKind: rng.pick(['Mobile', 'Mobile', 'Home', 'Work', '']),
    profileSuffix: rng.pick(['Profile', 'Profile', 'Personal']),
    siteLevels: rng.chance(0.7),
    topSkills: allSkills.slice(0, 3 + rng.int(3)),
    splitDegree: rng.chance(0.6),
    noText,
  };
  o.headline = headlineForm === 'at-company' && current ? `${person.headline} at ${current.company}`
    : headlineForm === 'pipes' && allSkills.length >= 2 ? `${person.headline} | ${allSkills.slice(0, 2).join(' | ')}`
      : person.headline;
  o.degreeText = person.education.map((ed) => {
    if (!o.splitDegree) return ed.degree;
    const { studyType, area } = splitDegree(ed.degree);
    return area ? `${studyType}, ${area}` : studyType;
  });
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  v.rec(`font:${o.font.split(',')[0].replace(/"/g, '')} ${o.size}pt`);
  v.rec(`left-column:${o.grey} ${o.sideWidth}%`);
  v.rec(`headline:${headlineForm === 'at-company' && !current ? 'plain' : headlineForm === 'pipes' && allSkills.length < 2 ? 'plain' : headlineForm}`);
  v.rec(`bullet-mark:${JSON.stringify(o.mark)}`);
  v.rec(o.phone ? `phone:shown${o.phoneKind ? ` (${o.phoneKind})` : ''}` : 'phone:hidden');
  v.rec(`top-skills:${o.topSkills.length}`);
  v.rec(o.siteLevels ? 'languages:site-levels' : 'languages:as-written');
  v.rec(o.splitDegree ? 'degree:split' : 'degree:whole');
  v.rec(`paper:${paper}`);
  const m = docModel(person, v);

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, pageHtml(m, person, o));
  const page = await ctx.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
    await page.pdf({
      path: outFile,
      format: paper,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerHtml(o),
      margin: { top: '0', bottom: '12mm', left: '0', right: '0' },
    });
  } finally {
    await page.close();
  }
  const expected = expectedFor(person, v, { degreeText: (ed, i) => o.degreeText[i] });
  if (!o.phone) expected.phone = null;
  expected.skills = [...o.topSkills];
  expected.experience.forEach((e, i) => { if (noText[i]) { e.bullets = 0; e.prose = false; } });
  return { variations: v.list, expected, checks: { strings: dateChecks(m) } };
}

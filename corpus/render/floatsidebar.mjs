// html-float-sidebar: the corpus's own HTML + CSS template, printed by Chromium. The sidebar is a CSS
// float (left or right) at the top of the body, so the main text's lines run narrow beside it and
// then at full width beneath it once it ends: text wrapping around a box, as a word processor wraps
// text around a text box. The main flow's blocks are plain blocks (their lines shorten beside the
// float); only the section headings, the job header rows and the list items are boxes of their own
// (flow-root or flex), which sit narrowed beside the float, so that an item keeps its hanging indent
// there (the item that straddles the sidebar's end stays narrow to its last line). The markers are
// inline text in the item's padding, and the sidebar, a float, is painted (and so written to the
// PDF) before the main flow's text; so are dates floated right. On most documents the sidebar (contact, skills,
// languages, certificates) ends beside the first jobs and the later jobs run full width under it on
// page 1; on some it also holds the education and runs lower, or past page 1.
//
// The name is a full-width header above the float, or the first line of the main flow beside it.
// Each job is the title in bold with the dates right-aligned on its line (a flex row or a right
// float) over "Company, City", or "Title — Company" on one line over the dates, or the company
// first; then a `ul` or a paragraph.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  chooseVariations, dateChecks, docModel, escapeHtml as esc, expectedFor, joinComma, makeRng, schoolYears,
} from './common.mjs';

const ACCENTS = ['#1f4e79', '#8b2e2e', '#2e5e4e', '#3c3c3c', '#5b3f8c', '#a0522d', '#0f6674'];
// TrueType faces only: Chromium's PDF printer writes OpenType CFF faces as Type 3 fonts without spaces.
const FONTS = [['"Liberation Sans", Arial, sans-serif', 'Liberation Sans'], ['"DejaVu Sans", sans-serif', 'DejaVu Sans'],
  ['Carlito, Calibri, sans-serif', 'Carlito'], ['"Liberation Serif", "Times New Roman", serif', 'Liberation Serif'],
  ['"DejaVu Serif", serif', 'DejaVu Serif']];
// Paper sizes in CSS px (96 per inch).
const PAPER = { A4: { w: 793.7, h: 1122.5 }, Letter: { w: 816, h: 1056 } };
const MM = 96 / 25.4;

// Small line icons (paths only: no text in the SVG).
function iconSvg(kind, colour) {
  const st = `fill="none" stroke="${colour}" stroke-width="1.3" stroke-linecap="round" stroke-linejoin="round"`;
  const body = {
    email: `<rect x="1.5" y="3.5" width="13" height="9" rx="1.2" ${st}/><path d="M2.2 4.4 8 8.8l5.8-4.4" ${st}/>`,
    phone: `<rect x="4.5" y="1.5" width="7" height="13" rx="1.5" ${st}/><circle cx="8" cy="12.1" r=".8" fill="${colour}"/>`,
    location: `<path d="M8 14.8s4.8-4.9 4.8-8.3A4.8 4.8 0 0 0 3.2 6.5c0 3.4 4.8 8.3 4.8 8.3z" ${st}/><circle cx="8" cy="6.4" r="1.7" fill="${colour}"/>`,
    linkedin: `<rect x="1.2" y="1.2" width="13.6" height="13.6" rx="2" fill="${colour}"/><rect x="3.7" y="6.4" width="2" height="6.2" fill="#fff"/>` +
      `<circle cx="4.7" cy="4.3" r="1.15" fill="#fff"/><path d="M7.3 6.4h1.9v.9c.4-.7 1.2-1.1 2.1-1.1 1.6 0 2.3 1 2.3 2.8v3.6h-2V9.3c0-.8-.2-1.4-1-1.4s-1.3.6-1.3 1.4v3.3h-2z" fill="#fff"/>`,
    github: `<path d="M5.3 4 1.8 8l3.5 4M10.7 4l3.5 4-3.5 4M9.2 2.8 6.8 13.2" ${st}/>`,
    web: `<circle cx="8" cy="8" r="6.3" ${st}/><ellipse cx="8" cy="8" rx="2.7" ry="6.3" ${st}/><path d="M1.8 8h12.4" ${st}/>`,
  }[kind];
  return `<svg class="ic" xmlns="http://www.w3.org/2000/svg" width="11" height="11" viewBox="0 0 16 16">${body}</svg>`;
}

const LINK_WORDS = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Web', other: 'Web' };

function contactHtml(m, o) {
  const rows = [['email', 'Email', m.email], ['phone', 'Phone', m.phone], ['location', o.placeWord, m.location],
    ...m.links.map((l) => [l.kind === 'linkedin' || l.kind === 'github' ? l.kind : 'web', LINK_WORDS[l.kind] ?? 'Web', l.label, l.url])];
  return rows.map(([kind, word, text, url]) => {
    // A long address may break after its "@" or at a "/" in a narrow sidebar.
    const text2 = esc(text).replace(/([@/])/g, '$1<wbr>');
    const value = url ? `<a href="${esc(url)}">${text2}</a>` : text2;
    if (o.contact === 'icons') return `<div class="contact iconed">${iconSvg(kind, o.accent)}<span>${value}</span></div>`;
    if (o.contact === 'words') return `<div class="contact"><span class="word">${esc(word)}${o.wordColon ? ':' : ''}</span> ${value}</div>`;
    return `<div class="contact">${value}</div>`;
  }).join('\n') + '\n';
}

function sidebarHtml(m, v, o) {
  const h = (text) => `<h3>${esc(v.capsHeadings ? text.toUpperCase() : text)}</h3>\n`;
  let s = h('Contact') + contactHtml(m, o);
  const sections = {
    skills: () => {
      if (!m.skills.length) return '';
      let t = h(v.headings.skills);
      for (const g of m.skills) {
        if (g.group) t += `<div class="group">${esc(g.group)}</div>\n`;
        t += o.skillsPerLine ? `<ul class="skills">${g.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>\n`
          : `<div class="skills">${g.items.map(esc).join(', ')}</div>\n`;
      }
      return t;
    },
    education: () => {
      if (!o.eduInSidebar || !m.education.length) return '';
      let t = h(v.headings.education);
      for (const e of m.education) {
        const when = o.eduYears ? e.years : e.dates;
        t += `<div class="item"><div class="strong">${esc(e.degree)}</div><div>${esc(e.school)}</div>` +
          `${when ? `<div class="muted">${esc(when)}</div>` : ''}</div>\n`;
      }
      return t;
    },
    languages: () => {
      if (!m.languages.length) return '';
      return h(v.headings.languages) + m.languages.map((l) => `<div class="lang">${esc(l.language)}${l.fluency
        ? (o.langDash ? ` <span class="muted">— ${esc(l.fluency)}</span>` : ` <span class="muted">(${esc(l.fluency)})</span>`) : ''}</div>`)
        .join('\n') + '\n';
    },
    certifications: () => {
      if (!m.certifications.length) return '';
      let t = h(v.headings.certifications);
      for (const c of m.certifications) {
        t += `<div class="item"><div class="strong">${esc(c.name)}</div>` +
          `${c.issuer || c.date ? `<div class="muted">${esc([c.issuer, c.date].filter(Boolean).join(', '))}</div>` : ''}</div>\n`;
      }
      return t;
    },
  };
  for (const k of o.sideOrder) s += sections[k]();
  return s;
}

function nameHtml(m, o) {
  const post = m.postNominals
    ? (o.postSmaller ? ` <span class="post">${esc(m.postNominals)}</span>` : `, ${esc(m.postNominals)}`) : '';
  return `<h1 class="name">${esc(m.name)}${post}</h1>\n<div class="headline">${esc(m.headline)}</div>\n`;
}

function jobHtml(j, o) {
  const place = j.location ? joinComma(j.company, j.location) : j.company;
  const when = `<span class="when">${esc(j.dates)}</span>`;
  const dated = (lead) => (o.datesFloat
    ? `<div class="head float">${when}<span class="lead">${lead}</span></div>\n`
    : `<div class="head flex"><span class="lead">${lead}</span>${when}</div>\n`);
  let s = '<div class="job">\n';
  if (o.jobHeader === 'title-over-company') {
    s += dated(`<span class="title">${esc(j.title)}</span>`);
    s += `<div class="org">${esc(place)}</div>\n`;
  } else if (o.jobHeader === 'company-over-title') {
    s += dated(`<span class="title">${esc(place)}</span>`);
    s += `<div class="org">${esc(j.title)}</div>\n`;
  } else {
    // "Title — Company" on one line, the dates (and the city) on a small line under it.
    s += `<div class="head"><span class="title">${esc(j.title)}</span> <span class="dash">—</span> <span class="co">${esc(j.company)}</span></div>\n`;
    s += `<div class="sub">${esc(j.dates)}${j.location ? ` <span class="dot">·</span> ${esc(j.location)}` : ''}</div>\n`;
  }
  s += j.prose != null ? `<p class="prose">${esc(j.prose)}</p>\n`
    : `<ul class="bullets">${j.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>\n`;
  return s + '</div>\n';
}

function mainHtml(m, v, o) {
  const h = (k) => `<h2>${esc(m.heading(k))}</h2>\n`;
  let s = o.nameInFlow ? nameHtml(m, o) : '';
  if (o.summary) s += (o.summaryHeaded ? h('summary') : '') + `<p class="summary">${esc(m.summary)}</p>\n`;
  s += h('experience');
  for (const j of m.jobs) s += jobHtml(j, o);
  if (!o.eduInSidebar && m.education.length) {
    s += h('education');
    for (const e of m.education) {
      const when = o.eduYears ? e.years : e.dates;
      const school = e.location ? joinComma(e.school, e.location) : e.school;
      if (o.jobHeader === 'title-line') {
        s += `<div class="edu"><div class="head"><span class="title">${esc(e.degree)}</span> <span class="dash">—</span> ` +
          `<span class="co">${esc(school)}</span></div>${when ? `<div class="sub">${esc(when)}</div>` : ''}</div>\n`;
      } else {
        const [a, b] = o.jobHeader === 'company-over-title' ? [school, e.degree] : [e.degree, school];
        const w = when ? `<span class="when">${esc(when)}</span>` : '';
        const head = o.datesFloat ? `<div class="head float">${w}<span class="lead"><span class="title">${esc(a)}</span></span></div>`
          : `<div class="head flex"><span class="lead"><span class="title">${esc(a)}</span></span>${w}</div>`;
        s += `<div class="edu">${head}<div class="org">${esc(b)}</div></div>\n`;
      }
    }
  }
  return s;
}

function css(v, o) {
  const left = o.side === 'left';
  const inner = left ? 'right' : 'left';
  const aside = o.tinted
    ? `background: ${o.tint}; padding: 12px 12px 10px; border-radius: 2px;`
    : `border-${inner}: 1.5px solid ${o.accent}; padding-${inner}: 12px; padding-top: 2px; padding-bottom: 4px;`;
  const h2 = o.headingRule
    ? `border-bottom: 1px solid ${o.ruleColour}; padding-bottom: 2px;`
    : '';
  return `
@page { margin: ${o.margin}mm ${o.margin}mm ${o.margin}mm ${o.margin}mm; }
html, body { margin: 0; padding: 0; }
body { font-family: ${o.font[0]}; font-size: ${o.size}pt; line-height: 1.36; color: #222; }
a { color: inherit; text-decoration: none; }
header.top { margin-bottom: 12px; ${o.headerRule ? `border-bottom: 2px solid ${o.accent}; padding-bottom: 8px;` : ''} }
.name { font-size: ${o.nameSize}pt; line-height: 1.08; margin: 0 0 3px; color: ${o.nameAccent ? o.accent : '#1a1a1a'}; font-weight: bold; }
.post { font-size: 0.55em; font-weight: normal; color: #555; }
.headline { font-size: ${o.size + 2}pt; color: #555; margin-bottom: 4px; }
aside.side { float: ${o.side}; width: ${o.sideWidth}%; box-sizing: border-box; margin-${inner}: ${o.gap}px; margin-bottom: 10px;
  font-size: ${o.size - 0.8}pt; line-height: 1.32; ${aside} box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.side h3 { font-size: ${o.size}pt; color: ${o.accent}; margin: 11px 0 3px; ${v.capsHeadings ? 'letter-spacing: .6px;' : ''} }
.side h3:first-child { margin-top: 0; }
.side h3, .group { break-after: avoid-page; }
.side .item, .side .lang, .side .contact, ul.skills li { break-inside: avoid-page; }
.contact { overflow-wrap: anywhere; margin-bottom: 2px; }
.contact.iconed { display: flex; align-items: flex-start; gap: 5px; }
.contact .ic { flex: none; margin-top: .2em; }
.contact .word { font-weight: bold; color: #444; }
.group { font-weight: bold; margin: 5px 0 1px; }
ul.skills { list-style: none; margin: 0; padding: 0; }
.strong { font-weight: bold; }
.muted { color: #666; }
.item, .lang { margin-bottom: 3px; }
.main h2 { display: flow-root; font-size: ${o.size + 2}pt; color: ${o.accent}; margin: 12px 0 5px; break-after: avoid-page; ${h2} }
.main > h2:first-child, .main > .name + .headline + h2 { margin-top: 0; }
.summary { margin: 0 0 4px; }
.job, .edu { margin-bottom: 8px; }
.edu { break-inside: avoid-page; }
.head { break-after: avoid-page; }
.head.flex { display: flex; justify-content: space-between; align-items: baseline; gap: 10px; }
.head.float .when { float: right; margin-left: 10px; }
.title { font-weight: bold; font-size: ${o.size + 0.5}pt; }
.co { font-style: italic; }
.dash { color: #777; }
.when { white-space: nowrap; color: #444; font-size: ${o.size - 0.5}pt; }
.org { font-style: italic; color: #333; break-after: avoid-page; }
.sub { color: #666; font-size: ${o.size - 0.5}pt; break-after: avoid-page; }
p.prose { margin: 2px 0 0; }
ul.bullets { margin: 2px 0 0; padding: 0; list-style: none; }
ul.bullets li { display: flow-root; padding-left: 14px; margin: 0 0 1px; }
ul.bullets li::before { content: "${o.marker === 'en-dash' ? '–' : o.marker === 'square' ? '▪' : '•'}"; display: inline-block; width: 14px;
  margin-left: -14px; text-indent: 2px; color: ${o.markerAccent ? o.accent : '#444'}; }
`;
}

function pageHtml(m, v, o) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(m.displayName)}</title><style>${css(v, o)}</style></head>
<body>
${o.nameInFlow ? '' : `<header class="top">\n${nameHtml(m, o)}</header>\n`}<aside class="side">
${sidebarHtml(m, v, o)}
</aside>
<main class="main">
${mainHtml(m, v, o)}
</main>
</body></html>
`;
}

// In the page: where the sidebar (with its bottom margin) ends, relative to the main flow's jobs and
// schools: "beside-job-2" (that job's lines run on at full width under it), "before-job-3",
// "after-main" (the main text ends first) or "past-page-1".
function sidebarEnd(pageBody) {
  const side = document.querySelector('aside.side').getBoundingClientRect();
  const bottom = side.bottom + 10;
  const mainOnPage1 = document.querySelector('main.main').getBoundingClientRect().bottom <= pageBody;
  if (bottom > pageBody) return ['past-page-1', mainOnPage1];
  const jobs = [...document.querySelectorAll('.main .job')];
  const entries = [...document.querySelectorAll('.main .job, .main .edu')];
  const e = entries.find((j) => j.getBoundingClientRect().bottom > bottom);
  if (!e) return ['after-main', mainOnPage1];
  const kind = e.classList.contains('job') ? `job-${jobs.indexOf(e) + 1}` : 'education';
  return [e.getBoundingClientRect().top >= bottom ? `before-${kind}` : `beside-${kind}`, mainOnPage1];
}

export async function renderFloatSidebar(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const accent = rng.pick(ACCENTS);
  const o = {
    accent,
    tint: `${accent}14`,
    font: rng.pick(FONTS),
    size: rng.pick([9.5, 10, 10.5]),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([12, 14, 16]),
    side: rng.chance(0.5) ? 'left' : 'right',
    sideWidth: 28 + rng.int(9),
    tinted: rng.chance(0.5),
    gap: 12 + rng.int(13),
    nameInFlow: rng.chance(0.45),
    postSmaller: rng.chance(0.5),
    nameSize: rng.pick([20, 22, 24, 26]),
    nameAccent: rng.chance(0.5),
    headerRule: rng.chance(0.5),
    contact: rng.pick(['plain', 'icons', 'words']),
    wordColon: rng.chance(0.5),
    placeWord: rng.pick(['Location', 'Address']),
    longSidebar: rng.chance(0.3),
    skillsPerLine: rng.chance(0.5),
    langDash: rng.chance(0.5),
    certsFirst: rng.chance(0.4),
    summary: !!person.summary && rng.chance(0.75),
    summaryHeaded: rng.chance(0.6),
    jobHeader: rng.pick(['title-over-company', 'title-over-company', 'title-line', 'company-over-title']),
    datesFloat: rng.chance(0.5),
    eduYears: rng.chance(0.5),
    headingRule: rng.chance(0.6),
    ruleColour: rng.pick(['#bbb', accent]),
    marker: rng.pick(['disc', 'disc', 'square', 'en-dash']),
    markerAccent: rng.chance(0.5),
  };
  // A long sidebar also holds the education and lists the skills one a line; a short one has the
  // education in the main flow and lists a long skill set as comma lines.
  o.eduInSidebar = o.longSidebar;
  const items = person.skills.reduce((n, g) => n + g.items.length, 0);
  if (o.longSidebar) o.skillsPerLine = true;
  else if (items > 10) o.skillsPerLine = false;
  o.sideOrder = o.certsFirst ? ['skills', 'education', 'certifications', 'languages'] : ['skills', 'education', 'languages', 'certifications'];

  v.rec(`float:${o.side} ${o.sideWidth}% gap ${o.gap}px`);
  v.rec(`sidebar:${o.tinted ? 'tinted' : 'ruled'} ${o.accent}`);
  v.rec(o.nameInFlow ? 'name:in-flow' : 'name:header');
  if (person.postNominals) v.rec(o.postSmaller ? 'post-nominals:smaller' : 'post-nominals:comma');
  v.rec(`contact:${o.contact}`);
  v.rec(`education-dates:${o.eduYears ? 'years' : 'dates'}`);
  if (person.summary) v.rec(o.summary ? (o.summaryHeaded ? 'summary:headed' : 'summary:unheaded') : 'summary:left-out');
  v.rec(`job-header:${o.jobHeader}${o.jobHeader === 'title-line' ? '' : o.datesFloat ? ' dates:float-right' : ' dates:flex'}`);
  if (o.jobHeader === 'company-over-title') v.rec('company-before-title');
  v.rec(`item-mark:${o.marker}`);
  v.rec(`font:${o.font[1]} ${o.size}pt`);
  v.rec(`paper:${o.paper}`);

  const m = docModel(person, v);
  // A school begun and finished in one year prints that year once.
  m.education.forEach((e, i) => {
    const ed = person.education[i];
    e.years = ed.start && ed.end && ed.start.slice(0, 4) === ed.end.slice(0, 4) ? ed.end.slice(0, 4) : schoolYears(ed, v);
  });

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  const page = await ctx.newPage();
  try {
    // Lay the page out at the printed width to find where the sidebar ends, and shorten a sidebar
    // that is too long, as a designer would: one that outlasts the main text or is meant to be short
    // and leaves page 1 lists the skills as comma lines; one that would run onto a page 2 holding
    // nothing else also gives the education back to the main flow.
    const paper = PAPER[o.paper];
    const pageBody = paper.h - 2 * o.margin * MM;
    await page.setViewportSize({ width: Math.round(paper.w - 2 * o.margin * MM), height: Math.round(pageBody) });
    await page.emulateMedia({ media: 'print' });
    let where;
    for (;;) {
      await writeFile(htmlFile, pageHtml(m, v, o));
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
      let mainOnPage1;
      [where, mainOnPage1] = await page.evaluate(sidebarEnd, pageBody);
      const alone = where === 'past-page-1' && mainOnPage1;
      const tooLong = where === 'after-main' || alone || (where === 'past-page-1' && !o.longSidebar);
      if (tooLong && o.skillsPerLine) o.skillsPerLine = false;
      else if (alone && o.eduInSidebar) o.eduInSidebar = false;
      else break;
    }
    v.rec(o.skillsPerLine ? 'sidebar-skills:one-per-line' : 'sidebar-skills:comma-lines');
    v.rec(o.eduInSidebar ? 'education:sidebar' : 'education:main');
    v.rec(`sidebar-ends:${where}`);
    await page.pdf({ path: outFile, format: o.paper, printBackground: true, preferCSSPageSize: false });
  } finally {
    await page.close();
  }
  const expected = expectedFor(person, v);
  return { variations: v.list, expected, checks: { strings: dateChecks(m) } };
}

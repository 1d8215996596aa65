// latex-deedy-twocol: an imitation of the popular "Deedy" resume, typeset by pdflatex. At the top,
// full width, the name very large (the given names light or grey and the family name bold, or
// all in one weight), an optional "Last Updated" stamp in the corner, and one line of contact
// items; then two top-aligned minipages side by side: a narrow left column (education, links,
// skills, languages, certificates) and a wide right column (summary and experience). A minipage
// does not break across pages, so the renderer measures every run of blocks first (one pdflatex
// pass that types the height of each candidate column into the log) and packs the blocks into
// pages itself: the jobs that do not fit on page 1 continue in the right column of page 2, the
// sidebar sections that do not fit in its left column. The result is checked (no overfull
// \vbox, the planned page count) and packed tighter when it is not clean.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears, splitFamilyName } from './common.mjs';
import { runLatex, tex } from './latex.mjs';

const run = promisify(execFile);

// Fonts of texlive with a light weight (series `l`), and Latin Modern Sans, which has none (the
// light half of the name is grey there).
const FONTS = {
  Lato: '\\usepackage[default]{lato}',
  Raleway: '\\usepackage[default]{raleway}',
  'Source Sans Pro': '\\usepackage[default]{sourcesanspro}',
  'Fira Sans': '\\usepackage[sfdefault]{FiraSans}\\renewcommand{\\familydefault}{\\sfdefault}',
  Roboto: '\\usepackage[sfdefault]{roboto}\\renewcommand{\\familydefault}{\\sfdefault}',
  'Latin Modern Sans': '\\usepackage{lmodern}\\renewcommand{\\familydefault}{\\sfdefault}',
};
const COLOURS = { grey: '6A6A6A', navy: '1F3A68', teal: '0F6E6E', crimson: '8B1E2D', green: '2E6B30', slate: '37474F' };
const LINK_NAMES = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };

// TeX text in which a long URL or e-mail may break after "/", "." or "@".
function texBreakable(s) {
  return tex(s).replace(/([/.@])(?=.)/g, '$1\\allowbreak{}');
}

function options(rng, person, v) {
  const o = {
    font: rng.pick(Object.keys(FONTS)),
    nameStyle: rng.pick(['split', 'split', 'split', 'bold', 'light']),
    nameSize: rng.pick([28, 32, 36]),
    centre: rng.chance(0.7),
    contactSep: rng.pick([' | ', ' · ', ' • ']),
    contactLinks: person.links.length ? rng.pick(['text', 'labels', 'none']) : 'none',
    headline: rng.chance(0.5),
    lastUpdated: rng.chance(0.3),
    headingStyle: rng.pick(['caps-light', 'caps-light', 'spaced-caps', 'small-caps', 'caps-bold']),
    colour: rng.pick(Object.keys(COLOURS)),
    leftWidth: rng.pick([0.3, 0.32, 0.35]),
    jobForm: rng.pick(['deedy', 'deedy', 'title-line', 'dates-right']),
    companyFirst: rng.chance(0.65),
    companyCaps: rng.chance(0.3),
    metaOrder: rng.pick(['dates-city', 'city-dates']),
    metaSep: rng.pick([' | ', ' · ', ', ']),
    skills: rng.pick(['one-per-line', 'bullets', 'commas']),
    groupStyle: rng.pick(['bold', 'caps-small']),
    linksSection: person.links.length ? rng.chance(0.6) : false,
    linkStyle: rng.pick(['deedy', 'url']),
    schoolFirst: rng.chance(0.65),
    eduDates: rng.pick(['years', 'full']),
    sidebarOrder: rng.pick([['education', 'links', 'skills', 'languages', 'certifications'],
      ['education', 'skills', 'links', 'certifications', 'languages']]),
    summary: rng.chance(0.75),
    continued: rng.pick(['none', 'none', 'repeat']),
    size: rng.pick(['10pt', '11pt']),
    paper: rng.pick(['letterpaper', 'a4paper']),
    margin: rng.pick(['0.5in', '0.6in', '0.75in']),
    bullet: v.graphicBullets ? '\\rule[0.3ex]{0.5ex}{0.5ex}' : rng.pick(['\\textbullet', '\\textendash', '$\\cdot$']),
  };
  // Without a Links section the links are printed on the contact line.
  if (!o.linksSection && person.links.length && o.contactLinks === 'none') o.contactLinks = 'labels';
  return o;
}

function preamble(o, v) {
  return `\\documentclass[${o.size},${o.paper}]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
${FONTS[o.font]}
\\input{glyphtounicode}\\pdfgentounicode=1
\\usepackage[margin=${o.margin}]{geometry}
\\usepackage[protrusion=false,expansion=false]{microtype}
\\usepackage{xcolor}
\\usepackage{enumitem}
\\usepackage[hidelinks]{hyperref}
\\definecolor{headings}{HTML}{${COLOURS[o.colour]}}
\\definecolor{subheadings}{HTML}{333333}
\\definecolor{date}{HTML}{737373}
\\definecolor{lightname}{HTML}{${o.font === 'Latin Modern Sans' ? '8A8A8A' : '555555'}}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{0pt}
\\pagestyle{empty}
${v.hyphenate ? '\\hyphenpenalty=25' : '\\hyphenpenalty=10000\\exhyphenpenalty=10000'}
\\newcommand{\\light}{\\fontseries{l}\\selectfont}
\\newenvironment{tightemize}{\\begin{itemize}[leftmargin=1.1em,itemsep=0pt,parsep=0pt,topsep=1pt,partopsep=0pt,label={${o.bullet}}]}{\\end{itemize}}
\\newcommand{\\sectionsep}{\\par\\vspace{7pt}}
\\newcommand{\\descript}[1]{{\\color{subheadings}\\small #1}}
\\newcommand{\\location}[1]{{\\color{date}\\footnotesize #1}}
`;
}

// Section headings in Deedy's manner: capitals in a light weight (the class's own), letter-spaced
// capitals, small capitals made of capitals, or bold capitals; always in the heading colour.
function headingTex(text, o) {
  const up = text.toUpperCase();
  const body = {
    'caps-light': `{\\light\\Large ${tex(up)}}`,
    'spaced-caps': `{\\large\\textls[120]{${tex(up)}}}`,
    'small-caps': `{\\Large ${text.split(/\s+/).map((w) => `${tex(w.slice(0, 1).toUpperCase())}{\\normalsize ${tex(w.slice(1).toUpperCase())}}`).join(' ')}}`,
    'caps-bold': `{\\large\\bfseries ${tex(up)}}`,
  }[o.headingStyle];
  return `{\\color{headings}\\raggedright ${body}\\par}\\vspace{3pt}\n`;
}

function header(m, o, v, person) {
  const [given, family] = splitFamilyName(person.name);
  const cap = (s) => (v.capsName ? s.toUpperCase() : s);
  const pn = m.postNominals ? `{\\fontsize{${Math.round(o.nameSize / 2)}}{${Math.round(o.nameSize / 2) + 2}}\\selectfont\\light\\color{lightname}, ${tex(m.postNominals)}}` : '';
  let name;
  if (o.nameStyle === 'split') name = `{\\light\\color{lightname}${tex(cap(given))}} {\\bfseries ${tex(cap(family))}}`;
  else if (o.nameStyle === 'bold') name = `{\\bfseries ${tex(cap(person.name))}}`;
  else name = `{\\light ${tex(cap(person.name))}}`;
  const items = [tex(m.email), tex(m.phone), tex(m.location)];
  for (const l of m.links) {
    if (o.contactLinks === 'text') items.push(`\\href{${l.url.replace(/[\\{}%#]/g, '')}}{${texBreakable(l.label)}}`);
    else if (o.contactLinks === 'labels') items.push(`\\href{${l.url.replace(/[\\{}%#]/g, '')}}{${LINK_NAMES[l.kind] ?? 'Website'}}`);
  }
  const sep = { ' | ': ' \\textbar\\ ', ' · ': ' \\textperiodcentered\\ ', ' • ': ' \\textbullet\\ ' }[o.contactSep];
  // Each item whole (\mbox): the line breaks only between items.
  for (let i = 0; i < items.length; i++) items[i] = `\\mbox{${items[i]}}`;
  const align = o.centre ? '\\centering' : '\\raggedright';
  let s = '';
  if (o.lastUpdated) s += `\\hfill{\\color{date}\\fontsize{8pt}{9pt}\\selectfont Last Updated on \\today}\\par\\vspace{-4pt}\n`;
  s += `{${align}\\fontsize{${o.nameSize}}{${o.nameSize + 4}}\\selectfont ${name}${pn}\\par}\n\\vspace{4pt}\n`;
  if (o.headline) s += `{${align}\\color{subheadings}\\large\\light ${tex(m.headline)}\\par}\\vspace{2pt}\n`;
  s += `{${align}\\color{subheadings}\\small ${items.join(sep)}\\par}\n\\vspace{10pt}\n`;
  return s;
}

// Job header lines.
function jobTex(j, o) {
  const [first, second] = o.companyFirst ? [j.company, j.title] : [j.title, j.company];
  const big = o.companyCaps && o.companyFirst ? first.toUpperCase() : first;
  const ms = { ' | ': ' \\textbar\\ ', ' · ': ' \\textperiodcentered\\ ', ', ': ', ' }[o.metaSep];
  const meta = (parts) => parts.filter(Boolean).map(tex).join(ms);
  let s = '';
  if (o.jobForm === 'deedy') {
    // \runsubsection{Company} \descript{| Title} / \location{dates | city}
    s += `{\\color{subheadings}\\large\\bfseries ${tex(big)}}\\ \\descript{\\textbar\\ ${tex(second)}}\\par\n`;
    s += `\\location{${meta(o.metaOrder === 'dates-city' ? [j.dates, j.location] : [j.location, j.dates])}}\\par\n`;
  } else if (o.jobForm === 'title-line') {
    s += `{\\color{subheadings}\\large\\bfseries ${tex(big)}}\\par\n`;
    s += `\\descript{${meta(o.metaOrder === 'dates-city' ? [second, j.location, j.dates] : [second, j.dates, j.location])}}\\par\n`;
  } else {
    s += `{\\color{subheadings}\\large\\bfseries ${tex(big)}}\\hfill\\location{${tex(j.dates)}}\\par\n`;
    s += `\\descript{${meta([second, j.location])}}\\par\n`;
  }
  s += j.prose != null
    ? `\\vspace{1pt}{\\small ${tex(j.prose)}\\par}\n`
    : `{\\small\\begin{tightemize}\n${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}\n\\end{tightemize}}\n`;
  return `${s}\\sectionsep\n`;
}

// The blocks of the right column: the summary, then the jobs (the first with the heading).
function rightBlocks(m, o) {
  const blocks = [];
  if (o.summary && m.summary) blocks.push({ head: headingTex(m.heading('summary'), o), body: `{\\small ${tex(m.summary)}\\par}\\sectionsep\n`, section: 'summary' });
  m.jobs.forEach((j, i) => blocks.push({
    head: i === 0 ? headingTex(m.heading('experience'), o) : null,
    cont: headingTex(`${m.heading('experience')} (continued)`, o),
    body: jobTex(j, o),
    section: 'experience',
  }));
  return blocks;
}

function groupTitle(g, o) {
  return o.groupStyle === 'bold' ? `{\\color{subheadings}\\bfseries ${tex(g)}}` : `{\\color{subheadings}\\footnotesize\\bfseries ${tex(g.toUpperCase())}}`;
}

// The sections of the left column, each a whole block.
function leftBlocks(m, o, v, person) {
  const blocks = {};
  if (m.education.length) {
    let s = headingTex(m.heading('education'), o);
    person.education.forEach((ed, i) => {
      const e = m.education[i];
      const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
      const meta = [dates, e.location].filter(Boolean).map(tex).join(' \\textbar\\ ');
      s += o.schoolFirst
        ? `{\\color{subheadings}\\bfseries ${tex(e.school)}}\\par\n\\descript{${tex(e.degree)}}\\par\n`
        : `{\\color{subheadings}\\bfseries ${tex(e.degree)}}\\par\n\\descript{${tex(e.school)}}\\par\n`;
      if (meta) s += `\\location{${meta}}\\par\n`;
      s += '\\vspace{4pt}\n';
    });
    blocks.education = `${s}\\sectionsep\n`;
  }
  if (o.linksSection && m.links.length) {
    let s = headingTex('Links', o);
    for (const l of m.links) {
      const user = l.url.replace(/\/$/, '').split('/').pop();
      s += o.linkStyle === 'deedy'
        ? `\\href{${l.url.replace(/[\\{}%#]/g, '')}}{${LINK_NAMES[l.kind] ?? 'Website'}:// \\textbf{${texBreakable(user)}}}\\par\n`
        : `{\\small\\href{${l.url.replace(/[\\{}%#]/g, '')}}{${texBreakable(l.label)}}}\\par\n`;
    }
    blocks.links = `${s}\\sectionsep\n`;
  }
  if (m.skills.length) {
    let s = headingTex(m.heading('skills'), o);
    for (const g of m.skills) {
      if (g.group) s += `${groupTitle(g.group, o)}\\par\n`;
      if (o.skills === 'one-per-line') s += `{\\small ${g.items.map(tex).join('\\\\\n')}\\par}\n`;
      else if (o.skills === 'bullets') s += `{\\small ${g.items.map(tex).join(' \\textbullet{} ')}\\par}\n`;
      else s += `{\\small ${g.items.map(tex).join(', ')}\\par}\n`;
      s += '\\vspace{4pt}\n';
    }
    blocks.skills = `${s}\\sectionsep\n`;
  }
  if (m.languages.length) {
    let s = headingTex(m.heading('languages'), o);
    s += m.languages.map((l) => `{\\small ${tex(l.language)}${l.fluency ? ` \\location{(${tex(l.fluency)})}` : ''}}`).join('\\par\n');
    blocks.languages = `${s}\\par\\sectionsep\n`;
  }
  if (m.certifications.length) {
    let s = headingTex(m.heading('certifications'), o);
    for (const c of m.certifications) {
      s += `{\\small\\bfseries ${tex(c.name)}}\\par\n`;
      const meta = [c.issuer, c.date].filter(Boolean).map(tex).join(' \\textbar\\ ');
      if (meta) s += `\\location{${meta}}\\par\n`;
      s += '\\vspace{3pt}\n';
    }
    blocks.certifications = `${s}\\sectionsep\n`;
  }
  return o.sidebarOrder.filter((k) => blocks[k]).map((k) => ({ section: k, body: blocks[k] }));
}

const rightWidth = (o) => (0.97 - o.leftWidth).toFixed(2);

// The text of blocks [i, j) of a column as a page prints them.
function rightRange(blocks, i, j, o) {
  let s = '';
  for (let k = i; k < j; k++) {
    const b = blocks[k];
    if (b.head) s += b.head;
    else if (k === i && o.continued === 'repeat' && b.cont) s += b.cont;
    s += b.body;
  }
  return s;
}
const leftRange = (blocks, i, j) => blocks.slice(i, j).map((b) => b.body).join('');

function columns(o, left, right) {
  const lw = o.leftWidth;
  const rw = rightWidth(o);
  return `\\noindent${minipage(lw, left, LEFT_SETUP)}\\hfill\n${minipage(rw, right, rightSetup(o))}`;
}
const minipage = (w, body, setup = '') => `\\begin{minipage}[t]{${w}\\textwidth}${setup}\n${body}\\end{minipage}`;
// The sidebar is ragged right (its column is narrow); the main column is justified when TeX may
// hyphenate, ragged right when it may not.
const LEFT_SETUP = '\\raggedright\\sloppy';
const rightSetup = (o) => (o.hyphenate ? '' : '\\raggedright');

// Greedy packing of blocks into pages. `height(i, j)` is the printed height of blocks [i, j);
// `avail(p)` the room on page p. Returns the start index of each page (at least one block a page).
function pack(n, height, avail) {
  const starts = [];
  let i = 0;
  let p = 0;
  while (i < n) {
    starts.push(i);
    let j = i + 1;
    while (j < n && height(i, j + 1) <= avail(p)) j++;
    i = j;
    p++;
  }
  return starts;
}

export async function renderDeedy(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsName', 'hyphenate', 'graphicBullets', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person, v);
  o.hyphenate = !!v.hyphenate;
  const m = docModel(person, v);
  const label = `${layout.id}/${person.id}`;

  v.rec(`font:${o.font}`);
  v.rec(`name:${o.nameStyle}${o.centre ? ' centred' : ' left'}`);
  v.rec(`contact-separator:${o.contactSep.trim()}`);
  if (person.links.length) v.rec(`contact-links:${o.contactLinks}`);
  if (o.headline) v.rec('headline');
  if (o.lastUpdated) v.rec('last-updated');
  v.rec(`headings:${o.headingStyle} ${o.colour}`);
  v.rec(`left-column:${o.leftWidth}`);
  v.rec(`job-header:${o.jobForm}`);
  if (o.companyFirst) v.rec('company-before-title');
  if (o.companyFirst && o.companyCaps) v.rec('company-caps');
  v.rec(`job-meta:${o.metaOrder} "${o.metaSep.trim()}"`);
  v.rec(`skills:${o.skills}`);
  v.rec(`skill-groups:${o.groupStyle}`);
  if (o.linksSection) v.rec(`links-section:${o.linkStyle}`);
  v.rec(o.schoolFirst ? 'education:school-first' : 'education:degree-first');
  v.rec(`education-dates:${o.eduDates}`);
  if (o.summary && m.summary) v.rec('summary');
  v.rec(`paper:${o.paper} ${o.size} margin ${o.margin}`);

  const pre = preamble(o, v);
  const head = header(m, o, v, person);
  const R = rightBlocks(m, o);
  const L = leftBlocks(m, o, v, person);
  const lw = o.leftWidth;
  const rw = rightWidth(o);

  // Measuring pass: the header, and every run of blocks of each column as a minipage.
  let meas = `${pre}\\begin{document}\n\\typeout{DEEDY textheight \\the\\textheight}\n`;
  meas += `\\setbox0=\\vbox{\\hsize=\\textwidth ${head}}\\typeout{DEEDY header \\the\\dimexpr\\ht0+\\dp0\\relax}\n`;
  for (let i = 0; i < R.length; i++) {
    for (let j = i + 1; j <= R.length; j++) {
      meas += `\\setbox0=\\hbox{${minipage(rw, rightRange(R, i, j, o), rightSetup(o))}}\\typeout{DEEDY R ${i} ${j} \\the\\dimexpr\\ht0+\\dp0\\relax}\n`;
    }
  }
  for (let i = 0; i < L.length; i++) {
    for (let j = i + 1; j <= L.length; j++) {
      meas += `\\setbox0=\\hbox{${minipage(lw, leftRange(L, i, j), LEFT_SETUP)}}\\typeout{DEEDY L ${i} ${j} \\the\\dimexpr\\ht0+\\dp0\\relax}\n`;
    }
  }
  meas += 'x\n\\end{document}\n';
  const mlog = await runLatex(ctx, `${label} (measure)`, meas, `${outFile}.measure.pdf`);
  await rm(`${outFile}.measure.pdf`, { force: true });
  const pt = {};
  for (const mm of mlog.matchAll(/^DEEDY (\S+(?: \d+ \d+)?) ([\d.]+)pt$/gm)) pt[mm[1]] = Number(mm[2]);
  const textheight = pt.textheight;
  const headerH = pt.header;

  let slack = 6;
  for (let attempt = 0; ; attempt++) {
    const avail = (p) => (p === 0 ? textheight - headerH : textheight) - slack;
    const rStarts = pack(R.length, (i, j) => pt[`R ${i} ${j}`], avail);
    const lStarts = L.length ? pack(L.length, (i, j) => pt[`L ${i} ${j}`], avail) : [0];
    const pages = Math.max(rStarts.length, lStarts.length);
    let body = '';
    for (let p = 0; p < pages; p++) {
      const r = p < rStarts.length ? rightRange(R, rStarts[p], rStarts[p + 1] ?? R.length, o) : '';
      const l = p < lStarts.length && L.length ? leftRange(L, lStarts[p], lStarts[p + 1] ?? L.length) : '';
      if (p > 0) body += '\\newpage\n';
      if (p === 0) body += head;
      body += `${columns(o, l || '\\mbox{}', r || '\\mbox{}')}\n`;
    }
    const source = `${pre}\\begin{document}\n${body}\\end{document}\n`;
    const log = await runLatex(ctx, label, source, outFile);
    const { stdout } = await run('pdfinfo', [outFile]);
    const printed = Number(/Pages:\s+(\d+)/.exec(stdout)?.[1]);
    const ok = !/Overfull \\vbox/.test(log) && printed === pages;
    if (ok) {
      if (pages > 1) {
        v.rec(`pages:${pages}`);
        const jobsOn = (k) => R.slice(rStarts[k], rStarts[k + 1] ?? R.length).filter((b) => b.section === 'experience').length;
        v.rec(`jobs-per-page:${rStarts.map((_, k) => jobsOn(k)).join('+')}`);
        v.rec(`experience-continued:${o.continued}`);
      }
      break;
    }
    if (attempt >= 4) throw new Error(`${label}: the columns do not fit (pages ${printed} of ${pages} planned; slack ${slack}pt)`);
    slack += 12;
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

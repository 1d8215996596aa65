// LaTeX layouts, typeset by pdflatex in a directory of the run's temp dir (so no auxiliary file
// lands next to the sources). Fonts: T1 + utf8 + Latin Modern, with glyphtounicode so that the
// PDF's text has the right letters for ł, ő, Å and the ligatures.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, splitFamilyName } from './common.mjs';

const run = promisify(execFile);

// Every choice a LaTeX layout can make.
const ALL_KNOBS = ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer', 'hyphenate',
  'graphicBullets', 'prose', 'swap', 'contactOneLine'];

// ---------------------------------------------------------------------------------------------
// Escaping.
const TEX_SPECIAL = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '#': '\\#',
  '^': '\\textasciicircum{}', _: '\\_', '%': '\\%', '~': '\\textasciitilde{}', '<': '\\textless{}',
  '>': '\\textgreater{}', '|': '\\textbar{}' };
export function tex(s) {
  return String(s ?? '').replace(/[\\{}$&#^_%~<>|]/g, (c) => TEX_SPECIAL[c]);
}
function texUrl(u) {
  return String(u).replace(/[\\{}]/g, '').replace(/[%#]/g, (c) => `\\${c}`);
}

// ---------------------------------------------------------------------------------------------
// The run of pdflatex.
// `passes: 2` is for \pageref{LastPage}: the first pass starts from a guessed page count written
// into the .aux, and the second runs only when the guess was wrong.
// `files`: more sources the document inputs, by name (CurVe's rubrics).
export async function runLatex(ctx, label, source, outFile, { passes = 1, pagesGuess = 1, files = {} } = {}) {
  const dir = await mkdtemp(path.join(ctx.tmp, 'tex-'));
  const texFile = path.join(dir, 'doc.tex');
  await writeFile(texFile, source);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  if (passes > 1) {
    const g = pagesGuess;
    await writeFile(path.join(dir, 'doc.aux'), `\\relax\n\\newlabel{LastPage}{{}{${g}}{}{page.${g}}{}}\n\\xdef\\lastpage@lastpage{${g}}\n\\xdef\\lastpage@lastpageHy{${g}}\n`);
  }
  // A fixed document date, so that \today and the PDF's dates are reproducible.
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1735689600', FORCE_SOURCE_DATE: '1' };
  let log = '';
  for (let i = 0; i < passes; i++) {
    if (i > 0) {
      const aux = await readFile(path.join(dir, 'doc.aux'), 'latin1').catch(() => '');
      if (new RegExp(`\\\\newlabel\\{LastPage\\}\\{\\{[^}]*\\}\\{${pagesGuess}\\}`).test(aux)) break;
    }
    try {
      await run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', 'doc.tex'],
        { cwd: dir, env, maxBuffer: 64 << 20 });
    } catch (e) {
      log = await readFile(path.join(dir, 'doc.log'), 'utf8').catch(() => e.stdout ?? '');
      const lines = log.split('\n');
      const at = lines.findIndex((l) => l.startsWith('!'));
      const msg = at >= 0 ? lines.slice(at, at + 4).join(' | ') : (e.message ?? String(e)).slice(0, 400);
      throw new Error(`${label}: pdflatex failed: ${msg} (source kept in ${texFile})`);
    }
  }
  log = await readFile(path.join(dir, 'doc.log'), 'latin1');
  await copyFile(path.join(dir, 'doc.pdf'), outFile);
  await rm(dir, { recursive: true, force: true });
  return log;
}

// ---------------------------------------------------------------------------------------------
// Preamble pieces shared by the templates.
function fontPreamble() {
  return String.raw`\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\input{glyphtounicode}\pdfgentounicode=1
`;
}
function hyphenationPreamble(v) {
  // With the variation TeX hyphenates eagerly; without it, not at all.
  return v.hyphenate ? '\\hyphenpenalty=25\n' : '\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy\n';
}
function bulletPreamble(v) {
  return v.graphicBullets
    ? '\\renewcommand{\\labelitemi}{\\rule[0.3ex]{0.55ex}{0.55ex}}\n'
    : '';
}
// A footer on every page: page numbers or the name.
function footerPreamble(v, m) {
  if (!v.footer) return { pre: '', passes: 1 };
  const text = v.footer === 'Page 1 of 2' ? 'Page \\thepage\\ of \\pageref*{LastPage}'
    : v.footer === '1/2' ? '\\thepage/\\pageref*{LastPage}'
      : `${tex(m.displayName)} -- Résumé`;
  return {
    pre: `\\usepackage{fancyhdr}\\usepackage{lastpage}
\\fancypagestyle{corpusfoot}{\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\renewcommand{\\footrulewidth}{0pt}\\fancyfoot[C]{\\footnotesize ${text}}}
\\AtBeginDocument{\\pagestyle{corpusfoot}\\thispagestyle{corpusfoot}}
`,
    passes: v.footer === 'Name – Résumé' ? 1 : 2,
  };
}

function itemize(bullets, opts = '') {
  if (!bullets.length) return '';
  return `\\begin{itemize}${opts}\n${bullets.map((b) => `  \\item ${tex(b)}`).join('\n')}\n\\end{itemize}`;
}
function jobBody(job, itemizeOpts = '') {
  return job.prose != null ? tex(job.prose) : itemize(job.bullets, itemizeOpts);
}
const skillLine = (g) => g.items.map(tex).join(', ');
const ICON = { linkedin: '\\faLinkedin', github: '\\faGithub', portfolio: '\\faGlobe', other: '\\faLink' };

// ---------------------------------------------------------------------------------------------
// moderncv.
function moderncv(m, v, style, person) {
  const names = m.name.split(/\s+/);
  const last = names.length > 1 ? names.pop() : names[0];
  const first = names.length ? names.join(' ') : '';
  const lastPrinted = m.postNominals ? `${last}, ${m.postNominals}` : last;
  const color = ['blue', 'green', 'grey', 'orange', 'red', 'purple', 'black'][Math.floor(v.seedA * 7)];
  const font = v.seedB < 0.5 ? 'sans' : 'roman';
  const paper = v.seedB * 10 % 1 < 0.5 ? 'a4paper' : 'letterpaper';
  v.rec(`moderncv-color:${color}`);
  v.rec(`font:${font}`);
  v.rec(`paper:${paper}`);
  const footer = footerPreamble(v, m);
  const social = m.links.map((l) => {
    const id = l.url.replace(/\/$/, '').split('/').pop();
    if (l.kind === 'linkedin') return `\\social[linkedin]{${tex(id)}}`;
    if (l.kind === 'github') return `\\social[github]{${tex(id)}}`;
    return null;
  }).filter(Boolean);
  const homepage = m.links.find((l) => l.kind === 'portfolio' || l.kind === 'other');
  let s = `\\documentclass[11pt,${paper},${font}]{moderncv}
\\moderncvstyle{${style}}
\\moderncvcolor{${color}}
${fontPreamble()}\\usepackage[scale=0.8]{geometry}
${hyphenationPreamble(v)}${bulletPreamble(v)}${footer.pre}
\\name{${tex(first)}}{${tex(lastPrinted)}}
\\title{${tex(m.headline)}}
\\address{${tex([person.location.city, person.location.region].filter(Boolean).join(', '))}}{${tex(person.location.country ?? '')}}
\\phone[mobile]{${tex(m.phone)}}
\\email{${tex(m.email)}}
${social.join('\n')}
${homepage ? `\\homepage{${tex(homepage.label)}}` : ''}
\\begin{document}
\\makecvtitle
`;
  if (m.summary) s += `\\section{${tex(m.heading('summary'))}}\n\\cvitem{}{${tex(m.summary)}}\n`;
  s += `\\section{${tex(m.heading('experience'))}}\n`;
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    s += `\\cventry{${tex(j.dates)}}{${tex(a)}}{${tex(b)}}{${tex(j.location)}}{}{${jobBody(j)}}\n`;
  }
  if (m.education.length) s += `\\section{${tex(m.heading('education'))}}\n`;
  for (const e of m.education) s += `\\cventry{${tex(e.dates)}}{${tex(e.degree)}}{${tex(e.school)}}{${tex(e.location)}}{}{}\n`;
  if (m.skills.length) s += `\\section{${tex(m.heading('skills'))}}\n`;
  for (const g of m.skills) s += `\\cvitem{${tex(g.group)}}{${skillLine(g)}}\n`;
  if (m.certifications.length) {
    s += `\\section{${tex(m.heading('certifications'))}}\n`;
    for (const c of m.certifications) s += `\\cvitem{${tex(c.date)}}{${tex(c.name)}${c.issuer ? `, ${tex(c.issuer)}` : ''}}\n`;
  }
  if (m.languages.length) {
    s += `\\section{${tex(m.heading('languages'))}}\n`;
    for (const l of m.languages) s += `\\cvitem{${tex(l.language)}}{${tex(l.fluency)}}\n`;
  }
  s += '\\end{document}\n';
  return { source: s, passes: footer.passes };
}

// ---------------------------------------------------------------------------------------------
// Europass (europasscv class): its own section names, uppercase; the position applied for.
function europass(m, v) {
  const paper = v.seedB < 0.5 ? 'a4paper' : 'letterpaper';
  v.rec(`paper:${paper}`);
  const links = m.links.map((l) => (l.kind === 'linkedin' ? `\\ecvlinkedinpage{${tex(l.label)}}`
    : l.kind === 'github' ? `\\ecvgithubpage{${tex(l.label)}}` : `\\ecvhomepage{${tex(l.label)}}`));
  let s = `\\documentclass[english,${paper},nototpages]{europasscv}
${fontPreamble()}${hyphenationPreamble(v)}
\\ecvname{${tex(m.displayName)}}
\\ecvaddress{${tex(m.location)}}
\\ecvmobile{${tex(m.phone)}}
\\ecvemail{${tex(m.email)}}
${links.join('\n')}
\\begin{document}
\\begin{europasscv}
\\ecvpersonalinfo
\\ecvitem{\\large Position}{\\large ${tex(m.headline)}}
`;
  if (m.summary) s += `\\ecvitem{}{${tex(m.summary)}}\n`;
  s += '\\ecvsection{Work experience}\n';
  for (const j of m.jobs) {
    s += `\\ecvtitle{${tex(j.dates)}}{${tex(j.title)}}\n\\ecvitem{}{${tex(j.company)}${j.location ? `, ${tex(j.location)}` : ''}}\n`;
    if (j.prose == null && !j.bullets.length) continue;
    s += j.prose != null ? `\\ecvitem{}{${tex(j.prose)}}\n`
      : `\\ecvitem{}{\\begin{ecvitemize}\n${j.bullets.map((b) => `  \\item ${tex(b)}`).join('\n')}\n\\end{ecvitemize}}\n`;
  }
  if (m.education.length) s += '\\ecvsection{Education and training}\n';
  for (const e of m.education) {
    s += `\\ecvtitle{${tex(e.dates)}}{${tex(e.degree)}}\n\\ecvitem{}{${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}}\n`;
  }
  s += '\\ecvsection{Personal skills}\n';
  const native = m.languages.filter((l) => /native|mother/i.test(l.fluency));
  const other = m.languages.filter((l) => !/native|mother/i.test(l.fluency));
  if (native.length) s += `\\ecvitem{Mother tongue(s)}{${native.map((l) => tex(l.language)).join(', ')}}\n`;
  if (other.length) s += `\\ecvitem{Other language(s)}{${other.map((l) => `${tex(l.language)} (${tex(l.fluency)})`).join(', ')}}\n`;
  for (const g of m.skills) s += `\\ecvitem{${g.group ? tex(g.group) : 'Job-related skills'}}{${skillLine(g)}}\n`;
  if (m.certifications.length) {
    s += `\\ecvitem{Certificates}{${m.certifications.map((c) => `${tex(c.name)}${c.issuer ? ` (${tex(c.issuer)}${c.date ? `, ${tex(c.date)}` : ''})` : ''}`).join('\\newline ')}}\n`;
  }
  s += '\\end{europasscv}\n\\end{document}\n';
  return { source: s, passes: 1 };
}

// ---------------------------------------------------------------------------------------------
// Plain article templates: header, contact, sections.
function articlePreamble(v, m, extra = '') {
  const size = ['10pt', '11pt'][v.seedA < 0.5 ? 0 : 1];
  const paper = v.seedB < 0.5 ? 'a4paper' : 'letterpaper';
  v.rec(`paper:${paper}`);
  const footer = footerPreamble(v, m);
  const s = `\\documentclass[${size},${paper}]{article}
${fontPreamble()}\\usepackage[margin=0.75in${v.footer ? ',bottom=0.9in' : ''}]{geometry}
\\usepackage{enumitem}
\\usepackage{xcolor}
\\usepackage{fontawesome5}
\\usepackage[hidelinks]{hyperref}
\\setlength{\\parindent}{0pt}
\\setlist[itemize]{leftmargin=1.4em,itemsep=1pt,topsep=2pt}
${hyphenationPreamble(v)}${bulletPreamble(v)}${footer.pre}${extra}${v.footer ? '' : '\\pagestyle{empty}\n'}`;
  return { pre: s, passes: footer.passes };
}

function contactItems(m, v) {
  const items = [
    v.icons ? `\\faEnvelope\\ ${tex(m.email)}` : tex(m.email),
    v.icons ? `\\faPhone*\\ ${tex(m.phone)}` : tex(m.phone),
    tex(m.location),
  ];
  for (const l of m.links) {
    items.push(v.icons ? `\\href{${texUrl(l.url)}}{${ICON[l.kind] ?? ICON.other}}` : `\\href{${texUrl(l.url)}}{${tex(l.label)}}`);
  }
  return items;
}

function sectionCmd(v) {
  // A ruled heading: the text, then a thin rule.
  return `\\newcommand{\\cvsection}[1]{\\par\\vspace{8pt}{\\large\\bfseries #1}\\par\\vspace{1pt}\\hrule height 0.4pt\\vspace{4pt}}\n`;
}

// latex-oneline: every job header on one line, parts in a seeded order with seeded separators.
function oneline(m, v) {
  const { pre, passes } = articlePreamble(v, m, sectionCmd(v));
  const seps = [', ', ' | ', ' \\textperiodcentered\\ ', ' -- '];
  const sep = seps[Math.floor(v.seedA * 10 % 1 * seps.length)];
  const orders = [['title', 'company', 'location', 'dates'], ['title', 'company', 'dates', 'location'],
    ['dates', 'title', 'company', 'location'], ['title', 'company', 'location', 'hfill-dates']];
  let order = orders[v.order % orders.length];
  if (v.swap) order = order.map((k) => (k === 'title' ? 'company' : k === 'company' ? 'title' : k));
  v.rec(`job-line:${order.join(',')}`);
  v.rec(`job-line-separator:${sep.replace(/\\textperiodcentered\\ /, '·').replace('--', '–')}`);
  const line = (j) => {
    const parts = [];
    let tail = '';
    for (const k of order) {
      if (k === 'hfill-dates') { tail = `\\hfill ${tex(j.dates)}`; continue; }
      const val = k === 'title' ? `\\textbf{${tex(j.title)}}` : k === 'company' ? (order.indexOf('company') === 0 ? `\\textbf{${tex(j.company)}}` : tex(j.company))
        : k === 'location' ? tex(j.location) : tex(j.dates);
      if (val) parts.push(val);
    }
    return `\\noindent ${parts.join(sep)}${tail}\\par`;
  };
  const center = v.seedB * 3 % 1 < 0.5;
  let s = `${pre}\\begin{document}
${center ? '\\begin{center}' : ''}
{\\LARGE\\bfseries ${tex(m.displayName)}}\\\\[2pt]
{\\large ${tex(m.headline)}}\\\\[4pt]
${v.contactOneLine ? contactItems(m, v).join(' \\quad ') : contactItems(m, v).join('\\\\\n')}
${center ? '\\end{center}' : '\\par'}
`;
  if (m.summary) s += `\\cvsection{${tex(m.heading('summary'))}}\n${tex(m.summary)}\\par\n`;
  s += `\\cvsection{${tex(m.heading('experience'))}}\n`;
  for (const j of m.jobs) s += `${line(j)}\n${jobBody(j)}\\par\\vspace{4pt}\n`;
  if (m.education.length) s += `\\cvsection{${tex(m.heading('education'))}}\n`;
  for (const e of m.education) {
    s += `\\noindent\\textbf{${tex(e.degree)}}${sep}${tex(e.school)}${e.location ? sep + tex(e.location) : ''}${e.dates ? sep + tex(e.dates) : ''}\\par\n`;
  }
  if (m.skills.length) s += `\\cvsection{${tex(m.heading('skills'))}}\n`;
  for (const g of m.skills) s += `\\noindent ${g.group ? `\\textbf{${tex(g.group)}:} ` : ''}${skillLine(g)}\\par\n`;
  if (m.certifications.length) {
    s += `\\cvsection{${tex(m.heading('certifications'))}}\n`;
    for (const c of m.certifications) s += `\\noindent ${tex(c.name)}${c.issuer ? sep + tex(c.issuer) : ''}${c.date ? sep + tex(c.date) : ''}\\par\n`;
  }
  if (m.languages.length) {
    s += `\\cvsection{${tex(m.heading('languages'))}}\n${m.languages.map((l) => `${tex(l.language)} (${tex(l.fluency)})`).join(', ')}\\par\n`;
  }
  s += '\\end{document}\n';
  return { source: s, passes };
}

// Sidebar content (contact, skills, languages) for the two-column templates.
function sidebar(m, v) {
  let s = `{\\bfseries ${tex(v.capsHeadings ? 'CONTACT' : 'Contact')}}\\par\\vspace{2pt}\n${contactItems(m, v).join('\\par\n')}\\par\\vspace{8pt}\n`;
  if (m.skills.length) s += `{\\bfseries ${tex(m.heading('skills'))}}\\par\\vspace{2pt}\n`;
  const perLine = v.seedA * 5 % 1 < 0.5;
  v.rec(perLine ? 'sidebar-skills:one-per-line' : 'sidebar-skills:comma-list');
  for (const g of m.skills) {
    if (g.group) s += `\\textit{${tex(g.group)}}\\par\n`;
    s += perLine ? `${g.items.map(tex).join('\\par\n')}\\par\\vspace{3pt}\n` : `${skillLine(g)}\\par\\vspace{3pt}\n`;
  }
  if (m.languages.length) {
    s += `\\vspace{5pt}{\\bfseries ${tex(m.heading('languages'))}}\\par\\vspace{2pt}\n`;
    s += m.languages.map((l) => `${tex(l.language)} -- ${tex(l.fluency)}`).join('\\par\n') + '\\par\n';
  }
  return s;
}

function mainJobs(m, v, jobs) {
  let s = '';
  for (const j of jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    s += `\\textbf{${tex(a)}}\\hfill ${tex(j.dates)}\\par\n\\textit{${tex(b)}}${j.location ? `, ${tex(j.location)}` : ''}\\par\n${jobBody(j)}\\par\\vspace{5pt}\n`;
  }
  return s;
}
function mainRest(m) {
  let s = m.education.length ? `\\cvsection{${tex(m.heading('education'))}}\n` : '';
  for (const e of m.education) s += `\\textbf{${tex(e.degree)}}\\hfill ${tex(e.dates)}\\par\n${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}\\par\\vspace{3pt}\n`;
  if (m.certifications.length) {
    s += `\\cvsection{${tex(m.heading('certifications'))}}\n`;
    for (const c of m.certifications) s += `${tex(c.name)}${c.issuer ? `, ${tex(c.issuer)}` : ''}${c.date ? `\\hfill ${tex(c.date)}` : ''}\\par\n`;
  }
  return s;
}

// latex-sidebar-paracol: a narrow left column (contact, skills, languages), the main column on
// the right; both columns break across pages.
function paracolLayout(m, v) {
  const { pre, passes } = articlePreamble(v, m, `\\usepackage{paracol}\n${sectionCmd(v)}`);
  const ratio = [0.28, 0.3, 0.33][Math.floor(v.seedA * 3)];
  v.rec(`sidebar-width:${ratio}`);
  let s = `${pre}\\begin{document}
{\\huge\\bfseries ${tex(m.displayName)}}\\par\\vspace{2pt}
{\\large ${tex(m.headline)}}\\par\\vspace{8pt}
\\columnratio{${ratio}}
\\begin{paracol}{2}
\\small
${sidebar(m, v)}
\\switchcolumn
`;
  if (m.summary) s += `\\cvsection{${tex(m.heading('summary'))}}\n${tex(m.summary)}\\par\n`;
  s += `\\cvsection{${tex(m.heading('experience'))}}\n${mainJobs(m, v, m.jobs)}${mainRest(m)}`;
  s += '\\end{paracol}\n\\end{document}\n';
  return { source: s, passes };
}

// latex-minipage-right: two minipages side by side, the main content on the left and the sidebar
// on the right. A minipage does not break across pages, so only the first `inBox` jobs go into
// it; the rest follows at full width below.
function minipageLayout(m, v, inBox) {
  const { pre, passes } = articlePreamble(v, m, sectionCmd(v));
  let s = `${pre}\\begin{document}
\\begin{flushright}{\\huge\\bfseries ${tex(m.displayName)}}\\\\[2pt]{\\large ${tex(m.headline)}}\\end{flushright}
\\vspace{4pt}
\\noindent\\begin{minipage}[t]{0.64\\textwidth}\\small
`;
  if (m.summary) s += `\\cvsection{${tex(m.heading('summary'))}}\n${tex(m.summary)}\\par\n`;
  s += `\\cvsection{${tex(m.heading('experience'))}}\n${mainJobs(m, v, m.jobs.slice(0, inBox))}`;
  s += `\\end{minipage}\\hfill
\\begin{minipage}[t]{0.31\\textwidth}\\small\\raggedright
\\vspace{10pt}
${sidebar(m, v)}\\end{minipage}\\par
\\small
`;
  s += `${mainJobs(m, v, m.jobs.slice(inBox))}${mainRest(m)}\\end{document}\n`;
  return { source: s, passes };
}

// ---------------------------------------------------------------------------------------------
// latex-currvita: the currvita package. Every section is a `cvlist` whose heading and item labels
// (dates, skill groups, contact labels) sit in a left column; the name is the `cv` heading, or
// centred above it with the contact on one line.
function currvitaLayout(m, v) {
  const { pre, passes } = articlePreamble(v, m, '\\usepackage[NoDate]{currvita}\n');
  const longest = Math.max(...m.jobs.map((j) => j.dates.length), ...m.education.map((e) => e.dates.length));
  // Long date ranges are set on two lines in the label column (start --, end), or the column is
  // widened to the longest range.
  const stacked = longest > 19 && v.seedA * 11 % 1 < 0.6;
  v.rec(stacked ? 'date-labels:two-lines' : 'date-labels:one-line');
  const centred = v.seedB * 5 % 1 < 0.5;
  v.rec(centred ? 'name:centred' : 'name:cv-heading');
  // Under a centred name the contact is always one line.
  if (centred) v.list = v.list.map((x) => (x === 'contact:multi-line' ? 'contact:one-line' : x));
  // A range as its label lines: ["Jun 2019 –", "Present"] when stacked, else the whole range.
  const lines = (dates, end) => (stacked && end && dates !== end && dates.endsWith(end)
    ? [dates.slice(0, dates.length - end.length).trimEnd(), end] : [dates]);
  const rangeLabel = (dates, end) => {
    const l = lines(dates, end);
    return l.length === 1 ? tex(l[0]) : `\\parbox[t]{\\cvlabelwidth}{\\raggedright ${tex(l[0])}\\\\ ${tex(l[1])}}`;
  };
  const eduEnd = (e) => e.dates.split(/\s+(?:–|-|—|to)\s+/).pop();
  const widest = [...m.jobs.flatMap((j) => lines(j.dates, j.end)), ...m.education.flatMap((e) => lines(e.dates, eduEnd(e)))]
    .sort((a, b) => b.length - a.length)[0] ?? '';
  const widen = `\\AtBeginDocument{\\settowidth{\\cvlabelwidth}{\\cvlabelfont ${tex(widest)}}\\ifdim\\cvlabelwidth<7.5em\\setlength{\\cvlabelwidth}{7.5em}\\fi}\n`;
  const label = (s) => `[{${s}}]`;
  let s = `${pre}${widen}\\begin{document}\n`;
  const contact = contactItems(m, v);
  if (centred) {
    s += `\\begin{center}{\\LARGE\\bfseries ${tex(m.displayName)}}\\\\[3pt]{\\large ${tex(m.headline)}}\\\\[4pt]\n` +
      `${contact.join(' \\enspace\\textbar\\enspace ')}\\end{center}\n\\begin{cv}{}\n`;
  } else {
    s += `\\begin{cv}{${tex(m.displayName)}}\n{\\large ${tex(m.headline)}}\\par\n`;
    const heading = v.capsHeadings ? 'PERSONAL DETAILS' : 'Personal details';
    s += v.contactOneLine
      ? `\\vspace{4pt}${contact.join(' \\quad ')}\\par\n`
      : `\\begin{cvlist}{${heading}}\n\\item${label('E-mail')} ${contact[0]}\n\\item${label('Phone')} ${contact[1]}\n` +
        `\\item${label('Address')} ${contact[2]}\n${contact.slice(3).map((c) => `\\item${label('Web')} ${c}`).join('\n')}\n\\end{cvlist}\n`;
  }
  if (m.summary) s += `\\begin{cvlist}{${tex(m.heading('summary'))}}\n\\item[] ${tex(m.summary)}\n\\end{cvlist}\n`;
  s += `\\begin{cvlist}{${tex(m.heading('experience'))}}\n`;
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    s += `\\item${label(rangeLabel(j.dates, j.end))} \\textbf{${tex(a)}}, ${tex(b)}${j.location ? `, \\textit{${tex(j.location)}}` : ''}\\par\n`;
    s += j.prose != null ? `${tex(j.prose)}\n` : `${itemize(j.bullets, '[leftmargin=1.2em,topsep=1pt]')}\n`;
  }
  s += '\\end{cvlist}\n';
  if (m.education.length) {
    s += `\\begin{cvlist}{${tex(m.heading('education'))}}\n`;
    for (const e of m.education) {
      s += `\\item${label(rangeLabel(e.dates, eduEnd(e)))} \\textbf{${tex(e.degree)}}\\\\ ${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}\n`;
    }
    s += '\\end{cvlist}\n';
  }
  if (m.skills.length) {
    s += `\\begin{cvlist}{${tex(m.heading('skills'))}}\n`;
    for (const g of m.skills) s += `\\item${label(tex(g.group))} ${skillLine(g)}\n`;
    s += '\\end{cvlist}\n';
  }
  if (m.certifications.length) {
    s += `\\begin{cvlist}{${tex(m.heading('certifications'))}}\n`;
    for (const c of m.certifications) s += `\\item${label(tex(c.date))} ${tex(c.name)}${c.issuer ? `, \\textit{${tex(c.issuer)}}` : ''}\n`;
    s += '\\end{cvlist}\n';
  }
  if (m.languages.length) {
    s += `\\begin{cvlist}{${tex(m.heading('languages'))}}\n`;
    for (const l of m.languages) s += `\\item${label(tex(l.language))} ${tex(l.fluency)}\n`;
    s += '\\end{cvlist}\n';
  }
  s += '\\end{cv}\n\\end{document}\n';
  return { source: s, passes };
}

// ---------------------------------------------------------------------------------------------
// latex-simplecv: the `simplecv` class. The name is its centred title, above or below the two
// header columns (headline and address left, e-mail, phone and links right), or centred with the
// contact on one line under it. Headings in small capitals over a rule; each job is
// "Company, City" in small capitals with the dates flush right, then the title in italics (the
// title first on some documents); skills as a `description` list; certificates and languages as
// simplecv `topic` lists, their dates and languages in the left margin.
function simplecvLayout(m, v) {
  const size = v.seedA < 0.5 ? '10pt' : '11pt';
  const paper = v.seedB < 0.5 ? 'a4paper' : 'letterpaper';
  const titleAbove = v.seedA * 7 % 1 < 0.5;
  const fullRule = v.seedB * 7 % 1 < 0.6;
  v.rec(`paper:${paper}`);
  v.rec(v.contactOneLine ? 'name:centred' : titleAbove ? 'name:above-header' : 'name:below-header');
  v.rec(fullRule ? 'heading-rule:full' : 'heading-rule:after-text');
  const footer = footerPreamble(v, m);
  // The title first on some documents (the company is this layout's usual first line).
  const titleFirst = v.seedB * 13 % 1 < 0.3;
  v.rec(titleFirst ? 'job-header:title-first' : 'company-before-title');
  const section = fullRule
    ? '\\section{#1}\\vspace{-1.2ex}\\noindent\\rule{\\linewidth}{0.5pt}\\par\\vspace{0.3ex}'
    : '\\section{#1\\enspace\\hrulefill}';
  let s = `\\documentclass[${size},${paper},plain${titleAbove || v.contactOneLine ? ',titleabove' : ''}]{simplecv}
${fontPreamble()}\\usepackage[margin=0.8in${v.footer ? ',bottom=0.95in' : ''}]{geometry}
\\usepackage{enumitem}
\\usepackage{fontawesome5}
\\usepackage[hidelinks]{hyperref}
\\setlist[itemize]{leftmargin=1.4em,itemsep=1pt,topsep=2pt}
\\setlist[description]{leftmargin=1.2em,itemsep=2pt,topsep=2pt}
${hyphenationPreamble(v)}${bulletPreamble(v)}${footer.pre}${v.footer ? '' : '\\pagestyle{empty}\n'}\\sectionfont{\\Large\\scshape}
\\titlefont{\\bfseries\\LARGE}
\\newcommand{\\cvsec}[1]{${section}}
`;
  const contact = contactItems(m, v);
  const [email, phone, location, ...links] = contact;
  s += `\\title{${tex(m.displayName)}}\n`;
  if (v.contactOneLine) {
    s += '\\leftheader{}\\rightheader{}\n';
  } else {
    s += `\\leftheader{${[`\\textit{${tex(m.headline)}}`, location].join('\\\\')}}\n`;
    s += `\\rightheader[r]{${[email, phone, ...(v.icons ? [links.join('\\ \\ ')] : links)].filter(Boolean).join('\\\\')}}\n`;
  }
  s += '\\begin{document}\n\\maketitle\n';
  if (v.contactOneLine) {
    s += `\\vspace{-3ex}\\begin{center}\\textit{${tex(m.headline)}}\\\\[2pt]${contact.join(' \\enspace\\textbullet\\enspace ')}\\end{center}\n`;
  }
  if (m.summary) s += `\\cvsec{${tex(m.heading('summary'))}}\n${tex(m.summary)}\\par\n`;
  s += `\\cvsec{${tex(m.heading('experience'))}}\n`;
  for (const j of m.jobs) {
    const where = `${tex(j.company)}${j.location ? `, ${tex(j.location)}` : ''}`;
    const [first, second] = titleFirst ? [tex(j.title), where] : [where, tex(j.title)];
    s += `\\noindent\\textsc{${first}}\\hfill ${tex(j.dates)}\\\\\n\\textit{${second}}\\par\n${jobBody(j)}\\par\\vspace{6pt}\n`;
  }
  if (m.education.length) s += `\\cvsec{${tex(m.heading('education'))}}\n`;
  for (const e of m.education) {
    s += `\\noindent\\textsc{${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}}\\hfill ${tex(e.dates)}\\\\\n\\textit{${tex(e.degree)}}\\par\\vspace{4pt}\n`;
  }
  if (m.skills.length) {
    s += `\\cvsec{${tex(m.heading('skills'))}}\n`;
    const named = m.skills.filter((g) => g.group);
    for (const g of m.skills.filter((x) => !x.group)) s += `\\noindent ${skillLine(g)}\\par\n`;
    if (named.length) s += `\\begin{description}\n${named.map((g) => `  \\item[${tex(g.group)}] ${skillLine(g)}`).join('\n')}\n\\end{description}\n`;
  }
  if (m.certifications.length) {
    s += `\\cvsec{${tex(m.heading('certifications'))}}\n\\begin{topic}\n`;
    for (const c of m.certifications) s += `\\item[${tex(c.date)}] ${tex(c.name)}${c.issuer ? `, \\textit{${tex(c.issuer)}}` : ''}\n`;
    s += '\\end{topic}\n';
  }
  if (m.languages.length) {
    s += `\\cvsec{${tex(m.heading('languages'))}}\n\\begin{topic}\n`;
    for (const l of m.languages) s += `\\item[${tex(l.language)}] ${tex(l.fluency)}\n`;
    s += '\\end{topic}\n';
  }
  s += '\\end{document}\n';
  return { source: s, passes: footer.passes };
}

// ---------------------------------------------------------------------------------------------
// latex-curve: the CurVe class. Every section is a rubric (a longtable read from its own file by
// \makerubric) whose entries carry a key in the left margin column: the dates of a job, a school
// or a certificate, the name of a skill group or a language. CurVe sets its \prefix (a bullet by
// default, or nothing) between the key and every entry, and repeats a rubric's heading with
// "(continued)" on the next page (an entry, a table row, never breaks across pages). The contact
// sits in CurVe's two header boxes above the name (centred or left), or on one line under it.
function curveLayout(m, v, rng) {
  const size = rng.pick(['10pt', '11pt', '12pt']);
  const paper = v.seedB < 0.5 ? 'a4paper' : 'letterpaper';
  const prefix = rng.chance(0.5);
  const keyAlign = rng.pick(['l', 'r']);
  const [keyLook, keyFont] = rng.pick([['plain', ''], ['italic', '\\itshape'], ['bold', '\\bfseries'], ['small', '\\small']]);
  const [rubricLook, rubricFont] = rng.pick([['large-bold', '\\Large\\bfseries'], ['small-caps', '\\large\\scshape'],
    ['bold', '\\large\\bfseries']]);
  const rubricAlign = rng.pick(['c', 'l', 'cl']);
  const titleAlign = rng.pick(['c', 'l']);
  const twoLineHeader = rng.chance(0.5);
  v.rec(`paper:${paper}`);
  v.rec(`font-size:${size}`);
  v.rec(prefix ? 'entry-prefix:bullet' : 'entry-prefix:none');
  v.rec(`key-alignment:${keyAlign}`);
  v.rec(`key-font:${keyLook}`);
  v.rec(`rubric-heading:${rubricLook},${rubricAlign}`);
  v.rec(`title-alignment:${titleAlign}`);
  v.rec(twoLineHeader ? 'entry-header:two-lines' : 'entry-header:one-line');
  const footer = footerPreamble(v, m);
  // Beside CurVe's bullet prefix the job's own items take dashes (unless drawn as graphics).
  const itemMarks = prefix && !v.graphicBullets ? '\\renewcommand{\\labelitemi}{\\textendash}\n' : '';
  if (itemMarks) v.rec('item-marks:dash');
  const contact = contactItems(m, v);
  const [email, phone, location, ...links] = contact;
  let s = `\\documentclass[${size},${paper},english]{curve}
${fontPreamble()}\\usepackage[margin=0.8in${v.footer ? ',bottom=1in' : ''}]{geometry}
\\newenvironment{description}{\\list{}{}}{\\endlist}% (CurVe has none; enumitem wants one)
\\usepackage{enumitem}
\\usepackage{fontawesome5}
\\usepackage[hidelinks]{hyperref}
\\setlist[itemize]{leftmargin=1.3em,itemsep=0pt,parsep=0pt,topsep=2pt}
${hyphenationPreamble(v)}${bulletPreamble(v)}${itemMarks}${footer.pre}`;
  s += `\\prefix{${prefix ? '\\textbullet' : ''}}
\\keyalignment{${keyAlign}}
\\keyfont{${keyFont}}
\\rubricfont{${rubricFont}}
\\rubricalignment{${rubricAlign}}
\\titlealignment{${titleAlign}}
\\titlefont{\\LARGE\\bfseries}
\\subtitlefont{\\large\\itshape}
\\title{${tex(m.displayName)}}
\\subtitle{${tex(m.headline)}}
`;
  if (!v.contactOneLine) {
    s += `\\leftheader{${[location, phone].join('\\\\')}}\n`;
    s += `\\rightheader{${[email, ...(v.icons ? [links.join('\\ \\ ')] : links)].filter(Boolean).join('\\\\')}}\n`;
  }
  s += '\\begin{document}\n';
  s += v.contactOneLine ? '\\maketitle\n' : '\\makeheaders[c]\n\\maketitle\n';
  if (v.contactOneLine) {
    s += `\\begin{${titleAlign === 'c' ? 'center' : 'flushleft'}}\\vspace{-1ex}${contact.join(' \\enspace\\textbar\\enspace ')}\\end{${titleAlign === 'c' ? 'center' : 'flushleft'}}\n`;
  }
  // Each rubric is a file of its own, as CurVe wants.
  const files = {};
  const rubric = (name, heading, body) => {
    files[`${name}.tex`] = `\\begin{rubric}{${tex(heading)}}\n${body}\\end{rubric}\n`;
    s += `\\makerubric{${name}}\n`;
  };
  const lines = (a, b) => (twoLineHeader ? `${a}\\newline ${b}` : `${a}, ${b}`);
  if (m.summary) rubric('summary', m.heading('summary'), `\\text{${tex(m.summary)}}\n`);
  rubric('experience', m.heading('experience'), m.jobs.map((j) => {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const head = lines(`\\textbf{${tex(a)}}`, `${tex(b)}${j.location ? `, \\textit{${tex(j.location)}}` : ''}`);
    return `\\entry*[${tex(j.dates)}]\n  ${head}\\par\n  ${jobBody(j)}\\par\\vspace{5pt}\n`;
  }).join(''));
  if (m.education.length) {
    rubric('education', m.heading('education'), m.education.map((e) =>
      `\\entry*[${tex(e.dates)}]\n  ${lines(`\\textbf{${tex(e.degree)}}`, `${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}`)}\\par\\vspace{3pt}\n`).join(''));
  }
  if (m.skills.length) {
    rubric('skills', m.heading('skills'), m.skills.map((g) => `\\entry*[${tex(g.group)}] ${skillLine(g)}\n`).join(''));
  }
  if (m.certifications.length) {
    rubric('certifications', m.heading('certifications'), m.certifications.map((c) =>
      `\\entry*[${tex(c.date)}] ${tex(c.name)}${c.issuer ? `, \\textit{${tex(c.issuer)}}` : ''}\n`).join(''));
  }
  if (m.languages.length) {
    rubric('languages', m.heading('languages'), m.languages.map((l) => `\\entry*[${tex(l.language)}] ${tex(l.fluency)}\n`).join(''));
  }
  s += '\\end{document}\n';
  return { source: s, passes: footer.passes, files };
}

// ---------------------------------------------------------------------------------------------
// latex-readablecv: the ReadableCV class (memoir, Roboto Thin headings, Marvosym icons). Its
// header (name, headline, the mobile number, e-mail and one web address behind icons) is flush
// right or left, the contact under the name or in the opposite half; each heading thin, coloured,
// over a rule, flush left or right. A job is the class's \newRole: a two-column tabular with the
// dates (bold) in a 3 cm column and the title over the company (or the company first) beside them,
// then the "Role outline" paragraph of a prose job, or the job's items under the class's
// "Responsibilities" or "Achievements" label; a school or a certificate is \newCourse, the dates
// beside "degree (school)" or "name (issuer)". Skills and languages are the class's three-column
// \addSkills lists (nine items at a time), under the group's name in italics. The class has no
// place for an address. The class's right-hand tabular columns are `l`, which a long company or
// school runs off the page: they are made paragraph columns filling the line.
function readablecvLayout(m, v, rng) {
  const paper = v.seedB < 0.5 ? 'a4paper' : 'letterpaper';
  const headerAlign = rng.pick(['right', 'left']);
  const contactPlace = rng.pick(['below', 'opposite']);
  const sectionAlign = rng.chance(0.7) ? 'left' : 'right';
  const colour = rng.pick(['SlateGray3', 'DodgerBlue4', 'Firebrick3', 'DarkOliveGreen4', 'SlateGray4', 'Orange3']);
  const body = rng.pick(['latin-modern', 'roboto']);
  const itemsLabel = rng.pick(['Responsibilities', 'Achievements']);
  v.rec(`paper:${paper}`);
  v.rec(`header:${headerAlign},contact-${contactPlace}`);
  v.rec(`headings-aligned:${sectionAlign}`);
  v.rec(`heading-colour:${colour}`);
  v.rec(`body-font:${body}`);
  v.rec(`job-items-label:${itemsLabel}`);
  const footer = footerPreamble(v, m);
  const web = m.links[0];
  const rest = 'p{\\dimexpr\\linewidth-3cm-2\\tabcolsep\\relax}';
  let s = `\\documentclass[${paper}]{ReadableCV}
\\usepackage[utf8]{inputenc}
${body === 'roboto' ? '\\edef\\rmdefault{\\sfdefault}\\edef\\familydefault{\\sfdefault}\n' : '\\renewcommand{\\rmdefault}{lmr}\n'}\\input{glyphtounicode}\\pdfgentounicode=1
${hyphenationPreamble(v)}${bulletPreamble(v)}${footer.pre}\\makeatletter
\\patchcmd{\\newRole}{\\noindent\\sffamily{\\textit{Role outline}} \\rmfamily \\par}{\\ifcorpusoutline\\noindent\\sffamily{\\textit{Role outline}} \\rmfamily \\par\\fi}{}{\\corpusPatchFailed}
\\patchcmd{\\newRole}{{@{}p{3cm} l}}{{@{}p{3cm} ${rest}}}{}{\\corpusPatchFailed}
\\patchcmd{\\newRole}{{@{}p{3cm} l}}{{@{}p{3cm} ${rest}}}{}{\\corpusPatchFailed}
\\patchcmd{\\newCourse}{{@{}p{3cm} l}}{{@{}p{3cm} ${rest}}}{}{\\corpusPatchFailed}
\\patchcmd{\\newCourse}{{@{}p{3cm} l}}{{@{}p{3cm} ${rest}}}{}{\\corpusPatchFailed}
\\makeatother
\\newif\\ifcorpusoutline
\\newcommand{\\corpusItems}[1]{\\vspace{-0.5em}\\noindent\\sffamily{\\textit{#1}}\\rmfamily\\vspace{-1em}}
\\setYourName{${tex(m.displayName)}}
\\setYourJobTitle{${tex(m.headline)}}
\\setYourMobileNo{${tex(m.phone)}}
\\setYourEmailAddr{${tex(m.email)}}
\\setYourWebAddr{${web ? tex(web.label) : ''}}
\\setImage{}
\\setHeaderAlignment{${headerAlign}}
\\setContactLocation{${contactPlace}}
\\setSectionAlignment{${sectionAlign}}
\\setHeadingColours{${colour}}
\\setJobCompanyOrder{${v.swap ? 'CompanyFirst' : 'JobFirst'}}
\\begin{document}
\\showHeader
`;
  const heading = (k) => `\\newHeading{${tex(m.heading(k))}}{}\n`;
  // \addSkills takes exactly nine items; longer lists take several.
  const skillLists = (items) => {
    let out = '';
    for (let i = 0; i < items.length; i += 9) {
      const nine = items.slice(i, i + 9).map(tex);
      while (nine.length < 9) nine.push('');
      out += `\\addSkills${nine.map((x) => `{${x}}`).join('')}\n`;
    }
    return out;
  };
  if (m.summary) s += `${heading('summary')}${tex(m.summary)}\\par\n`;
  s += heading('experience');
  for (const j of m.jobs) {
    const where = `${tex(j.company)}${j.location ? `, ${tex(j.location)}` : ''}`;
    if (j.prose != null) {
      s += `\\corpusoutlinetrue\\newRole{${tex(j.dates)}}{${tex(j.title)}}{${where}}{${tex(j.prose)}}\n`;
    } else {
      s += `\\corpusoutlinefalse\\newRole{${tex(j.dates)}}{${tex(j.title)}}{${where}}{}\n`;
      if (j.bullets.length) s += `\\corpusItems{${itemsLabel}}\n${itemize(j.bullets)}\n`;
    }
  }
  if (m.education.length) s += heading('education');
  for (const e of m.education) {
    s += `\\newCourse{${tex(e.dates)}}{${tex(e.degree)}}{${tex(e.school)}${e.location ? `, ${tex(e.location)}` : ''}}\\par\n`;
  }
  if (m.skills.length) s += heading('skills');
  for (const g of m.skills) {
    if (g.group) s += `\\noindent\\textit{${tex(g.group)}}\\par\\vspace{-1.2em}\n`;
    s += skillLists(g.items);
  }
  if (m.certifications.length) {
    s += heading('certifications');
    for (const c of m.certifications) s += `\\newCourse{${tex(c.date)}}{${tex(c.name)}}{${tex(c.issuer)}}\\par\n`;
  }
  if (m.languages.length) {
    s += heading('languages');
    s += skillLists(m.languages.map((l) => (l.fluency ? `${l.language} -- ${l.fluency}` : l.language)));
  }
  s += '\\end{document}\n';
  return { source: s, passes: footer.passes };
}

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// latex-komacv: the komacv class (KOMA-Script's scrartcl with moderncv's look), in its classic,
// casual or oldstyle style. Everything is set with the class's own macros, redefined as its
// manual says (`\renewcommand*{\firstname}{..}`): the given and family names (the family name with
// its particles), the post-nominals as the class's academic title on a line of their own under
// the name (or after the family name), the headline as the class's centred quote (or as the
// academic title when there are no post-nominals); on some documents the class's large headline
// "Curriculum Vitae" (or "Résumé") above everything. The contact is the class's: with its symbols,
// right-aligned beside the name (classic), in the first page's footer (casual) or in a narrow
// column left of the text (oldstyle). The city and region go in \addressstreet and the country in
// \addresscity (the class prints the second only after the first). Jobs and schools are \cventry
// ("**Title**, *Company*, City." with the dates in the hint column, which oldstyle puts on the
// right); a school is degree first or school first (by seed); skills, certificates and languages
// are \cvitem lines with the group, date or language as the hint; items are the class's
// `compactitem` list.
const KOMACV_COLOURS = ['DodgerBlue4', 'Firebrick4', 'DarkOliveGreen4', 'SlateGray4', 'DarkOrange3', 'Purple3', 'black'];
function komacvLayout(m, v, rng, style, person) {
  const size = rng.pick(['10pt', '11pt']);
  const paper = v.seedB < 0.5 ? 'a4' : 'letter';
  const colour = rng.pick(KOMACV_COLOURS);
  // oldstyle's title leaves its alignment on, which would push the contact column off: left only.
  const headline = rng.chance(0.45) ? [style === 'oldstyle' ? 'l' : rng.pick(['c', 'l', 'r']), rng.pick(['Curriculum Vitae', 'Résumé'])] : null;
  // Long post-nominals after the name would wrap in the class's name box: they take the title line.
  const postPlace = rng.chance(0.65) || `${m.name}, ${m.postNominals}`.length > 24 ? 'acadtitle' : 'after-family-name';
  const schoolFirst = rng.chance(0.5);
  v.rec(`komacv-style:${style}`);
  v.rec(`paper:${paper}`);
  v.rec(`font-size:${size}`);
  v.rec(`colour:${colour}`);
  v.rec(headline ? `document-title:${headline[1]},${headline[0]}` : 'document-title:none');
  if (m.postNominals) v.rec(`post-nominals:${postPlace}`);
  v.rec(schoolFirst ? 'education:school-first' : 'education:degree-first');
  const [given, family] = splitFamilyName(person.name).map((x) => (v.capsName ? x.toUpperCase() : x));
  const post = m.postNominals && postPlace === 'after-family-name' ? `, ${m.postNominals}` : '';
  // The academic title line: the post-nominals, or the headline when there are none.
  const acad = m.postNominals && postPlace === 'acadtitle' ? m.postNominals : m.postNominals ? '' : m.headline;
  const quote = acad === m.headline ? '' : m.headline;
  const city = [m.location.split(', ').slice(0, -1).join(', '), m.location.split(', ').pop()];
  const homepage = m.links.find((l) => l.kind === 'portfolio');
  const linkedin = m.links.find((l) => l.kind === 'linkedin');
  const github = m.links.find((l) => l.kind === 'github');
  const other = m.links.find((l) => l.kind === 'other');
  const longest = Math.max(...[m.email, m.phone, ...city, ...m.links.map((l) => l.label)].map((x) => x.length));
  // The oldstyle contact column, as wide as its longest line needs (small italics).
  const infoWidth = Math.min(6, Math.max(3.5, 0.16 * longest + 0.8)).toFixed(1);
  const footerText = v.footer === 'Page 1 of 2' ? 'Page \\pagemark\\ of \\totalpagemark'
    : v.footer === '1/2' ? '\\pagemark/\\totalpagemark' : v.footer ? `${tex(m.displayName)} -- Résumé` : '';
  const def = (cmd, value) => (value ? `\\renewcommand*{\\${cmd}}{${value}}\n` : '');
  let s = `\\documentclass[style=${style},color=${colour},fontsize=${size},paper=${paper}]{komacv}
${fontPreamble()}${hyphenationPreamble(v)}`;
  if (style === 'oldstyle') s += `\\setlength{\\infocolwidth}{${infoWidth}cm}\n`;
  if (v.graphicBullets) s += '\\renewcommand*{\\listitemsymbol}{\\textcolor{colortheme}{\\rule[0.3ex]{0.55ex}{0.55ex}}~}\n';
  if (footerText) s += `\\cfoot*{\\footnotesize ${footerText}}\n\\pagestyle{scrheadings}\n`;
  else if (style !== 'casual') s += '\\pagestyle{empty}\n';
  // The class sets the space between the two names in the body's size, too narrow beside the
  // large name for a reader (and pdftotext) to see: it goes at the end of the given names, in
  // their font. A long name is set smaller so that it stays on one line.
  if ((given + family + post).length > 18) s += '\\addtokomafont{firstnamefont}{\\LARGE}\n';
  s += def('firstname', `${tex(given)}\\ `) + def('familyname', tex(family + post)) + def('acadtitle', tex(acad));
  if (headline) s += `\\headline[${headline[0]}]{title}${headline[1] === 'Curriculum Vitae' ? '' : `[${headline[1]}]`}\n`;
  s += def('addressstreet', tex(city[0] || city[1])) + def('addresscity', city[0] ? tex(city[1]) : '');
  s += def('mobile', tex(m.phone)) + def('email', tex(m.email));
  if (homepage) s += def('homepage', texUrl(homepage.url));
  if (linkedin) s += def('linkedin', tex(linkedin.label));
  if (github) s += def('github', tex(github.label));
  if (other) s += def('extrainfo', tex(other.label));
  s += def('cvquote', tex(quote));
  s += '\\begin{document}\n\\maketitle\n';
  const section = (k) => `\\section{${tex(m.heading(k))}}\n`;
  const items = (bullets) => `\\begin{compactitem}\n${bullets.map((b) => `\\item ${tex(b)}`).join('\n')}\n\\end{compactitem}`;
  if (m.summary) s += `${section('summary')}\\cvitem{}{${tex(m.summary)}}\n`;
  s += section('experience');
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const body = j.prose != null ? tex(j.prose) : j.bullets.length ? items(j.bullets) : '';
    s += `\\cventry{${tex(j.dates)}}{${tex(a)}}{${tex(b)}}{${tex(j.location)}}{}{${body}}\n`;
  }
  if (m.education.length) s += section('education');
  for (const e of m.education) {
    const [a, b] = schoolFirst ? [e.school, e.degree] : [e.degree, e.school];
    s += `\\cventry{${tex(e.dates)}}{${tex(a)}}{${tex(b)}}{${tex(e.location)}}{}{}\n`;
  }
  if (m.skills.length) s += section('skills');
  for (const g of m.skills) s += `\\cvitem{${tex(g.group)}}{${skillLine(g)}}\n`;
  if (m.certifications.length) {
    s += section('certifications');
    for (const c of m.certifications) s += `\\cvitem{${tex(c.date)}}{${tex(c.name)}${c.issuer ? `, \\textit{${tex(c.issuer)}}` : ''}}\n`;
  }
  if (m.languages.length) {
    s += section('languages');
    for (const l of m.languages) s += `\\cvitem{${tex(l.language)}}{${tex(l.fluency)}}\n`;
  }
  s += '\\end{document}\n';
  // Casual's footer counts the pages too.
  return { source: s, passes: style === 'casual' || (v.footer && v.footer !== 'Name – Résumé') ? 2 : 1 };
}

export async function renderLatex(ctx, layout, person, outFile) {
  const komacvStyle = layout.template === 'komacv' ? makeRng(`${layout.id}/${person.id}/style`).pick(['classic', 'casual', 'oldstyle']) : null;
  // moderncv prints its own icons and contact block; casual puts the contact in the footer.
  const knobs = layout.template === 'moderncv'
    ? ALL_KNOBS.filter((k) => !['icons', 'contactOneLine', ...(layout.style === 'casual' ? ['footer'] : [])].includes(k))
    : layout.template === 'europass' ? ['dates', 'prose', 'hyphenate']
      // ReadableCV prints its own icons before the contact and lays the contact out itself.
      : layout.template === 'readablecv' ? ALL_KNOBS.filter((k) => !['icons', 'contactOneLine'].includes(k))
      // simplecv decides the order of company and title itself.
      : layout.template === 'simplecv' ? ALL_KNOBS.filter((k) => k !== 'swap')
        // komacv prints its own contact symbols and lays the contact out itself; casual's footer
        // is the contact.
        : layout.template === 'komacv'
          ? ALL_KNOBS.filter((k) => !['icons', 'contactOneLine', ...(komacvStyle === 'casual' ? ['footer'] : [])].includes(k))
          : ALL_KNOBS;
  const v = chooseVariations(layout.id, person, knobs);
  // A rough page count, the first guess for \pageref{LastPage}.
  const words = JSON.stringify(person).split(/\s+/).length;
  const pagesGuess = words < 420 ? 1 : words < 900 ? 2 : 3;
  if (layout.template === 'moderncv') v.rec('social-icons');
  const m = docModel(person, v);
  let log;
  if (layout.template === 'minipage') {
    // The most jobs that fit beside the sidebar on the first page.
    for (let inBox = Math.min(2, m.jobs.length); inBox >= 0; inBox--) {
      const vv = { ...v, list: [...v.list], rec: (s) => vv.list.push(s) };
      const { source, passes } = minipageLayout(m, vv, inBox);
      log = await runLatex(ctx, `${layout.id}/${person.id}`, source, outFile, { passes, pagesGuess });
      if (!/Overfull \\vbox/.test(log) || inBox === 0) { v.list = vv.list; v.rec(`jobs-beside-sidebar:${inBox}`); break; }
    }
  } else {
    const build = { moderncv: () => moderncv(m, v, layout.style, person), europass: () => europass(m, v),
      oneline: () => oneline(m, v), paracol: () => paracolLayout(m, v), currvita: () => currvitaLayout(m, v),
      simplecv: () => simplecvLayout(m, v), curve: () => curveLayout(m, v, makeRng(`${layout.id}/${person.id}/layout`)),
      readablecv: () => readablecvLayout(m, v, makeRng(`${layout.id}/${person.id}/layout`)),
      komacv: () => komacvLayout(m, v, makeRng(`${layout.id}/${person.id}/layout`), komacvStyle, person) }[layout.template];
    const { source, passes, files } = build();
    await runLatex(ctx, `${layout.id}/${person.id}`, source, outFile, { passes, pagesGuess, files });
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// latex-cvsty (frozen): a resume written with the `cv` package of TeX Live (CV.sty, in
// texlive-latex-extra), typeset by pdflatex. The layout was chosen by a rule fixed before looking
// at it (the first CV/resume class or package of the installed TeX Live, in alphabetical order,
// that the corpus did not use yet); as frozen-layouts.md says, this file is not read while
// improving the parser.
//
// CV.sty is the whole of a small package: `\section` redefined as a large small-capital heading
// with a rule above it, and a `CV` environment, a list whose item labels sit in a 77 pt column at
// the left (`\item[label] text`). A resume made with it, as its users write them: the article
// class, every section a CV list whose labels are the dates of a job, school or certificate, a
// skill group's name or a language, and the person's details either as a centred header or as a
// "Personal details" list of labelled items.
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears } from './common.mjs';
import { runLatex, tex } from './latex.mjs';

const FONTS = {
  'Latin Modern': '\\usepackage{lmodern}',
  Times: '\\usepackage{mathptmx}',
  Palatino: '\\usepackage[sc]{mathpazo}\\linespread{1.03}',
  Charter: '\\usepackage{charter}',
  Helvetica: '\\usepackage[scaled=0.92]{helvet}\\renewcommand{\\familydefault}{\\sfdefault}',
  'TeX Gyre Bonum': '\\usepackage{tgbonum}',
};
const LINK_NAMES = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };
const SEPARATORS = { '·': '\\textperiodcentered', '|': '\\textbar', '•': '\\textbullet', '--': '--' };
const BULLETS = { '•': '\\textbullet', '–': '\\textendash', '◦': '$\\circ$', '*': '$\\ast$' };

const texUrl = (u) => String(u).replace(/[\\{}%#]/g, '');

function options(rng, person, v) {
  return {
    font: rng.pick(Object.keys(FONTS)),
    size: rng.pick(['10pt', '11pt', '11pt', '12pt']),
    paper: rng.pick(['a4paper', 'a4paper', 'letterpaper']),
    margin: rng.pick(['2cm', '2.5cm', '0.75in', '1in']),
    // The person's details: a centred header, or a "Personal details" list under the name or
    // under a "Curriculum Vitae" title (where the name is an item of the list).
    header: rng.pick(['centred', 'centred', 'details-under-name', 'details-under-title']),
    title: rng.pick(['Curriculum Vitae', 'Résumé', 'Curriculum Vitae']),
    sep: rng.pick(Object.keys(SEPARATORS)),
    emailWord: rng.pick(['E-mail', 'Email']),
    phoneWord: rng.pick(['Phone', 'Telephone', 'Mobile']),
    addressWord: rng.pick(['Address', 'Location', 'City']),
    detailsHeading: rng.pick(['Personal Details', 'Personal Information', 'Contact']),
    links: rng.pick(['urls', 'names']),
    // A job: "Title, Company, City" on one line, or the title over "Company, City" (the company
    // first with `company-before-title`).
    jobForm: rng.pick(['one-line', 'two-lines', 'two-lines']),
    cityItalic: rng.chance(0.5),
    bullet: v.graphicBullets ? 'square' : rng.pick(Object.keys(BULLETS)),
    eduDates: rng.pick(['full', 'years']),
    schoolFirst: rng.chance(0.3),
    educationFirst: rng.chance(0.25),
    summary: person.summary ? rng.pick(['section', 'section', 'unheaded', 'none']) : 'none',
    langForm: rng.pick(['list', 'line']),
  };
}

function preamble(o, v, m) {
  const bullet = o.bullet === 'square' ? '\\rule[0.25ex]{0.6ex}{0.6ex}' : BULLETS[o.bullet];
  let footer = '\\pagestyle{empty}\n';
  if (v.footer) {
    const text = v.footer === 'Page 1 of 2' ? 'Page \\thepage\\ of \\pageref*{LastPage}'
      : v.footer === '1/2' ? '\\thepage/\\pageref*{LastPage}' : `${tex(m.displayName)} -- Résumé`;
    footer = `\\usepackage{fancyhdr}\\usepackage{lastpage}\n\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\fancyfoot[C]{\\footnotesize ${text}}\n`;
  }
  return String.raw`\documentclass[${o.size},${o.paper}]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
${FONTS[o.font]}
\usepackage{textcomp}
\input{glyphtounicode}\pdfgentounicode=1
\usepackage[margin=${o.margin}]{geometry}
\usepackage{CV}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\urlstyle{same}
\setlength{\parindent}{0pt}
\setlength{\emergencystretch}{2em}
${v.hyphenate ? '\\hyphenpenalty=25\n' : '\\hyphenpenalty=10000\\exhyphenpenalty=10000\\sloppy\n'}${footer}\setlist[itemize]{leftmargin=1.3em,topsep=2pt,itemsep=0pt,parsep=0pt,label={${bullet}}}
% An item label in the 77 pt label column of the CV list: as it is when it fits, else a size
% smaller (\small, then \footnotesize), else wrapped in the column. A date range on one line when
% it fits, otherwise the start (with the separator) over the end, at the size that fits.
\newlength{\cvlabelw}\newlength{\cvlabelwb}
\newcommand{\cvw}[2]{\settowidth{\cvlabelw}{#1#2}}
\newcommand{\cvpair}[3]{\settowidth{\cvlabelw}{#1#2}\settowidth{\cvlabelwb}{#1#3}%
  \ifdim\cvlabelwb>\cvlabelw\setlength{\cvlabelw}{\cvlabelwb}\fi}
\newcommand{\cvlabel}[1]{\cvw{}{#1}\ifdim\cvlabelw>77pt%
    \cvw{\small}{#1}\ifdim\cvlabelw>77pt%
      \cvw{\footnotesize}{#1}\ifdim\cvlabelw>77pt\parbox[t]{77pt}{\raggedright\footnotesize #1}%
      \else{\footnotesize #1}\fi%
    \else{\small #1}\fi%
  \else#1\fi}
% (The two lines take no depth: the second sits beside the entry's second line, not below it.)
\newcommand{\cvstack}[3]{\raisebox{0pt}[\height][0pt]{#1\begin{tabular}[t]{@{}l@{}}#2\\#3\end{tabular}}}
\newcommand{\cvdates}[2]{\cvw{}{#1\ #2}\ifdim\cvlabelw>77pt%
    \cvpair{}{#1}{#2}\ifdim\cvlabelw>77pt%
      \cvpair{\small}{#1}{#2}\ifdim\cvlabelw>77pt%
        \cvstack{\footnotesize}{#1}{#2}%
      \else\cvstack{\small}{#1}{#2}\fi%
    \else\cvstack{}{#1}{#2}\fi%
  \else#1\ #2\fi}
`;
}

// A date range's label: "June 2019 –" + "Present" (the first part keeps the separator); any other
// label as it fits the label column.
function rangeLabel(text, end) {
  if (!end || !text.endsWith(end) || text === end) return label(text);
  return `\\cvdates{${tex(text.slice(0, text.length - end.length).trimEnd())}}{${tex(end)}}`;
}
const label = (text) => (text ? `\\cvlabel{${tex(text)}}` : '');

function header(m, o, v) {
  const name = m.displayName;
  const email = `\\href{mailto:${texUrl(m.email)}}{${tex(m.email)}}`;
  const link = (l) => `\\href{${texUrl(l.url)}}{${tex(o.links === 'urls' ? l.label : LINK_NAMES[l.kind] ?? 'Website')}}`;
  if (o.header === 'centred') {
    const items = [email, tex(m.phone), tex(m.location), ...m.links.map(link)];
    const contact = v.contactOneLine
      ? items.map((s) => `\\mbox{${s}}`).join(` ${SEPARATORS[o.sep]}{} `)
      : items.join(' \\\\\n');
    return `\\begin{center}\n{\\LARGE\\bfseries ${tex(name)}}\\\\[4pt]\n{\\large ${tex(m.headline)}}\\\\[6pt]\n${contact}\n\\end{center}\n`;
  }
  let s = o.header === 'details-under-name'
    ? `\\begin{center}\n{\\LARGE\\bfseries ${tex(name)}}\\\\[4pt]\n{\\large ${tex(m.headline)}}\n\\end{center}\n`
    : `\\begin{center}\n{\\LARGE\\scshape ${tex(o.title)}}\n\\end{center}\n`;
  const heading = v.capsHeadings ? o.detailsHeading.toUpperCase() : o.detailsHeading;
  s += `\\section*{${tex(heading)}}\n\\begin{CV}\n`;
  if (o.header === 'details-under-title') {
    s += `\\item[Name] ${tex(name)}\n\\item[Position] ${tex(m.headline)}\n`;
  }
  s += `\\item[${o.addressWord}] ${tex(m.location)}\n\\item[${o.phoneWord}] ${tex(m.phone)}\n\\item[${o.emailWord}] ${email}\n`;
  for (const l of m.links) s += `\\item[${LINK_NAMES[l.kind] ?? 'Website'}] \\href{${texUrl(l.url)}}{${tex(l.label)}}\n`;
  return `${s}\\end{CV}\n`;
}

function jobItem(j, o, v) {
  const city = j.location ? (o.cityItalic ? `\\textit{${tex(j.location)}}` : tex(j.location)) : '';
  const withCity = (s) => (city ? `${s}, ${city}` : s);
  const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
  let head;
  if (o.jobForm === 'one-line') head = `\\textbf{${tex(first)}}, ${withCity(tex(second))}`;
  else if (v.swap) head = `\\textbf{${withCity(tex(first))}}\\\\\n\\textit{${tex(second)}}`;
  else head = `\\textbf{${tex(first)}}\\\\\n${withCity(tex(second))}`;
  let s = `\\item[${rangeLabel(j.dates, j.end)}] ${head}\n`;
  if (j.prose != null) s += `\\par ${tex(j.prose)}\n`;
  else if (j.bullets.length) s += `\\begin{itemize}\n${j.bullets.map((b) => `  \\item ${tex(b)}`).join('\n')}\n\\end{itemize}\n`;
  return s;
}

function sections(m, o, v, person) {
  const out = {};
  const sec = (k) => `\\section*{${tex(m.heading(k))}}\n`;
  if (o.summary === 'section') out.summary = `${sec('summary')}${tex(m.summary)}\n`;
  out.experience = `${sec('experience')}\\begin{CV}\n${m.jobs.map((j) => jobItem(j, o, v)).join('\\vspace{3pt}\n')}\\end{CV}\n`;
  if (m.education.length) {
    const items = m.education.map((e, i) => {
      const ed = person.education[i];
      const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
      const end = dates.split(/\s+(?:–|-|—|to)\s+/).pop();
      const place = e.location ? `, ${tex(e.location)}` : '';
      const body = o.schoolFirst
        ? `\\textbf{${tex(e.school)}}${place}\\\\\n\\textit{${tex(e.degree)}}`
        : `\\textbf{${tex(e.degree)}}\\\\\n${tex(e.school)}${place}`;
      return `\\item[${dates ? rangeLabel(dates, end) : ''}] ${body}\n`;
    });
    out.education = `${sec('education')}\\begin{CV}\n${items.join('')}\\end{CV}\n`;
  }
  if (m.skills.length) {
    out.skills = `${sec('skills')}\\begin{CV}\n${m.skills.map((g) => `\\item[${label(g.group)}] ${g.items.map(tex).join(', ')}\n`).join('')}\\end{CV}\n`;
  }
  if (m.certifications.length) {
    out.certifications = `${sec('certifications')}\\begin{CV}\n${m.certifications.map((c) => `\\item[${label(c.date)}] ${tex(c.name)}${c.issuer ? `, \\textit{${tex(c.issuer)}}` : ''}\n`).join('')}\\end{CV}\n`;
  }
  if (m.languages.length) {
    out.languages = o.langForm === 'list'
      ? `${sec('languages')}\\begin{CV}\n${m.languages.map((l) => `\\item[${label(l.language)}] ${tex(l.fluency)}\n`).join('')}\\end{CV}\n`
      : `${sec('languages')}${m.languages.map((l) => `${tex(l.language)}${l.fluency ? ` (${tex(l.fluency)})` : ''}`).join(', ')}\n`;
  }
  return out;
}

export async function renderCvSty(ctx, layout, person, outFile) {
  const knobs = ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate', 'graphicBullets', 'prose',
    'swap', 'contactOneLine'];
  const v = chooseVariations(layout.id, person, knobs);
  const o = options(makeRng(`${layout.id}/${person.id}/layout`), person, v);
  const m = docModel(person, v);
  const label = `${layout.id}/${person.id}`;
  v.rec(`font:${o.font} ${o.size}`);
  v.rec(`paper:${o.paper} margin ${o.margin}`);
  v.rec(`header:${o.header}`);
  if (o.header === 'details-under-title') v.rec(`title:${o.title}`);
  // Only the centred header has a contact line to lay out.
  if (o.header !== 'centred') v.list = v.list.filter((x) => !x.startsWith('contact:'));
  if (person.links.length) v.rec(`links:${o.header === 'centred' ? o.links : 'urls'}`);
  v.rec(`job:${o.jobForm}`);
  v.rec(`bullet:${o.bullet}`);
  v.rec(`education:${o.schoolFirst ? 'school-first' : 'degree-first'} ${o.eduDates}`);
  v.rec(`summary:${o.summary}`);
  if (m.languages.length) v.rec(`languages:${o.langForm}`);
  v.rec(o.educationFirst ? 'order:education-first' : 'order:experience-first');

  const sec = sections(m, o, v, person);
  let top = header(m, o, v);
  if (o.summary === 'unheaded') top += `\\vspace{6pt}\n${tex(m.summary)}\n`;
  const order = ['summary', ...(o.educationFirst ? ['education', 'experience'] : ['experience', 'education']),
    'skills', 'certifications', 'languages'];
  const body = order.filter((k) => sec[k]).map((k) => sec[k]).join('\n');
  const source = `${preamble(o, v, m)}\\begin{document}\n${top}\n${body}\n\\end{document}\n`;
  const words = JSON.stringify(person).split(/\s+/).length;
  const log = await runLatex(ctx, label, source, outFile,
    { passes: v.footer && v.footer !== 'Name – Résumé' ? 2 : 1, pagesGuess: words < 420 ? 1 : words < 900 ? 2 : 3 });
  // Nothing may stick out: an overfull box of more than a couple of points is a layout error.
  for (const mm of log.matchAll(/Overfull \\([hv])box \(([\d.]+)pt too (?:wide|high)\)[^\n]*?(?:lines (\d+)--(\d+))?\n/g)) {
    if (Number(mm[2]) > 2) {
      const at = mm[3] ? `: ${source.split('\n').slice(Number(mm[3]) - 1, Number(mm[4])).join(' ')}` : '';
      throw new Error(`${label}: ${mm[0].trim()}${at}`);
    }
  }
  const pages = Number(/Output written on doc\.pdf \((\d+) pages?/.exec(log)?.[1] ?? 0);
  if (pages > 1) v.rec(`pages:${pages}`);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

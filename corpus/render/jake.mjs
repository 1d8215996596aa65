// latex-jake-tabular: an imitation of the widely shared one-page LaTeX resume often called "Jake's
// resume", typeset by pdflatex (article class). The name centred in bold (small capitals on some
// documents) over one contact line of underlined links; `titlesec` section headings in small
// capitals with a rule under them; every job and school a two-row `tabular*` that pushes the dates
// and the city to the right margin ("Title & dates / Company & City", or the company first);
// tight `enumitem` lists of small bullets; skills as "\textbf{Group}: a, b, c" lines; certificates
// and languages as lines. The template is meant for one page: a longer person runs onto page 2
// between entries (the lists break between items). The left cell of an entry header is a plain
// `l` column in the template, which a long title beside long dates would push off the page: here
// it wraps in a \parbox when (and only when) it would not fit beside the right cell.
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears } from './common.mjs';
import { runLatex, tex } from './latex.mjs';

const FONTS = {
  'Computer Modern (lmodern)': '\\usepackage{lmodern}',
  Charter: '\\usepackage{charter}',
  'Source Sans Pro': '\\usepackage[default]{sourcesanspro}',
  Helvetica: '\\usepackage[scaled=0.92]{helvet}\\renewcommand{\\familydefault}{\\sfdefault}',
  Palatino: '\\usepackage[sc]{mathpazo}\\linespread{1.03}',
};
// Fonts without bold small capitals (LaTeX substitutes bold upright letters).
const NO_BOLD_SC = new Set(['Computer Modern (lmodern)', 'Palatino']);
const LINK_NAMES = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };
const SEPARATORS = { '|': '$|$', '•': '\\textbullet{}', '·': '\\textperiodcentered{}' };

const texUrl = (u) => String(u).replace(/[\\{}%#]/g, '');

function options(rng, person) {
  const o = {
    educationFirst: rng.chance(0.55),
    nameStyle: rng.pick(['bold-sc', 'bold-sc', 'sc', 'bold']),
    nameSize: rng.pick(['\\Huge', '\\Huge', '\\huge']),
    headline: rng.chance(0.25),
    contactSep: rng.pick(Object.keys(SEPARATORS)),
    phoneFirst: rng.chance(0.7),
    location: rng.chance(0.5),
    links: rng.pick(['urls', 'urls', 'labels']),
    underline: rng.chance(0.8),
    font: rng.pick(Object.keys(FONTS)),
    size: rng.pick(['11pt', '11pt', '10pt']),
    paper: rng.pick(['letterpaper', 'letterpaper', 'letterpaper', 'a4paper']),
    margin: rng.pick(['0.5in', '0.5in', '0.6in', '0.75in']),
    headingStyle: rng.pick(['scshape', 'scshape', 'scshape-bold', 'bold']),
    bullet: rng.pick(['tiny', 'tiny', 'bullet', 'endash']),
    eduDates: rng.pick(['full', 'full', 'years']),
    summary: !!person.summary && rng.chance(0.35),
    prose: rng.chance(0.3),
    skillsColon: rng.pick(['outside', 'inside']),
    certForm: rng.pick(['issuer-dash', 'parenthesis']),
    langForm: rng.pick(['section', 'skills-line']),
  };
  return o;
}

function preamble(o, v) {
  const headingFont = { scshape: '\\scshape', 'scshape-bold': '\\bfseries\\scshape', bold: '\\bfseries' }[o.headingStyle];
  const label2 = { tiny: '$\\vcenter{\\hbox{\\tiny$\\bullet$}}$', bullet: '\\textbullet', endash: '\\textendash' }[o.bullet];
  return String.raw`\documentclass[${o.paper},${o.size}]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
${FONTS[o.font]}
\usepackage{textcomp}
\usepackage[margin=${o.margin},top=${o.margin === '0.75in' ? '0.6in' : '0.45in'},bottom=0.5in]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\input{glyphtounicode}
\pdfgentounicode=1
\pagestyle{empty}
\urlstyle{same}
\raggedbottom
\raggedright
\setlength{\parindent}{0pt}
\setlength{\tabcolsep}{0in}
${v.hyphenate ? '' : '\\hyphenpenalty=10000\\exhyphenpenalty=10000\n'}
\titleformat{\section}{\vspace{-4pt}${headingFont}\raggedright\large}{}{0em}{}[\titlerule\vspace{-5pt}]

% The left cell of an entry header: as is, or wrapped when it would not fit beside the right cell.
\newlength{\entryroom}
\newcommand{\entryleft}[2]{\settowidth{\entryroom}{#2}%
  \setlength{\entryroom}{\dimexpr0.97\textwidth-\entryroom-1.2em\relax}%
  \sbox0{#1}\ifdim\wd0>\entryroom\typeout{JAKE wrapped entry}\parbox[t]{\entryroom}{\raggedright#1}\else\usebox0\fi}

\newcommand{\resumeItem}[1]{\item\small{{#1 \vspace{-2pt}}}}
\newcommand{\resumeSubheading}[4]{%
  \vspace{-2pt}\item
    \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
      \entryleft{\textbf{#1}}{#2} & #2 \\
      \entryleft{\textit{\small #3}}{\textit{\small #4}} & \textit{\small #4} \\
    \end{tabular*}\vspace{-7pt}}
\newcommand{\resumeProse}[1]{\begin{itemize}[label={}, leftmargin=0pt, beginpenalty=10000, topsep=3pt]\item\small #1\end{itemize}\vspace{-5pt}}
\renewcommand\labelitemii{${label2}}
\newcommand{\resumeSubHeadingListStart}{\begin{itemize}[leftmargin=0.15in, label={}]}
\newcommand{\resumeSubHeadingListEnd}{\end{itemize}}
\newcommand{\resumeItemListStart}{\begin{itemize}[beginpenalty=10000]}
\newcommand{\resumeItemListEnd}{\end{itemize}\vspace{-5pt}}
`;
}

function header(m, o, person, v) {
  const name = `${tex(m.name)}${m.postNominals ? `, ${tex(m.postNominals)}` : ''}`;
  const ul = (s) => (o.underline ? `\\underline{${s}}` : s);
  const email = `\\href{mailto:${texUrl(m.email)}}{${ul(tex(m.email))}}`;
  const items = o.phoneFirst ? [tex(m.phone), email] : [email, tex(m.phone)];
  if (o.location) items.push(tex(m.location));
  for (const l of m.links) {
    const text = o.links === 'urls' ? tex(l.label) : LINK_NAMES[l.kind] ?? 'Website';
    items.push(`\\href{${texUrl(l.url)}}{${ul(text)}}`);
  }
  // Each item whole; the line breaks only after a separator.
  const line = items.map((s) => `\\mbox{${s}}`).join(`~${SEPARATORS[o.contactSep]} `);
  // The template's \textbf{\Huge \scshape Name} (bold upright in a font without bold small
  // capitals), the medium-weight small capitals some copies use, or plain bold.
  const nameTex = { 'bold-sc': `\\textbf{${o.nameSize} \\scshape ${name}}`, sc: `{${o.nameSize} \\scshape ${name}}`,
    bold: `\\textbf{${o.nameSize} ${name}}` }[o.nameStyle];
  let s = `\\begin{center}\n    ${nameTex} \\\\ \\vspace{1pt}\n`;
  if (o.headline) s += `    {\\large ${tex(m.headline)}} \\\\ \\vspace{2pt}\n`;
  s += `    \\small ${line}\n\\end{center}\n`;
  return s;
}

function jobEntry(j, v, o) {
  const [a, b, c, d] = v.swap ? [j.company, j.location, j.title, j.dates] : [j.title, j.dates, j.company, j.location];
  let s = `    \\resumeSubheading\n      {${tex(a)}}{${tex(b)}}\n      {${tex(c)}}{${tex(d)}}\n`;
  if (j.prose != null) s += `      \\resumeProse{${tex(j.prose)}}\n`;
  else if (j.bullets.length) {
    s += '      \\resumeItemListStart\n';
    for (const bl of j.bullets) s += `        \\resumeItem{${tex(bl)}}\n`;
    s += '      \\resumeItemListEnd\n';
  }
  return s;
}

function sections(m, o, v, person) {
  const out = {};
  if (o.summary) out.summary = `\\section{${tex(m.heading('summary'))}}\n{\\small ${tex(m.summary)}\\par}\n`;
  out.experience = `\\section{${tex(m.heading('experience'))}}\n  \\resumeSubHeadingListStart\n${m.jobs.map((j) => jobEntry(j, v, o)).join('\n')}  \\resumeSubHeadingListEnd\n`;
  if (m.education.length) {
    let s = `\\section{${tex(m.heading('education'))}}\n  \\resumeSubHeadingListStart\n`;
    person.education.forEach((ed, i) => {
      const e = m.education[i];
      const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
      s += `    \\resumeSubheading\n      {${tex(e.school)}}{${tex(e.location)}}\n      {${tex(e.degree)}}{${tex(dates)}}\n`;
    });
    out.education = `${s}  \\resumeSubHeadingListEnd\n`;
  }
  const langLine = m.languages.map((l) => (l.fluency ? `${tex(l.language)} (${tex(l.fluency)})` : tex(l.language))).join(', ');
  if (m.skills.length) {
    const lines = m.skills.map((g) => {
      const items = g.items.map(tex).join(', ');
      if (!g.group) return items;
      return o.skillsColon === 'outside' ? `\\textbf{${tex(g.group)}}{: ${items}}` : `\\textbf{${tex(g.group)}:} ${items}`;
    });
    if (o.langForm === 'skills-line' && m.languages.length) {
      // The languages under the skills, on a line of their own (not skill items).
      lines.push(o.skillsColon === 'outside' ? `\\textbf{${tex(m.heading('languages'))}}{: ${langLine}}` : `\\textbf{${tex(m.heading('languages'))}:} ${langLine}`);
    }
    out.skills = `\\section{${tex(m.heading('skills'))}}\n \\begin{itemize}[leftmargin=0.15in, label={}]\n    \\small{\\item{\n${lines.map((l) => `     ${l}`).join(' \\\\\n')}\n    }}\n \\end{itemize}\n`;
  }
  if (m.certifications.length) {
    const lines = m.certifications.map((c) => (o.certForm === 'issuer-dash'
      ? `\\textbf{${tex(c.name)}}${c.issuer ? ` -- ${tex(c.issuer)}` : ''}${c.date ? ` \\hfill \\textit{${tex(c.date)}}` : ''}`
      : `\\textbf{${tex(c.name)}}${[c.issuer, c.date].filter(Boolean).length ? ` (${[c.issuer, c.date].filter(Boolean).map(tex).join(', ')})` : ''}`));
    out.certifications = `\\section{${tex(m.heading('certifications'))}}\n \\begin{itemize}[leftmargin=0.15in, label={}, itemsep=0pt]\n${lines.map((l) => `    \\small\\item ${l}`).join('\n')}\n \\end{itemize}\n`;
  }
  if (m.languages.length && !(o.langForm === 'skills-line' && m.skills.length)) {
    out.languages = `\\section{${tex(m.heading('languages'))}}\n \\begin{itemize}[leftmargin=0.15in, label={}]\n    \\small\\item ${langLine}\n \\end{itemize}\n`;
  }
  return out;
}

export async function renderJake(ctx, layout, person, outFile) {
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person);
  // Prose jobs on a minority of documents only: the template prints items.
  const knobs = ['dates', 'headings', 'capsHeadings', 'capsName', 'hyphenate', 'swap', ...(o.prose ? ['prose'] : [])];
  const v = chooseVariations(layout.id, person, knobs);
  const m = docModel(person, v);
  const label = `${layout.id}/${person.id}`;

  v.rec(`font:${o.font}`);
  v.rec(`paper:${o.paper} ${o.size} margin ${o.margin}`);
  const boldSc = NO_BOLD_SC.has(o.font) ? 'bold' : 'bold small-caps';
  v.rec(`name:${{ 'bold-sc': boldSc, sc: 'small-caps', bold: 'bold' }[o.nameStyle]} ${o.nameSize.slice(1)}`);
  if (o.headline) v.rec('headline');
  v.rec(`contact-separator:${o.contactSep}`);
  v.rec(o.phoneFirst ? 'contact:phone-first' : 'contact:email-first');
  if (o.location) v.rec('contact:location');
  if (person.links.length) v.rec(`contact-links:${o.links}${o.underline ? ' underlined' : ''}`);
  v.rec(`headings:${{ scshape: 'small-caps', 'scshape-bold': boldSc, bold: 'bold' }[o.headingStyle]}`);
  v.rec(`bullet:${o.bullet}`);
  v.rec(o.educationFirst ? 'order:education-first' : 'order:experience-first');
  v.rec(`education-dates:${o.eduDates}`);
  if (o.summary) v.rec('summary');
  v.rec(`skills-colon:${o.skillsColon}`);
  if (m.certifications.length) v.rec(`certificates:${o.certForm}`);
  if (m.languages.length) v.rec(`languages:${o.langForm === 'skills-line' && m.skills.length ? 'skills-line' : 'section'}`);

  const sec = sections(m, o, v, person);
  const order = ['summary', ...(o.educationFirst ? ['education', 'experience'] : ['experience', 'education']), 'skills', 'certifications', 'languages'];
  const body = order.filter((k) => sec[k]).map((k) => sec[k]).join('\n');
  const source = `${preamble(o, v)}\n\\begin{document}\n\n${header(m, o, person, v)}\n${body}\n\\end{document}\n`;
  const log = await runLatex(ctx, label, source, outFile);
  // Nothing may stick out: an overfull box of more than a few points is a layout error.
  for (const mm of log.matchAll(/Overfull \\([hv])box \(([\d.]+)pt too (?:wide|high)\)[^\n]*/g)) {
    if (Number(mm[2]) > 3) throw new Error(`${label}: ${mm[0]}`);
  }
  const pages = Number(/Output written on doc\.pdf \((\d+) pages?/.exec(log)?.[1] ?? 0);
  if (pages > 1) v.rec(`pages:${pages}`);
  const wrapped = log.match(/^JAKE wrapped entry$/gm)?.length ?? 0;
  if (wrapped) v.rec(`wrapped-entry-cells:${wrapped}`);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// latex-altacv-right: the corpus's own pdflatex template in the manner of the widely used AltaCV
// class (paracol, fontawesome5, TikZ tags). Across the page: the name large and bold (the
// post-nominals after a comma, in the same weight or smaller and lighter), the headline as a
// coloured tagline, then one wrapping line of contact items, each a Font Awesome icon and the
// address itself (no "E-mail:" word; the LinkedIn and GitHub links as the bare handle or the
// whole address). Then paracol with two columns, the narrow one (about a third) on the right.
// The wide left column holds the experience: each job its title in a larger type, the company
// in the accent colour on the next line, then one small line with a calendar icon and the dates
// and a map-marker icon and the city, then itemize bullets with a seeded marker (or a
// paragraph); AltaCV's dashed dividers between entries on some documents. The right column
// holds, in a seeded order, the summary (plain, as a quotation, under a shared heading word or
// AltaCV's "My Life Philosophy"), the skills as framed TikZ "tags" that wrap over several lines
// (a group's name above its tags), the languages with dot or bar ratings (the fluency in words
// under them on some documents), the certificates (AltaCV's \cvevent or its icon-and-text
// \cvachievement) and, on some documents, the education (otherwise under the experience).
// Section headings are coloured capitals with a rule under them. paracol carries either column
// onto the next page; when the narrow column would run onto a second page beside a shorter main
// column (the heights come from a measuring pass of pdflatex), its last education, certificate
// or language sections move under the experience, as a writer would move them. Seeded: accent
// palette, font package, size, paper, margins, column ratio and gap, tinted right column, date
// style, heading words, bold or plain job titles, bullets, dividers, the main column justified
// with hyphenation or ragged right without, page-number or name footer.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears } from './common.mjs';
import { tex } from './latex.mjs';

const run = promisify(execFile);

// Font packages of texlive (sans mostly, as AltaCV's users set them; Latin Modern Roman for the
// odd serif document).
const FONTS = {
  'Latin Modern Sans': '\\usepackage{lmodern}\\renewcommand{\\familydefault}{\\sfdefault}',
  // (helvet has no euro: the one of TeX Gyre Heros, rather than the euro TeX would fake.)
  Helvetica: '\\usepackage[scaled=0.92]{helvet}\\renewcommand{\\familydefault}{\\sfdefault}' +
    '\\DeclareUnicodeCharacter{20AC}{{\\fontfamily{qhv}\\selectfont\\texteuro}}',
  Lato: '\\usepackage[default]{lato}',
  Roboto: '\\usepackage[sfdefault]{roboto}',
  'Source Sans Pro': '\\usepackage[default]{sourcesanspro}',
  'Fira Sans': '\\usepackage[sfdefault]{FiraSans}',
  'Open Sans': '\\usepackage[default]{opensans}',
  'Latin Modern Roman': '\\usepackage{lmodern}',
};

// AltaCV's own palette (pastel red with a golden rule) and a few that its users choose.
const PALETTES = {
  'pastel-red': { accent: '8F0D0D', heading: '450808', rule: 'E7D192', tagline: '8F0D0D' },
  blue: { accent: '1E5AA8', heading: '0B2E59', rule: '9DBBE3', tagline: '1E5AA8' },
  teal: { accent: '007C7C', heading: '004D4D', rule: '8CCFCF', tagline: '007C7C' },
  green: { accent: '2E7D32', heading: '1B4D1E', rule: 'A5D6A7', tagline: '2E7D32' },
  purple: { accent: '6A1B9A', heading: '3E0F5A', rule: 'CE93D8', tagline: '6A1B9A' },
  orange: { accent: 'C0561B', heading: '5A2A0C', rule: 'F2C09C', tagline: 'C0561B' },
  slate: { accent: '3E5C76', heading: '1D2D3C', rule: 'B0BEC5', tagline: '3E5C76' },
};

const BULLETS = {
  bullet: '\\textcolor{accent}{\\small\\textbullet}',
  'angle-right': '\\textcolor{accent}{\\small\\faAngleRight}',
  'caret-right': '\\textcolor{accent}{\\faCaretRight}',
  'chevron-right': '\\textcolor{accent}{\\tiny\\faChevronRight}',
  endash: '\\textcolor{accent}{\\textendash}',
  circle: '\\textcolor{accent}{\\scriptsize$\\circ$}',
};
const GRAPHIC_BULLETS = {
  square: '\\textcolor{accent}{\\rule[0.3ex]{0.55ex}{0.55ex}}',
  dot: '\\tikz[baseline=-0.6ex]\\fill[accent] (0,0.1ex) circle (0.3ex);',
};

const LINK_ICONS = { linkedin: '\\faLinkedin', github: '\\faGithub', portfolio: '\\faGlobe', other: '\\faLink' };

// Rating (out of 5) that a reader of the fluency would give.
function fluencyRating(f) {
  const s = (f ?? '').toLowerCase();
  if (/native|mother|bilingual|c2/.test(s)) return 5;
  if (/fluent|c1|professional|advanced/.test(s)) return 4;
  if (/upper|b2|intermediate|conversational|b1/.test(s)) return 3;
  if (/basic|elementary|a2|a1|beginner/.test(s)) return 2;
  return 3;
}

// TeX text in which a long address may break after "/", "." or "@".
function texBreakable(s) {
  return tex(s).replace(/([/.@])(?=.)/g, '$1\\allowbreak{}');
}
const url = (u) => u.replace(/[\\{}%#]/g, '');

function options(rng, person, v) {
  const palette = rng.pick(Object.keys(PALETTES));
  return {
    palette,
    ruleInAccent: rng.chance(0.35),
    ruleWidth: rng.pick(['2pt', '1.2pt', '0.8pt']),
    body: rng.pick(['666666', '404040', '333333', '000000']),
    // Sans mostly; Latin Modern Roman on the odd document.
    font: rng.pick([...Object.keys(FONTS).filter((f) => f !== 'Latin Modern Roman'), 'Lato', 'Helvetica', 'Latin Modern Sans', 'Latin Modern Roman']),
    size: rng.pick(['10pt', '10pt', '11pt']),
    paper: rng.pick(['a4paper', 'letterpaper']),
    margin: rng.pick([{ lr: '1.25cm', tb: '1.5cm' }, { lr: '1.5cm', tb: '1.5cm' }, { lr: '1.8cm', tb: '1.6cm' }]),
    ratio: rng.pick([0.62, 0.64, 0.66, 0.67]),
    columnsep: rng.pick(['0.8cm', '1cm', '1.2cm']),
    tinted: rng.chance(0.25),
    postNominalsSmall: rng.chance(0.5),
    titleBold: rng.chance(0.75),
    emailIcon: rng.pick(['\\faEnvelope', '\\faAt']),
    phoneIcon: rng.pick(['\\faPhone', '\\faMobile*']),
    linkText: rng.pick(['handle', 'handle', 'url']),
    contactSize: rng.pick(['\\small', '\\footnotesize']),
    marker: v.graphicBullets ? rng.pick(Object.keys(GRAPHIC_BULLETS)) : rng.pick(Object.keys(BULLETS)),
    dividers: rng.chance(0.6),
    calendar: rng.pick(['\\faCalendar', '\\faCalendar*', '\\faCalendar[regular]']),
    eduRight: rng.chance(0.5),
    eduDates: rng.pick(['full', 'years']),
    summaryForm: rng.pick(['quote', 'quote', 'plain', 'philosophy']),
    tags: rng.pick(['outline-grey', 'outline-accent', 'filled']),
    ratings: rng.pick(['dots', 'dots', 'bar']),
    fluencyWords: rng.chance(0.4),
    certForm: rng.pick(['event', 'achievement']),
    rightOrder: rng.pick([
      ['summary', 'skills', 'education', 'languages', 'certifications'],
      ['summary', 'education', 'skills', 'certifications', 'languages'],
      ['summary', 'skills', 'certifications', 'education', 'languages'],
      ['skills', 'summary', 'languages', 'education', 'certifications'],
      ['summary', 'certifications', 'skills', 'languages', 'education'],
    ]),
  };
}

function preamble(o, v, person) {
  const p = PALETTES[o.palette];
  const footer = v.footer
    ? {
      'Page 1 of 2': 'Page \\thepage\\ of \\pageref*{LastPage}',
      '1/2': '\\thepage/\\pageref*{LastPage}',
      'Name – Résumé': `${tex(person.name)} -- Résumé`,
    }[v.footer]
    : null;
  const marker = v.graphicBullets ? GRAPHIC_BULLETS[o.marker] : BULLETS[o.marker];
  const tagStyle = {
    'outline-grey': 'draw=body!30',
    'outline-accent': 'draw=accent!70',
    filled: 'draw=accent!25,fill=accent!8',
  }[o.tags];
  return `\\documentclass[${o.size},${o.paper}]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
${FONTS[o.font]}
\\input{glyphtounicode}\\pdfgentounicode=1
\\usepackage[left=${o.margin.lr},right=${o.margin.lr},top=${o.margin.tb},bottom=${o.margin.tb},columnsep=${o.columnsep}]{geometry}
\\usepackage{xcolor}
\\usepackage{fontawesome5}
\\usepackage{tikz}
\\usepackage{enumitem}
\\usepackage{paracol}
\\usepackage{dashrule}
\\usepackage{tabularx}
\\usepackage{multirow}
\\usepackage{lastpage}
\\usepackage{fancyhdr}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{${p.accent}}
\\definecolor{heading}{HTML}{${p.heading}}
\\definecolor{headingrule}{HTML}{${o.ruleInAccent ? p.accent : p.rule}}
\\definecolor{tagline}{HTML}{${p.tagline}}
\\definecolor{emphasis}{HTML}{2E2E2E}
\\definecolor{body}{HTML}{${o.body}}
\\colorlet{name}{black}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{0pt}
${v.hyphenate ? '\\newcommand{\\cvragged}{}\\tolerance=1000\\emergencystretch=3em' : '\\newcommand{\\cvragged}{\\raggedright}\\hyphenpenalty=10000\\exhyphenpenalty=10000'}
${footer ? `\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\cfoot{\\footnotesize\\color{body}${footer}}` : '\\pagestyle{empty}'}
\\newcommand{\\itemmarker}{${marker}}
\\setlist{leftmargin=*,labelsep=0.5em,nosep,beginpenalty=10000,itemsep=0.25\\baselineskip,after=\\vspace{0.25\\baselineskip}}
\\setlist[itemize]{label=\\itemmarker,before=\\cvragged}
\\newcommand{\\cvsection}[1]{\\par\\bigskip{\\raggedright\\hyphenpenalty=10000\\interlinepenalty=10000\\leavevmode\\color{heading}\\Large\\bfseries\\MakeUppercase{#1}\\par}\\nopagebreak\\vspace{-0.6ex}%
  {\\leavevmode\\color{headingrule}\\rule{\\linewidth}{${o.ruleWidth}}\\par}\\nopagebreak\\medskip}
% The summary as a quotation (AltaCV's "My Life Philosophy" is a quote environment).
\\newcommand{\\cvquote}[1]{{\\raggedright\\leftskip=1.2em\\rightskip=1.2em plus 1fil\\itshape\\leavevmode\\textcolor{accent}{\\faQuoteLeft}~#1\\par}\\medskip}
\\newcommand{\\cvsubsection}[1]{\\smallskip{\\leavevmode\\color{emphasis}\\bfseries #1\\par}\\nopagebreak\\smallskip}
\\newcommand{\\divider}{\\par\\smallskip\\textcolor{body!30}{\\hdashrule{\\linewidth}{0.6pt}{0.5ex}}\\par\\medskip}
% The dates and the place on one small line (AltaCV's two half-width boxes), or one under the other
% where the column is too narrow for both.
\\newsavebox{\\cvdatebox}\\newsavebox{\\cvplacebox}
\\newcommand{\\cvmeta}[2]{{\\small
  \\sbox{\\cvdatebox}{\\ifx&#1&\\else${o.calendar}~#1\\fi}%
  \\sbox{\\cvplacebox}{\\ifx&#2&\\else\\faMapMarker*~#2\\fi}%
  \\ifdim\\dimexpr\\wd\\cvdatebox+\\wd\\cvplacebox+2em\\relax>\\linewidth
    \\usebox{\\cvdatebox}\\par\\nopagebreak\\usebox{\\cvplacebox}\\par
  \\else\\ifdim\\wd\\cvdatebox<\\dimexpr0.5\\linewidth-1em\\relax\\ifdim\\wd\\cvplacebox<0.5\\linewidth
    \\makebox[0.5\\linewidth][l]{\\usebox{\\cvdatebox}}\\usebox{\\cvplacebox}\\par
  \\else
    \\usebox{\\cvdatebox}\\hspace{2em}\\usebox{\\cvplacebox}\\par
  \\fi\\else
    \\usebox{\\cvdatebox}\\hspace{2em}\\usebox{\\cvplacebox}\\par
  \\fi\\fi}}
\\newcommand{\\cvevent}[4]{\\par\\cvragged{\\interlinepenalty=10000\\leavevmode\\large${o.titleBold ? '\\bfseries' : ''}\\color{emphasis}#1\\par}\\nopagebreak\\smallskip
  \\ifx&#2&\\else{\\interlinepenalty=10000\\leavevmode\\bfseries\\color{accent}#2\\par}\\nopagebreak\\smallskip\\fi
  \\cvmeta{#3}{#4}\\nopagebreak\\medskip}
% A tag: a framed box, as wide as its text; a text wider than the column wraps inside its box.
\\newsavebox{\\cvtagbox}
\\newcommand{\\cvtag}[1]{\\sbox{\\cvtagbox}{\\small #1}%
  \\ifdim\\wd\\cvtagbox>\\dimexpr\\linewidth-3ex\\relax
    \\tikz[baseline]\\node[anchor=base,${tagStyle},rounded corners,inner xsep=1ex,inner ysep=0.75ex,text width=\\linewidth-3ex,align=left,font=\\small]{#1};%
  \\else
    \\tikz[baseline]\\node[anchor=base,${tagStyle},rounded corners,inner xsep=1ex,inner ysep=0.75ex,text height=1.5ex,text depth=.25ex,font=\\small]{#1};%
  \\fi\\hspace{0.25em}\\allowbreak}
\\newcommand{\\cvdots}[1]{\\foreach \\x in {1,...,5}{\\ifnum\\x>#1\\relax\\textcolor{body!30}{\\faCircle}\\else\\textcolor{accent}{\\faCircle}\\fi\\hspace{0.15em}}}
\\newcommand{\\cvbar}[1]{\\tikz[baseline=-0.2ex]{\\fill[body!25,rounded corners=1pt] (0,0) rectangle (2.2cm,1.1ex);\\fill[accent,rounded corners=1pt] (0,0) rectangle (#1*0.44cm,1.1ex);}}
\\newcommand{\\cvachievement}[3]{\\begin{tabularx}{\\linewidth}{@{}p{1.6em}@{\\hspace{1ex}}>{\\raggedright\\arraybackslash}X@{}}
  \\multirow{2}{*}{\\Large\\color{accent}#1} & \\bfseries\\textcolor{emphasis}{#2}\\\\
  & {\\small #3}
  \\end{tabularx}\\par\\smallskip}
\\columnratio{${o.ratio}}
`;
}

function header(m, o, v, person) {
  const name = tex(v.capsName ? person.name.toUpperCase() : person.name);
  let pn = '';
  if (m.postNominals) {
    pn = o.postNominalsSmall
      ? `{\\mdseries\\LARGE\\color{body}, ${tex(m.postNominals)}}`
      : `, ${tex(m.postNominals)}`;
  }
  const info = (icon, text, href) => {
    const body = href ? `\\href{${url(href)}}{${text}}` : text;
    return `\\mbox{\\textcolor{accent}{\\normalfont ${icon}}~${body}}`;
  };
  const items = [info(o.emailIcon, texBreakable(m.email), `mailto:${m.email}`), info(o.phoneIcon, tex(m.phone))];
  if (m.location) items.push(info('\\faMapMarker*', tex(m.location)));
  for (const l of m.links) {
    const handle = l.url.replace(/\/$/, '').split('/').pop();
    const text = o.linkText === 'handle' && (l.kind === 'linkedin' || l.kind === 'github') ? handle : l.label;
    items.push(info(LINK_ICONS[l.kind] ?? '\\faLink', texBreakable(text), l.url));
  }
  let s = `{\\raggedright\\leavevmode{\\Huge\\bfseries\\color{name}${name}${pn}}\\par}\n\\medskip\n`;
  if (m.headline) s += `{\\raggedright\\leavevmode\\large\\bfseries\\color{tagline}${tex(m.headline)}\\par}\n\\medskip\n`;
  s += `{\\raggedright\\leavevmode${o.contactSize}\\color{body}${items.join('\\hspace{2em}\\allowbreak\n')}\\par}\n\\bigskip\n`;
  return s;
}

function jobTex(j, o) {
  let s = `\\cvevent{${tex(j.title)}}{${tex(j.company)}}{${tex(j.dates)}}{${tex(j.location)}}\n`;
  s += j.prose != null
    ? `{\\cvragged ${tex(j.prose)}\\par}\n`
    : `\\begin{itemize}\n${j.bullets.map((b) => `\\item ${tex(b)}`).join('\n')}\n\\end{itemize}\n`;
  return s;
}

function educationTex(m, o, v, person) {
  let s = `\\cvsection{${tex(m.heading('education'))}}\n`;
  s += person.education.map((ed, i) => {
    const e = m.education[i];
    const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
    return `\\cvevent{${tex(e.degree)}}{${tex(e.school)}}{${tex(dates)}}{${tex(e.location)}}\n`;
  }).join(o.dividers ? '\\divider\n' : '\\medskip\n');
  return s;
}

function rightSections(m, o, v, person) {
  const sec = {};
  if (m.summary) {
    const title = o.summaryForm === 'philosophy' ? 'My Life Philosophy' : m.heading('summary');
    sec.summary = `\\cvsection{${tex(title)}}\n` + (o.summaryForm === 'plain'
      ? `{\\cvragged ${tex(m.summary)}\\par}\n`
      : `\\cvquote{${tex(m.summary)}}\n`);
  }
  if (m.skills.length) {
    let s = `\\cvsection{${tex(m.heading('skills'))}}\n`;
    for (const g of m.skills) {
      if (g.group) s += `\\cvsubsection{${tex(g.group)}}\n`;
      s += `{\\raggedright ${g.items.map((i) => `\\cvtag{${tex(i)}}`).join('\n')}\\par}\n\\smallskip\n`;
    }
    sec.skills = s;
  }
  if (m.languages.length) {
    let s = `\\cvsection{${tex(m.heading('languages'))}}\n`;
    for (const l of m.languages) {
      const r = fluencyRating(l.fluency);
      const rating = o.ratings === 'dots' ? `\\cvdots{${r}}` : `\\cvbar{${r}}`;
      s += `{\\leavevmode\\textcolor{emphasis}{\\bfseries ${tex(l.language)}}\\hfill${rating}\\par}\n`;
      if (o.fluencyWords && l.fluency) s += `{\\leavevmode\\footnotesize\\color{body}${tex(l.fluency)}\\par}\n`;
      s += '\\smallskip\n';
    }
    sec.languages = s;
  }
  if (m.certifications.length) {
    let s = `\\cvsection{${tex(m.heading('certifications'))}}\n`;
    s += m.certifications.map((c) => (o.certForm === 'event'
      ? `\\cvevent{${tex(c.name)}}{${tex(c.issuer)}}{${tex(c.date)}}{}\n`
      : `\\cvachievement{\\faCertificate}{${tex(c.name)}}{${tex([c.issuer, c.date].filter(Boolean).join(', '))}}\n`))
      .join(o.certForm === 'event' && o.dividers ? '\\divider\n' : '');
    sec.certifications = s;
  }
  if (o.eduRight && m.education.length) sec.education = educationTex(m, o, v, person);
  return o.rightOrder.filter((k) => sec[k]).map((k) => ({ key: k, tex: sec[k] }));
}

function leftColumn(m, o, v, person) {
  let s = `\\cvsection{${tex(m.heading('experience'))}}\n`;
  s += m.jobs.map((j) => jobTex(j, o)).join(o.dividers ? '\\divider\n' : '\\medskip\n');
  if (!o.eduRight && m.education.length) s += educationTex(m, o, v, person);
  return s;
}

// The sections of the right column that a writer moves under the experience when the narrow column
// runs onto a second page beside a shorter main column.
const MOVABLE = ['education', 'certifications', 'languages'];

// Heights of the header, the left column and every right section in either column, from one
// pdflatex pass that types them into its log.
async function measure(ctx, label, pre, head, left, right, ratio) {
  const pct = Math.round(ratio * 100);
  const box = (key, width, ragged, body) => `\\setbox0=\\vbox{\\hsize=\\dimexpr(\\textwidth-\\columnsep)*${width}/100\\relax` +
    `\\linewidth=\\hsize\\columnwidth=\\hsize${ragged}\n${body}}\\typeout{ALTACV ${key} \\the\\dimexpr\\ht0+\\dp0\\relax}\n`;
  let doc = `${pre}\\begin{document}\\cvragged\\typeout{ALTACV textheight \\the\\textheight}\n`;
  doc += `\\setbox0=\\vbox{\\hsize=\\textwidth\\linewidth=\\hsize ${head}}\\typeout{ALTACV header \\the\\dimexpr\\ht0+\\dp0\\relax}\n`;
  doc += box('left', pct, '', left);
  for (const r of right) {
    doc += box(`right-${r.key}`, 100 - pct, '\\let\\cvragged\\raggedright\\cvragged', r.tex);
    if (MOVABLE.includes(r.key)) doc += box(`left-${r.key}`, pct, '', r.tex);
  }
  doc += '\\end{document}\n';
  const log = await pdflatex(ctx, `${label} (measure)`, doc, null);
  const pt = {};
  for (const mm of log.matchAll(/^ALTACV (\S+) ([\d.]+)pt$/gm)) pt[mm[1]] = Number(mm[2]);
  return pt;
}

// pdflatex in a directory of its own, run again while the log asks for it (LastPage).
async function pdflatex(ctx, label, source, outFile) {
  const dir = await mkdtemp(path.join(ctx.tmp, 'altacv-'));
  try {
    await writeFile(path.join(dir, 'cv.tex'), source);
    let log = '';
    for (let pass = 0; pass < 3; pass++) {
      try {
        await run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'cv.tex'], { cwd: dir, maxBuffer: 64 << 20 });
      } catch (e) {
        log = await readFile(path.join(dir, 'cv.log'), 'utf8').catch(() => '');
        const err = log.split('\n').filter((l) => l.startsWith('!')).slice(0, 3).join(' / ');
        throw new Error(`${label}: pdflatex failed: ${err || e.message}`);
      }
      log = await readFile(path.join(dir, 'cv.log'), 'utf8');
      if (!outFile || !/Rerun to get|Label\(s\) may have changed|Rerun LaTeX/.test(log)) break;
    }
    if (!outFile) return log;
    await copyFile(path.join(dir, 'cv.pdf'), outFile);
    return log;
  } finally {
    if (!process.env.CORPUS_KEEP_TMP) await rm(dir, { recursive: true, force: true });
  }
}

export async function renderAltaCv(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsName', 'footer', 'hyphenate',
    'graphicBullets', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person, v);
  const m = docModel(person, v);

  v.rec(`palette:${o.palette}${o.ruleInAccent ? ' accent-rule' : ''} rule ${o.ruleWidth} body #${o.body}`);
  v.rec(`font:${o.font} ${o.size}`);
  v.rec(`paper:${o.paper} margins ${o.margin.lr}/${o.margin.tb}`);
  v.rec(`columns:${o.ratio}/${(1 - o.ratio).toFixed(2)} gap ${o.columnsep}${o.tinted ? ' tinted-right' : ''}`);
  if (m.postNominals) v.rec(o.postNominalsSmall ? 'post-nominals:small' : 'post-nominals:same-weight');
  v.rec(`contact-icons:${o.emailIcon.slice(3)} ${o.phoneIcon.slice(3)}`);
  if (m.links.length) v.rec(`links:${o.linkText}`);
  v.rec(`bullet:${o.marker}`);
  if (o.dividers) v.rec('dividers');
  v.rec(o.titleBold ? 'title:bold' : 'title:plain');
  v.rec(o.eduRight ? 'education:right' : 'education:left');
  v.rec(`education-dates:${o.eduDates}`);
  if (m.summary) v.rec(`summary:${o.summaryForm}`);
  v.rec(`tags:${o.tags}`);
  if (m.languages.length) v.rec(`languages:${o.ratings}${o.fluencyWords ? '+words' : ''}`);
  if (m.certifications.length) v.rec(`certifications:${o.certForm}`);
  v.rec(`right-order:${o.rightOrder.join(',')}`);

  const label = `${layout.id}/${person.id}`;
  const pre = preamble(o, v, person);
  const head = header(m, o, v, person);
  const left = leftColumn(m, o, v, person);
  let right = rightSections(m, o, v, person);

  // When the narrow column would run onto another page and is longer than the main column, its
  // last movable sections go under the experience, one at a time, while that shortens it.
  const pt = await measure(ctx, label, pre, head, left, right, o.ratio);
  const page1 = pt.textheight - pt.header;
  const moved = [];
  let L = pt.left;
  let R = right.reduce((h, r) => h + pt[`right-${r.key}`], 0);
  while (R > page1 && R > L) {
    const k = [...right].reverse().find((r) => MOVABLE.includes(r.key));
    if (!k) break;
    const L2 = L + pt[`left-${k.key}`];
    const R2 = R - pt[`right-${k.key}`];
    if (Math.max(L2, R2) >= Math.max(L, R)) break;
    moved.unshift(k);
    right = right.filter((r) => r !== k);
    L = L2;
    R = R2;
  }
  if (moved.length) v.rec(`moved-left:${moved.map((r) => r.key).join(',')}`);

  const tint = o.tinted ? '\\backgroundcolor{c[1](8pt,8pt)(8pt,8pt)}{accent!6}\n' : '';
  const source = `${pre}\\begin{document}\\cvragged
${head}
\\begin{paracol}{2}
${tint}\\cvragged
${left}${moved.map((r) => r.tex).join('')}
\\switchcolumn
\\gdef\\cvragged{\\raggedright}\\cvragged
${right.map((r) => r.tex).join('')}
\\end{paracol}
\\end{document}
`;
  const log = await pdflatex(ctx, label, source, outFile);
  if (/Overfull \\hbox \((\d+\.\d+)pt/.test(log)) {
    const worst = Math.max(...[...log.matchAll(/Overfull \\hbox \((\d+\.\d+)pt/g)].map((x) => Number(x[1])));
    if (worst > 3) throw new Error(`${layout.id}/${person.id}: a line runs ${worst}pt into the margin`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

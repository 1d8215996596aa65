// latex-awesome-style: the corpus's own imitation of the popular Awesome-CV LaTeX template,
// typeset by pdflatex (article class; Roboto for the header and headings and Source Sans Pro for
// the body, as Awesome-CV does, or one of them throughout, or Fira Sans; fontawesome5 icons;
// xcolor accent). The header is centred: the given names in a light grey weight and the family
// name in bold, very large; the position (headline) in small capitals in the accent colour under
// it, the address in light italics on some documents, then one line of icon + text items (phone,
// e-mail, links) separated by "|". Section headings are large bold words whose first three letters
// are in the accent colour and the rest in dark grey, with a grey rule filling the rest of the
// line. Every job and school is a \cventry-like tabular*: the company (school) in bold on the
// left with the city in accent-coloured italics flush right, then the title (degree) in small
// capitals with the dates in small italics flush right (the title first on some documents), then
// a compact itemize (seeded marker) or a paragraph. Skills are a tabular of right-aligned bold
// group names beside comma-separated items; certificates cvhonors-like rows; languages as skill
// rows or one line; the summary as a paragraph (optional); a fancyhdr footer with a date left,
// the name centred and the page number right in small capitals (by seed). Entries never break
// across pages (they are tabulars, as in the template).
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears, splitFamilyName } from './common.mjs';

const run = promisify(execFile);

// Awesome-CV's predefined accent colours, and a few that people set themselves.
const ACCENTS = {
  'awesome-emerald': '00A388', 'awesome-skyblue': '0395DE', 'awesome-red': 'DC3522', 'awesome-pink': 'EF4089',
  'awesome-orange': 'FF6138', 'awesome-nephritis': '27AE60', 'awesome-concrete': '95A5A6', 'awesome-darknight': '131A28',
  navy: '1F4E79', teal: '00796B', purple: '6A1B9A',
};

// Header font / body font pairs (pdflatex families of texlive-fonts-extra, all with a light weight
// and real small capitals).
const FONTS = {
  'Roboto + Source Sans Pro': { header: 'Roboto-LF', body: 'SourceSansPro-LF' },
  'Source Sans Pro': { header: 'SourceSansPro-LF', body: 'SourceSansPro-LF' },
  Roboto: { header: 'Roboto-LF', body: 'Roboto-LF' },
  'Roboto + Fira Sans': { header: 'Roboto-LF', body: 'FiraSans-LF' },
};

const MARKERS = {
  bullet: '{\\tiny$\\bullet$}',
  textbullet: '\\textbullet',
  dash: '\\textendash',
  circle: '{\\footnotesize$\\circ$}',
  angle: '{\\scriptsize\\faAngleRight}',
  chevron: '{\\tiny\\faChevronRight}',
};

const SECTION_ORDERS = [
  ['summary', 'experience', 'education', 'skills', 'certifications', 'languages'],
  ['summary', 'experience', 'education', 'skills', 'certifications', 'languages'],
  ['summary', 'skills', 'experience', 'education', 'certifications', 'languages'],
  ['summary', 'education', 'experience', 'skills', 'certifications', 'languages'],
  ['summary', 'experience', 'skills', 'education', 'languages', 'certifications'],
];

const LINK_WORDS = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };
const LINK_ICONS = { linkedin: '\\faLinkedin', github: '\\faGithub', portfolio: '\\faGlobe', other: '\\faHome' };

// TeX text (pdflatex, utf8 input, T1 fonts).
export function tex(s) {
  return String(s ?? '')
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([#$%&_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/²/g, '\\textsuperscript{2}');
}
const texUrl = (u) => u.replace(/[\\{}%#~^]/g, (c) => `\\${c === '\\' ? 'textbackslash{}' : c}`);
// Text in which a long URL or e-mail may break after "/", "." or "@".
const texBreakable = (s) => tex(s).replace(/([/.@])(?=.)/g, '$1\\allowbreak{}');

function options(rng, person, v) {
  const accent = rng.pick(Object.keys(ACCENTS));
  const o = {
    accent,
    font: rng.pick(['Roboto + Source Sans Pro', 'Roboto + Source Sans Pro', 'Source Sans Pro', 'Roboto', 'Roboto + Fira Sans']),
    paper: rng.chance(0.6) ? 'a4paper' : 'letterpaper',
    margin: rng.pick(['1.4cm', '1.4cm', '1.6cm', '2cm']),
    nameSize: rng.pick([28, 32, 32, 36]),
    postNominals: rng.pick(['with-family-name', 'smaller']),
    address: rng.chance(0.6),
    socialSize: rng.pick(['6.8pt', '7.6pt', '8.5pt']),
    socialOrder: rng.pick(['awesome', 'mail-first']),
    linkForm: rng.pick(['handle', 'handle', 'url', 'word']),
    marker: v.graphicBullets ? 'graphic' : rng.pick(Object.keys(MARKERS)),
    titleFirst: rng.chance(0.3),
    sectionOrder: rng.pick(SECTION_ORDERS),
    summary: rng.chance(0.7),
    eduDates: rng.pick(['years', 'full']),
    languages: rng.pick(['skill-rows', 'line']),
    certForm: rng.pick(['issuer-after-name', 'issuer-right']),
    footer: rng.chance(0.6),
    footerCentre: rng.pick(['name-resume', 'name', 'name-cv']),
    footerDay: 1 + rng.int(28),
    footerMonth: 1 + rng.int(6),
  };
  return o;
}

function preamble(o, v, person) {
  const f = FONTS[o.font];
  const fontPkgs = new Set([f.header, f.body]);
  let fonts = '';
  if (fontPkgs.has('Roboto-LF')) fonts += '\\usepackage[type1,lining]{roboto}\n';
  if (fontPkgs.has('SourceSansPro-LF')) fonts += '\\usepackage[type1,lining]{sourcesanspro}\n';
  if (fontPkgs.has('FiraSans-LF')) fonts += '\\usepackage[type1,lining]{FiraSans}\n';
  const footer = o.footer ? `\\pagestyle{fancy}
\\fancyhf{}
\\renewcommand{\\headrulewidth}{0pt}
\\fancyfoot[L]{\\footerstyle{\\today}}
\\fancyfoot[C]{\\footerstyle{${footerCentre(o, person)}}}
\\fancyfoot[R]{\\footerstyle{\\thepage}}` : '\\pagestyle{empty}';
  const marker = o.marker === 'graphic' ? '{\\color{awesome}\\rule[0.25ex]{0.55ex}{0.55ex}}' : MARKERS[o.marker];
  return `\\documentclass[11pt,${o.paper}]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage{textcomp}
${fonts}\\input{glyphtounicode}\\pdfgentounicode=1
\\usepackage[${o.paper},left=${o.margin},right=${o.margin},top=0.9cm,bottom=1.8cm,footskip=0.6cm]{geometry}
\\usepackage[table]{xcolor}
\\usepackage{array}
\\usepackage{enumitem}
\\usepackage{ragged2e}
\\usepackage{fontawesome5}
\\usepackage{fancyhdr}
\\usepackage[hidelinks,unicode,pdfauthor={${tex(person.name)}},pdftitle={${tex(person.name)}'s CV}]{hyperref}
\\definecolor{white}{HTML}{FFFFFF}
\\definecolor{darkgray}{HTML}{333333}
\\definecolor{gray}{HTML}{5D5D5D}
\\definecolor{lightgray}{HTML}{999999}
\\definecolor{awesome}{HTML}{${ACCENTS[o.accent]}}
\\colorlet{text}{darkgray}
\\colorlet{graytext}{gray}
\\colorlet{lighttext}{lightgray}
\\colorlet{sectiondivider}{gray}
\\newcommand*{\\headerfont}{\\fontfamily{${f.header}}\\selectfont}
\\newcommand*{\\headerfontlight}{\\fontfamily{${f.header}}\\fontseries{l}\\selectfont}
\\newcommand*{\\bodyfont}{\\fontfamily{${f.body}}\\fontseries{m}\\selectfont}
\\newcommand*{\\bodyfontlight}{\\fontfamily{${f.body}}\\fontseries{l}\\selectfont}
\\renewcommand*{\\familydefault}{${f.body}}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{0pt}
\\setlength{\\emergencystretch}{1.5em}
\\setlength{\\JustifyingParindent}{0pt}
\\setlength{\\RaggedRightParindent}{0pt}
${v.hyphenate ? '' : '\\hyphenpenalty=10000\\exhyphenpenalty=10000'}
\\day=${o.footerDay}\\month=${o.footerMonth}\\year=2025
\\newcolumntype{L}[1]{>{\\raggedright\\let\\newline\\\\\\arraybackslash\\hspace{0pt}}p{#1}}
\\newcolumntype{C}[1]{>{\\centering\\let\\newline\\\\\\arraybackslash\\hspace{0pt}}p{#1}}
\\newcolumntype{R}[1]{>{\\raggedleft\\let\\newline\\\\\\arraybackslash\\hspace{0pt}}p{#1}}
\\newcommand*{\\headerfirstnamestyle}[1]{{\\fontsize{${o.nameSize}pt}{1em}\\headerfontlight\\color{graytext} #1}}
\\newcommand*{\\headerlastnamestyle}[1]{{\\fontsize{${o.nameSize}pt}{1em}\\headerfont\\bfseries\\color{text} #1}}
\\newcommand*{\\headerpositionstyle}[1]{{\\fontsize{7.6pt}{1em}\\bodyfont\\scshape\\color{awesome} #1}}
\\newcommand*{\\headeraddressstyle}[1]{{\\fontsize{8pt}{1em}\\headerfont\\itshape\\color{lighttext} #1}}
\\newcommand*{\\headersocialstyle}[1]{{\\fontsize{${o.socialSize}}{1.4em}\\headerfont\\color{text} #1}}
\\newcommand*{\\headersocialsep}{\\quad\\textbar\\quad}
\\newcommand*{\\footerstyle}[1]{{\\fontsize{8pt}{1em}\\bodyfont\\scshape\\color{lighttext} #1}}
\\newcommand*{\\sectionstyle}[1]{{\\fontsize{16pt}{1em}\\headerfont\\bfseries\\color{text} #1}}
\\newcommand*{\\paragraphstyle}{\\fontsize{9pt}{1.25em}\\bodyfontlight\\upshape\\color{text}}
\\newcommand*{\\entrytitlestyle}[1]{{\\fontsize{10pt}{1.2em}\\bodyfont\\bfseries\\color{darkgray} #1}}
\\newcommand*{\\entrypositionstyle}[1]{{\\fontsize{8pt}{1.2em}\\bodyfont\\scshape\\color{graytext} #1}}
\\newcommand*{\\entrydatestyle}[1]{{\\fontsize{8pt}{1.2em}\\bodyfontlight\\itshape\\color{graytext} #1}}
\\newcommand*{\\entrylocationstyle}[1]{{\\fontsize{9pt}{1.2em}\\bodyfontlight\\itshape\\color{awesome} #1}}
\\newcommand*{\\descriptionstyle}[1]{{\\fontsize{9pt}{1.25em}\\bodyfontlight\\upshape\\color{text} #1}}
\\newcommand*{\\skilltypestyle}[1]{{\\fontsize{10pt}{1.2em}\\bodyfont\\bfseries\\color{darkgray} #1}}
\\newcommand*{\\skillsetstyle}[1]{{\\fontsize{9pt}{1.25em}\\bodyfontlight\\color{text} #1}}
\\newcommand*{\\honordatestyle}[1]{{\\fontsize{9pt}{1.2em}\\bodyfont\\color{graytext} #1}}
\\newcommand*{\\honortitlestyle}[1]{{\\fontsize{9pt}{1.2em}\\bodyfont\\bfseries\\color{darkgray} #1}}
\\newcommand*{\\honorpositionstyle}[1]{{\\fontsize{9pt}{1.2em}\\bodyfontlight\\color{graytext} #1}}
\\newcommand*{\\honorlocationstyle}[1]{{\\fontsize{9pt}{1.2em}\\bodyfontlight\\itshape\\color{awesome} #1}}
\\makeatletter
\\newcommand{\\vhrulefill}[1]{\\leavevmode\\leaders\\hrule\\@height0.7ex\\@depth\\dimexpr#1-0.7ex\\relax\\hfill\\kern\\z@}
\\makeatother
\\newcommand{\\cvsection}[2]{%
  \\par\\vspace{4mm}%
  {\\sectionstyle{{\\color{awesome}#1}#2}\\hspace{0.4em}{\\color{sectiondivider}\\vhrulefill{0.9pt}}\\par}%
  \\nopagebreak\\vspace{1.5mm}\\nopagebreak
}
\\newenvironment{cvitems}{%
  \\vspace{-\\baselineskip}\\vspace{1mm}%
  \\begin{itemize}[leftmargin=2ex,nosep,label={${marker}},topsep=0pt]%
  ${v.hyphenate ? '\\justifying' : '\\RaggedRight'}%
}{%
  \\end{itemize}\\vspace{-1.5mm}%
}
% An entry as Awesome-CV's \\cventry: #1 bold (top left), #2 place (top right), #3 small
% capitals (under it), #4 dates (right), #5 the description.
\\newcommand*{\\cventry}[5]{%
  \\par\\noindent\\setlength\\tabcolsep{0pt}\\setlength{\\extrarowheight}{0pt}%
  \\begin{tabular*}{\\textwidth}{@{\\extracolsep{\\fill}} L{\\dimexpr\\textwidth-4.5cm\\relax} R{4.5cm}}
    \\entrytitlestyle{#1} & \\entrylocationstyle{#2} \\\\
    \\entrypositionstyle{#3} & \\entrydatestyle{#4} \\\\
    \\multicolumn{2}{L{\\textwidth}}{\\descriptionstyle{#5}}
  \\end{tabular*}\\par\\vspace{1.5mm}%
}
% A school: the two rows only, no description row.
\\newcommand*{\\cventryshort}[4]{%
  \\par\\noindent\\setlength\\tabcolsep{0pt}\\setlength{\\extrarowheight}{0pt}%
  \\begin{tabular*}{\\textwidth}{@{\\extracolsep{\\fill}} L{\\dimexpr\\textwidth-4.5cm\\relax} R{4.5cm}}
    \\entrytitlestyle{#1} & \\entrylocationstyle{#2} \\\\
    \\entrypositionstyle{#3} & \\entrydatestyle{#4} \\\\
  \\end{tabular*}\\par\\vspace{2mm}%
}
\\newcommand*{\\cvparagraph}[1]{{\\paragraphstyle ${v.hyphenate ? '\\justifying' : '\\RaggedRight'} #1\\par}}
\\newlength{\\skilltypewidth}
${footer}
`;
}

function footerCentre(o, person) {
  const name = tex(person.name);
  if (o.footerCentre === 'name') return name;
  return `${name}~~~\\textperiodcentered~~~${o.footerCentre === 'name-cv' ? 'Curriculum Vitae' : 'R\\\'esum\\\'e'}`;
}

function header(m, o, person) {
  const [given, family] = splitFamilyName(person.name);
  let last = tex(family);
  let after = '';
  if (m.postNominals) {
    if (o.postNominals === 'with-family-name') last += `, ${tex(m.postNominals)}`;
    else after = `{\\fontsize{${Math.round(o.nameSize * 0.45)}pt}{1em}\\headerfontlight\\color{graytext}, ${tex(m.postNominals)}}`;
  }
  const items = [];
  const phone = `\\faMobile*\\ ${tex(m.phone)}`;
  const email = `\\href{mailto:${texUrl(m.email)}}{\\faEnvelope\\ ${texBreakable(m.email)}}`;
  const links = m.links.map((l) => {
    const user = l.url.replace(/\/$/, '').split('/').pop();
    const text = o.linkForm === 'word' ? LINK_WORDS[l.kind] ?? 'Website'
      : o.linkForm === 'handle' && (l.kind === 'linkedin' || l.kind === 'github') ? texBreakable(user)
        : texBreakable(l.label);
    return `\\href{${texUrl(l.url)}}{${LINK_ICONS[l.kind] ?? '\\faGlobe'}\\ ${text}}`;
  });
  const order = o.socialOrder === 'awesome'
    ? [phone, email, ...links.filter((_, i) => !['github', 'linkedin'].includes(m.links[i].kind)),
      ...links.filter((_, i) => m.links[i].kind === 'github'), ...links.filter((_, i) => m.links[i].kind === 'linkedin')]
    : [email, phone, ...links.filter((_, i) => m.links[i].kind === 'linkedin'),
      ...links.filter((_, i) => m.links[i].kind === 'github'), ...links.filter((_, i) => !['github', 'linkedin'].includes(m.links[i].kind))];
  items.push(...order.map((x) => `\\mbox{${x}}`));
  let s = '\\begin{center}\n';
  s += `\\headerfirstnamestyle{${tex(given)}}\\headerlastnamestyle{{}\\enspace ${last}}${after}\\\\[3.5mm]\n`;
  s += `\\headerpositionstyle{${tex(m.headline)}}\\\\[${o.address ? '2mm' : '2.5mm'}]\n`;
  if (o.address) s += `\\headeraddressstyle{${tex(m.location)}}\\\\[2mm]\n`;
  s += `\\headersocialstyle{${items.join('\\headersocialsep\\allowbreak ')}}\n`;
  s += '\\end{center}\n\\vspace{-2mm}\n';
  return s;
}

function sectionTex(title) {
  // The first three letters in the accent colour (Awesome-CV's \@sectioncolor).
  const chars = [...title];
  return `\\cvsection{${tex(chars.slice(0, 3).join(''))}}{${tex(chars.slice(3).join(''))}}\n`;
}

function jobTex(j, o) {
  const [top, under] = o.titleFirst ? [j.title, j.company] : [j.company, j.title];
  const desc = j.prose != null
    ? `${o.hyphenate ? '\\justifying' : '\\RaggedRight'} ${tex(j.prose)}`
    : `\\begin{cvitems}\n${j.bullets.map((b) => `  \\item ${tex(b)}`).join('\n')}\n\\end{cvitems}`;
  return `\\cventry{${tex(top)}}{${tex(j.location)}}{${tex(under)}}{${tex(j.dates)}}{${desc}}\n`;
}

function eduTex(e, dates, o) {
  const [top, under] = o.titleFirst ? [e.degree, e.school] : [e.school, e.degree];
  return `\\cventryshort{${tex(top)}}{${tex(e.location)}}{${tex(under)}}{${tex(dates)}}\n`;
}

function skillRows(rows) {
  // The group column as wide as the widest name (at most 28 % of the line), the items beside it.
  const widest = rows.map((r) => `\\skilltypestyle{${r[0]}}`);
  let s = '\\setlength{\\skilltypewidth}{0pt}%\n';
  for (const w of widest) s += `\\settowidth{\\dimen0}{${w}}\\ifdim\\dimen0>\\skilltypewidth\\setlength{\\skilltypewidth}{\\dimen0}\\fi%\n`;
  s += '\\ifdim\\skilltypewidth>0.28\\textwidth\\setlength{\\skilltypewidth}{0.28\\textwidth}\\fi%\n';
  s += '\\par\\noindent{\\setlength\\tabcolsep{0pt}\\setlength{\\extrarowheight}{0pt}\\renewcommand{\\arraystretch}{1.15}%\n';
  s += '\\begin{tabular*}{\\textwidth}{@{\\extracolsep{\\fill}} R{\\skilltypewidth} @{\\hspace{1.5ex}} L{\\dimexpr\\textwidth-\\skilltypewidth-1.5ex\\relax}}\n';
  s += rows.map((r) => `  \\skilltypestyle{${r[0]}} & \\skillsetstyle{${r[1]}} \\\\`).join('\n');
  s += '\n\\end{tabular*}}\\par\n';
  return s;
}

function certsTex(m, o) {
  const dateW = o.dateStyle === '2019' ? '1.4cm' : '2.4cm';
  const placeW = o.certForm === 'issuer-right' ? '5.2cm' : '1cm';
  let s = '\\par\\noindent{\\setlength\\tabcolsep{0pt}\\setlength{\\extrarowheight}{0pt}\\renewcommand{\\arraystretch}{1.2}%\n';
  s += `\\begin{tabular*}{\\textwidth}{@{\\extracolsep{\\fill}} L{${dateW}} L{\\dimexpr\\textwidth-${dateW}-${placeW}\\relax} R{${placeW}}}\n`;
  for (const c of m.certifications) {
    const mid = o.certForm === 'issuer-right' || !c.issuer
      ? `\\honortitlestyle{${tex(c.name)}}`
      : `\\honortitlestyle{${tex(c.name)}}, \\honorpositionstyle{${tex(c.issuer)}}`;
    const place = o.certForm === 'issuer-right' ? `\\honorlocationstyle{${tex(c.issuer)}}` : '';
    s += `  \\honordatestyle{${tex(c.date)}} & ${mid} & ${place} \\\\\n`;
  }
  s += '\\end{tabular*}}\\par\n';
  return s;
}

function body(m, o, v, person) {
  const sections = {};
  if (o.summary && m.summary) sections.summary = sectionTex(m.heading('summary')) + `\\cvparagraph{${tex(m.summary)}}\n`;
  if (m.jobs.length) sections.experience = sectionTex(m.heading('experience')) + m.jobs.map((j) => jobTex(j, o)).join('');
  if (m.education.length) {
    sections.education = sectionTex(m.heading('education')) + person.education.map((ed, i) => {
      const e = m.education[i];
      return eduTex(e, o.eduDates === 'years' ? schoolYears(ed, v) : e.dates, o);
    }).join('');
  }
  if (m.skills.length) {
    sections.skills = sectionTex(m.heading('skills')) + skillRows(m.skills.map((g) => [tex(g.group), g.items.map(tex).join(', ')]));
  }
  if (m.certifications.length) sections.certifications = sectionTex(m.heading('certifications')) + certsTex(m, o);
  if (m.languages.length) {
    sections.languages = sectionTex(m.heading('languages')) + (o.languages === 'skill-rows'
      ? skillRows(m.languages.map((l) => [tex(l.language), tex(l.fluency)]))
      : `\\cvparagraph{${m.languages.map((l) => (l.fluency ? `${tex(l.language)} (${tex(l.fluency)})` : tex(l.language))).join(', ')}}\n`);
  }
  return o.sectionOrder.filter((k) => sections[k]).map((k) => sections[k]).join('\n');
}

async function pdflatex(ctx, label, source, outFile) {
  const dir = path.join(ctx.tmp, label.replace(/[^\w.-]+/g, '--'));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'resume.tex'), source);
  try {
    await run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', 'resume.tex'],
      { cwd: dir, timeout: 180000, maxBuffer: 64 << 20 });
  } catch (e) {
    const log = await readFile(path.join(dir, 'resume.log'), 'utf8').catch(() => '');
    const err = /^!.*$/m.exec(log)?.[0] ?? e.message;
    throw new Error(`${label}: pdflatex failed: ${err}`);
  }
  const log = await readFile(path.join(dir, 'resume.log'), 'utf8');
  await copyFile(path.join(dir, 'resume.pdf'), outFile);
  if (!process.env.CORPUS_KEEP_TMP) await rm(dir, { recursive: true, force: true });
  return log;
}

export async function renderAwesome(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'hyphenate', 'graphicBullets', 'prose']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person, v);
  o.hyphenate = !!v.hyphenate;
  o.dateStyle = v.dateStyle;
  const m = docModel(person, v);
  const label = `${layout.id}/${person.id}`;

  v.rec(`font:${o.font}`);
  v.rec(`accent:${o.accent}`);
  v.rec(`paper:${o.paper} margin ${o.margin}`);
  if (m.postNominals) v.rec(`post-nominals:${o.postNominals}`);
  if (o.address) v.rec('address');
  v.rec(`social:${o.socialOrder}${person.links.length ? ` links-${o.linkForm}` : ''}`);
  v.rec(`bullet:${o.marker}`);
  v.rec(o.titleFirst ? 'entry:title-first' : 'entry:company-first');
  v.rec(`sections:${o.sectionOrder.join(',')}`);
  if (o.summary && m.summary) v.rec('summary');
  v.rec(`education-dates:${o.eduDates}`);
  if (m.languages.length) v.rec(`languages:${o.languages}`);
  if (m.certifications.length) v.rec(`certifications:${o.certForm}`);
  if (o.footer) v.rec(`footer:date-name-page ${o.footerCentre}`);

  const source = `${preamble(o, v, person)}\\begin{document}\n${header(m, o, person)}${body(m, o, v, person)}\\end{document}\n`;
  const log = await pdflatex(ctx, label, source, outFile);
  const overfull = [...log.matchAll(/^Overfull \\hbox \(([\d.]+)pt too wide\)/gm)].map((x) => Number(x[1])).filter((x) => x > 1);
  if (overfull.length) throw new Error(`${label}: overfull boxes (${overfull.join(', ')} pt)`);
  const pages = Number(/Output written on .*\((\d+) pages?/.exec(log)?.[1] ?? 0);
  if (pages > 1) v.rec(`pages:${pages}`);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}


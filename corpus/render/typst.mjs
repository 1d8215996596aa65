// pdf-typst: the corpus's own Typst resume template, in the manner of the popular Typst resume
// templates, compiled to PDF by Typst itself (its own layout engine and PDF writer) from Node with
// the npm `@myriaddreamin/typst-ts-node-compiler` (typst.ts's native compiler). No Typst Universe
// package is used (nothing can be downloaded while rendering): the template's functions are
// written at the top of every source. Fonts are the system's TrueType/OpenType files (DejaVu,
// Liberation, Carlito; Latin Modern, Libertinus, Fira Sans and XCharter from the TeX fonts) and
// those built into the compiler (New Computer Modern, Libertinus Serif).
//
// The document: the name (centred or flush left, or left of a right-aligned contact block), the
// headline, the contact on one line with seeded separators (Unicode symbols before the items on
// some documents); section headings over a rule, with a rule running on after them, in small
// capitals, spaced capitals or the accent colour, numbered ("1." or "I.") on some documents; each job a two-row grid: the title in bold with
// the dates flush right, the company (and city) in italics on the next line — or the company first
// and the title under it, or "Title, Company" on one line — then a Typst list (`- item`, seeded
// marker, or a drawn dot) or a paragraph; education the same way; skills as "*Group*: a, b"
// lines, a two-column grid or a list; certificates and languages as lines. Seeded paper, margins,
// font and size, colours, date style, open-end word, range separator, page-number footer.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng, schoolYears } from './common.mjs';

const require = createRequire(import.meta.url);

const FONT_DIRS = [
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/truetype/liberation2',
  '/usr/share/fonts/truetype/crosextra',
  '/usr/share/texmf/fonts/opentype/public/lm',
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/libertinus-fonts',
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/fira',
  '/usr/share/texlive/texmf-dist/fonts/opentype/public/xcharter',
];

// Font families and whether they have real small capitals (the OpenType `smcp` feature; Typst
// does not make them up).
const FONTS = {
  'Libertinus Serif': true,
  'New Computer Modern': true,
  'Fira Sans': true,
  XCharter: true,
  'Latin Modern Roman': false,
  'Liberation Serif': false,
  'Liberation Sans': false,
  'DejaVu Sans': false,
  'DejaVu Serif': false,
  Carlito: false,
};

const ACCENTS = ['#1f4e79', '#26428b', '#7a1f1f', '#1b5e20', '#4a4a4a', '#5b2c6f', '#0f6674'];
const MARKERS = ['•', '–', '◦', '▪', '‣'];
const CONTACT_SEPS = ['|', '·', '•', '—'];
const ICONS = { email: '✉', phone: '☎', location: '⌂', link: '↗' };
const LINK_NAMES = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };

let compiler = null;
function typstCompiler() {
  if (!compiler) {
    const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
    compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: FONT_DIRS }] });
  }
  return compiler;
}

// A Typst string literal.
const S = (s) => `"${String(s ?? '').replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

function options(rng, person) {
  const font = rng.pick(Object.keys(FONTS));
  const smcp = FONTS[font];
  const headingStyles = ['caps-rule', 'bold-rule', 'coloured', 'line-after', ...(smcp ? ['smallcaps-rule', 'smallcaps-rule', 'smallcaps-line-after'] : [])];
  const paper = rng.chance(0.55) ? 'a4' : 'us-letter';
  return {
    font,
    smcp,
    paper,
    margin: paper === 'a4' ? rng.pick(['1.5cm', '1.8cm', '2cm', '2.2cm']) : rng.pick(['0.6in', '0.75in', '0.85in']),
    size: rng.pick(['9.5pt', '10pt', '10pt', '10.5pt', '11pt']),
    accent: rng.pick(ACCENTS),
    header: rng.pick(['centred', 'centred', 'left', 'split']),
    nameSize: rng.pick(['20pt', '22pt', '24pt', '26pt']),
    nameStyle: rng.pick(['bold', 'bold', 'bold-accent', ...(smcp ? ['smallcaps'] : ['light'])]),
    postNominalsSmall: rng.chance(0.5),
    headline: rng.chance(0.85),
    headlineItalic: rng.chance(0.5),
    contactSep: rng.pick(CONTACT_SEPS),
    phoneFirst: rng.chance(0.4),
    location: rng.chance(0.75),
    linkText: rng.pick(['url', 'url', 'name']),
    headingStyle: rng.pick(headingStyles),
    headingAccent: rng.chance(0.5),
    jobForm: rng.pick(['next-line', 'next-line', 'next-line', 'one-line']),
    oneLineSep: rng.pick([', ', ' at ', ' | ', ' — ']),
    cityPlace: rng.pick(['right', 'right', 'inline']),
    dateLook: rng.pick(['plain', 'italic', 'grey']),
    marker: rng.pick(MARKERS),
    schoolFirst: rng.chance(0.3),
    eduDates: rng.pick(['full', 'years', 'years']),
    educationFirst: rng.chance(0.2),
    summary: !person.summary ? 'none' : rng.pick(['section', 'section', 'section', 'plain', 'none']),
    skills: rng.pick(['lines', 'lines', 'grid', 'list']),
    skillSep: rng.pick([', ', ', ', ' · ']),
    certForm: rng.pick(['dated-right', 'parenthesis']),
    langForm: rng.pick(['line', 'grid']),
    footerSize: rng.pick(['8pt', '8.5pt']),
    // Typst's heading numbering ("1. Experience", "II. Education") on some documents.
    headingNumbers: rng.pick(['none', 'none', 'none', '1.', 'I.']),
  };
}

function preamble(o, v, m, person) {
  const accent = `rgb("${o.accent}")`;
  const marker = v.graphicBullets
    ? `box(height: 0.9em, align(horizon, circle(radius: 1.6pt, fill: accent)))`
    : `[${o.marker}]`;
  let footer = 'none';
  let numbering = 'none';
  if (v.footer === '1/2') numbering = '"1 / 1"';
  else if (v.footer === 'Page 1 of 2') {
    footer = `context align(center, text(size: ${o.footerSize}, fill: luma(110))[Page #counter(page).display() of #counter(page).final().first()])`;
  } else if (v.footer) {
    footer = `align(center, text(size: ${o.footerSize}, fill: luma(110), ${S(`${person.name} – Résumé`)}))`;
  }
  const headingCol = o.headingAccent || o.headingStyle === 'coloured' ? 'accent' : 'black';
  // Capitals take more room: a little smaller.
  const hs = (em) => `${(v.capsHeadings ? em * 0.9 : em).toFixed(2)}em`;
  // A numbered heading shows its number before its name (a show rule that sets `it.body` alone
  // drops it).
  const headingBody =
    o.headingNumbers === 'none' ? 'it.body' : '[#counter(heading).display(it.numbering) #it.body]';
  const headingShow = {
    'smallcaps-rule': `block(above: 1.15em, below: 0.65em, sticky: true)[#text(size: ${hs(1.2)}, fill: ${headingCol}, smallcaps(${headingBody})) #v(-0.75em) #line(length: 100%, stroke: 0.6pt + ${headingCol})]`,
    'caps-rule': `block(above: 1.15em, below: 0.65em, sticky: true)[#text(size: ${hs(1.05)}, weight: "bold", tracking: 0.08em, fill: ${headingCol}, upper(${headingBody})) #v(-0.7em) #line(length: 100%, stroke: 0.8pt + ${headingCol})]`,
    'bold-rule': `block(above: 1.15em, below: 0.65em, sticky: true)[#text(size: ${hs(1.15)}, weight: "bold", fill: ${headingCol}, ${headingBody}) #v(-0.7em) #line(length: 100%, stroke: 0.5pt + luma(120))]`,
    coloured: `block(above: 1.2em, below: 0.6em, sticky: true, text(size: ${hs(1.25)}, weight: "bold", fill: accent, ${headingBody}))`,
    'line-after': `block(above: 1.15em, below: 0.65em, sticky: true, grid(columns: (auto, 1fr), column-gutter: 0.6em, align: horizon, text(size: ${hs(1.1)}, weight: "bold", fill: ${headingCol}, ${headingBody}), line(length: 100%, stroke: 0.6pt + luma(140))))`,
    'smallcaps-line-after': `block(above: 1.15em, below: 0.65em, sticky: true, grid(columns: (auto, 1fr), column-gutter: 0.6em, align: horizon, text(size: ${hs(1.2)}, fill: ${headingCol}, smallcaps(${headingBody})), line(length: 100%, stroke: 0.6pt + ${headingCol})))`,
  }[o.headingStyle];
  const when = { plain: 'it', italic: 'emph(it)', grey: 'text(fill: luma(90), size: 0.95em, it)' }[o.dateLook];
  return `// Résumé of ${person.name}: the corpus's own Typst template (no packages).
#set document(title: ${S(`${person.name} – Résumé`)}, author: ${S(person.name)})
#let accent = ${accent}
#set page(paper: "${o.paper}", margin: ${o.margin}, numbering: ${numbering}, footer: ${footer})
#set text(font: ("${o.font}", "DejaVu Sans"), size: ${o.size}, lang: "en", hyphenate: ${v.hyphenate ? 'true' : 'false'})
#set par(justify: ${v.hyphenate ? 'true' : 'false'}, leading: 0.58em, spacing: 0.9em)
#set list(marker: ${marker}, indent: 0.5em, body-indent: 0.55em, spacing: 0.55em)
#show link: set text(fill: ${o.header === 'split' ? 'black' : 'accent'})
${o.headingNumbers === 'none' ? '' : `#set heading(numbering: "${o.headingNumbers}")\n`}#show heading.where(level: 1): it => ${headingShow}

// When: the dates of an entry.
#let when(it) = ${when}
// A one-line item with its date flush right.
#let dated(l, r) = block(above: 0.6em, below: 0.6em, grid(columns: (1fr, auto), column-gutter: 1.2em, l, align(right, r)))
// An entry: a two-row grid, the second row optional; the header sticks to what follows.
#let entry(top-left, top-right, bottom-left: none, bottom-right: none) = block(above: 1em, below: 0.6em, sticky: true, breakable: false, grid(
  columns: (1fr, auto), column-gutter: 1.2em, row-gutter: 0.55em,
  top-left, align(right, top-right),
  ..if bottom-left != none { (bottom-left, align(right, if bottom-right == none { [] } else { bottom-right })) } else { () },
))
`;
}

function header(m, o, v, person) {
  const nameArgs = {
    bold: `size: ${o.nameSize}, weight: "bold"`,
    'bold-accent': `size: ${o.nameSize}, weight: "bold", fill: accent`,
    smallcaps: `size: ${o.nameSize}, weight: "regular"`,
    light: `size: ${o.nameSize}, weight: "light", tracking: 0.04em`,
  }[o.nameStyle];
  const nameBody = o.nameStyle === 'smallcaps' ? `smallcaps(${S(m.name)})` : S(m.name);
  let name = `#text(${nameArgs}, ${nameBody})`;
  if (m.postNominals) {
    name += o.postNominalsSmall
      ? `#text(size: 0.55 * ${o.nameSize}, ${S(`, ${m.postNominals}`)})`
      : `#text(${nameArgs}, ${S(`, ${m.postNominals}`)})`;
  }
  const icon = (k) => (v.icons ? `#text(fill: accent, ${S(ICONS[k])})#h(0.3em)` : '');
  const items = [];
  const email = `${icon('email')}#link(${S(`mailto:${m.email}`)}, ${S(m.email)})`;
  const phone = `${icon('phone')}#${S(m.phone)}`;
  items.push(...(o.phoneFirst ? [phone, email] : [email, phone]));
  if (o.location) items.push(`${icon('location')}#${S(m.location)}`);
  for (const l of m.links) {
    const text = o.linkText === 'url' ? l.label : LINK_NAMES[l.kind] ?? 'Website';
    items.push(`${icon('link')}#link(${S(l.url)}, ${S(text)})`);
  }
  const headline = o.headline
    ? `#text(size: 1.15em${o.headlineItalic ? ', style: "italic"' : ''}, fill: luma(70), ${S(m.headline)})`
    : '';
  if (o.header === 'split') {
    // Name and headline left, the contact items stacked and right-aligned at the right.
    const block = items.map((s) => `[${s}]`).join(', ');
    return `#grid(columns: (1fr, auto), column-gutter: 1.5em, align: (left + horizon, right + horizon),
  [${name}${headline ? ` \\\n  ${headline}` : ''}],
  text(size: 0.92em, stack(spacing: 0.5em, ${block})),
)
#v(0.4em)
#line(length: 100%, stroke: 0.8pt + accent)
`;
  }
  const sep = `#h(0.55em)#text(fill: luma(120), ${S(o.contactSep)})#h(0.55em)`;
  const line = items.map((s) => `#box[${s}]`).join(` ${sep} `);
  const align = o.header === 'centred' ? 'center' : 'left';
  return `#align(${align})[
  #set par(spacing: 0.55em, justify: false)
  #block(below: 0.75em)[${name}]
${headline ? `  #block(below: 0.7em)[${headline}]\n` : ''}  #text(size: 0.95em)[${line}]
]
`;
}

function jobEntry(j, o, v) {
  const dates = `when(${S(j.dates)})`;
  let s;
  if (o.jobForm === 'one-line' && !v.swap) {
    // "Title, Company" on the first row (a dash instead of the comma when either has a comma of its
    // own); the city in grey after it, or under the dates.
    let sep = o.oneLineSep;
    if (sep === ', ' && /,/.test(j.title + j.company)) sep = ' — ';
    const city = j.location && o.cityPlace === 'inline' ? `#text(fill: luma(90), ${S(` · ${j.location}`)})` : '';
    const left = `[#strong(${S(j.title)})#${S(sep)}#emph(${S(j.company)})${city}]`;
    const right = j.location && o.cityPlace === 'right'
      ? `[#${dates} \\ #text(fill: luma(90), size: 0.95em, ${S(j.location)})]` : dates;
    s = `#entry(${left}, ${right})\n`;
  } else {
    const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
    if (o.cityPlace === 'inline' || !j.location) {
      const bl = `emph(${S(j.location ? joinComma(second, j.location, { dash: ' — ' }) : second)})`;
      s = `#entry(strong(${S(first)}), ${dates}, bottom-left: ${bl})\n`;
    } else {
      s = `#entry(strong(${S(first)}), ${dates}, bottom-left: emph(${S(second)}), bottom-right: emph(${S(j.location)}))\n`;
    }
  }
  if (j.prose != null) s += `#${S(j.prose)}\n`;
  else if (j.bullets.length) s += j.bullets.map((b) => `- #${S(b)}`).join('\n') + '\n';
  return s;
}

function sections(m, o, v, person) {
  const out = {};
  const heading = (k) => `= #${S(m.heading(k))}\n`;
  if (o.summary === 'section') out.summary = `${heading('summary')}#${S(m.summary)}\n`;
  out.experience = heading('experience') + m.jobs.map((j) => jobEntry(j, o, v)).join('\n');
  if (m.education.length) {
    out.education = heading('education') + person.education.map((ed, i) => {
      const e = m.education[i];
      const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
      const [first, second] = o.schoolFirst ? [e.school, e.degree] : [e.degree, e.school];
      const city = e.location && o.cityPlace === 'right' ? `, bottom-right: emph(${S(e.location)})` : '';
      const secondText = e.location && o.cityPlace === 'inline' ? joinComma(second, e.location, { dash: ' — ' }) : second;
      return `#entry(strong(${S(first)}), when(${S(dates)}), bottom-left: emph(${S(secondText)})${city})\n`;
    }).join('');
  }
  if (m.skills.length) {
    const items = (g) => S(g.items.join(o.skillSep));
    let body;
    if (o.skills === 'grid' && m.skills.some((g) => g.group)) {
      body = `#grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.65em,\n${m.skills.map((g) => `  strong(${S(g.group)}), ${items(g)},`).join('\n')}\n)\n`;
    } else if (o.skills === 'list') {
      body = m.skills.map((g) => (g.group ? `- #strong(${S(g.group)}): #${items(g)}` : `- #${items(g)}`)).join('\n') + '\n';
    } else {
      body = m.skills.map((g) => (g.group ? `#strong(${S(g.group)}): #${items(g)}` : `#${items(g)}`)).join(' \\\n') + '\n';
    }
    out.skills = heading('skills') + body;
  }
  if (m.certifications.length) {
    out.certifications = heading('certifications') + m.certifications.map((c) => {
      if (o.certForm === 'dated-right') {
        return `#dated([#strong(${S(c.name)})${c.issuer ? `#${S(`, ${c.issuer}`)}` : ''}], ${c.date ? `when(${S(c.date)})` : '[]'})\n`;
      }
      const rest = [c.issuer, c.date].filter(Boolean).join(', ');
      return `#${S(c.name)}${rest ? ` #text(fill: luma(80), ${S(`(${rest})`)})` : ''} \\\n`;
    }).join('').replace(/ \\\n$/, '\n');
  }
  if (m.languages.length) {
    out.languages = heading('languages') + (o.langForm === 'grid'
      ? `#grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.6em,\n${m.languages.map((l) => `  strong(${S(l.language)}), emph(${S(l.fluency)}),`).join('\n')}\n)\n`
      : `#${S(m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', '))}\n`);
  }
  return out;
}

export async function renderTypst(ctx, layout, person, outFile) {
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person);
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer',
    'hyphenate', 'graphicBullets', 'prose', 'swap']);
  const m = docModel(person, v);
  const label = `${layout.id}/${person.id}`;

  v.rec(`font:${o.font} ${o.size}`);
  v.rec(`paper:${o.paper} margin ${o.margin}`);
  v.rec(`header:${o.header}`);
  v.rec(`name:${o.nameStyle} ${o.nameSize}`);
  if (o.headline) v.rec('headline');
  if (o.header !== 'split') v.rec(`contact-separator:${o.contactSep}`);
  v.rec(o.phoneFirst ? 'contact:phone-first' : 'contact:email-first');
  if (o.location) v.rec('contact:location');
  if (m.links.length) v.rec(`contact-links:${o.linkText}`);
  v.rec(`headings:${o.headingStyle}${o.headingAccent || o.headingStyle === 'coloured' ? ` ${o.accent}` : ''}`);
  v.rec(`job:${v.swap ? 'company-first' : o.jobForm}${o.jobForm === 'one-line' && !v.swap ? ` "${o.oneLineSep}"` : ''} city-${o.cityPlace}`);
  if (o.headingNumbers !== 'none') v.rec(`heading-numbers:${o.headingNumbers}`);
  v.rec(`dates:${o.dateLook}`);
  if (!v.graphicBullets) v.rec(`bullet:${o.marker}`);
  v.rec(o.schoolFirst ? 'education:school-first' : 'education:degree-first');
  v.rec(`education-dates:${o.eduDates}`);
  if (o.educationFirst) v.rec('order:education-first');
  v.rec(`summary:${o.summary}`);
  v.rec(`skills:${o.skills === 'grid' && !m.skills.some((g) => g.group) ? 'lines' : o.skills} "${o.skillSep}"`);
  if (m.certifications.length) v.rec(`certificates:${o.certForm}`);
  if (m.languages.length) v.rec(`languages:${o.langForm}`);

  const sec = sections(m, o, v, person);
  const order = ['summary', ...(o.educationFirst ? ['education', 'experience'] : ['experience', 'education']),
    'skills', 'certifications', 'languages'];
  let body = header(m, o, v, person) + '\n';
  if (o.summary === 'plain') body += `#v(0.3em)\n#${S(m.summary)}\n\n`;
  body += order.filter((k) => sec[k]).map((k) => sec[k]).join('\n');
  const source = `${preamble(o, v, m, person)}\n${body}`;

  const typFile = path.join(ctx.tmp, 'typst', `${person.id}.typ`);
  await mkdir(path.dirname(typFile), { recursive: true });
  await writeFile(typFile, source);

  const c = typstCompiler();
  const r = c.compile({ mainFileContent: source });
  const err = r.takeError();
  if (err) {
    const diags = c.fetchDiagnostics(err);
    throw new Error(`${label}: typst: ${JSON.stringify(diags).slice(0, 1500)} (source ${typFile})`);
  }
  const warn = r.takeWarnings();
  if (warn) {
    const diags = c.fetchDiagnostics(warn);
    if (diags.length) throw new Error(`${label}: typst warnings: ${JSON.stringify(diags).slice(0, 1500)}`);
  }
  const doc = r.result;
  const pdf = c.pdf(doc, { creationTimestamp: 1748736000 });
  await writeFile(outFile, pdf);
  if (doc.numOfPages > 1) v.rec(`pages:${doc.numOfPages}`);
  c.evictCache(10);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

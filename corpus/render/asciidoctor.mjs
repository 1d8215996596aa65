// pdf-asciidoctor: an AsciiDoc resume written from the person and typeset by asciidoctor-pdf
// (Debian's `ruby-asciidoctor-pdf`; Ruby's Prawn writes the PDF), with a small theme YAML of
// its own that extends the gem's default theme. The AsciiDoc is written the ways people write
// their resumes in it (document title or a role paragraph for the name, an author line and
// attributes for the contact, sections and subsections, description lists, tables, hard line
// breaks); the theme sets the fonts (the gem's Noto subsets or Debian's TrueType files), sizes,
// colours, list markers and the running footer. Every piece of the person's text is written with
// its AsciiDoc punctuation as character references, so that nothing in it turns into markup or
// a typographic replacement (only the apostrophe is left to become a curly one, as it does in
// real documents).
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng } from './common.mjs';

const run = promisify(execFile);
const ASCIIDOCTOR_PDF = process.env.CORPUS_ASCIIDOCTOR_PDF ?? '/usr/bin/asciidoctor-pdf';
const GEM_FONTS = '/usr/share/ruby-asciidoctor-pdf/data/fonts/';
const DEJAVU = '/usr/share/fonts/truetype/dejavu/';
const LIBERATION = '/usr/share/fonts/truetype/liberation2/';
const CROSEXTRA = '/usr/share/fonts/truetype/crosextra/';

// [theme family name, files (normal, bold, italic, bold_italic), catalogued by the default theme]
const FONTS = {
  'Noto Serif': [['notoserif-regular-subset', 'notoserif-bold-subset', 'notoserif-italic-subset', 'notoserif-bold_italic-subset'].map((f) => `${GEM_FONTS}${f}.ttf`), true],
  'Noto Sans': [['notosans-regular-subset', 'notosans-bold-subset', 'notosans-italic-subset', 'notosans-bold_italic-subset'].map((f) => `${GEM_FONTS}${f}.ttf`), false],
  'DejaVu Sans': [['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSans-Oblique', 'DejaVuSans-BoldOblique'].map((f) => `${DEJAVU}${f}.ttf`), false],
  'DejaVu Serif': [['DejaVuSerif', 'DejaVuSerif-Bold', 'DejaVuSerif-Italic', 'DejaVuSerif-BoldItalic'].map((f) => `${DEJAVU}${f}.ttf`), false],
  'Liberation Serif': [['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => `${LIBERATION}LiberationSerif-${f}.ttf`), false],
  'Liberation Sans': [['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => `${LIBERATION}LiberationSans-${f}.ttf`), false],
  Carlito: [['Regular', 'Bold', 'Italic', 'BoldItalic'].map((f) => `${CROSEXTRA}Carlito-${f}.ttf`), false],
};
const SANS = ['Noto Sans', 'DejaVu Sans', 'Liberation Sans', 'Carlito'];
const ACCENTS = ['222222', '1F4E79', '7A1F2B', '2E5E4E', '4B3F72', '8A5A00', '005F73', '555555'];
const MARKERS = [['disc', null], ['en-dash', '\u2013'], ['small-square', '\u25aa'], ['guillemet', '\u203a'],
  ['white-bullet', '\u25e6'], ['middle-dot', '\u00b7']];

// The characters a TrueType file has, from fontconfig (once per file).
const charsets = new Map();
async function charsetOf(file) {
  if (!charsets.has(file)) {
    charsets.set(file, (async () => {
      const { stdout } = await run('fc-query', ['--format=%{charset}', file]);
      const ranges = stdout.trim().split(/\s+/).filter(Boolean).map((r) => r.split('-').map((h) => parseInt(h, 16)));
      return (cp) => ranges.some(([a, b = a]) => cp >= a && cp <= b);
    })());
  }
  return charsets.get(file);
}

// AsciiDoc text: every character that could start markup, a macro, an attribute reference or a
// replacement ("--", "...", "(C)", "->") as a character reference.
function esc(s) {
  return String(s ?? '').replace(/[&*_`#^~+[\]{}<>()|:.\-=\\$!@;]/g, (c) => `&#${c.codePointAt(0)};`);
}
// A value for a theme YAML string in single quotes.
const yq = (s) => `'${String(s).replace(/'/g, "''")}'`;
// A link macro with its target passed through as is.
const link = (url, label) => `link:++${url}++[${esc(label)}]`;

const ICONS = { email: 'fas-envelope', phone: 'fas-phone', location: 'fas-map-marker-alt', linkedin: 'fab-linkedin',
  github: 'fab-github', portfolio: 'fas-globe', other: 'fas-link' };
const icon = (kind) => {
  const [set, name] = ICONS[kind].split(/-(.*)/);
  return `icon:${name}[set=${set}]`;
};
// `text` (AsciiDoc) followed by the city: after a comma, or after a dash when `raw` (the text
// before it, unescaped) has a comma of its own.
const withCity = (text, raw, city) => (!city ? text : /,/.test(raw) ? `${text} — ${esc(city)}` : `${text}, ${esc(city)}`);
const LABELS = { email: 'Email', phone: 'Phone', location: 'Location', linkedin: 'LinkedIn', github: 'GitHub',
  portfolio: 'Website', other: 'Web' };

function choose(person, v, rng) {
  const body = rng.pick(Object.keys(FONTS));
  const o = {
    body,
    headFont: rng.chance(0.35) && !SANS.includes(body) ? rng.pick(SANS) : body,
    size: rng.pick([9.5, 10, 10.5, 11]),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([[0.6, 0.7], [0.7, 0.75], [0.75, 0.9], [0.5, 0.67]]),
    accent: rng.pick(ACCENTS),
    nameColour: rng.chance(0.5),
    justify: rng.chance(0.5),
    // the name: the document title, a large role paragraph (no title shown), or a paragraph
    // under a "Curriculum Vitae" document title
    header: rng.pick(['title', 'title', 'title', 'title', 'role', 'cv-title']),
    cvWord: rng.pick(['Curriculum Vitae', 'Résumé', 'Resume', 'CV']),
    align: rng.pick(['left', 'center', 'center']),
    nameSize: rng.pick([20, 22, 24, 26, 28]),
    postSmall: rng.chance(0.5),
    headline: rng.pick(['lead', 'italic', 'bold', 'plain']),
    contactStyle: rng.pick(['lines', 'table', 'labelled']),
    contactSep: rng.pick([' · ', ' | ', ' • ', '  —  ']),
    attributes: rng.chance(0.6),
    fullUrls: rng.chance(0.3),
    rule: rng.chance(0.4),
    h2Size: rng.pick([12, 13, 14, 15, 16]),
    h2Rule: rng.pick(['under', 'under', 'none', 'over']),
    headColour: rng.chance(0.7),
    jobLevel: rng.pick(['section', 'discrete']),
    jobStyle: rng.pick(['heading', 'dlist', 'boldline', 'table']),
    jobSep: rng.pick([', ', ' — ', ' at ', ' | ']),
    metaStyle: rng.int(3),
    marker: rng.pick(MARKERS),
    markerColour: rng.chance(0.4),
    summaryHeaded: rng.chance(0.6),
    skillsStyle: rng.pick(['list', 'lines', 'table', 'horizontal', 'dlist']),
    skillsFirst: rng.chance(0.25),
    eduStyle: rng.pick(['lines', 'list', 'dlist', 'table']),
    eduSchoolFirst: rng.chance(0.35),
    langStyle: rng.pick(['line', 'list', 'horizontal']),
    defaultFooter: rng.chance(0.5),
    footerAlign: rng.pick(['center', 'right', 'outside']),
  };
  if (o.header === 'cv-title' && o.align === 'left') o.align = 'center';
  // A skill group without a name cannot be a description-list term or a table's label cell.
  if (person.skills.some((g) => !g.group) && ['table', 'horizontal', 'dlist'].includes(o.skillsStyle)) o.skillsStyle = 'lines';
  return o;
}

function themeYaml(m, v, o) {
  const fam = (name) => {
    const [files, builtin] = FONTS[name];
    if (builtin) return '';
    const [normal, bold, italic, boldItalic] = files;
    return `    ${name}:\n      normal: ${normal}\n      bold: ${bold}\n      italic: ${italic}\n      bold_italic: ${boldItalic}\n`;
  };
  const paperMargin = `[${o.margin[0]}in, ${o.margin[1]}in, ${o.margin[0] + 0.1}in, ${o.margin[1]}in]`;
  const headColour = o.headColour ? o.accent : '222222';
  const h2Border = o.h2Rule === 'under' ? `  h2_border_width: [0, 0, 0.75, 0]\n  h2_border_color: ${yq(headColour)}\n  h2_padding: [0, 0, 2, 0]\n`
    : o.h2Rule === 'over' ? `  h2_border_width: [0.75, 0, 0, 0]\n  h2_border_color: ${yq(headColour)}\n  h2_padding: [3, 0, 0, 0]\n` : '';
  let footer;
  const fcontent = !v.footer ? null
    : v.footer === 'Page 1 of 2' ? 'Page {page-number} of {page-count}'
      : v.footer === '1/2' ? '{page-number}/{page-count}' : `${esc(m.displayName)} – Résumé`;
  if (fcontent) {
    // Every position is set, so that the default theme's page number does not stay beside it.
    const sides = (at) => ['left', 'center', 'right'].map((p) => `    ${p}:\n      content: ${p === at ? yq(fcontent) : "''"}\n`).join('');
    const [recto, verso] = o.footerAlign === 'outside' ? ['right', 'left'] : [o.footerAlign, o.footerAlign];
    footer = `footer:
  height: 0.5in
  border_width: 0
  font_color: '777777'
  recto:
${sides(recto)}  verso:
${sides(verso)}`;
  } else footer = ''; // the default theme's page number, or none (`:nofooter:`)
  const marker = o.marker[1] ? `  marker:\n    disc:\n      content: ${yq(o.marker[1])}\n${o.markerColour ? `      font_color: ${yq(o.accent)}\n` : ''}`
    : o.markerColour ? `  marker:\n    disc:\n      font_color: ${yq(o.accent)}\n` : '';
  return `extends: default
font:
  catalog:
    merge: true
${fam(o.body)}${o.headFont !== o.body ? fam(o.headFont) : ''}page:
  size: ${o.paper}
  margin: ${paperMargin}
base:
  font_family: ${o.body}
  font_size: ${o.size}
  font_color: '2A2A2A'
  text_align: ${o.justify ? 'justify' : 'left'}
  line_height: 1.3
vertical_rhythm: ${Math.round(o.size * 0.9)}
heading:
  font_family: ${o.headFont}
  font_color: ${yq(headColour)}
  margin_top: ${Math.round(o.size * 0.9)}
  margin_bottom: ${Math.round(o.size * 0.45)}
  h1_font_size: ${o.header === 'cv-title' ? Math.round(o.size * 1.3) : o.nameSize}
  h1_font_color: ${yq(o.header === 'cv-title' ? '777777' : o.nameColour ? o.accent : '1A1A1A')}
  h1_text_align: ${o.align}
${v.capsName && o.header !== 'cv-title' ? '  h1_text_transform: uppercase\n' : ''}  h2_font_size: ${o.h2Size}
${v.capsHeadings ? '  h2_text_transform: uppercase\n' : ''}${h2Border}  h3_font_size: ${Math.round(o.size * 1.12 * 2) / 2}
  h3_font_color: '1A1A1A'
  h3_margin_top: ${Math.round(o.size * 0.6)}
  h3_margin_bottom: ${Math.round(o.size * 0.25)}
  h4_font_size: ${o.size}
  h4_font_color: '1A1A1A'
  h4_margin_top: ${Math.round(o.size * 0.6)}
  h4_margin_bottom: ${Math.round(o.size * 0.2)}
role:
  name:
    font_family: ${o.headFont}
    font_size: ${o.nameSize}
    font_style: bold
    font_color: ${yq(o.nameColour ? o.accent : '1A1A1A')}
${v.capsName ? '    text_transform: uppercase\n' : ''}  post:
    font_size: 0.55em
    font_style: normal
    font_color: '555555'
  muted:
    font_color: '666666'
  lead:
    font_size: ${Math.round(o.size * 1.2 * 2) / 2}
prose:
  margin_bottom: ${Math.round(o.size * 0.5)}
list:
  item_spacing: ${Math.round(o.size * 0.2)}
  indent: ${Math.round(o.size * 1.5)}
${marker ? `ulist:\n${marker}` : ''}description_list:
  term_spacing: 2
  description_indent: ${Math.round(o.size * 1.4)}
table:
  cell_padding: [2, 4, 2, 0]
  border_width: 0
  grid_width: 0
thematic_break:
  border_color: ${yq(o.accent)}
  border_width: 0.6
  padding: [${Math.round(o.size * 0.2)}, 0]
${footer}`;
}

function adoc(m, person, v, o) {
  const L = [];
  const add = (...lines) => L.push(...lines);
  const blank = () => { if (L.length && L[L.length - 1] !== '') L.push(''); };
  const display = `${esc(m.name)}${m.postNominals ? (o.postSmall ? ` [.post]#${esc(m.postNominals)}#` : `, ${esc(m.postNominals)}`) : ''}`;

  // Header: title, author line, attributes.
  const attrs = o.attributes && /^[\w.@+ ()\-/]+$/.test(m.phone) && /^[\w.@+-]+$/.test(m.email);
  if (o.header === 'cv-title') add(`= ${esc(o.cvWord)}`);
  else add(`= ${o.header === 'title' ? display : esc(m.name)}`);
  // An author line takes at most three names ("Jan van der Berg" would not parse): a longer name
  // goes into the author and email attributes.
  if (attrs && person.name.split(/\s+/).length <= 3) add(`${person.name} <${m.email}>`);
  else if (attrs) add(`:author: ${person.name}`, `:email: ${m.email}`);
  add(':doctype: article');
  if (attrs) add(`:phone: ${m.phone}`);
  if (v.icons) add(':icons: font');
  if (o.header === 'role') add(':notitle:');
  if (!v.footer && !o.defaultFooter) add(':nofooter:');
  add(':!sectids:', '');
  const email = attrs ? '{email}' : esc(m.email);
  const phone = attrs ? '{phone}' : esc(m.phone);

  const alignRole = o.align === 'center' ? 'text-center' : 'text-left';
  if (o.header !== 'title') add(`[.name.${alignRole}]`, display, '');
  // Headline.
  const headline = esc(m.headline);
  if (o.headline === 'lead') add(`[.lead.${alignRole}]`, headline, '');
  else add(`[.${alignRole}]`, o.headline === 'italic' ? `__${headline}__` : o.headline === 'bold' ? `**${headline}**` : headline, '');

  // Contact.
  const items = [
    ['email', email], ['phone', phone], ['location', esc(m.location)],
    ...m.links.map((l) => [l.kind, link(l.url, o.fullUrls ? l.url : l.label)]),
  ].filter(([, t]) => t);
  const withIcon = ([k, t]) => (v.icons ? `${icon(k)} ${t}` : t);
  if (v.contactOneLine) {
    add(`[.${alignRole}]`, items.map(withIcon).join(esc(o.contactSep).replace(/&#46;/g, '.')), '');
  } else if (o.contactStyle === 'lines') {
    add(`[%hardbreaks.${alignRole}]`, ...items.map(withIcon), '');
  } else if (o.contactStyle === 'table') {
    const half = Math.ceil(items.length / 2);
    add('[cols="1,1",frame=none,grid=none,stripes=none]', '|===',
      `|${items.slice(0, half).map(withIcon).join(' +\n')}`,
      `>|${items.slice(half).map(withIcon).join(' +\n')}`, '|===', '');
  } else {
    add('[horizontal]');
    for (const [k, t] of items) add(`${LABELS[k]}:: ${t}`);
    add('');
  }
  if (o.rule) add("'''", '');

  const section = (k) => add(`== ${esc(m.heading(k))}`, '');
  if (m.summary) {
    if (o.summaryHeaded) section('summary');
    add(esc(m.summary), '');
  }

  const jobText = (j) => {
    const org = j.location ? joinComma(esc(j.company), esc(j.location), { also: j.company + j.location, dash: ' — ' }) : esc(j.company);
    return { title: esc(j.title), company: esc(j.company), org, city: esc(j.location), dates: esc(j.dates) };
  };
  const body = (j) => (j.prose != null ? [esc(j.prose)] : j.bullets.map((b) => `* ${esc(b)}`));
  const sep = esc(o.jobSep).replace(/&#46;/g, '.');

  const experience = () => {
    section('experience');
    for (const j of m.jobs) {
      const t = jobText(j);
      if (o.jobStyle === 'heading') {
        const head = v.swap ? t.company : t.title;
        const other = v.swap ? t.title : t.company;
        add(o.jobLevel === 'section' ? `=== ${head}` : `[discrete]\n==== ${head}`);
        if (o.metaStyle === 0) add(`${withCity(`__${other}__`, v.swap ? j.title : j.company, j.location)} · ${t.dates}`);
        else if (o.metaStyle === 1) add('[%hardbreaks]', `**${other}**${t.city ? ` — ${t.city}` : ''}`, `[.muted]#${t.dates}#`);
        else add(`${other}${t.city ? ` | ${t.city}` : ''} | __${t.dates}__`);
        add('', ...body(j), '');
      } else if (o.jobStyle === 'dlist') {
        const term = v.swap ? `${t.org}` : `${t.title}${sep}${t.company}`;
        const desc = v.swap ? `__${t.title}__ · ${t.dates}` : `${t.city ? `${t.city} · ` : ''}__${t.dates}__`;
        add(`${term}::`, desc, '+');
        if (j.prose != null) add(esc(j.prose));
        else add('--', ...body(j), '--');
        add('');
      } else if (o.jobStyle === 'boldline') {
        if (o.metaStyle === 2) {
          const parts = v.swap ? [`**${t.company}**`, t.title] : [`**${t.title}**`, t.company];
          add(`${withCity(parts.join(sep), v.swap ? j.title : j.company, j.location)} (${t.dates})`);
        } else {
          const first = v.swap ? `**${t.org}**` : `**${t.title}**${sep}${t.company}`;
          const second = v.swap ? `__${t.title}__ · ${t.dates}` : `__${t.city ? `${t.city}, ` : ''}${t.dates}__`;
          add('[%hardbreaks]', first, second);
        }
        add('', ...body(j), '');
      } else {
        const left = v.swap ? `**${t.company}** +\n${withCity(`__${t.title}__`, j.title, j.location)}` : `**${t.title}** +\n${t.org}`;
        add('[cols="7,3",frame=none,grid=none,stripes=none]', '|===', `|${left}`, `>|${o.metaStyle === 1 ? `__${t.dates}__` : t.dates}`, '|===', '');
        add(...body(j), '');
      }
    }
  };

  const education = () => {
    if (!m.education.length) return;
    section('education');
    const eduStyle = o.jobStyle === 'table' ? 'table' : o.eduStyle;
    if (eduStyle === 'table') {
      add('[cols="7,3",frame=none,grid=none,stripes=none]', '|===');
      for (const e of m.education) {
        const [a, b] = o.eduSchoolFirst ? [esc(e.school), esc(e.degree)] : [esc(e.degree), esc(e.school)];
        add(`|**${a}** +\n${withCity(b, o.eduSchoolFirst ? e.degree : e.school, e.location)}`, `>|${esc(e.dates)}`);
      }
      add('|===', '');
    } else if (eduStyle === 'dlist') {
      for (const e of m.education) {
        const [a, b] = o.eduSchoolFirst ? [esc(e.school), esc(e.degree)] : [esc(e.degree), esc(e.school)];
        add(`${a}::`, `${o.eduSchoolFirst ? b : withCity(b, e.school, e.location)}${e.dates ? ` · ${esc(e.dates)}` : ''}`);
      }
      add('');
    } else {
      const line = (e) => (o.eduSchoolFirst
        ? `**${esc(e.school)}**, ${esc(e.degree)}${e.dates ? ` (${esc(e.dates)})` : ''}`
        : `${withCity(`**${esc(e.degree)}**${sep}${esc(e.school)}`, e.school, e.location)}${e.dates ? ` · ${esc(e.dates)}` : ''}`);
      if (eduStyle === 'list') add(...m.education.map((e) => `* ${line(e)}`), '');
      else for (const e of m.education) add(line(e), '');
    }
  };

  const skills = () => {
    if (!m.skills.length) return;
    section('skills');
    const items = (g) => g.items.map(esc).join(', ');
    if (o.skillsStyle === 'list') add(...m.skills.map((g) => `* ${g.group ? `**${esc(g.group)}:** ` : ''}${items(g)}`), '');
    else if (o.skillsStyle === 'lines') add('[%hardbreaks]', ...m.skills.map((g) => `${g.group ? `**${esc(g.group)}:** ` : ''}${items(g)}`), '');
    else if (o.skillsStyle === 'table') {
      add('[cols="1,3",frame=none,grid=rows,stripes=none]', '|===');
      for (const g of m.skills) add(`|**${esc(g.group)}**`, `|${items(g)}`);
      add('|===', '');
    } else {
      if (o.skillsStyle === 'horizontal') add('[horizontal]');
      for (const g of m.skills) add(`${esc(g.group)}::`, items(g));
      add('');
    }
  };

  const certifications = () => {
    if (!m.certifications.length) return;
    section('certifications');
    add(...m.certifications.map((c) => `* ${esc(c.name)}${c.issuer ? `, __${esc(c.issuer)}__` : ''}${c.date ? ` (${esc(c.date)})` : ''}`), '');
  };

  const languages = () => {
    if (!m.languages.length) return;
    section('languages');
    if (o.langStyle === 'line') add(m.languages.map((l) => `${esc(l.language)}${l.fluency ? ` (${esc(l.fluency)})` : ''}`).join(', '), '');
    else if (o.langStyle === 'list') add(...m.languages.map((l) => `* ${esc(l.language)}${l.fluency ? ` – ${esc(l.fluency)}` : ''}`), '');
    else {
      add('[horizontal]');
      for (const l of m.languages) add(`${esc(l.language)}:: ${esc(l.fluency) || '{empty}'}`);
      add('');
    }
  };

  if (o.skillsFirst) { skills(); experience(); education(); } else { experience(); education(); skills(); }
  certifications();
  languages();
  blank();
  return L.join('\n');
}

export async function renderAsciidoctor(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer',
    'prose', 'swap', 'contactOneLine']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = choose(person, v, rng);
  const m = docModel(person, v);
  // The theme prints the capitals (`text_transform`): the source keeps the name as written.
  m.name = person.name;
  m.displayName = person.postNominals ? `${person.name}, ${person.postNominals}` : person.name;

  v.rec(`font:${o.body}${o.headFont !== o.body ? ` + ${o.headFont} headings` : ''} ${o.size}pt`);
  v.rec(`paper:${o.paper}`);
  v.rec(`name:${o.header}`);
  v.rec(`align:${o.align}`);
  if (!v.contactOneLine) v.rec(`contact-style:${o.contactStyle}`);
  v.rec(`job-style:${o.jobStyle}`);
  if (o.jobStyle === 'heading') v.rec(`job-level:${o.jobLevel}`);
  v.rec(`item-mark:${o.marker[0]}`);
  v.rec(`skills:${o.skillsStyle}`);
  v.rec(`education:${o.jobStyle === 'table' ? 'table' : o.eduStyle}`);
  if (o.skillsFirst) v.rec('skills-first');
  v.rec(o.justify ? 'text:justified' : 'text:ragged-right');
  if (!v.footer) v.rec(o.defaultFooter ? 'footer:default page number' : 'footer:none');

  // Every character must be in the fonts that print it (Prawn would print a blank box).
  const used = new Set([...JSON.stringify(person), ...(o.marker[1] ?? ''), ...o.contactSep, ...o.jobSep, '–', '—', '·', 'é']);
  for (const family of new Set([o.body, o.headFont])) {
    for (const file of FONTS[family][0]) {
      const has = await charsetOf(file);
      const missing = [...used].filter((c) => c.codePointAt(0) >= 0x20 && !has(c.codePointAt(0)));
      if (missing.length) throw new Error(`${layout.id}/${person.id}: ${path.basename(file)} has no ${missing.join(' ')}`);
    }
  }

  const base = path.join(ctx.tmp, `${layout.id}--${person.id}`);
  await writeFile(`${base}.adoc`, adoc(m, person, v, o));
  await writeFile(`${base}-theme.yml`, themeYaml(m, v, o));
  try {
    await run(ASCIIDOCTOR_PDF, ['--failure-level', 'WARN', '-a', `pdf-theme=${base}-theme.yml`,
      '-a', 'reproducible', '-o', outFile, `${base}.adoc`], { maxBuffer: 16 << 20 });
  } catch (e) {
    throw new Error(`${layout.id}/${person.id}: asciidoctor-pdf failed: ${(e.stderr || e.message).toString().slice(0, 600)} (source ${base}.adoc)`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

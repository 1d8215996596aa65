// pdf-lo-plaintext: a plain-text resume, as people keep it in resume.txt or paste it into an
// applicant tracking system's text box, converted to PDF by LibreOffice. The text is laid out
// here, hard-wrapped at a seeded column limit (72, 76 or 80): ASCII punctuation (accented letters
// kept), the name on the first line (capitals by seed, or centred with spaces with the headline and
// contact), the contact on one line or one item a line (with "Email:" labels on some documents);
// section headings in capitals underlined with "=" or "-", or set as "--- EXPERIENCE ---"; each job
// "Title, Company" ("Title - Company" when either has a comma; "Company - Title" by seed) with the dates pushed to the right margin with spaces
// (the city on the next line), or the dates and the city on the next line; bullets "*", "-" or "o"
// with continuation lines under the text, or a paragraph indented as the items' text; skills as "Group: a, b, c" lines with a
// hanging indent; schools "Degree, School" with the years at the right margin, or the school over
// "Degree, 2014 - 2018"; certificates as bullets; languages on one line. Writer's plain-text import
// gives no control over the font, size or page, so the lines go into a flat ODF text document
// (.fodt), one paragraph each in a monospaced paragraph style (Liberation Mono or DejaVu Sans Mono,
// sized so that the longest line fits), with the spaces kept as `text:s`. No footer, no
// hyphenation (no line is long enough to wrap again).
import { writeFile } from 'node:fs/promises';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng, schoolYears } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const FONTS = ['Liberation Mono', 'DejaVu Sans Mono'];
const PAPER = { A4: [595.28, 841.89], Letter: [612, 792] };

// Typographic punctuation as typed on a keyboard.
function ascii(s) {
  return String(s ?? '').replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-').replace(/\u2026/g, '...').replace(/\u00a0/g, ' ');
}

// Greedy word wrap at spaces: the first line starts with `first`, the others with `rest`.
function wrap(text, cols, first = '', rest = first) {
  const lines = [];
  let line = first;
  let empty = true;
  for (const word of ascii(text).split(/\s+/).filter(Boolean)) {
    if (!empty && line.length + 1 + word.length > cols) {
      lines.push(line);
      line = rest + word;
    } else {
      line += (empty ? '' : ' ') + word;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}

// `left` with `right` pushed to the right margin, or on a line of its own when they do not fit.
function pushRight(left, right, cols) {
  const l = wrap(left, cols, '', '  ');
  const last = l[l.length - 1];
  if (last.length + 2 + right.length <= cols) l[l.length - 1] = last + ' '.repeat(cols - last.length - right.length) + right;
  else l.push(' '.repeat(Math.max(0, cols - right.length)) + right);
  return l;
}

function headingLines(text, o) {
  const t = ascii(text).toUpperCase();
  if (o.headingStyle === 'dashes') return [`--- ${t} ---`];
  return [t, (o.headingStyle === 'underline=' ? '=' : '-').repeat(t.length)];
}

function textLines(m, person, v, o) {
  const { cols } = o;
  const centre = (s) => (o.centred ? ' '.repeat(Math.max(0, Math.floor((cols - s.length) / 2))) + s : s);
  const out = [];
  out.push(centre(ascii(m.displayName)), centre(ascii(m.headline)));
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].map(ascii).filter(Boolean);
  if (v.contactOneLine) {
    // One line, or as few as the fields fit on.
    let line = '';
    for (const f of contact) {
      if (line && line.length + o.contactSep.length + f.length > cols) { out.push(centre(line)); line = f; } else line = line ? line + o.contactSep + f : f;
    }
    out.push(centre(line));
  } else {
    const labels = ['Email: ', 'Phone: ', 'Address: ', ...m.links.map(() => 'Web: ')];
    contact.forEach((f, i) => out.push(centre(o.contactLabels ? labels[i] + f : f)));
  }
  const section = (k, body) => { out.push('', '', ...headingLines(m.heading(k), o), '', ...body); };
  const mark = `${' '.repeat(o.indent)}${o.marker} `;
  const bullet = (t) => wrap(t, cols, mark, ' '.repeat(mark.length));

  const parts = {};
  if (m.summary) parts.summary = () => section('summary', wrap(m.summary, cols));
  parts.experience = () => section('experience', m.jobs.flatMap((j, i) => {
    const head = v.swap ? `${j.company} - ${j.title}` : joinComma(j.title, j.company, { also: j.company });
    const lines = [...(i ? [''] : [])];
    if (o.datesRight) {
      lines.push(...pushRight(head, ascii(j.dates), cols));
      if (j.location) lines.push(ascii(j.location));
    } else {
      lines.push(...wrap(head, cols, '', '  '), ...wrap(`${j.dates}${j.location ? ` | ${j.location}` : ''}`, cols));
    }
    if (j.prose != null) lines.push(...wrap(j.prose, cols, ' '.repeat(mark.length)));
    else lines.push(...j.bullets.flatMap(bullet));
    return lines;
  }));
  if (person.education.length) {
    parts.education = () => section('education', person.education.flatMap((ed) => {
      const years = ascii(schoolYears(ed, v));
      if (o.eduStyle === 'school-over-degree') {
        return [...wrap(ed.location ? joinComma(ed.school, ed.location) : ed.school, cols), ...wrap(`${ed.degree}${years ? `, ${years}` : ''}`, cols, '  ')];
      }
      const line = joinComma(ed.degree, ed.school, { also: ed.school });
      return years ? pushRight(line, years, cols) : wrap(line, cols, '', '  ');
    }));
  }
  if (m.skills.length) {
    parts.skills = () => section('skills', m.skills.flatMap((g) => {
      const label = g.group ? `${ascii(g.group)}: ` : '';
      return wrap(g.items.join(', '), cols, label, ' '.repeat(label.length));
    }));
  }
  if (m.certifications.length) {
    parts.certifications = () => section('certifications', m.certifications.flatMap((c) => bullet(
      `${c.name}${c.issuer ? `, ${c.issuer}` : ''}${c.date ? ` (${c.date})` : ''}`)));
  }
  if (m.languages.length) {
    parts.languages = () => section('languages', wrap(m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', '), cols));
  }
  const order = o.skillsFirst ? ['summary', 'skills', 'experience', 'education', 'certifications', 'languages']
    : ['summary', 'experience', 'education', 'skills', 'certifications', 'languages'];
  for (const k of order) parts[k]?.();
  return out;
}

function xml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// A line as an ODF paragraph's content: a run of spaces (or a leading one) as `text:s`.
function odfLine(line) {
  return xml(line).replace(/^ +| {2,}/g, (run, at) => (at === 0 ? `<text:s text:c="${run.length}"/>` : ` <text:s text:c="${run.length - 1}"/>`));
}

function fodt(lines, o, title) {
  const [w, h] = PAPER[o.paper];
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xml(title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="${o.font}" svg:font-family="'${o.font}'" style:font-family-generic="modern" style:font-pitch="fixed"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Preformatted_20_Text" style:display-name="Preformatted Text" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
<style:paragraph-properties fo:margin-top="0pt" fo:margin-bottom="0pt" fo:hyphenation-ladder-count="no-limit"/>
<style:text-properties style:font-name="${o.font}" fo:font-size="${o.size}pt" fo:language="zxx" fo:country="none" fo:hyphenate="false"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${w}pt" fo:page-height="${h}pt"
 fo:margin-top="${o.margin}pt" fo:margin-bottom="${o.margin}pt" fo:margin-left="${o.margin}pt" fo:margin-right="${o.margin}pt"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${lines.map((l) => (l ? `<text:p text:style-name="Preformatted_20_Text">${odfLine(l)}</text:p>` : '<text:p text:style-name="Preformatted_20_Text"/>')).join('\n')}
</office:text></office:body></office:document>
`;
}

async function buildPlainText(layoutId, person, file) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsName', 'prose', 'swap', 'contactOneLine']);
  // Range separators as typed: "-" for an en dash, "--" for an em dash.
  const sep = { '–': '-', '—': '--' }[v.sep] ?? v.sep;
  v.list = v.list.map((x) => (x.startsWith('range-separator:') ? `range-separator:${sep}` : x));
  v.sep = sep;
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const o = {
    cols: rng.pick([72, 76, 80]),
    font: rng.pick(FONTS),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([50, 58, 72]),
    centred: rng.chance(0.3),
    contactSep: rng.pick([' | ', ' * ', ' / ']),
    contactLabels: rng.chance(0.4),
    headingStyle: rng.pick(['underline=', 'underline-', 'dashes']),
    datesRight: rng.chance(0.6),
    marker: rng.pick(['*', '-', 'o']),
    indent: rng.pick([0, 2]),
    eduStyle: rng.pick(['line-years-right', 'school-over-degree']),
    skillsFirst: rng.chance(0.3),
  };
  // The largest half-point size at which the longest line fits (a monospaced advance is 0.6 em).
  o.size = Math.min(10.5, Math.floor(((PAPER[o.paper][0] - 2 * o.margin) / (o.cols * 0.615)) * 2) / 2);
  v.rec(`columns:${o.cols}`);
  v.rec(`font:${o.font} ${o.size}pt`);
  v.rec(`paper:${o.paper}`);
  if (o.centred) v.rec('header:centred');
  if (v.contactOneLine) v.rec(`contact-separator:${o.contactSep.trim()}`);
  else if (o.contactLabels) v.rec('contact:labelled');
  v.rec(`headings:${o.headingStyle}`);
  v.rec(o.datesRight ? 'dates:right-margin' : 'dates:next-line');
  v.rec(`item-mark:${o.marker}${o.indent ? ' indented' : ''}`);
  v.rec(`education:${o.eduStyle}`);
  if (o.skillsFirst) v.rec('skills-before-experience');
  const m = docModel(person, v);
  const lines = textLines(m, person, v, o);
  const long = lines.find((l) => l.length > o.cols);
  if (long) throw new Error(`pdf-lo-plaintext/${person.id}: a line is longer than ${o.cols} columns: "${long}"`);
  await writeFile(file, fodt(lines, o, `${ascii(m.displayName)} - Resume`));
  // The truth as printed: the punctuation as typed ("Nebraska-Lincoln", not "Nebraska–Lincoln").
  const expected = JSON.parse(JSON.stringify(expectedFor(person, v)), (_, x) => (typeof x === 'string' ? ascii(x) : x));
  return { variations: v.list, expected, checks: { strings: dateChecks(m).map(([w, s]) => [w, ascii(s)]) } };
}

export async function renderPlainTextBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'plaintext', (person, file) => buildPlainText(layout.id, person, file), 'fodt');
}

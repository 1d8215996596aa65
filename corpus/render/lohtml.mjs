// docx-lo-html (frozen): a resume kept as an HTML page (as written by hand or saved from a web
// resume builder) opened by LibreOffice Writer and saved as DOCX: `soffice --convert-to
// docx:"MS Word 2007 XML"` from the .html files, all files of the layout in one call with a
// private profile (render/libreoffice.mjs). Writer's HTML import makes the Word document: h1-h3
// become Heading 1-3, <ul> lists Word numbering with bullets, tables Word tables, the CSS it
// reads direct formatting. The writer path was chosen by a rule fixed before looking at it (the
// first of the listed DOCX writer paths the corpus did not use); as frozen-layouts.md says, this
// file is not read while improving the parser.
import { writeFile } from 'node:fs/promises';
import { chooseVariations, dateChecks, docModel, escapeHtml as x, expectedFor, languagesLine, makeRng, schoolYears } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const FONTS = ['Liberation Sans', 'Liberation Serif', 'Carlito', 'DejaVu Sans'];
const COLOURS = ['#1f3864', '#2e5e4e', '#7b2d26', '#333333', '#3b3b8f'];
const LINK_NAMES = { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio', other: 'Website' };

function options(rng, person) {
  return {
    font: rng.pick(FONTS),
    size: rng.pick([10, 10.5, 11, 11]),
    colour: rng.pick(COLOURS),
    header: rng.pick(['centred', 'left', 'table']),
    contactSep: rng.pick([' | ', ' · ', ' • ']),
    links: rng.pick(['urls', 'names']),
    // Section headings: h2 elements (Writer's Heading 2), ruled or not, or bold paragraphs.
    heading: rng.pick(['h2', 'h2-ruled', 'bold']),
    // A job: a two-cell table row (title and company left, dates right), an h3 "Title, Company"
    // over an italic line with the dates and the city, or the title in bold over
    // "Company, City | dates" (the company first with `company-before-title`).
    job: rng.pick(['table', 'h3', 'lines']),
    jobSep: rng.pick([', ', ' — ', ' at ']),
    bullet: rng.pick(['disc', 'disc', 'square', 'circle']),
    education: rng.pick(['like-jobs', 'one-line']),
    eduDates: rng.pick(['full', 'years']),
    skills: rng.pick(['lines', 'table', 'list']),
    certs: rng.pick(['list', 'lines']),
    summary: person.summary ? rng.pick(['section', 'section', 'unheaded']) : 'none',
    paper: rng.pick(['A4', 'A4', 'Letter']),
    margin: rng.pick([1.5, 2, 2.5]),
  };
}

// Page widths in inches; Writer reads the page from the CSS @page rule.
const PAPERS = { A4: [8.27, 11.69], Letter: [8.5, 11] };
// Table widths are given in pixels (1/96 in), as wide as the text: Writer's HTML import sizes a
// table given in percent from the page only near the top of the document, and much too narrow
// further down.
const px = (inches) => Math.floor(inches * 96);

function html(m, o, v, person) {
  const size = `${o.size}pt`;
  const width = px(PAPERS[o.paper][0] - (2 * o.margin) / 2.54) - 2;
  const cols = (...parts) => parts.map((f) => Math.round(width * f));
  const [head1, head2] = cols(0.6, 0.4);
  const [job1, job2] = cols(0.72, 0.28);
  const [skill1, skill2] = cols(0.25, 0.75);
  const heading = (k) => {
    const text = x(m.heading(k));
    if (o.heading === 'bold') return `<p style="margin-top: 12pt; margin-bottom: 3pt"><b><font color="${o.colour}">${text}</font></b></p>\n`;
    const rule = o.heading === 'h2-ruled' ? ` border-bottom: 1px solid ${o.colour}; padding-bottom: 1pt;` : '';
    return `<h2 style="color: ${o.colour}; font-size: ${o.size + 3}pt; margin-top: 12pt; margin-bottom: 4pt;${rule}">${text}</h2>\n`;
  };
  const email = `<a href="mailto:${x(m.email)}">${x(m.email)}</a>`;
  const link = (l) => `<a href="${x(l.url)}">${x(o.links === 'urls' ? l.label : LINK_NAMES[l.kind] ?? 'Website')}</a>`;
  const contact = [email, x(m.phone), x(m.location), ...m.links.map(link)];
  const contactHtml = v.contactOneLine ? contact.join(x(o.contactSep)) : contact.join('<br>\n');
  const name = `<h1 style="font-size: ${o.size + 11}pt; margin-top: 0; margin-bottom: 2pt">${x(m.displayName)}</h1>\n`;
  const headline = `<p style="font-size: ${o.size + 2}pt; margin-top: 0; margin-bottom: 4pt"><font color="${o.colour}">${x(m.headline)}</font></p>\n`;
  let s = '';
  if (o.header === 'table') {
    s += `<table width="${width}" cellpadding="0" cellspacing="0" border="0"><tr>\n<td width="${head1}" valign="top">\n${name}${headline}</td>\n` +
      `<td width="${head2}" valign="top" align="right"><p align="right" style="margin-top: 0">${contact.join('<br>\n')}</p></td>\n</tr></table>\n`;
  } else {
    const align = o.header === 'centred' ? 'center' : 'left';
    s += name.replace('<h1 ', `<h1 align="${align}" `) + headline.replace('<p ', `<p align="${align}" `) +
      `<p align="${align}" style="margin-top: 0">${contactHtml}</p>\n`;
  }
  if (o.summary === 'unheaded') s += `<p>${x(m.summary)}</p>\n`;
  if (o.summary === 'section') s += `${heading('summary')}<p>${x(m.summary)}</p>\n`;

  const list = (items) => `<ul type="${o.bullet}" style="margin-top: 2pt; margin-bottom: 4pt">\n${items.map((i) => `<li>${x(i)}</li>`).join('\n')}\n</ul>\n`;
  // `swapped`: the company is `first` (its city goes with it on the two-line form).
  const entry = (first, second, place, dates, body, swapped = false) => {
    const firstSecond = `<b>${x(first)}</b>${x(o.jobSep)}${x(second)}`;
    let e;
    if (o.job === 'table') {
      e = `<table width="${width}" cellpadding="0" cellspacing="0" border="0" style="margin-top: 6pt"><tr>\n<td width="${job1}" valign="top">${firstSecond}${place ? `, <i>${x(place)}</i>` : ''}</td>\n` +
        `<td width="${job2}" valign="top" align="right"><p align="right">${x(dates)}</p></td>\n</tr></table>\n`;
    } else if (o.job === 'h3') {
      e = `<h3 style="font-size: ${o.size + 1}pt; margin-top: 8pt; margin-bottom: 0">${x(first)}${x(o.jobSep)}${x(second)}</h3>\n` +
        `<p style="margin-top: 0; margin-bottom: 2pt"><i>${x(dates)}${place ? ` · ${x(place)}` : ''}</i></p>\n`;
    } else {
      e = swapped
        ? `<p style="margin-top: 8pt; margin-bottom: 0"><b>${x(first)}</b>${place ? `, ${x(place)}` : ''}<br>\n${x(second)} | <i>${x(dates)}</i></p>\n`
        : `<p style="margin-top: 8pt; margin-bottom: 0"><b>${x(first)}</b><br>\n${x(second)}${place ? `, ${x(place)}` : ''} | <i>${x(dates)}</i></p>\n`;
    }
    return e + body;
  };
  const jobs = m.jobs.map((j) => {
    const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const body = j.prose != null ? `<p style="margin-top: 2pt">${x(j.prose)}</p>\n` : j.bullets.length ? list(j.bullets) : '';
    return entry(first, second, j.location, j.dates, body, !!v.swap);
  }).join('');
  s += heading('experience') + jobs;

  if (m.education.length) {
    s += heading('education');
    for (const [i, e] of m.education.entries()) {
      const dates = o.eduDates === 'years' ? schoolYears(person.education[i], v) : e.dates;
      if (o.education === 'one-line') {
        s += `<p style="margin-top: 4pt; margin-bottom: 0"><b>${x(e.degree)}</b>, ${x(e.school)}${e.location ? `, ${x(e.location)}` : ''}${dates ? ` (${x(dates)})` : ''}</p>\n`;
      } else {
        s += entry(e.degree, e.school, e.location, dates, '');
      }
    }
  }
  if (m.skills.length) {
    s += heading('skills');
    if (o.skills === 'table') {
      s += `<table width="${width}" cellpadding="2" cellspacing="0" border="0">\n${m.skills.map((g) =>
        `<tr><td width="${skill1}" valign="top"><b>${x(g.group)}</b></td><td width="${skill2}" valign="top">${g.items.map(x).join(', ')}</td></tr>`).join('\n')}\n</table>\n`;
    } else if (o.skills === 'list') {
      s += `<ul type="${o.bullet}">\n${m.skills.map((g) => `<li>${g.group ? `<b>${x(g.group)}:</b> ` : ''}${g.items.map(x).join(', ')}</li>`).join('\n')}\n</ul>\n`;
    } else {
      s += m.skills.map((g) => `<p style="margin-top: 0; margin-bottom: 2pt">${g.group ? `<b>${x(g.group)}:</b> ` : ''}${g.items.map(x).join(', ')}</p>\n`).join('');
    }
  }
  if (m.certifications.length) {
    s += heading('certifications');
    const lines = m.certifications.map((c) => `${x(c.name)}${c.issuer ? `, ${x(c.issuer)}` : ''}${c.date ? ` (${x(c.date)})` : ''}`);
    s += o.certs === 'list'
      ? `<ul type="${o.bullet}">\n${lines.map((l) => `<li>${l}</li>`).join('\n')}\n</ul>\n`
      : lines.map((l) => `<p style="margin-top: 0; margin-bottom: 2pt">${l}</p>\n`).join('');
  }
  if (m.languages.length) s += `${heading('languages')}<p>${languagesLine(m.languages, x)}</p>\n`;

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${x(m.displayName)} – Résumé</title>
<style>
@page { size: ${PAPERS[o.paper][0]}in ${PAPERS[o.paper][1]}in; margin: ${o.margin}cm; }
body { font-family: '${o.font}'; font-size: ${size}; }
p { margin-top: 0; margin-bottom: 4pt; }
h1, h2, h3 { font-family: '${o.font}'; }
</style>
</head>
<body>
${s}</body>
</html>
`;
}

async function buildHtml(layoutId, person, file) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'prose', 'swap', 'contactOneLine']);
  const o = options(makeRng(`${layoutId}/${person.id}/layout`), person);
  if (v.swap && o.jobSep === ' at ') o.jobSep = ' — ';
  v.rec(`font:${o.font} ${o.size}pt`);
  v.rec(`paper:${o.paper} margins ${o.margin}cm`);
  v.rec(`header:${o.header}`);
  // The header table stacks the contact in its right cell.
  if (o.header === 'table') v.list = v.list.filter((s) => !s.startsWith('contact:'));
  else if (v.contactOneLine) v.rec(`contact-separator:${o.contactSep.trim()}`);
  if (person.links.length) v.rec(`links:${o.links}`);
  v.rec(`headings:${o.heading}`);
  v.rec(`job-header:${o.job}${o.job === 'lines' ? '' : ` separator ${o.jobSep.trim()}`}`);
  v.rec(`bullet:${o.bullet}`);
  v.rec(`education:${o.education} ${o.eduDates}`);
  v.rec(`skills:${o.skills}`);
  if (person.certifications?.length) v.rec(`certificates:${o.certs}`);
  v.rec(`summary:${o.summary}`);
  const m = docModel(person, v);
  await writeFile(file, html(m, o, v, person));
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderLoHtmlBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'html', (person, file) => buildHtml(layout.id, person, file),
    'html', { convertTo: 'docx:MS Word 2007 XML', ext: 'docx', note: 'saved-by:libreoffice-writer from html' });
}

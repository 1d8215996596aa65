// pdf-react-pdf: a PDF written by the npm `@react-pdf/renderer` (as several open-source online
// resume builders make them), run from Node with `React.createElement` (no JSX build step); its
// own flexbox layout and its own PDF writer, no browser. TrueType fonts from Debian's
// /usr/share/fonts are registered as a family (seeded). The header is the name, headline and a
// contact row with separators (left or centred), or the name and headline left with the contact
// lines in a right-aligned block; section headings in spaced capitals over a rule, in the accent
// colour, or on a tinted band; each job "Title, Company" with the dates right on one row, or the
// title and dates over "Company · City" (the company first with `company-before-title`); bullets
// are rows of a "•" Text or a small dot View beside the item's Text, or the job is a paragraph;
// schools as "Degree, School" with the dates right, or the school over the degree; skills as
// "Group: a, b" lines or chips; a "Page N of M" or "N / M" footer on some documents.
import { createRequire } from 'node:module';
import React from 'react';
import ReactPDF, { Document, Font, Link, Page, Text, View } from '@react-pdf/renderer';
import { chooseVariations, dateChecks, docModel, expectedFor, languagesLine, makeRng } from './common.mjs';

const require = createRequire(import.meta.url);
const { hyphenateSync } = require('hyphen/en');
const h = React.createElement;

const FONT_DIR = '/usr/share/fonts/truetype';
const FAMILIES = {
  'DejaVu Sans': ['dejavu/DejaVuSans.ttf', 'dejavu/DejaVuSans-Bold.ttf', 'dejavu/DejaVuSans-Oblique.ttf', 'dejavu/DejaVuSans-BoldOblique.ttf'],
  'DejaVu Serif': ['dejavu/DejaVuSerif.ttf', 'dejavu/DejaVuSerif-Bold.ttf', 'dejavu/DejaVuSerif-Italic.ttf', 'dejavu/DejaVuSerif-BoldItalic.ttf'],
  'Liberation Sans': ['liberation2/LiberationSans-Regular.ttf', 'liberation2/LiberationSans-Bold.ttf', 'liberation2/LiberationSans-Italic.ttf', 'liberation2/LiberationSans-BoldItalic.ttf'],
  'Liberation Serif': ['liberation2/LiberationSerif-Regular.ttf', 'liberation2/LiberationSerif-Bold.ttf', 'liberation2/LiberationSerif-Italic.ttf', 'liberation2/LiberationSerif-BoldItalic.ttf'],
  'DejaVu Sans Condensed': ['dejavu/DejaVuSansCondensed.ttf', 'dejavu/DejaVuSansCondensed-Bold.ttf', 'dejavu/DejaVuSansCondensed-Oblique.ttf', 'dejavu/DejaVuSansCondensed-BoldOblique.ttf'],
};
// (Carlito is left out: react-pdf's subsets of it lose glyphs — a bold "A" does not print.)
let registered = false;
function registerFonts() {
  if (registered) return;
  registered = true;
  for (const [family, [regular, bold, italic, boldItalic]] of Object.entries(FAMILIES)) {
    Font.register({ family, fonts: [
      { src: `${FONT_DIR}/${regular}` },
      { src: `${FONT_DIR}/${bold}`, fontWeight: 'bold' },
      { src: `${FONT_DIR}/${italic}`, fontStyle: 'italic' },
      { src: `${FONT_DIR}/${boldItalic}`, fontWeight: 'bold', fontStyle: 'italic' },
    ] });
  }
}

const ACCENTS = ['#1f4e79', '#2f5d50', '#7a2e2e', '#333333', '#4a3b7a', '#0f6f8f'];
const TINTS = { '#1f4e79': '#dde8f3', '#2f5d50': '#dcebe5', '#7a2e2e': '#f3e0dd', '#333333': '#e6e6e6', '#4a3b7a': '#e6e1f2', '#0f6f8f': '#d9eef4' };

// The hyphenation callback is global to react-pdf: documents are rendered one at a time.
let queue = Promise.resolve();
function serially(fn) {
  const p = queue.then(fn, fn);
  queue = p.catch(() => {});
  return p;
}

function resumeDocument(m, v, s) {
  const { accent } = s;
  // (The line height is set on the content, not the page: a page-wide line height keeps the
  // footer's page numbers from printing.)
  const base = { fontFamily: s.font, fontSize: s.size, color: '#222222' };
  const small = { fontSize: s.size - 1, color: '#555555' };

  // Header.
  const nameEl = h(Text, { style: { fontSize: s.nameSize, fontWeight: 'bold', color: s.nameAccent ? accent : '#111111', lineHeight: 1.15 } },
    m.postNominals ? `${m.name},` : m.name,
    m.postNominals ? h(Text, { style: { fontSize: s.nameSize * 0.55, fontWeight: 'normal' } }, ` ${m.postNominals}`) : null);
  const headlineEl = h(Text, { style: { fontSize: s.size + 1.5, color: s.nameAccent ? '#444444' : accent, marginTop: 2 } }, m.headline);
  const contactItems = [m.email, m.phone, m.location];
  const linkEls = m.links.map((l) => h(Link, { key: l.url, src: l.url, style: { color: accent, textDecoration: 'none' } }, l.label));
  let header;
  if (s.header === 'contact-right') {
    header = h(View, { style: { flexDirection: 'row', justifyContent: 'space-between', alignItems: 'flex-start', marginBottom: 10 } },
      h(View, { style: { flexGrow: 1, flexShrink: 1, paddingRight: 12 } }, nameEl, headlineEl),
      h(View, { style: { alignItems: 'flex-end', flexShrink: 0, maxWidth: '45%' } },
        ...contactItems.map((c, i) => h(Text, { key: `c${i}`, style: { ...small, textAlign: 'right' } }, c)),
        ...linkEls.map((l, i) => h(Text, { key: `l${i}`, style: { ...small, textAlign: 'right' } }, l))));
  } else {
    // The contact row: each item a Text of its own in a wrapping flex row, the separators between.
    const parts = [];
    const all = [...contactItems.map((c) => h(Text, null, c)), ...linkEls.map((l) => h(Text, null, l))];
    all.forEach((c, i) => { if (i) parts.push(h(Text, { key: `s${i}`, style: { color: '#999999' } }, s.contactSep.replace(/ /g, '\u00a0'))); parts.push(React.cloneElement(c, { key: `c${i}` })); });
    header = h(View, { style: { marginBottom: 10, alignItems: s.header === 'centred' ? 'center' : 'flex-start' } },
      nameEl, headlineEl,
      h(View, { style: { ...small, marginTop: 4, flexDirection: 'row', flexWrap: 'wrap', justifyContent: s.header === 'centred' ? 'center' : 'flex-start' } }, ...parts));
  }

  const heading = (text) => {
    if (s.headings === 'band') {
      return h(View, { style: { backgroundColor: TINTS[accent], paddingVertical: 2, paddingHorizontal: 5, marginTop: 10, marginBottom: 5 }, minPresenceAhead: 40 },
        h(Text, { style: { fontWeight: 'bold', fontSize: s.size + 1.5, color: accent } }, text));
    }
    if (s.headings === 'accent') {
      return h(Text, { style: { fontWeight: 'bold', fontSize: s.size + 3, color: accent, marginTop: 10, marginBottom: 4 }, minPresenceAhead: 40 }, text);
    }
    return h(View, { style: { borderBottomWidth: 0.8, borderBottomColor: accent, marginTop: 10, marginBottom: 5, paddingBottom: 1 }, minPresenceAhead: 40 },
      h(Text, { style: { fontWeight: 'bold', fontSize: s.size + 0.5, letterSpacing: 0.8, color: accent } }, text.toUpperCase()));
  };

  const bullet = (text, key) => h(View, { key, style: { flexDirection: 'row', marginBottom: 1.5, paddingLeft: 4 }, wrap: false },
    s.bullet === 'dot-view'
      ? h(View, { style: { width: 3, height: 3, borderRadius: 1.5, backgroundColor: '#333333', marginTop: s.size * 0.55, marginRight: 6 } })
      : h(Text, { style: { width: 10 } }, '•'),
    h(Text, { style: { flex: 1 } }, text));

  const datedRow = (left, right, key) => h(View, { key, style: { flexDirection: 'row', justifyContent: 'space-between' } },
    h(Text, { style: { flex: 1, paddingRight: 8 } }, ...left),
    h(Text, { style: { ...small, flexShrink: 0, textAlign: 'right' } }, right));

  const sections = [];
  if (m.summary) sections.push(h(View, { key: 'summary' }, heading(m.heading('summary')), h(Text, null, m.summary)));

  const jobs = m.jobs.map((j, i) => {
    const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const rows = [];
    if (s.job === 'one-row') {
      // (Every run after the first starts with a space: react-pdf marks a line break between two
      // runs that no space separates with a hyphen.)
      const comma = s.jobSep.startsWith(',');
      rows.push(datedRow([h(Text, { style: { fontWeight: 'bold' } }, comma ? `${first},` : first),
        `${comma ? ' ' : s.jobSep}${second}${j.location ? ',' : ''}`,
        j.location ? h(Text, { style: { color: '#555555' } }, ` ${j.location}`) : null], j.dates, 'r'));
    } else {
      rows.push(datedRow([h(Text, { style: { fontWeight: 'bold' } }, first)], j.dates, 'r1'));
      rows.push(h(Text, { key: 'r2', style: { fontStyle: 'italic', color: '#444444' } }, second, j.location ? ` · ${j.location}` : ''));
    }
    const body = j.prose != null ? [h(Text, { key: 'p', style: { marginTop: 2 } }, j.prose)]
      : j.bullets.map((b, k) => bullet(b, `b${k}`));
    return h(View, { key: `job${i}`, style: { marginBottom: 7 } },
      h(View, { wrap: false, minPresenceAhead: 30 }, ...rows), h(View, { style: { marginTop: 2 } }, ...body));
  });
  sections.push(h(View, { key: 'experience' }, heading(m.heading('experience')), ...jobs));

  if (m.education.length) {
    const schools = m.education.map((e, i) => {
      if (s.education === 'school-first') {
        return h(View, { key: `ed${i}`, style: { marginBottom: 4 }, wrap: false },
          datedRow([h(Text, { style: { fontWeight: 'bold' } }, e.location ? `${e.school},` : e.school), e.location ? ` ${e.location}` : ''], e.dates, 'r'),
          h(Text, { style: { fontStyle: 'italic' } }, e.degree));
      }
      return h(View, { key: `ed${i}`, style: { marginBottom: 3 }, wrap: false },
        datedRow([h(Text, { style: { fontWeight: 'bold' } }, `${e.degree},`), ` ${e.school}${e.location ? `, ${e.location}` : ''}`], e.dates, 'r'));
    });
    sections.push(h(View, { key: 'education' }, heading(m.heading('education')), ...schools));
  }

  if (m.skills.length) {
    const groups = m.skills.map((g, i) => {
      if (s.skills === 'chips') {
        return h(View, { key: `sk${i}`, style: { marginBottom: 4 } },
          g.group ? h(Text, { style: { fontWeight: 'bold', marginBottom: 2 } }, g.group) : null,
          h(View, { style: { flexDirection: 'row', flexWrap: 'wrap' } },
            ...g.items.map((it, k) => h(View, { key: `i${k}`, style: { borderWidth: 0.6, borderColor: accent, borderRadius: 3,
              paddingHorizontal: 4, paddingTop: 1.5, paddingBottom: 0.5, marginRight: 4, marginBottom: 3 } },
            h(Text, { style: { fontSize: s.size - 1, lineHeight: 1.2 } }, it)))));
      }
      return h(Text, { key: `sk${i}`, style: { marginBottom: 2 } },
        g.group ? h(Text, { style: { fontWeight: 'bold' } }, `${g.group}: `) : null, g.items.join(', '));
    });
    sections.push(h(View, { key: 'skills' }, heading(m.heading('skills')), ...groups));
  }
  if (m.certifications.length) {
    sections.push(h(View, { key: 'certs' }, heading(m.heading('certifications')),
      ...m.certifications.map((c, i) => datedRow([`${c.name}${c.issuer ? `, ${c.issuer}` : ''}`], c.date, `c${i}`))));
  }
  if (m.languages.length) {
    sections.push(h(View, { key: 'langs' }, heading(m.heading('languages')),
      h(Text, null, languagesLine(m.languages))));
  }

  const footer = s.footer ? h(Text, { fixed: true, style: { position: 'absolute', bottom: 20, left: s.margin, right: s.margin,
    textAlign: s.footerAlign, fontSize: 8, color: '#777777' },
  render: ({ pageNumber, totalPages }) => (s.footer === 'Page 1 of 2' ? `Page ${pageNumber} of ${totalPages}` : `${pageNumber} / ${totalPages}`) }) : null;

  return h(Document, { title: `${m.displayName} – Résumé`, author: m.displayName, creator: 'resume builder', producer: 'react-pdf' },
    h(Page, { size: s.paper, style: { ...base, paddingTop: s.margin, paddingBottom: s.margin + (s.footer ? 10 : 0), paddingHorizontal: s.margin } },
      h(View, { style: { fontSize: s.size, lineHeight: 1.35 } }, header, ...sections), footer));
}

export async function renderReactPdf(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsName', 'prose', 'swap', 'hyphenate']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const s = {
    font: rng.pick(Object.keys(FAMILIES)),
    size: rng.pick([9, 9.5, 10, 10.5]),
    nameSize: rng.pick([20, 22, 24, 26]),
    accent: rng.pick(ACCENTS),
    nameAccent: rng.chance(0.4),
    header: rng.pick(['row-left', 'row-centred', 'contact-right']),
    contactSep: rng.pick(['  |  ', '  ·  ', '  •  ', ' / ']),
    headings: rng.pick(['caps-rule', 'accent', 'band']),
    job: rng.chance(0.5) ? 'one-row' : 'two-rows',
    jobSep: rng.pick([', ', ' — ', ' at ', ' | ']),
    bullet: rng.chance(0.5) ? 'bullet-text' : 'dot-view',
    education: rng.chance(0.5) ? 'degree-first' : 'school-first',
    skills: rng.chance(0.5) ? 'chips' : 'comma-lines',
    footer: rng.chance(0.5) ? rng.pick(['Page 1 of 2', '1 / 2']) : null,
    footerAlign: rng.pick(['center', 'right']),
    paper: rng.chance(0.5) ? 'A4' : 'LETTER',
    margin: rng.pick([32, 36, 42, 48]),
  };
  if (s.header === 'row-centred') s.header = 'centred';
  if (v.swap && s.jobSep === ' at ') s.jobSep = ' — ';
  v.rec(`font:${s.font} ${s.size}pt`);
  v.rec(`paper:${s.paper}`);
  v.rec(`accent:${s.accent}${s.nameAccent ? ' (name)' : ''}`);
  v.rec(`header:${s.header}`);
  if (s.header !== 'contact-right') v.rec(`contact-separator:${s.contactSep.trim()}`);
  v.rec(`headings:${s.headings}`);
  v.rec(s.job === 'one-row' ? `job-header:one-row separator ${s.jobSep.trim()}` : 'job-header:two-rows');
  v.rec(`bullet:${s.bullet}`);
  v.rec(`education:${s.education}`);
  v.rec(`skills:${s.skills}`);
  if (s.footer) v.rec(`footer:${s.footer} ${s.footerAlign}`);
  const m = docModel(person, v);
  registerFonts();
  await serially(async () => {
    // Hyphenation: the TeX patterns (npm hyphen) on some documents, no breaks inside words on the others.
    Font.registerHyphenationCallback(v.hyphenate
      ? (word) => hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: 7 }).split('\u00ad')
      : (word) => [word]);
    await ReactPDF.renderToFile(resumeDocument(m, v, s), outFile);
  });
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// pdf-pdfkit-design: a PDF in the manner of what online design tools export, written directly
// with the npm `pdfkit` package (TrueType files of Debian's fonts embedded). In such files every
// text line is a box placed at its own x/y and the content stream follows the order in which the
// design's elements were added, not the reading order; so here every line is wrapped and placed
// by the renderer, and the page is drawn in passes: the backgrounds first, then (in a seeded
// order) the main column's text, the section headings after their bodies, the sidebar, the name
// block, the drawn marks (bullet dots, rules, icons) and the dates last or early; on some
// documents the entries of the main column are drawn last one first.
//
// The design: a coloured full-height sidebar rectangle on the left or the right (dark with white
// text or a light tint) with the contact (e-mail, phone, city, links; small drawn vector icons, or
// the words "Email"/"Phone" before or over the value), the skills (rounded-rectangle chips, one
// skill each, several to a row, or a plain list, under the group's name), the languages (with
// the fluency in words or as five dots), the certificates and on some documents the education or
// an "About Me" summary. The main column: the name large (all capitals letter-spaced with
// `characterSpacing` on some, on two lines on some), the post-nominals smaller after it, the
// headline under it; the summary; each job the title in bold (the company first with
// `company-before-title`), the company and city on the next line or after the title, the dates
// right-aligned on the title's line or on a small line of their own (above or below); bullets as
// small filled circles (no bullet character in the text) with the text wrapped beside them, or a
// paragraph for a prose job; the schools the same way. Headings over a thin rule (full width or
// a short accent bar). A job never starts at the foot of a page; the main column runs on to page
// 2 in the same column (with or without the sidebar's rectangle) or at full width, and a sidebar
// too long for page 1 runs on into page 2's sidebar. "Page N of M", "N/M" or the name in a footer
// on some documents.
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng, schoolYears, splitFamilyName } from './common.mjs';

const require = createRequire(import.meta.url);

const DEJAVU = '/usr/share/fonts/truetype/dejavu/';
const LIBERATION = '/usr/share/fonts/truetype/liberation2/';
const CROSEXTRA = '/usr/share/fonts/truetype/crosextra/';
// Body families: regular, bold, italic.
const FONTS = {
  'Liberation Sans': [`${LIBERATION}LiberationSans-Regular.ttf`, `${LIBERATION}LiberationSans-Bold.ttf`, `${LIBERATION}LiberationSans-Italic.ttf`],
  Carlito: [`${CROSEXTRA}Carlito-Regular.ttf`, `${CROSEXTRA}Carlito-Bold.ttf`, `${CROSEXTRA}Carlito-Italic.ttf`],
  'DejaVu Sans': [`${DEJAVU}DejaVuSans.ttf`, `${DEJAVU}DejaVuSans-Bold.ttf`, `${DEJAVU}DejaVuSans-Oblique.ttf`],
  'Liberation Serif': [`${LIBERATION}LiberationSerif-Regular.ttf`, `${LIBERATION}LiberationSerif-Bold.ttf`, `${LIBERATION}LiberationSerif-Italic.ttf`],
  'DejaVu Serif': [`${DEJAVU}DejaVuSerif.ttf`, `${DEJAVU}DejaVuSerif-Bold.ttf`, `${DEJAVU}DejaVuSerif-Italic.ttf`],
};
// Display families for the name and headings (bold face).
const DISPLAY = {
  'Liberation Sans': `${LIBERATION}LiberationSans-Bold.ttf`,
  'Liberation Serif': `${LIBERATION}LiberationSerif-Bold.ttf`,
  'DejaVu Sans': `${DEJAVU}DejaVuSans-Bold.ttf`,
  'DejaVu Serif': `${DEJAVU}DejaVuSerif-Bold.ttf`,
  Carlito: `${CROSEXTRA}Carlito-Bold.ttf`,
  'DejaVu Sans Condensed': `${DEJAVU}DejaVuSansCondensed-Bold.ttf`,
};
const ACCENTS = ['#1f3a5f', '#2e4a3f', '#6b2737', '#3b3b58', '#7a4e2d', '#0f5257', '#34495e', '#5a3e6b'];
const PAPER = { A4: [595.28, 841.89], LETTER: [612, 792] };
const CONTACT_TITLES = ['Contact', 'Contact', 'Contact Info', 'Get in Touch'];
const FLUENCY_DOTS = { native: 5, bilingual: 5, fluent: 5, c2: 5, c1: 4, professional: 4, advanced: 4, b2: 3,
  'upper-intermediate': 3, intermediate: 3, conversational: 3, b1: 3, working: 3, a2: 2, basic: 2, elementary: 2, a1: 1, beginner: 1 };

// Colour helpers.
const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const hexOf = (c) => `#${c.map((x) => Math.max(0, Math.min(255, Math.round(x))).toString(16).padStart(2, '0')).join('')}`;
const mix = (hex, other, share) => { const a = rgb(hex); const b = rgb(other); return hexOf(a.map((x, i) => x + (b[i] - x) * share)); };

function fluencyDots(fluency) {
  const f = String(fluency ?? '').toLowerCase();
  for (const [k, n] of Object.entries(FLUENCY_DOTS)) if (f.includes(k)) return n;
  return 3;
}

// ---------------------------------------------------------------------------------------------
// Measuring and wrapping with pdfkit's metrics (the document is only measured here; what is drawn
// is recorded as operations and emitted later, in the design's order).
class Measure {
  constructor(doc) { this.doc = doc; }
  width(s, st) { return this.doc.font(st.font).fontSize(st.size).widthOfString(s, { characterSpacing: st.cs ?? 0 }); }
  ascent(st) { this.doc.font(st.font).fontSize(st.size); return (this.doc._font.ascender / 1000) * st.size; }
  // Lines of `text` no wider than `width`: broken at spaces; a word too long for a line is broken
  // after a "/", ".", "@" or "-" where possible, else anywhere.
  wrap(text, st, width) {
    const words = String(text).split(/\s+/).filter(Boolean);
    const lines = [];
    let cur = '';
    const pushWord = (w) => {
      const cand = cur ? `${cur} ${w}` : w;
      if (this.width(cand, st) <= width) { cur = cand; return; }
      if (cur) { lines.push(cur); cur = ''; }
      if (this.width(w, st) <= width) { cur = w; return; }
      // Break a long word.
      let rest = w;
      while (this.width(rest, st) > width) {
        let cut = 0;
        for (let i = 1; i < rest.length; i++) {
          if (this.width(rest.slice(0, i), st) > width) break;
          if (/[/.@\-_]/.test(rest[i - 1]) || cut === 0) cut = i;
          if (/[/.@\-_]/.test(rest[i - 1])) cut = i;
        }
        // No separator: as many characters as fit.
        if (!/[/.@\-_]/.test(rest[cut - 1] ?? '')) {
          cut = 1;
          while (cut < rest.length && this.width(rest.slice(0, cut + 1), st) <= width) cut++;
        }
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      cur = rest;
    };
    for (const w of words) pushWord(w);
    if (cur) lines.push(cur);
    return lines.length ? lines : [''];
  }
}

// A column that content flows down, page after page. `geom(page)` gives {x, width, top, bottom}.
class Flow {
  constructor(geom, page = 0) {
    this.geom = geom;
    this.page = page;
    this.y = geom(page).top;
  }
  get x() { return this.geom(this.page).x; }
  get width() { return this.geom(this.page).width; }
  get bottom() { return this.geom(this.page).bottom; }
  // Room for `h` points, on a new page if this one has not enough.
  need(h) {
    if (this.y + h > this.bottom && this.y > this.geom(this.page).top + 1) {
      this.page++;
      this.y = this.geom(this.page).top;
      return true;
    }
    return false;
  }
}

function options(rng, person) {
  const paper = rng.chance(0.5) ? 'A4' : 'LETTER';
  const font = rng.pick(Object.keys(FONTS));
  return {
    paper,
    font,
    display: rng.pick([font, font, ...Object.keys(DISPLAY)].filter((f) => DISPLAY[f])),
    size: rng.pick([9, 9.5, 9.5, 10]),
    accent: rng.pick(ACCENTS),
    sideLeft: rng.chance(0.55),
    sideShare: rng.pick([0.3, 0.32, 0.34, 0.36]),
    sideDark: rng.chance(0.55),
    contactTitle: rng.pick(CONTACT_TITLES),
    contactLabels: rng.pick(['inline', 'stacked']),
    chips: rng.chance(0.55),
    chipOutline: rng.chance(0.3),
    skillMarks: rng.chance(0.4),
    langDots: rng.chance(0.3),
    eduInSidebar: rng.chance(0.3),
    certsInMain: rng.chance(0.35),
    summaryPlace: !person.summary ? 'none' : rng.pick(['section', 'section', 'section', 'unheaded', 'sidebar']),
    nameSize: rng.pick([26, 28, 30, 32]),
    nameSpacing: rng.pick([1, 1.5, 2, 2.5]),
    nameTwoLines: rng.chance(0.2),
    postNominalsLine: rng.chance(0.3),
    headlineCaps: rng.chance(0.4),
    headingRule: rng.pick(['full', 'full', 'bar']),
    headingSpacing: rng.chance(0.5),
    jobSecond: rng.pick(['next-line', 'next-line', 'same-line']),
    jobJoin: rng.pick([' | ', ' at ', ', ', ' · ']),
    cityJoin: rng.pick([' | ', ', ', ' · ', ' — ']),
    dates: rng.pick(['right', 'right', 'below', 'above']),
    datesCaps: rng.chance(0.25),
    eduDates: rng.pick(['years', 'years', 'full']),
    schoolFirst: rng.chance(0.3),
    page2: rng.pick(['same-rect', 'same-empty', 'full']),
    stream: rng.int(4),
    reverseEntries: rng.chance(0.35),
    footerAlign: rng.pick(['centre', 'right']),
  };
}

// Passes in which the groups of drawn things are written to the content stream. The backgrounds
// (sidebar rectangles, chip fills) always come first: they lie under text.
const STREAM_ORDERS = [
  ['back', 'marks', 'main', 'heads', 'side', 'header', 'dates', 'footer'],
  ['back', 'side', 'marks', 'main', 'heads', 'dates', 'header', 'footer'],
  ['back', 'header', 'main', 'marks', 'side', 'heads', 'dates', 'footer'],
  ['back', 'footer', 'marks', 'side', 'main', 'header', 'heads', 'dates'],
];

// ---------------------------------------------------------------------------------------------
export async function renderPdfkitDesign(ctx, layout, person, outFile) {
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'footer', 'prose', 'swap']);
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person);
  const m = docModel(person, v);
  const PDFDocument = require('pdfkit');

  const [W, H] = PAPER[o.paper];
  const doc = new PDFDocument({
    size: o.paper, margin: 0, bufferPages: true, autoFirstPage: true,
    info: { Title: `${person.name} Resume`, Author: person.name, Creator: 'design editor export' },
  });
  const [fr, fb, fi] = FONTS[o.font];
  doc.registerFont('body', fr);
  doc.registerFont('bold', fb);
  doc.registerFont('italic', fi);
  doc.registerFont('display', DISPLAY[o.display]);
  const M = new Measure(doc);

  // Geometry.
  const sideW = Math.round(W * o.sideShare);
  const sidePad = 18;
  const gap = 24;
  const outer = 34;
  const top = 40;
  const bottom = H - (v.footer ? 48 : 38);
  const sideX = o.sideLeft ? 0 : W - sideW;
  const mainX = o.sideLeft ? sideW + gap : outer;
  const mainW = W - sideW - gap - outer;

  // Colours and styles.
  const ink = '#222222';
  const grey = '#5f5f5f';
  const sideFill = o.sideDark ? o.accent : mix(o.accent, '#ffffff', 0.86);
  const sideInk = o.sideDark ? '#ffffff' : ink;
  const sideSoft = o.sideDark ? mix(o.accent, '#ffffff', 0.78) : grey;
  const sideHead = o.sideDark ? '#ffffff' : o.accent;
  const chipFill = o.sideDark ? mix(o.accent, '#ffffff', 0.2) : '#ffffff';
  const chipLine = o.sideDark ? mix(o.accent, '#ffffff', 0.6) : mix(o.accent, '#ffffff', 0.35);
  const S = o.size;
  // Capital headings letter-spaced on some documents (0.08 em: wider, and pdftotext splits the words).
  const spaced = o.headingSpacing && v.capsHeadings;
  const st = {
    body: { font: 'body', size: S, color: ink },
    bold: { font: 'bold', size: S + 1, color: ink },
    italic: { font: 'italic', size: S, color: '#333333' },
    small: { font: 'body', size: S - 1, color: grey },
    dates: { font: o.datesCaps ? 'bold' : 'italic', size: S - 1, color: grey },
    heading: { font: 'display', size: S + 3, color: o.accent, cs: spaced ? 0.08 * (S + 3) : 0 },
    sideBody: { font: 'body', size: S - 0.5, color: sideInk },
    sideBold: { font: 'bold', size: S - 0.5, color: sideInk },
    sideSmall: { font: 'body', size: S - 1.5, color: sideSoft },
    sideHeading: { font: 'display', size: S + 1.5, color: sideHead, cs: spaced ? 0.08 * (S + 1.5) : 0 },
    chip: { font: 'body', size: S - 1.5, color: sideInk },
  };
  const lh = (s) => s.size * 1.3;

  // What is drawn, recorded first, written in passes at the end.
  const ops = [];
  let blk = 0;
  const op = (page, group, draw) => ops.push({ page, group, blk, draw });
  const text = (page, group, s, x, y, style) => op(page, group, (d) => {
    d.font(style.font).fontSize(style.size).fillColor(style.color)
      .text(s, x, y, { lineBreak: false, characterSpacing: style.cs ?? 0 });
  });
  const rule = (page, group, x1, x2, y, colour, width = 0.7) => op(page, group, (d) => {
    d.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(colour).stroke().restore();
  });
  const dot = (page, group, x, y, r, colour) => op(page, group, (d) => d.save().circle(x, y, r).fill(colour).restore());

  // Text wrapped into a flow, line by line (a paragraph may run on to the next page).
  const paragraph = (flow, s, style, group, { indent = 0, gapAfter = 3 } = {}) => {
    const lines = M.wrap(s, style, flow.width - indent);
    for (const line of lines) {
      flow.need(lh(style));
      text(flow.page, group, line, flow.x + indent, flow.y, style);
      flow.y += lh(style);
    }
    flow.y += gapAfter;
  };

  // Section heading: measured and placed now, drawn in the "heads" pass.
  const headingCaps = (s) => (v.capsHeadings ? s.toUpperCase() : s);
  const heading = (flow, label, style, colour, ruleColour, { space = 12, keep = 40 } = {}) => {
    flow.y += space;
    // A heading too wide for a narrow sidebar wraps like any text box.
    const lines = M.wrap(label, style, flow.width);
    const h = lines.length * lh(style) + 6;
    flow.need(h + keep);
    const page = flow.page;
    const y = flow.y;
    lines.forEach((l, i) => text(page, 'heads', l, flow.x, y + i * lh(style), style));
    const ry = y + (lines.length - 1) * lh(style) + style.size * 1.22 + 2;
    const rx2 = o.headingRule === 'full' ? flow.x + flow.width : flow.x + 32;
    rule(page, 'marks', flow.x, rx2, ry, ruleColour, o.headingRule === 'full' ? 0.6 : 2);
    flow.y = ry + 7;
  };

  // ---------------------------------------------------------------------- sidebar (page 1 on)
  const sideGeom = (page) => ({ x: sideX + sidePad, width: sideW - 2 * sidePad, top: page === 0 ? top + 6 : top, bottom: H - 36 });
  const side = new Flow(sideGeom);
  const sideHeading = (label, opts) => heading(side, headingCaps(label), st.sideHeading, sideHead, o.sideDark ? mix(o.accent, '#ffffff', 0.55) : o.accent, { space: 14, keep: 24, ...opts });
  let firstSide = true;
  const sideSection = (label) => { sideHeading(label, firstSide ? { space: 0 } : {}); firstSide = false; };
  if (o.summaryPlace === 'sidebar') {
    blk++;
    sideSection(v.capsHeadings ? 'ABOUT ME' : 'About Me');
    paragraph(side, m.summary, st.sideBody, 'side');
  }
  // Contact.
  blk++;
  sideSection(v.capsHeadings ? o.contactTitle.toUpperCase() : o.contactTitle);
  const contact = [
    { kind: 'email', label: 'Email', value: m.email },
    { kind: 'phone', label: 'Phone', value: m.phone },
    { kind: 'location', label: 'Address', value: m.location },
    ...m.links.map((l) => ({ kind: 'link', label: { linkedin: 'LinkedIn', github: 'GitHub', portfolio: 'Portfolio' }[l.kind] ?? 'Website', value: l.label })),
  ].filter((c) => c.value);
  for (const c of contact) {
    // A value without spaces (e-mail, link) too wide for the sidebar is set up to 1.5 pt smaller
    // before it wraps, as a designer would.
    const cst = { ...st.sideBody };
    const room = side.width - (v.icons ? 14 : 0);
    while (!/\s/.test(c.value) && M.width(c.value, cst) > room && cst.size > st.sideBody.size - 1.5) cst.size -= 0.5;
    if (v.icons) {
      const iconW = 14;
      const lines = M.wrap(c.value, cst, side.width - iconW);
      side.need(lines.length * lh(st.sideBody));
      drawIcon(op, side.page, c.kind, side.x + 4.5, side.y + st.sideBody.size * 0.55, sideInk, sideFill);
      for (const line of lines) { text(side.page, 'side', line, side.x + iconW, side.y, cst); side.y += lh(st.sideBody); }
      side.y += 3;
    } else if (o.contactLabels === 'inline' && M.width(`${c.label}: ${c.value}`, st.sideBody) <= side.width) {
      side.need(lh(st.sideBody));
      const lw = M.width(`${c.label}: `, st.sideBold);
      text(side.page, 'side', `${c.label}:`, side.x, side.y, st.sideBold);
      text(side.page, 'side', c.value, side.x + lw, side.y, st.sideBody);
      side.y += lh(st.sideBody) + 2;
    } else {
      const lines = M.wrap(c.value, cst, side.width);
      side.need(lh(st.sideSmall) + lines.length * lh(st.sideBody));
      text(side.page, 'side', v.capsHeadings ? c.label.toUpperCase() : c.label, side.x, side.y, { ...st.sideSmall, font: 'bold' });
      side.y += lh(st.sideSmall);
      for (const line of lines) { text(side.page, 'side', line, side.x, side.y, cst); side.y += lh(st.sideBody); }
      side.y += 4;
    }
  }
  // Skills.
  if (m.skills.length) {
    blk++;
    sideSection(m.heading('skills'));
    for (const g of m.skills) {
      if (g.group) {
        side.need(lh(st.sideBold) + 16);
        text(side.page, 'side', g.group, side.x, side.y, st.sideBold);
        side.y += lh(st.sideBold) + 1;
      }
      if (o.chips) {
        const padX = 5;
        const chipH = st.chip.size + 6;
        let x = side.x;
        side.need(chipH);
        for (const item of g.items) {
          // An item wider than the sidebar wraps inside a taller chip.
          const lines = M.wrap(item, st.chip, side.width - 2 * padX);
          const w = Math.max(...lines.map((l) => M.width(l, st.chip))) + 2 * padX;
          const h = chipH + (lines.length - 1) * st.chip.size * 1.2;
          if (x > side.x && x + w > side.x + side.width) { x = side.x; side.y += chipH + 4; }
          if (side.need(h)) x = side.x;
          const [cx, cy, page] = [x, side.y, side.page];
          op(page, 'back', (d) => {
            d.save().roundedRect(cx, cy, w, h, Math.min(h / 2, 8));
            if (o.chipOutline) d.lineWidth(0.7).strokeColor(chipLine).stroke();
            else d.fill(chipFill);
            d.restore();
          });
          lines.forEach((l, i) => text(page, 'side', l, cx + padX, cy + 3 + i * st.chip.size * 1.2, st.chip));
          x += w + 4;
          if (lines.length > 1) { x = side.x; side.y += h + 4; }
        }
        if (x > side.x) side.y += chipH + 4;
        side.y += 3;
      } else {
        for (const item of g.items) {
          const indent = o.skillMarks ? 9 : 0;
          const lines = M.wrap(item, st.sideBody, side.width - indent);
          side.need(lines.length * lh(st.sideBody));
          if (o.skillMarks) dot(side.page, 'marks', side.x + 2, side.y + st.sideBody.size * 0.55, 1.6, sideInk);
          for (const line of lines) { text(side.page, 'side', line, side.x + indent, side.y, st.sideBody); side.y += lh(st.sideBody); }
          side.y += 1;
        }
        side.y += 3;
      }
    }
  }
  // Education in the sidebar on some documents.
  const eduYears = (ed, i) => (o.eduDates === 'full' ? m.education[i].dates : schoolYears(ed, v));
  if (o.eduInSidebar && m.education.length) {
    blk++;
    sideSection(m.heading('education'));
    person.education.forEach((ed, i) => {
      const [a, b] = o.schoolFirst ? [ed.school, ed.degree] : [ed.degree, ed.school];
      const la = M.wrap(a, st.sideBold, side.width);
      const lb = M.wrap(b, st.sideBody, side.width);
      side.need((la.length + lb.length + 1) * lh(st.sideBody));
      for (const l of la) { text(side.page, 'side', l, side.x, side.y, st.sideBold); side.y += lh(st.sideBold); }
      for (const l of lb) { text(side.page, 'side', l, side.x, side.y, st.sideBody); side.y += lh(st.sideBody); }
      const years = eduYears(ed, i);
      if (years) { text(side.page, 'dates', years, side.x, side.y, st.sideSmall); side.y += lh(st.sideSmall); }
      side.y += 5;
    });
  }
  // Languages.
  if (m.languages.length) {
    blk++;
    sideSection(m.heading('languages'));
    for (const l of m.languages) {
      side.need(lh(st.sideBody) * 2);
      if (o.langDots) {
        text(side.page, 'side', l.language, side.x, side.y, st.sideBody);
        const n = fluencyDots(l.fluency);
        for (let k = 0; k < 5; k++) {
          const cx = side.x + side.width - 4 - (4 - k) * 9;
          const cy = side.y + st.sideBody.size * 0.55;
          const [page, filled] = [side.page, k < n];
          op(page, 'marks', (d) => {
            d.save().circle(cx, cy, 3);
            if (filled) d.fill(sideInk); else d.lineWidth(0.6).strokeColor(sideInk).stroke();
            d.restore();
          });
        }
        side.y += lh(st.sideBody) + 2;
      } else {
        text(side.page, 'side', l.language, side.x, side.y, st.sideBold);
        side.y += lh(st.sideBold);
        if (l.fluency) { text(side.page, 'side', l.fluency, side.x, side.y, st.sideSmall); side.y += lh(st.sideSmall); }
        side.y += 3;
      }
    }
  }
  // Certificates (in the sidebar unless the main column takes them).
  if (m.certifications.length && !o.certsInMain) {
    blk++;
    sideSection(m.heading('certifications'));
    for (const c of m.certifications) {
      const ln = M.wrap(c.name, st.sideBold, side.width);
      const sub = [c.issuer, c.date].filter(Boolean).join(', ');
      const ls = sub ? M.wrap(sub, st.sideSmall, side.width) : [];
      side.need(ln.length * lh(st.sideBold) + ls.length * lh(st.sideSmall));
      for (const l of ln) { text(side.page, 'side', l, side.x, side.y, st.sideBold); side.y += lh(st.sideBold); }
      for (const l of ls) { text(side.page, 'side', l, side.x, side.y, st.sideSmall); side.y += lh(st.sideSmall); }
      side.y += 5;
    }
  }
  const sidePages = side.page + 1;

  // ---------------------------------------------------------------------- main column
  const fullOn2 = o.page2 === 'full' && sidePages === 1;
  const mainGeom = (page) => (page > 0 && fullOn2
    ? { x: outer, width: W - 2 * outer, top, bottom }
    : { x: mainX, width: mainW, top, bottom });
  const main = new Flow(mainGeom);

  // The name block.
  blk++;
  const nameText = v.capsName ? person.name.toUpperCase() : person.name;
  const nameStyle = { font: 'display', size: o.nameSize, color: o.sideDark ? o.accent : ink, cs: v.capsName ? o.nameSpacing : 0 };
  const post = m.postNominals ? `, ${m.postNominals}` : '';
  const postStyle = { font: 'body', size: Math.round(o.nameSize * 0.5), color: grey };
  const nameLines = o.nameTwoLines && person.name.includes(' ') ? splitFamilyName(nameText) : [nameText];
  // The name shrinks until its widest line (with the post-nominals) fits the column.
  const nameFits = () => nameLines.every((l, i) => M.width(l, nameStyle) +
    (i === nameLines.length - 1 && post && !o.postNominalsLine ? M.width(post, postStyle) + 2 : 0) <= main.width);
  while (!nameFits() && nameStyle.size > 14) {
    nameStyle.size -= 1;
    postStyle.size = Math.max(9, Math.round(nameStyle.size * 0.5));
  }
  for (const [i, l] of nameLines.entries()) {
    text(0, 'header', l, main.x, main.y, nameStyle);
    if (i === nameLines.length - 1 && post && !o.postNominalsLine) {
      const px = main.x + M.width(l, nameStyle) + 2;
      const py = main.y + M.ascent(nameStyle) - M.ascent(postStyle);
      text(0, 'header', post, px, py, postStyle);
    }
    main.y += nameStyle.size * 1.12;
  }
  if (post && o.postNominalsLine) {
    text(0, 'header', m.postNominals, main.x, main.y, { ...postStyle, size: Math.max(10, S + 2) });
    main.y += Math.max(10, S + 2) * 1.3;
  }
  main.y += 2;
  const headlineStyle = { font: o.headlineCaps ? 'bold' : 'body', size: o.headlineCaps ? S + 1.5 : S + 3.5,
    color: o.sideDark ? grey : o.accent, cs: o.headlineCaps ? 1.5 : 0 };
  for (const l of M.wrap(o.headlineCaps ? m.headline.toUpperCase() : m.headline, headlineStyle, main.width)) {
    text(0, 'header', l, main.x, main.y, headlineStyle);
    main.y += lh(headlineStyle);
  }
  main.y += 4;

  const mainHeading = (k) => { blk++; heading(main, m.heading(k), st.heading, o.accent, o.headingRule === 'full' ? mix(o.accent, '#ffffff', 0.5) : o.accent); };
  if (o.summaryPlace === 'unheaded') {
    blk++;
    main.y += 6;
    paragraph(main, m.summary, st.body, 'main');
  } else if (o.summaryPlace === 'section') {
    mainHeading('summary');
    paragraph(main, m.summary, st.body, 'main');
  }

  // Each job.
  mainHeading('experience');
  const bulletIndent = 11;
  m.jobs.forEach((j, ji) => {
    blk++;
    if (ji > 0) main.y += 7;
    // Two lines: the title in bold over "Company, City" (or "Company, City" over the title); one
    // line: "Title at Company" (or "Company | Title") with the city under it.
    const withCity = (s) => (j.location ? joinComma(s, j.location, { dash: o.cityJoin }) : s);
    const join = v.swap && o.jobJoin === ' at ' ? ' | ' : o.jobJoin;
    const firstText = o.jobSecond === 'same-line'
      ? (v.swap ? `${j.company}${join}${j.title}` : `${j.title}${join}${j.company}`)
      : (v.swap ? withCity(j.company) : j.title);
    const datesText = o.datesCaps ? j.dates.toUpperCase() : j.dates;
    const dw = M.width(datesText, st.dates);
    const titleW = o.dates === 'right' ? main.width - dw - 12 : main.width;
    const tl = M.wrap(firstText, st.bold, titleW);
    // The header and the first lines of the text stay together.
    const extra = o.jobSecond === 'same-line' ? (j.location ? 1 : 0) : 1;
    main.need((tl.length + extra + (o.dates === 'right' ? 0 : 1)) * lh(st.body) + 2 * lh(st.body) + 6);
    if (o.dates === 'above') {
      text(main.page, 'dates', datesText, main.x, main.y, st.dates);
      main.y += lh(st.dates);
    }
    if (o.dates === 'right') {
      const dy = main.y + M.ascent(st.bold) - M.ascent(st.dates);
      text(main.page, 'dates', datesText, main.x + main.width - dw, dy, st.dates);
    }
    for (const l of tl) { text(main.page, 'main', l, main.x, main.y, st.bold); main.y += lh(st.bold); }
    if (o.jobSecond === 'same-line') {
      if (j.location) { text(main.page, 'main', j.location, main.x, main.y, st.italic); main.y += lh(st.italic); }
    } else {
      const line2 = v.swap ? j.title : withCity(j.company);
      for (const l of M.wrap(line2, st.italic, main.width)) { text(main.page, 'main', l, main.x, main.y, st.italic); main.y += lh(st.italic); }
    }
    if (o.dates === 'below') {
      text(main.page, 'dates', datesText, main.x, main.y, st.dates);
      main.y += lh(st.dates);
    }
    main.y += 2;
    if (j.prose != null) {
      paragraph(main, j.prose, st.body, 'main', { gapAfter: 0 });
    } else {
      for (const b of j.bullets) {
        const lines = M.wrap(b, st.body, main.width - bulletIndent);
        main.need(lines.length * lh(st.body));
        dot(main.page, 'marks', main.x + 3.5, main.y + S * 0.58, 1.7, o.accent);
        for (const l of lines) { text(main.page, 'main', l, main.x + bulletIndent, main.y, st.body); main.y += lh(st.body); }
        main.y += 1.5;
      }
    }
  });

  // Education in the main column.
  if (!o.eduInSidebar && m.education.length) {
    mainHeading('education');
    person.education.forEach((ed, i) => {
      blk++;
      if (i > 0) main.y += 5;
      // The city goes with the school, on whichever line that is.
      const schoolText = ed.location ? joinComma(ed.school, ed.location, { dash: o.cityJoin }) : ed.school;
      const [a, bText] = o.schoolFirst ? [schoolText, ed.degree] : [ed.degree, schoolText];
      const years = eduYears(ed, i);
      const yw = years ? M.width(years, st.dates) : 0;
      const la = M.wrap(a, st.bold, main.width - (o.dates === 'right' ? yw + 12 : 0));
      const lb = M.wrap(bText, st.italic, main.width);
      main.need((la.length + lb.length + 1) * lh(st.body));
      if (years && o.dates === 'right') {
        text(main.page, 'dates', years, main.x + main.width - yw, main.y + M.ascent(st.bold) - M.ascent(st.dates), st.dates);
      } else if (years && o.dates === 'above') {
        text(main.page, 'dates', years, main.x, main.y, st.dates);
        main.y += lh(st.dates);
      }
      for (const l of la) { text(main.page, 'main', l, main.x, main.y, st.bold); main.y += lh(st.bold); }
      for (const l of lb) { text(main.page, 'main', l, main.x, main.y, st.italic); main.y += lh(st.italic); }
      if (years && o.dates === 'below') { text(main.page, 'dates', years, main.x, main.y, st.dates); main.y += lh(st.dates); }
    });
  }
  // Certificates in the main column.
  if (m.certifications.length && o.certsInMain) {
    mainHeading('certifications');
    for (const c of m.certifications) {
      blk++;
      const s = `${c.name}${c.issuer ? ` — ${c.issuer}` : ''}`;
      const dw = c.date ? M.width(c.date, st.dates) : 0;
      const lines = M.wrap(s, st.body, main.width - dw - 12);
      main.need(lines.length * lh(st.body));
      if (c.date) text(main.page, 'dates', c.date, main.x + main.width - dw, main.y + M.ascent(st.body) - M.ascent(st.dates), st.dates);
      for (const l of lines) { text(main.page, 'main', l, main.x, main.y, st.body); main.y += lh(st.body); }
      main.y += 3;
    }
  }

  // ---------------------------------------------------------------------- pages, backgrounds, footer
  const pages = Math.max(sidePages, main.page + 1);
  for (let p = 0; p < pages; p++) {
    const rect = p === 0 || p < sidePages || o.page2 === 'same-rect';
    if (rect && !(p > 0 && fullOn2)) {
      ops.push({ page: p, group: 'back', blk: 0, pageRect: true, draw: (d) => d.save().rect(sideX, 0, sideW, H).fill(sideFill).restore() });
    }
  }
  if (v.footer) {
    const fs = { font: 'body', size: 7.5, color: '#777777' };
    for (let p = 0; p < pages; p++) {
      const s = v.footer === 'Page 1 of 2' ? `Page ${p + 1} of ${pages}` : v.footer === '1/2' ? `${p + 1}/${pages}` : `${m.displayName} – Résumé`;
      const g = mainGeom(p);
      const w = M.width(s, fs);
      const x = o.footerAlign === 'right' ? g.x + g.width - w : g.x + (g.width - w) / 2;
      text(p, 'footer', s, x, H - 30, fs);
    }
  }

  for (let p = 1; p < pages; p++) doc.addPage({ size: o.paper, margin: 0 });
  const order = STREAM_ORDERS[o.stream];
  for (const group of order) {
    let list = ops.filter((x) => x.group === group);
    // The sidebar rectangles first: the chips lie on them.
    if (group === 'back') list = [...list.filter(isPageRect), ...list.filter((x) => !isPageRect(x))];
    if (group === 'main' && o.reverseEntries) list = list.map((x, i) => ({ ...x, i })).sort((a, b) => b.blk - a.blk || a.i - b.i);
    for (const x of list) {
      doc.switchToPage(x.page);
      x.draw(doc);
    }
  }

  v.rec(`paper:${o.paper === 'A4' ? 'A4' : 'Letter'}`);
  v.rec(`font:${o.font} ${o.size}pt, display ${o.display}`);
  v.rec(`sidebar:${o.sideLeft ? 'left' : 'right'} ${Math.round(o.sideShare * 100)}% ${o.sideDark ? 'dark' : 'light'} ${o.accent}`);
  v.rec(v.icons ? 'contact:icons' : `contact:labels-${o.contactLabels}`);
  v.rec(o.chips ? `skills:chips${o.chipOutline ? '-outlined' : ''}` : `skills:list${o.skillMarks ? '-dots' : ''}`);
  if (m.languages.length) v.rec(o.langDots ? 'languages:dots' : 'languages:words');
  if (m.education.length) v.rec(o.eduInSidebar ? 'education:sidebar' : 'education:main');
  if (m.certifications.length) v.rec(o.certsInMain ? 'certificates:main' : 'certificates:sidebar');
  v.rec(`summary:${o.summaryPlace}`);
  v.rec(`name:${nameStyle.size}pt${v.capsName ? ` spaced ${o.nameSpacing}` : ''}${nameLines.length > 1 ? ' two-lines' : ''}`);
  if (post) v.rec(o.postNominalsLine ? 'post-nominals:own-line' : 'post-nominals:after-name');
  v.rec(`headings:rule-${o.headingRule}${spaced ? ' spaced' : ''}`);
  v.rec(`job:${o.jobSecond}${o.jobSecond === 'same-line' ? ` "${o.jobJoin}"` : ''}`);
  v.rec(`dates:${o.dates}${o.datesCaps ? ' caps' : ''}`);
  if (m.education.length) {
    v.rec(`education-dates:${o.eduDates}`);
    v.rec(o.schoolFirst ? 'education:school-first' : 'education:degree-first');
  }
  v.rec(`stream:${order.join(',')}${o.reverseEntries ? ' entries-reversed' : ''}`);
  if (pages > 1) v.rec(`pages:${pages} page2:${fullOn2 ? 'full' : o.page2}${sidePages > 1 ? ' sidebar-continues' : ''}`);

  await new Promise((resolve, reject) => {
    const out = createWriteStream(outFile);
    out.on('finish', resolve);
    out.on('error', reject);
    doc.on('error', reject);
    doc.pipe(out);
    doc.end();
  });
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

function isPageRect(x) { return x.pageRect === true; }

// Small vector icons (about 9 pt), centred at (cx, cy).
function drawIcon(op, page, kind, cx, cy, colour, ground) {
  op(page, 'marks', (d) => {
    d.save().lineWidth(0.8).strokeColor(colour).fillColor(colour);
    if (kind === 'email') {
      d.rect(cx - 4.5, cy - 3.2, 9, 6.4).stroke();
      d.moveTo(cx - 4.5, cy - 3.2).lineTo(cx, cy + 0.6).lineTo(cx + 4.5, cy - 3.2).stroke();
    } else if (kind === 'phone') {
      d.roundedRect(cx - 2.8, cy - 4.5, 5.6, 9, 1.2).stroke();
      d.circle(cx, cy + 3, 0.6).fill();
    } else if (kind === 'location') {
      d.moveTo(cx, cy + 4.6).lineTo(cx - 3.4, cy - 0.6).bezierCurveTo(cx - 4.6, cy - 5.6, cx + 4.6, cy - 5.6, cx + 3.4, cy - 0.6).closePath().fill();
      d.circle(cx, cy - 1.6, 1.2).fill(ground);
    } else {
      d.circle(cx, cy, 4.2).stroke();
      d.ellipse(cx, cy, 1.8, 4.2).stroke();
      d.moveTo(cx - 4.2, cy).lineTo(cx + 4.2, cy).stroke();
    }
    d.restore();
  });
}

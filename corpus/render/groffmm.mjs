// groff-mm: a resume written with groff's mm (memorandum) macros and typeset to PDF by gropdf
// (`groff -Kutf8 -mm -Tpdf`: preconv reads the UTF-8 source, troff sets it with mm, gropdf writes
// the PDF), as an mm user would write it by hand. The page is set up on the command line, as
// groff_mm(7) recommends (`-rL` page length, `-rW` line length, `-rO` page offset, `-P-p` paper for
// gropdf); the source sets the family (`.fam`), the size and leading (`.S`), justification
// (`.SA`), hyphenation (`.nr Hy` and `.hy`) and mm's heading registers and strings (HF, HP, Hu,
// Hb, Hs, Hss, Hps, Hc). The name is large and bold (`.S`), centred (`.ce`) or flush left, with
// the post-nominals after a comma (in its bold, or in roman at its size or smaller) and the
// headline under it; the contact on one line (" | " or " • "), one item a line, or stacked flush
// right by a right tab stop beside the name and the headline. Section headings are mm's unnumbered headings (`.HU` at Hu 1: bold or italic, sized
// by HP, flush left or centred by Hc, a `\l` rule under them drawn by the HZ exit macro on some
// documents) or bold capital paragraphs of a macro of the document's own, with or without the
// rule. Each job is an item of a variable-item list (`.VL` with `.LI "dates"`: the dates in the
// hanging tag column, the title and company beside them), or "Title, Company" with the dates
// pushed to the right margin by a right tab stop (`.ta` with R), or the title over the company
// with the dates after the company (right-tabbed or after a separator) or beside the title; the
// company first with `company-before-title`; the city on the company's line on some documents.
// A job's items are an mm bullet list (`.BL`) or dash list (`.DL`), tight or with mm's half-line
// before each item, or a paragraph for a prose job. Schools the same way; skills as
// "Group: a, b, c" lines or a `.VL` list with the group as the tag; certificates as lines,
// right-tabbed dates or a bullet list; languages on one line, one a line or as a `.VL` list.
// mm's own page header (the page number between dashes at the top centre, on the pages after
// the first: `N` 2), a footer with the name and the page number or the page number alone
// (`.PF`), or none (`.PH ""`).
//
// Fonts: the four URW families of TeX Live installed for gropdf (`render/grofffonts.mjs`); mm's
// R, I and B positions follow the family, set for every environment (the page header's and
// footer's too) by groff's `-f`.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng, schoolYears } from './common.mjs';
import { groffFonts, toPt, troffArg as argT, troffLine as line } from './grofffonts.mjs';

const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// troff text: a backslash as \e, an apostrophe as \(cq (the glyph troff sets for it anyway; a
// line cannot then start with the no-break control character, and it cannot end the delimited
// escapes that mm's LI and the .tl of PF build around their text); a line that would start
// with a dot gets \&.
const esc = (s) => String(s ?? '').replace(/\\/g, '\\e').replace(/'/g, '\\(cq');
const text = (s) => line(esc(s));
const arg = (s) => argT(esc(s));

const PAPERS = { letter: { w: 612, h: 792, L: '11i' }, a4: { w: 595.28, h: 841.89, L: '29.7c' } };

function options(rng, person) {
  const family = rng.pick(['T', 'T', 'H', 'P', 'N']);
  const paper = rng.chance(0.5) ? 'letter' : 'a4';
  const size = family === 'H' || family === 'N' ? rng.pick([9.5, 10, 10]) : rng.pick([10, 10.5, 11]);
  return {
    family,
    paper,
    size,
    lead: Math.round(size * rng.pick([1.15, 1.2, 1.25]) * 2) / 2,
    margin: paper === 'a4' ? rng.pick(['1.8c', '2c', '2.2c', '2.5c']) : rng.pick(['.75i', '.85i', '1i']),
    justify: rng.chance(0.5),
    header: rng.pick(['centred', 'centred', 'left', 'right-contact']),
    nameSize: rng.pick([18, 20, 22, 24]),
    postNominals: rng.pick(['bold', 'roman', 'small']), // in the name's bold, or roman at its size or smaller
    headline: rng.chance(0.85),
    headlineItalic: rng.chance(0.5),
    contactSep: rng.pick([' | ', ' \u2022 ']),
    headingStyle: rng.pick(['hu', 'hu', 'hu', 'caps-para']),
    headingFont: rng.pick(['3', '3', '3', '2']), // mm's HF: 3 bold, 2 italic (mm's default)
    headingSize: rng.pick([0, 1, 2]),
    headingCentred: rng.chance(0.15),
    headingRule: rng.chance(0.45),
    jobForm: rng.pick(['vl', 'vl', 'tab-one', 'two-line']),
    jobSep: rng.pick([', ', ', ', ' \u2014 ', ' | ']),
    secondItalic: rng.chance(0.65),
    cityPlace: rng.pick(['company-line', 'company-line', 'none']),
    twoLineDates: rng.pick(['company-right', 'company-inline', 'title-right']),
    inlineSep: rng.pick([' \u2014 ', ' | ', ', ']),
    dateItalic: rng.chance(0.3),
    titleLine: rng.pick(['one', 'two']), // in a VL item: "Title, Company" or the title over the company
    list: rng.pick(['BL', 'BL', 'DL']),
    listIndent: rng.pick(['', '', '1.2m', '1.6m']),
    listTight: rng.chance(0.6),
    jobSpace: rng.pick(['.4v', '.5v', '.7v']),
    eduForm: rng.pick(['tab', 'two-line']),
    eduDates: rng.pick(['full', 'years', 'years']),
    schoolFirst: rng.chance(0.25),
    order: rng.pick(['standard', 'standard', 'standard', 'education-first', 'skills-first']),
    summary: !person.summary ? 'none' : rng.pick(['section', 'section', 'section', 'plain', 'none']),
    skills: rng.pick(['lines', 'lines', 'vl']),
    skillGroupBold: rng.chance(0.7),
    skillSep: rng.pick([', ', ', ', ' \u2022 ']),
    certForm: rng.pick(['lines', 'tab', 'list']),
    langForm: rng.pick(['line', 'line', 'lines', 'vl']),
    footer: rng.pick(['none', 'top-pagenum', 'top-pagenum', 'footer-name', 'footer-pagenum']),
    footerForm: rng.pick(['left-right', 'centre']),
  };
}

export async function renderGroffMm(ctx, layout, person, outFile) {
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person);
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'hyphenate',
    'prose', 'swap', 'contactOneLine']);
  const { root, widths } = await groffFonts(ctx);
  const label = `${layout.id}/${person.id}`;
  // The capital paragraph headings are capitals whatever the seed says.
  const capsPara = o.headingStyle === 'caps-para';
  const m = docModel(person, capsPara ? { ...v, capsHeadings: true } : v);
  if (capsPara && !v.capsHeadings) v.rec('caps-headings');

  const paper = PAPERS[o.paper];
  const marginPt = toPt(o.margin);
  const measure = paper.w - 2 * marginPt;
  const em = o.size;
  // Width in points of runs [[style, text], ...].
  const width = (runs, size = o.size) => runs.reduce((w, [st, t]) => {
    const fw = widths[`${o.family}${st}`];
    return w + [...String(t)].reduce((a, ch) => a + fw(ch), 0) * size / 1000;
  }, 0);
  const font = (st) => (st.length > 1 ? `\\f[${st}]` : `\\f${st}`);
  const styled = (runs) => runs.filter(([, t]) => t).map(([st, t]) => (st === 'R' ? esc(t) : `${font(st)}${esc(t)}\\fR`)).join('');
  const dateStyle = o.dateItalic ? 'I' : 'R';
  const secondStyle = o.secondItalic ? 'I' : 'R';
  // "a, b", or a dash between them when either has a comma of its own and the separator is a comma.
  const joinSep = (a, b, sep) => (sep === ', ' && /,/.test(a + b) ? ' \u2014 ' : sep);

  // A line with `left` (runs) and `right` (runs) pushed to the right margin by the right tab stop
  // set at the head of each section (`indent`: the list indentation the line sits at); when the
  // two do not fit, `fallback` (troff lines) instead.
  const tabFits = (left, right, indent = 0) => width(left) + 1.5 * em + width(right) <= measure - indent;
  const tabLine = (left, right) => `${line(styled(left))}\t${styled(right)}\n.br\n`;
  const TAB_SET = '.ta \\n[.l]uR\n';

  let src = `.\\" Résumé of ${esc(person.name)}
.\\" groff -Kutf8 -f${o.family} -mm -Tpdf -P-p${o.paper} -rL=${paper.L} -rW=${Math.round(measure * 100) / 100}p -rO=${o.margin} resume.mm > resume.pdf
.fam ${o.family}
.S ${o.size} ${o.lead}
${v.hyphenate ? '.nr Hy 1\n.hy 14\n' : '.nr Hy 0\n.nh\n'}.SA ${o.justify ? 1 : 0}
.nr Pt 0
.nr Ps 0
`;
  // Headings: every unnumbered heading at level 1, with a line break and half a line after it (none
  // when a rule follows).
  const headSize = o.size + o.headingSize;
  const ruleMacro = (name) => `.de ${name}\n.sp -.7v\n\\l'\\\\n[.l]u'\n.br\n.sp .2v\n..\n`;
  if (!capsPara) {
    src += `.ds HF ${Array(14).fill(o.headingFont).join(' ')}\n`;
    src += `.ds HP ${Array(14).fill(headSize).join(' ')}\n`;
    src += `.nr Hu 1\n.nr Hb 1\n.nr Hs 1\n.nr Hss ${o.headingRule ? 0 : 1}\n.nr Hps 1\n.nr Hps2 .9v\n`;
    if (o.headingCentred) src += '.nr Hc 1\n';
    if (o.headingRule) src += '.\\" a rule under every heading\n' + ruleMacro('HZ');
  } else {
    src += `.\\" section heading: a bold paragraph in capitals${o.headingRule ? ', ruled' : ''}\n`;
    src += `.de Sh\n.br\n.SP .9v\n.ne 4v\n\\f[B]\\s[${headSize}]\\\\$1\\s0\\f[R]\n.br\n`;
    src += o.headingRule ? '.sp -.7v\n\\l\'\\\\n[.l]u\'\n.br\n.sp .2v\n..\n' : '.SP .35v\n..\n';
  }
  // Page header and footer. The PF argument's delimiter is the apostrophe (the text has none:
  // `esc` writes it as \(cq).
  const fullName = `${esc(m.name)}${m.postNominals ? `, ${esc(m.postNominals)}` : ''}`;
  if (o.footer === 'top-pagenum') src += '.nr N 2\n';
  else src += '.PH ""\n';
  if (o.footer === 'footer-name') {
    src += o.footerForm === 'left-right' ? `.PF "'${fullName}''Page %'"\n` : `.PF "''${fullName} \\(em %''"\n`;
  } else if (o.footer === 'footer-pagenum') {
    src += o.footerForm === 'left-right' ? '.PF "\'\'\'Page %\'"\n' : '.PF "\'\'Page %\'\'"\n';
  }

  // ---- name block
  const pnSize = o.postNominals === 'small' ? Math.round(o.nameSize * 0.6) : o.nameSize;
  const nameRuns = (size) => width([['B', m.name]], size) + (m.postNominals ? width([[o.postNominals === 'bold' ? 'B' : 'R', `, ${m.postNominals}`]], size * pnSize / o.nameSize) : 0);
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)];
  const contactW = Math.max(...contact.map((c) => width([['R', c]])));
  let header = o.header;
  let nameSize = o.nameSize;
  if (header === 'right-contact' && nameRuns(nameSize) + 2 * em + contactW > measure) header = 'left';
  while (nameRuns(nameSize) > measure * 0.92 && nameSize > 14) nameSize -= 2;
  const pnMark = !m.postNominals ? '' : {
    bold: `, ${esc(m.postNominals)}`,
    roman: `\\fR, ${esc(m.postNominals)}`,
    small: `\\fR, \\s[${Math.round(nameSize * 0.6)}]${esc(m.postNominals)}\\s0`,
  }[o.postNominals];
  const nameLine = `\\f[B]${esc(m.name)}${pnMark}\\fR`;
  src += `.\\" name and contact\n.nf\n.S ${nameSize} ${nameSize + 4}\n`;
  let contactLines = [];
  if (header === 'right-contact') {
    // The name and the headline left, the contact items flush right by a right tab stop, one a line.
    src += TAB_SET;
    src += `${line(nameLine)}\t\\s[${o.size}]\\%${esc(contact[0])}\\s0\n.S ${o.size} ${o.lead}\n`;
    const left = o.headline ? [m.headline] : [];
    const rows = Math.max(left.length, contact.length - 1);
    for (let i = 0; i < rows; i++) {
      const l = left[i] ? (o.headlineItalic ? `\\fI${esc(left[i])}\\fR` : esc(left[i])) : '';
      const r = contact[i + 1] ? `\\%${esc(contact[i + 1])}` : '';
      src += `${l ? line(l) : ''}${r ? `\t${r}` : ''}\n`;
    }
    contactLines = contact.map((c) => [c]);
    // (One item a line, whatever the seed said.)
    v.list = v.list.map((x) => (x === 'contact:one-line' ? 'contact:multi-line' : x));
  } else {
    const ce = header === 'centred' ? '.ce\n' : '';
    src += `${ce}${line(nameLine)}\n.S ${o.size} ${o.lead}\n.sp 2p\n`;
    if (o.headline) src += `${ce}${o.headlineItalic ? `\\fI${esc(m.headline)}\\fR` : text(m.headline)}\n`;
    // One line (as many as it needs, broken before an item) or one item a line.
    const sepW = width([['R', o.contactSep]]);
    if (v.contactOneLine) {
      let cur = [];
      for (const item of contact) {
        const w = width([['R', [...cur, item].join(o.contactSep)]]);
        if (cur.length && w + sepW > measure) { contactLines.push(cur); cur = []; }
        cur.push(item);
      }
      if (cur.length) contactLines.push(cur);
    } else {
      contactLines = contact.map((c) => [c]);
    }
    for (const items of contactLines) src += `${ce}${line(items.map((c) => `\\%${esc(c)}`).join(esc(o.contactSep)))}\n`;
  }
  src += '.fi\n';
  if (o.summary === 'plain') src += `.SP .8v\n${text(m.summary)}\n.br\n`;

  // ---- sections
  // (mm's HU keeps a heading with one line of what follows; the half line after it and the space
  // before a list item need more: a heading never ends a page.)
  const heading = (k) => (capsPara ? `.Sh ${arg(m.heading(k))}\n` : `.ne 5v\n.HU ${arg(m.heading(k))}\n`);
  const sec = {};
  if (o.summary === 'section') sec.summary = `${heading('summary')}${text(m.summary)}\n.br\n`;

  // The tag column of the variable-item lists: as wide as the widest date range (of the jobs and
  // of the schools) and a gap; too wide a column (long month names) and the jobs take right tabs.
  const eduDates = person.education.map((ed, i) => (o.eduDates === 'years' ? schoolYears(ed, v) : m.education[i].dates));
  const dateRuns = (d) => [[dateStyle, d]];
  const tagW = Math.ceil(Math.max(...m.jobs.map((j) => width(dateRuns(j.dates))), ...eduDates.map((d) => width(dateRuns(d)))) + 1.5 * em);
  let jobForm = o.jobForm;
  if (jobForm === 'vl' && tagW > measure * 0.32) jobForm = 'tab-one';
  const tag = (d) => argT(d ? (dateStyle === 'I' ? `\\fI${esc(d)}\\fR` : esc(d)) : '\\ ');

  const listStart = () => {
    const ind = o.listIndent ? o.listIndent : '""';
    if (o.listTight) return `.${o.list} ${ind} 1\n`;
    return o.listIndent ? `.${o.list} ${o.listIndent}\n` : `.${o.list}\n`;
  };
  const jobBody = (j) => {
    if (j.prose != null) return `.SP 2p\n${text(j.prose)}\n.br\n`;
    if (!j.bullets.length) return '';
    return listStart() + j.bullets.map((b) => `.LI\n${text(b)}\n`).join('') + '.LE\n';
  };
  const pair = (j) => (v.swap ? [j.company, j.title] : [j.title, j.company]);
  const withCity = (second, city) => (city && o.cityPlace === 'company-line' ? [[secondStyle, second], ['R', `, ${city}`]] : [[secondStyle, second]]);
  // Two lines: the first (bold) and the second (with the city), the dates after the second, right
  // of it or right of the first.
  const twoLines = (first, second, city, dates, indent = 0) => {
    const l1 = [['B', first]];
    const l2 = withCity(second, city);
    const d = dates ? dateRuns(dates) : [];
    let s = '';
    if (d.length && o.twoLineDates === 'title-right' && tabFits(l1, d, indent)) return tabLine(l1, d) + `${line(styled(l2))}\n.br\n`;
    s += `${line(styled(l1))}\n.br\n`;
    if (d.length && o.twoLineDates === 'company-right' && tabFits(l2, d, indent)) return s + tabLine(l2, d);
    if (!d.length) return s + `${line(styled(l2))}\n.br\n`;
    return s + `${line(styled([...l2, ['R', o.inlineSep], ...d]))}\n.br\n`;
  };
  // One line "First, Second[, City]" with the dates right; two lines when it does not fit.
  const oneLine = (first, second, city, dates, sep) => {
    const d = dates ? dateRuns(dates) : [];
    const s = joinSep(first, second, sep);
    const base = [['B', first], ['R', s], [secondStyle, second]];
    const full = city && o.cityPlace === 'company-line' ? [...base, ['R', `, ${city}`]] : base;
    if (!d.length) return `${line(styled(full))}\n.br\n`;
    if (tabFits(full, d)) return tabLine(full, d);
    if (tabFits(base, d)) return tabLine(base, d);
    return null;
  };

  let jobs;
  if (jobForm === 'vl') {
    // One variable-item list: the dates as each item's tag, the title and company beside them.
    const textW = measure - tagW;
    // (No space before an item but that between the jobs.)
    jobs = `.VL ${tagW}p 0 1\n` + m.jobs.map((j, i) => {
      const [first, second] = pair(j);
      const sep = joinSep(first, second, o.jobSep);
      const one = [['B', first], ['R', sep], ...withCity(second, j.location)];
      let s = `${i ? `.SP ${o.jobSpace}\n` : ''}.ne 4v\n.LI ${tag(j.dates)}\n`;
      if (o.titleLine === 'one' && width(one) <= textW) s += `${line(styled(one))}\n.br\n`;
      else s += `${line(styled([['B', first]]))}\n.br\n${line(styled(withCity(second, j.location)))}\n.br\n`;
      return s + jobBody(j);
    }).join('') + '.LE\n';
  } else {
    jobs = TAB_SET + m.jobs.map((j, i) => {
      const [first, second] = pair(j);
      let s = `${i ? `.SP ${o.jobSpace}\n` : ''}.ne 4v\n`;
      const one = jobForm === 'tab-one' ? oneLine(first, second, j.location, j.dates, o.jobSep) : null;
      s += one ?? twoLines(first, second, j.location, j.dates);
      return s + jobBody(j);
    }).join('');
  }
  sec.experience = heading('experience') + jobs;

  if (m.education.length) {
    let body;
    const schools = person.education.map((ed, i) => {
      const e = m.education[i];
      const [first, second] = o.schoolFirst ? [e.school, e.degree] : [e.degree, e.school];
      return { first, second, city: o.schoolFirst ? e.location : '', dates: eduDates[i] };
    });
    if (jobForm === 'vl') {
      body = `.VL ${tagW}p 0 1\n` + schools.map((e, i) => {
        const one = [['B', e.first], ['R', joinSep(e.first, e.second, ', ')], [secondStyle, e.second]];
        const li = `${i ? '.SP .3v\n' : ''}.LI ${tag(e.dates)}\n`;
        if (o.titleLine === 'one' && width(one) <= measure - tagW) return `${li}${line(styled(one))}\n.br\n`;
        return `${li}${line(styled([['B', e.first]]))}\n.br\n${line(styled([[secondStyle, e.second]]))}\n.br\n`;
      }).join('') + '.LE\n';
    } else {
      body = TAB_SET + schools.map((e, i) => {
        const s = `${i ? '.SP .3v\n' : ''}.ne 3v\n`;
        const one = o.eduForm === 'tab' ? oneLine(e.first, e.second, '', e.dates, ', ') : null;
        return s + (one ?? twoLines(e.first, e.second, '', e.dates));
      }).join('');
    }
    sec.education = heading('education') + body;
  }

  let skillsForm = o.skills;
  if (m.skills.length) {
    const items = (g) => g.items.map(esc).join(esc(o.skillSep));
    const groupW = Math.max(...m.skills.map((g) => width([[o.skillGroupBold ? 'B' : 'R', g.group]])));
    if (skillsForm === 'vl' && (m.skills.some((g) => !g.group) || groupW + 1.5 * em > measure * 0.3)) skillsForm = 'lines';
    let body;
    if (skillsForm === 'vl') {
      const w = Math.ceil(groupW + 1.5 * em);
      body = `.VL ${w}p 0 1\n` + m.skills.map((g) => `.LI ${argT(o.skillGroupBold ? `\\fB${esc(g.group)}\\fR` : esc(g.group))}\n${line(items(g))}\n`).join('') + '.LE\n';
    } else {
      body = m.skills.map((g) => {
        const name = g.group ? (o.skillGroupBold ? `\\fB${esc(g.group)}:\\fR ` : `${esc(g.group)}: `) : '';
        return `${line(name + items(g))}\n.br\n`;
      }).join('');
    }
    sec.skills = heading('skills') + body;
  }

  let certForm = o.certForm;
  if (m.certifications.length) {
    let body;
    if (certForm === 'list') {
      body = listStart() + m.certifications.map((c) => {
        const rest = [c.issuer, c.date].filter(Boolean).join(', ');
        return `.LI\n${line(`${esc(c.name)}${rest ? ` (${esc(rest)})` : ''}`)}\n`;
      }).join('') + '.LE\n';
    } else if (certForm === 'tab') {
      body = TAB_SET + m.certifications.map((c) => {
        const left = [['B', c.name], ...(c.issuer ? [['R', `, ${c.issuer}`]] : [])];
        const d = c.date ? dateRuns(c.date) : [];
        if (d.length && tabFits(left, d)) return tabLine(left, d);
        return `${line(styled([...left, ...(d.length ? [['R', ', '], ...d] : [])]))}\n.br\n`;
      }).join('');
    } else {
      body = m.certifications.map((c) => {
        const rest = [c.issuer, c.date].filter(Boolean).join(', ');
        return `${line(`\\fB${esc(c.name)}\\fR${rest ? `, ${esc(rest)}` : ''}`)}\n.br\n`;
      }).join('');
    }
    sec.certifications = heading('certifications') + body;
  }

  let langForm = o.langForm;
  if (m.languages.length) {
    const langW = Math.max(...m.languages.map((l) => width([['B', l.language]])));
    if (langForm === 'vl' && (langW + 1.5 * em > measure * 0.3 || m.languages.some((l) => !l.fluency))) langForm = 'lines';
    let body;
    if (langForm === 'vl') {
      body = `.VL ${Math.ceil(langW + 1.5 * em)}p 0 1\n` + m.languages.map((l) => `.LI ${argT(`\\fB${esc(l.language)}\\fR`)}\n${text(l.fluency)}\n`).join('') + '.LE\n';
    } else if (langForm === 'lines') {
      body = m.languages.map((l) => `${line(`${esc(l.language)}${l.fluency ? ` \\(em ${esc(l.fluency)}` : ''}`)}\n.br\n`).join('');
    } else {
      body = `${line(m.languages.map((l) => (l.fluency ? `${esc(l.language)} (${esc(l.fluency)})` : esc(l.language))).join(', '))}\n.br\n`;
    }
    sec.languages = heading('languages') + body;
  }

  const order = {
    standard: ['summary', 'experience', 'education', 'skills', 'certifications', 'languages'],
    'education-first': ['summary', 'education', 'experience', 'skills', 'certifications', 'languages'],
    'skills-first': ['summary', 'skills', 'experience', 'education', 'certifications', 'languages'],
  }[o.order];
  src += order.filter((k) => sec[k]).map((k) => sec[k]).join('');

  // ---- record
  v.rec(`font:${o.family} ${o.size}/${o.lead}`);
  v.rec(`paper:${o.paper} margin ${o.margin}`);
  v.rec(o.justify ? 'justified' : 'ragged-right');
  v.rec(`header:${header} ${nameSize}pt`);
  if (m.postNominals) v.rec(`post-nominals:${o.postNominals}`);
  if (o.headline) v.rec(`headline${o.headlineItalic ? ':italic' : ''}`);
  v.rec(`contact-lines:${contactLines.length}`);
  v.rec(capsPara ? `headings:caps-paragraph${o.headingRule ? ' rule' : ''}`
    : `headings:HU HF ${o.headingFont} ${headSize}pt${o.headingCentred ? ' centred' : ''}${o.headingRule ? ' rule' : ''}`);
  v.rec(`job:${jobForm}${jobForm === 'vl' ? ` ${o.titleLine}-line` : jobForm === 'two-line' ? ` dates-${o.twoLineDates}` : ''} city-${o.cityPlace}${o.dateItalic ? ' dates-italic' : ''}`);
  v.rec(`list:${o.list}${o.listTight ? ' tight' : ''}${o.listIndent ? ` indent ${o.listIndent}` : ''}`);
  v.rec(`education:${jobForm === 'vl' ? 'vl' : o.eduForm}${o.schoolFirst ? ' school-first' : ''} ${o.eduDates}`);
  v.rec(`order:${o.order}`);
  v.rec(`summary:${m.summary ? o.summary : 'none'}`);
  if (m.skills.length) v.rec(`skills:${skillsForm}`);
  if (m.certifications.length) v.rec(`certificates:${certForm}`);
  if (m.languages.length) v.rec(`languages:${langForm}`);
  v.rec(`footer:${o.footer}${o.footer.startsWith('footer') ? ` ${o.footerForm}` : ''}`);

  const dir = path.join(ctx.tmp, 'groffmm');
  await mkdir(dir, { recursive: true });
  const mmFile = path.join(dir, `${person.id}.mm`);
  await writeFile(mmFile, src);
  let out;
  try {
    out = await run('groff', ['-Kutf8', '-F', root, `-f${o.family}`, '-mm', '-Tpdf', `-P-p${o.paper}`, `-rL=${paper.L}`,
      `-rW=${Math.round(measure * 100) / 100}p`, `-rO=${o.margin}`, mmFile], {
      encoding: 'buffer', maxBuffer: 64 << 20, env: { ...process.env, SOURCE_DATE_EPOCH: '1748736000' },
    });
  } catch (e) {
    throw new Error(`${label}: groff failed: ${String(e.stderr ?? e.message).slice(0, 1500)} (source ${mmFile})`);
  }
  // Any warning (a missing glyph, a line that cannot be broken) is an error.
  const errs = out.stderr.toString().split('\n').filter(Boolean);
  if (errs.length) throw new Error(`${label}: groff: ${errs.slice(0, 8).join('; ')} (source ${mmFile})`);
  await writeFile(outFile, out.stdout);
  // No page may be empty but for the page header or footer.
  const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [outFile])).stdout)[1]);
  if (pages > 1) {
    const last = (await run('pdftotext', ['-f', String(pages), '-l', String(pages), '-enc', 'UTF-8', outFile, '-'])).stdout;
    const rest = [fullName.replace(/\\\(cq/g, '\u2019').replace(/\\e/g, '\\'), m.name, m.postNominals ?? '', 'Page']
      .filter(Boolean).reduce((t, w) => t.split(w).join(''), last);
    if (!/\p{L}/u.test(rest)) throw new Error(`${label}: page ${pages} is empty (source ${mmFile})`);
    v.rec(`pages:${pages}`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

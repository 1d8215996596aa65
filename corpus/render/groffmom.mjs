// groff-mom: a resume written with groff's mom macros (`groff -Kutf8 -mom -Tpdf`: preconv reads the
// UTF-8 source, troff sets it with mom's document processing, gropdf writes the PDF), as a mom user
// would write it by hand: the document setup (PRINTSTYLE TYPESET, PAPER, margins, FAMILY,
// PT_SIZE, LS, QUAD, HY), DOCHEADER OFF and the name block typeset at the top of the first page
// (large bold name centred or flush left, the headline, the contact on one line or two, an
// optional DRH rule under it); section headings by HEADING with a HEADING_STYLE (bold with mom's
// underscore, mom's small capitals, bold over a full-measure DRH rule, or coloured); each job
// its title in bold and company in italics with the dates flush right by PAD (the pad marker
// pushes them to the right margin) or by TAB_SET/TAB/TN typesetting tabs, the company and city on a
// second line on some documents (the company first with `company-before-title`); LIST BULLET or
// LIST DASH with ITEM, or a PP paragraph for a prose job; skills as "Group: items" lines, as
// two typesetting tabs side by side (MCO/MCR/MCX), as a list or a comma paragraph; education,
// certificates and languages as lines. Justified text with hyphenation on some documents; no page
// number, mom's page number (with or without its hyphens), its running footer or its default
// page header on the pages after the first.
//
// Fonts: the four URW families of TeX Live installed for gropdf by afmtodit into a private font
// directory under the family names T, H, P and N, and embedded (`render/grofffonts.mjs`).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, joinComma, makeRng, schoolYears } from './common.mjs';
import { groffFonts, toPt, troffArg as argT, troffLine as line } from './grofffonts.mjs';

const run = promisify(execFile);

// ---------------------------------------------------------------------------------------------
// troff text: a backslash as \e; a line that would start with a control character gets \&.
const esc = (s) => String(s ?? '').replace(/\\/g, '\\e');
const text = (s) => line(esc(s));
const arg = (s) => argT(esc(s));

// A full-measure rule (DRH) a little under the last line: DRH draws on the next baseline and
// comes back, so go up most of a line first and down again after.
const RULE_BELOW = '.sp -.7v\n.DRH\n.sp .7v\n';

function options(rng, person) {
  const family = rng.pick(['T', 'T', 'H', 'P', 'N']);
  const paper = rng.chance(0.5) ? 'LETTER' : 'A4';
  const size = family === 'H' || family === 'N' ? rng.pick([9.5, 10, 10]) : rng.pick([10, 10.5, 11]);
  const margin = paper === 'A4' ? rng.pick(['1.8c', '2c', '2.2c', '2.5c']) : rng.pick(['.75i', '.8i', '1i']);
  return {
    family,
    paper,
    size,
    lead: Math.round(size * rng.pick([1.18, 1.22, 1.28]) * 2) / 2,
    margin,
    topMargin: paper === 'A4' ? rng.pick(['1.5c', '1.8c', '2c']) : rng.pick(['.6i', '.75i']),
    header: rng.pick(['centred', 'centred', 'left']),
    nameSize: rng.pick([18, 20, 22, 24]),
    postNominalsSmall: rng.chance(0.5),
    headline: rng.chance(0.85),
    headlineItalic: rng.chance(0.6),
    contactSep: rng.pick(['\\(bu', '|', '\\(em', '\\[pc]']),
    headerRule: rng.chance(0.45),
    ruleWeight: rng.pick(['.5', '.6', '.8']),
    headingStyle: rng.pick(['underscore', 'underscore', 'smallcaps', 'rule', 'coloured']),
    headingSize: rng.pick(['+1', '+1.5', '+2']),
    accent: rng.pick(['#1f4e79', '#7a1f1f', '#1b5e20', '#4a4a4a', '#5b2c6f']),
    jobForm: rng.pick(['pad-one', 'pad-two', 'pad-two', 'tabs']),
    cityPlace: rng.pick(['inline', 'right', 'none']),
    dateItalic: rng.chance(0.35),
    list: rng.pick(['BULLET', 'BULLET', 'DASH']),
    shiftList: rng.pick([null, '.5m', '1m']),
    paraIndent: rng.pick(['0', '0', '1.5m']),
    jobSpace: rng.pick(['4p', '6p', '.5v']),
    schoolFirst: rng.chance(0.3),
    eduForm: rng.pick(['two-line', 'one-line']),
    eduDates: rng.pick(['full', 'years', 'years']),
    order: rng.pick(['standard', 'standard', 'standard', 'education-first', 'skills-first']),
    summary: !person.summary ? 'none' : rng.pick(['section', 'section', 'section', 'plain', 'none']),
    skills: rng.pick(['lines', 'lines', 'tabs', 'list', 'paragraph']),
    skillSep: rng.pick([', ', ', ', ' \\(bu ']),
    certForm: rng.pick(['pad', 'inline']),
    langForm: rng.pick(['line', 'lines']),
    footer: rng.pick(['none', 'none', 'pagenum', 'pagenum-hyphens', 'footers', 'headers']),
    pagePos: rng.pick(['CENTER', 'CENTER', 'RIGHT']),
    title: rng.pick(['Résumé', 'Résumé', 'Curriculum Vitae', 'Resume', 'CV']),
  };
}

export async function renderGroffMom(ctx, layout, person, outFile) {
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const o = options(rng, person);
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'hyphenate',
    'prose', 'swap', 'contactOneLine']);
  const { root, widths } = await groffFonts(ctx);
  const label = `${layout.id}/${person.id}`;
  // mom's small capitals set the heading in capitals of two sizes: it takes the words as written.
  const m = docModel(person, o.headingStyle === 'smallcaps' ? { ...v, capsHeadings: false } : v);

  const pageWidth = o.paper === 'A4' ? 595.28 : 612;
  const measure = pageWidth - 2 * toPt(o.margin);
  // Width in points of runs [[style, text], ...] at the body size.
  const width = (runs, size = o.size) => runs.reduce((w, [st, t]) => {
    const fw = widths[`${o.family}${st}`];
    return w + [...t].reduce((a, ch) => a + fw(ch), 0) * size / 1000;
  }, 0);
  const padFits = (runs) => width(runs) + 2 * o.size <= measure;
  const styled = (runs) => runs.map(([st, t]) => (st === 'R' ? esc(t) : `\\*[${{ B: 'BD', I: 'IT', BI: 'BDI' }[st]}]${esc(t)}\\*[PREV]`)).join('');
  const dateStyle = o.dateItalic ? 'I' : 'R';
  // PAD's marker: "#", or "^" when the text has a "#" of its own ("C#").
  const marker = JSON.stringify(m).includes('#') ? '^' : '#';

  // A line with `left` (runs) and `right` (runs) pushed flush right by PAD; when the two do not fit
  // on one line, the left part is a filled line of its own and the right part follows flush right.
  const padLine = (left, right) => {
    if (!right.length || !right.some(([, t]) => t)) return `.QUAD LEFT\n${line(styled(left))}\n.br\n.QUAD ${o.quad}\n`;
    if (padFits([...left, ...right])) {
      return `.PAD ${argT(`${styled(left)}${marker}${styled(right)}`)}\n.QUAD ${o.quad}\n`;
    }
    return `.QUAD LEFT\n${line(styled(left))}\n.br\n.QUAD RIGHT\n${line(styled(right))}\n.br\n.QUAD ${o.quad}\n`;
  };
  o.quad = v.hyphenate ? 'JUSTIFY' : 'LEFT';

  // ---- setup
  const tabDateWidth = Math.ceil(Math.max(...m.jobs.map((j) => width([[dateStyle, j.dates]]))) + o.size);
  // Running headers and footers sit in mom's own header and footer margins: with them the top or
  // bottom margin is left to mom (set by hand, the header would print over the text).
  const bottom = o.topMargin === '.6i' ? '.75i' : o.topMargin === '.75i' ? '.85i' : '2c';
  const margins = (o.footer === 'headers' ? '' : `.T_MARGIN ${o.topMargin}\n`) + (o.footer === 'footers' ? '' : `.B_MARGIN ${bottom}\n`);
  let src = `.\\" Résumé of ${esc(person.name)}
.\\" groff -Kutf8 -mom -Tpdf resume.mom > resume.pdf
.TITLE ${arg(o.title)}
${o.footer === 'footers' || o.footer === 'headers' ? `.AUTHOR ${arg(person.name)}\n` : ''}.PRINTSTYLE TYPESET
.PAPER ${o.paper}
.L_MARGIN ${o.margin}
.R_MARGIN ${o.margin}
${margins}.FAMILY ${o.family}
.PT_SIZE ${o.size}
.LS ${o.lead}
.QUAD ${o.quad}
${v.hyphenate ? '.HY\n.HY LINES 2\n' : '.HY OFF\n'}.DOCHEADER OFF
.PARA_INDENT ${o.paraIndent}
`;
  if (o.footer === 'none') src += '.HEADERS OFF\n.PAGINATE OFF\n';
  else if (o.footer === 'pagenum' || o.footer === 'pagenum-hyphens') {
    src += `.HEADERS OFF\n.PAGINATE\n${o.footer === 'pagenum' ? '.PAGENUM_HYPHENS OFF\n' : ''}.PAGENUM_POS BOTTOM ${o.pagePos}\n`;
  } else if (o.footer === 'footers') {
    // The running footer on every page, the first too (mom leaves it off the first by default).
    src += `.FOOTERS\n.FOOTER_ON_FIRST_PAGE\n.FOOTER_LEFT ${arg(person.name)}\n.FOOTER_RIGHT ${arg(o.title)}\n.PAGINATE OFF\n`;
  }
  // ('headers': mom's default page header, author and title, on the pages after the first, and
  // its page number at the foot of every page.)
  if (o.headingStyle === 'coloured') src += `.NEWCOLOR accent RGB ${o.accent}\n`;
  const caps = v.capsHeadings && o.headingStyle !== 'smallcaps' ? ' CAPS' : '';
  src += {
    underscore: `.HEADING_STYLE 1 FONT B SIZE ${o.headingSize}${caps} QUAD LEFT UNDERSCORE .5 2p\n`,
    smallcaps: `.HEADING_STYLE 1 FONT R SIZE ${o.headingSize} SMALLCAPS QUAD LEFT\n`,
    rule: `.HEADING_STYLE 1 FONT B SIZE ${o.headingSize}${caps} QUAD LEFT\n`,
    coloured: `.HEADING_STYLE 1 FONT B SIZE ${o.headingSize}${caps} QUAD LEFT COLOR accent\n`,
  }[o.headingStyle];
  if (marker !== '#') src += `.PAD_MARKER ${marker}\n`;
  if (o.headingStyle === 'rule' || o.headerRule) src += `.RULE_WEIGHT ${o.ruleWeight}\n`;
  src += '.START\n';

  // ---- name block
  const quadHead = o.header === 'centred' ? 'CENTER' : 'LEFT';
  src += `.QUAD ${quadHead}\n.FT B\n.PT_SIZE ${o.nameSize}\n.LS ${o.nameSize + 4}\n`;
  src += text(m.name);
  if (m.postNominals) {
    src += o.postNominalsSmall ? `\\*[ROM]\\s[-${Math.round(o.nameSize * 0.4)}], ${esc(m.postNominals)}\\s0` : `, ${esc(m.postNominals)}`;
  }
  src += `\n.br\n.FT R\n.PT_SIZE ${o.size}\n.LS ${o.lead}\n.ALD 3p\n`;
  if (o.headline) src += `${o.headlineItalic ? '.FT I\n' : ''}${text(m.headline)}\n.br\n.FT R\n.ALD 2p\n`;
  const sep = ` ${o.contactSep} `;
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)];
  // One line, or the e-mail and phone over the rest; a line that would not fit breaks before an
  // item (never after a separator).
  const fits = (items) => width([['R', items.join(' \u2014 ')]]) + 2 * o.size <= measure;
  const contactLines = [];
  for (const group of v.contactOneLine ? [contact] : [contact.slice(0, 2), contact.slice(2)]) {
    let cur = [];
    for (const item of group) {
      if (cur.length && !fits([...cur, item])) { contactLines.push(cur); cur = []; }
      cur.push(item);
    }
    if (cur.length) contactLines.push(cur);
  }
  src += contactLines.map((items) => line(items.map(esc).join(sep))).join('\n.br\n') + '\n.br\n';
  if (o.headerRule) src += RULE_BELOW;
  src += `.QUAD ${o.quad}\n`;
  if (o.summary === 'plain') src += `.ALD 6p\n.PP\n${text(m.summary)}\n`;

  // ---- sections
  const heading = (k) => {
    const h = `.HEADING 1 ${arg(m.heading(k))}\n`;
    return o.headingStyle === 'rule' ? h + RULE_BELOW : h;
  };
  const sec = {};
  if (o.summary === 'section') sec.summary = `${heading('summary')}.PP\n${text(m.summary)}\n`;

  const jobs = m.jobs.map((j, i) => {
    const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const dates = [[dateStyle, j.dates]];
    let s = i ? `.ALD ${o.jobSpace}\n` : '';
    s += '.ne 4v\n';
    if (o.jobForm === 'pad-one' && padFits([['B', first], ['R', ', '], ['I', second], ...dates])) {
      // "Title, Company" (a dash when either has a comma of its own) and the dates.
      const joined = joinComma(first, second, { dash: ' \u2014 ' });
      const sepText = joined.slice(first.length, joined.length - second.length);
      const left = [['B', first], ['R', sepText], ['I', second]];
      const city = j.location && o.cityPlace !== 'none' ? [['R', ` (${j.location})`]] : [];
      s += padLine(padFits([...left, ...city, ...dates]) ? [...left, ...city] : left, dates);
    } else if (o.jobForm === 'tabs') {
      // Typesetting tabs: the title in the first, the dates flush right in the second.
      const firstW = measure - tabDateWidth;
      if (width([['B', first]]) + o.size <= firstW) {
        s += `.TAB 1\n${line(styled([['B', first]]))}\n.TN\n${line(styled(dates))}\n.TQ\n`;
      } else {
        s += padLine([['B', first]], dates);
      }
      s += secondLine(second, j.location);
    } else {
      s += padLine([['B', first]], dates);
      s += secondLine(second, j.location);
    }
    if (j.prose != null) s += `.PP\n${text(j.prose)}\n`;
    else if (j.bullets.length) {
      s += `.LIST ${o.list}\n${o.shiftList ? `.SHIFT_LIST ${o.shiftList}\n` : ''}`;
      s += j.bullets.map((b) => `.ITEM\n${text(b)}\n`).join('');
      s += '.LIST OFF\n';
    }
    return s;
  });
  function secondLine(second, city) {
    if (city && o.cityPlace === 'right') return padLine([['I', second]], [['R', city]]);
    const t = city && o.cityPlace === 'inline' ? joinComma(second, city, { dash: ' \u2014 ' }) : second;
    return `.QUAD LEFT\n${line(styled([['I', t]]))}\n.br\n.QUAD ${o.quad}\n`;
  }
  // The job tabs are set once, at the head of the section.
  const jobTabs = o.jobForm === 'tabs'
    ? `.TAB_SET 1 0 ${Math.floor(measure - tabDateWidth)}p L\n.TAB_SET 2 ${Math.floor(measure - tabDateWidth)}p ${tabDateWidth}p R\n` : '';
  sec.experience = heading('experience') + jobTabs + jobs.join('');

  if (m.education.length) {
    sec.education = heading('education') + person.education.map((ed, i) => {
      const e = m.education[i];
      const dates = o.eduDates === 'years' ? schoolYears(ed, v) : e.dates;
      const [first, second] = o.schoolFirst ? [e.school, e.degree] : [e.degree, e.school];
      let s = i ? '.ALD 3p\n' : '';
      const right = dates ? [[dateStyle, dates]] : [];
      if (o.eduForm === 'one-line' && padFits([['B', first], ['R', ', '], ['I', second], ...right])) {
        const joined = joinComma(first, second, { dash: ' \u2014 ' });
        s += padLine([['B', first], ['R', joined.slice(first.length, joined.length - second.length)], ['I', second]], right);
      } else {
        s += padLine([['B', first]], right);
        s += secondLine(second, e.location);
      }
      return s;
    }).join('');
  }

  if (m.skills.length) {
    const itemsText = (g) => g.items.map(esc).join(o.skillSep);
    let body;
    const named = m.skills.some((g) => g.group);
    if (o.skills === 'tabs' && named) {
      // Two typesetting tabs side by side: the group's name, and its items filled in the second.
      const labelW = Math.ceil(Math.max(...m.skills.map((g) => width([['B', g.group]]))) + o.size);
      const gap = Math.round(o.size);
      body = `.TAB_SET 1 0 ${labelW}p L\n.TAB_SET 2 ${labelW + gap}p ${Math.floor(measure - labelW - gap)}p L QUAD\n`;
      body += m.skills.map((g, i) => `${i ? '.ALD 2p\n' : ''}.MCO\n.TAB 1\n${line(styled([['B', g.group]]))}\n.MCR\n.TAB 2\n${line(itemsText(g))}\n.MCX\n`).join('');
      body += '.TQ\n';
    } else if (o.skills === 'list') {
      body = `.LIST ${o.list}\n` + m.skills.map((g) => `.ITEM\n${line(g.group ? `\\*[BD]${esc(g.group)}:\\*[PREV] ${itemsText(g)}` : itemsText(g))}\n`).join('') + '.LIST OFF\n';
    } else if (o.skills === 'paragraph' || !named) {
      body = `.PP\n${line(m.skills.flatMap((g) => g.items).map(esc).join(o.skillSep))}\n`;
    } else {
      body = '.QUAD LEFT\n' + m.skills.map((g) => line(g.group ? `\\*[BD]${esc(g.group)}:\\*[PREV] ${itemsText(g)}` : itemsText(g))).join('\n.br\n') + `\n.br\n.QUAD ${o.quad}\n`;
    }
    sec.skills = heading('skills') + body;
  }

  if (m.certifications.length) {
    sec.certifications = heading('certifications') + m.certifications.map((c, i) => {
      if (o.certForm === 'pad') {
        const left = [['B', c.name], ...(c.issuer ? [['R', `, ${c.issuer}`]] : [])];
        return padLine(left, c.date ? [[dateStyle, c.date]] : []);
      }
      const rest = [c.issuer, c.date].filter(Boolean).join(', ');
      return `${i ? '' : '.QUAD LEFT\n'}${line(`${esc(c.name)}${rest ? ` (${esc(rest)})` : ''}`)}\n.br\n`;
    }).join('') + (o.certForm === 'pad' ? '' : `.QUAD ${o.quad}\n`);
  }

  if (m.languages.length) {
    sec.languages = heading('languages') + (o.langForm === 'line'
      ? `.PP\n${line(m.languages.map((l) => (l.fluency ? `${esc(l.language)} (${esc(l.fluency)})` : esc(l.language))).join(', '))}\n`
      : '.QUAD LEFT\n' + m.languages.map((l) => line(`\\*[BD]${esc(l.language)}\\*[PREV]${l.fluency ? ` \\(em ${esc(l.fluency)}` : ''}`)).join('\n.br\n') + `\n.br\n.QUAD ${o.quad}\n`);
  }

  const order = {
    standard: ['summary', 'experience', 'education', 'skills', 'certifications', 'languages'],
    'education-first': ['summary', 'education', 'experience', 'skills', 'certifications', 'languages'],
    'skills-first': ['summary', 'skills', 'experience', 'education', 'certifications', 'languages'],
  }[o.order];
  src += order.filter((k) => sec[k]).map((k) => sec[k]).join('');

  // ---- record
  if (o.headingStyle === 'smallcaps') v.list = v.list.filter((x) => x !== 'caps-headings');
  v.rec(`font:${o.family} ${o.size}/${o.lead}`);
  v.rec(`paper:${o.paper} margin ${o.margin}`);
  v.rec(`header:${o.header} ${o.nameSize}pt${o.headerRule ? ' rule' : ''}`);
  if (o.headline) v.rec(`headline${o.headlineItalic ? ':italic' : ''}`);
  v.rec(`contact-lines:${contactLines.length}`);
  v.rec(`headings:${o.headingStyle} ${o.headingSize}`);
  v.rec(`job:${o.jobForm} city-${o.cityPlace}${o.dateItalic ? ' dates-italic' : ''}`);
  v.rec(`list:${o.list}${o.shiftList ? ` shift ${o.shiftList}` : ''}`);
  v.rec(`education:${o.eduForm}${o.schoolFirst ? ' school-first' : ''} ${o.eduDates}`);
  v.rec(`order:${o.order}`);
  v.rec(`summary:${m.summary ? o.summary : 'none'}`);
  v.rec(`skills:${o.skills === 'tabs' && !m.skills.some((g) => g.group) ? 'paragraph' : o.skills}`);
  if (m.certifications.length) v.rec(`certificates:${o.certForm}`);
  if (m.languages.length) v.rec(`languages:${o.langForm}`);
  v.rec(`footer:${o.footer}${o.footer.startsWith('pagenum') ? ` ${o.pagePos}` : ''}`);
  v.rec(`paragraph-indent:${o.paraIndent}`);

  // The file ends with its last text: a break after the last line, when that line fills the page,
  // would leave mom an empty page after it.
  src = src.replace(/(\n\.(br|QUAD \w+))+\n$/, '\n');

  const dir = path.join(ctx.tmp, 'groffmom');
  await mkdir(dir, { recursive: true });
  const momFile = path.join(dir, `${person.id}.mom`);
  await writeFile(momFile, src);
  let out;
  try {
    out = await run('groff', ['-Kutf8', '-F', root, '-mom', '-Tpdf', momFile], {
      encoding: 'buffer', maxBuffer: 64 << 20, env: { ...process.env, SOURCE_DATE_EPOCH: '1748736000' },
    });
  } catch (e) {
    throw new Error(`${label}: groff failed: ${String(e.stderr ?? e.message).slice(0, 1500)} (source ${momFile})`);
  }
  // mom 2.4 under -Tpdf always says "can't transparently output node at top level" at START, and
  // troff cannot pass a non-ASCII letter of TITLE or AUTHOR into the PDF's document information
  // (it is left out there): neither touches the page. A glyph missing from a font is an error.
  const errs = out.stderr.toString().split('\n')
    .filter((l) => l && !/can't transparently output node|can't translate character code \d+ to special character .* in transparent throughput/.test(l));
  if (errs.length) throw new Error(`${label}: groff: ${errs.slice(0, 8).join('; ')} (source ${momFile})`);
  await writeFile(outFile, out.stdout);
  // No page may be empty but for mom's running header, footer or page number.
  const pages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [outFile])).stdout)[1]);
  if (pages > 1) {
    const last = (await run('pdftotext', ['-f', String(pages), '-l', String(pages), '-enc', 'UTF-8', outFile, '-'])).stdout;
    const rest = [person.name, o.title.toUpperCase(), o.title].reduce((t, w) => t.split(w).join(''), last);
    if (!/[\p{L}]/u.test(rest)) throw new Error(`${label}: page ${pages} is empty (source ${momFile})`);
    v.rec(`pages:${pages}`);
  }
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

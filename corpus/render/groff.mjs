// groff-ms: the resume written in the ms macros of groff and typeset to PDF by gropdf
// (`groff -ms -k -Tpdf`). Everything is as ms sets it: justified text (or ragged right, by seed),
// bold `.SH` headings or numbered `.NH` ones ("1.  Experience"), each job's title and company
// (or the company first) with the dates pushed to the right margin by a right-aligned tab stop,
// its city in italics on the next line on some documents, `.IP` bullets (a bullet, an en dash or
// a square, by seed) or a `.PP` paragraph with its first line indented; skill groups as `.IP`
// tagged paragraphs (the group's name hanging in the left margin of the items); the name, headline
// and contact centred at the top (the contact on one line or one item a line). ms prints its page
// header "- 2 -" from the second page on, or the generator moves the page number to the footer or
// puts the name and page number in the header. The fonts are the PDF standard Times or Helvetica,
// which gropdf does not embed; they have no glyph for a letter such as ś, ń or ę, so those letters
// print without their accent (as the truth then says) rather than vanish.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { chooseVariations, dateChecks, docModel, expectedFor, makeRng } from './common.mjs';

const run = promisify(execFile);

// Letters beyond Latin-1 that the standard Type 1 fonts have; any other letter prints as its
// base letter.
const EXTRA = new Set([...'ŁłŒœŠšŽžŸƒ']);
function printable(s) {
  return String(s).replace(/[^\u0000-\u00ff]/gu, (c) => {
    if (EXTRA.has(c) || !/\p{L}/u.test(c)) return c;
    return c.normalize('NFD').replace(/\p{M}/gu, '');
  });
}
function mapStrings(x) {
  if (typeof x === 'string') return printable(x);
  if (Array.isArray(x)) return x.map(mapStrings);
  if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, val]) => [k, mapStrings(val)]));
  return x;
}

// Text for a groff input line: backslashes escaped, a leading control character neutralised.
function t(s) {
  return String(s ?? '').replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1');
}
// Text inside a macro argument in double quotes.
function arg(s) {
  return t(s).replace(/"/g, '\\(dq');
}

export async function renderGroff(ctx, layout, original, outFile) {
  const person = mapStrings(original);
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'hyphenate', 'prose',
    'swap', 'contactOneLine']);
  if (JSON.stringify(person) !== JSON.stringify(original)) v.rec('accents-dropped');
  const rng = makeRng(`${layout.id}/${person.id}/layout`);
  const family = rng.pick(['T', 'H']);
  const size = rng.pick([10, 11]);
  const paper = rng.chance(0.5) ? 'a4' : 'letter';
  const numbered = rng.chance(0.35);
  const ragged = rng.chance(0.4);
  const mark = rng.pick([['bullet', '\\(bu'], ['en-dash', '\\(en'], ['square', '\\(sq']]);
  const pageMark = rng.pick(['header:- N -', 'footer:Page N', 'header:name and page']);
  const locationLine = rng.chance(0.5);
  const sep = rng.pick([', ', ' \\(em ', ' | ']);
  v.rec(`font:${family === 'T' ? 'Times' : 'Helvetica'} ${size}pt`);
  v.rec(`paper:${paper}`);
  v.rec(numbered ? 'headings:numbered .NH' : 'headings:.SH');
  v.rec(ragged ? 'text:ragged-right' : 'text:justified');
  v.rec(`item-mark:${mark[0]}`);
  v.rec(`page-number:${pageMark}`);
  v.rec(locationLine ? 'job-location:own-line' : 'job-location:with-company');
  const m = docModel(person, v);

  let s = `.\\" ${t(m.displayName)} – résumé, groff -ms
.ds FAM ${family}
.nr PS ${size}
.nr VS ${size + 2}
.nr PD 0.35v
.nr PI 2n
.nr LL ${paper === 'a4' ? '6.3i' : '6.5i'}
.nr PO 1i
.nr HM 0.9i
.nr FM 0.9i
.nr GROWPS 2
.nr PSINCR 1.5p
${v.hyphenate ? '.nr HY 6' : '.nr HY 0'}
`;
  if (pageMark === 'footer:Page N') s += '.ds CH\n.ds CF Page %\n';
  else if (pageMark === 'header:name and page') s += `.ds CH\n.ds LH ${t(m.displayName)}\n.ds RH Page %\n`;
  s += `.LP
${ragged ? '.na\n' : ''}.ce 2
\\s[+8]\\fB${t(m.displayName)}\\fP\\s0
.sp 0.3v
\\s[+2]\\fI${t(m.headline)}\\fP\\s0
.sp 0.4v
`;
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  if (v.contactOneLine) s += `.ce 1\n${contact.map(t).join(' \\(bu ')}\n`;
  else s += `.ce ${contact.length}\n${contact.map(t).join('\n')}\n`;
  const heading = (k) => `${numbered ? '.NH' : '.SH'}\n${t(m.heading(k))}\n`;
  // A paragraph whose text runs to a right-aligned tab stop at the right margin.
  const tabbed = (left, right) => `.LP\n${ragged ? '.na\n' : ''}.ta \\n[.l]uR\n${left}${right ? `\t${t(right)}` : ''}\n`;
  if (m.summary) s += `${heading('summary')}.PP\n${ragged ? '.na\n' : ''}${t(m.summary)}\n`;
  s += heading('experience');
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    const withCity = !locationLine && j.location ? `, ${t(j.location)}` : '';
    s += `.ne 4\n${tabbed(`\\fB${t(a)}\\fP${sep}${v.swap ? `\\fI${t(b)}\\fP` : t(b)}${withCity}`, j.dates)}`;
    if (locationLine && j.location) s += `.br\n\\fI${t(j.location)}\\fP\n`;
    if (j.prose != null) s += `.PP\n${ragged ? '.na\n' : ''}${t(j.prose)}\n`;
    for (const x of j.bullets) s += `.IP ${mark[1]} 3n\n${ragged ? '.na\n' : ''}${t(x)}\n`;
  }
  if (m.education.length) s += heading('education');
  for (const e of m.education) s += tabbed(`\\fB${t(e.degree)}\\fP, ${t(e.school)}`, e.dates);
  if (m.skills.length) {
    s += heading('skills');
    const widest = Math.max(8, ...m.skills.map((g) => g.group.length));
    for (const g of m.skills) {
      s += g.group ? `.IP "\\fB${arg(g.group)}\\fP" ${Math.min(widest, 22) + 2}n\n` : '.LP\n';
      s += `${ragged ? '.na\n' : ''}${g.items.map(t).join(', ')}\n`;
    }
  }
  if (m.certifications.length) {
    s += heading('certifications');
    for (const c of m.certifications) s += tabbed(`${t(c.name)}${c.issuer ? `, \\fI${t(c.issuer)}\\fP` : ''}`, c.date);
  }
  if (m.languages.length) {
    s += `${heading('languages')}.LP\n${m.languages.map((l) => t(l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ')}\n`;
  }

  const src = `${ctx.tmp}/${layout.id}--${person.id}.ms`;
  await writeFile(src, s);
  let out;
  try {
    out = await run('groff', ['-ms', '-k', '-Tpdf', '-ww', `-dpaper=${paper}`, `-P-p${paper}`, src],
      { encoding: 'buffer', maxBuffer: 64 << 20 });
  } catch (e) {
    throw new Error(`${layout.id}/${person.id}: groff failed: ${(e.stderr ?? e.message).toString().slice(0, 400)}`);
  }
  const warnings = out.stderr.toString();
  // A glyph the font lacks would silently vanish from the page: stop instead.
  if (/can't find special character|can't find character/.test(warnings)) {
    throw new Error(`${layout.id}/${person.id}: groff: ${warnings.split('\n').find((l) => /can't find/.test(l))} (source ${src})`);
  }
  await writeFile(outFile, out.stdout);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

// The URW Type 1 fonts of TeX Live installed for gropdf, shared by the groff layouts. Debian's
// groff 1.22.4 describes the PDF base fonts by Adobe's old metrics (no ś, ę or ń) and points gropdf
// at Ghostscript's URW files for the others (not installed here), so, as gropdf(1) "FONT
// INSTALLATION" describes, four families are installed for gropdf from the URW Type 1 fonts of
// TeX Live (texlive-fonts-recommended: Nimbus Roman, Nimbus Sans, URW Palladio, Century Schoolbook
// L, whose 316 glyphs cover Central European letters) with afmtodit into a private font directory
// under the family names T, H, P and N (styles R, I, B, BI), and embedded. `groffFonts(ctx)`
// returns {root, widths}: `-F root` for groff, and the AFM glyph widths of each font by name
// ("TB"), to measure a line before setting it.
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const GROFF_FONTS = '/usr/share/groff/current/font/devpdf';
const URW_AFM = '/usr/share/texlive/texmf-dist/fonts/afm/urw';
const URW_PFB = '/usr/share/texlive/texmf-dist/fonts/type1/urw';
// groff family -> TeX Live URW directory and file stem per style (R, I, B, BI).
export const FAMILIES = {
  T: { dir: 'times', files: { R: 'utmr8a', I: 'utmri8a', B: 'utmb8a', BI: 'utmbi8a' }, label: 'Times (Nimbus Roman)' },
  H: { dir: 'helvetic', files: { R: 'uhvr8a', I: 'uhvro8a', B: 'uhvb8a', BI: 'uhvbo8a' }, label: 'Helvetica (Nimbus Sans)' },
  P: { dir: 'palatino', files: { R: 'uplr8a', I: 'uplri8a', B: 'uplb8a', BI: 'uplbi8a' }, label: 'Palatino (URW Palladio)' },
  N: { dir: 'ncntrsbk', files: { R: 'uncr8a', I: 'uncri8a', B: 'uncb8a', BI: 'uncbi8a' }, label: 'New Century Schoolbook' },
};

// The private font directory (`-F dir`: dir/devpdf holds the font descriptions and the download
// list), made once per run; and the AFM widths, to know whether a line fits the measure.
let fontSetup = null;
export function groffFonts(ctx) {
  if (!fontSetup || fontSetup.tmp !== ctx.tmp) {
    fontSetup = { tmp: ctx.tmp, promise: installFonts(ctx.tmp) };
  }
  return fontSetup.promise;
}

async function installFonts(tmp) {
  const root = path.join(tmp, 'groff-fonts');
  const dev = path.join(root, 'devpdf');
  await mkdir(dev, { recursive: true });
  // Only the first download file in the font path is read: keep the system's Symbol and Euro
  // lines (the S and EURO fonts stay the system's) and add the URW files.
  const sys = await readFile(path.join(GROFF_FONTS, 'download'), 'utf8');
  const download = sys.split('\n').filter((l) => /^\t(Symbol|ZapfDingbats|FreeEuro)\t/.test(l));
  const widths = {};
  for (const [fam, f] of Object.entries(FAMILIES)) {
    for (const [style, stem] of Object.entries(f.files)) {
      const name = `${fam}${style}`;
      const afm = path.join(URW_AFM, f.dir, `${stem}.afm`);
      await run('afmtodit', ['-e', path.join(GROFF_FONTS, 'enc', 'text.enc'), '-i', '0', '-m', afm,
        path.join(GROFF_FONTS, 'map', 'textmap'), name], { cwd: dev });
      const desc = await readFile(path.join(dev, name), 'utf8');
      const internal = /^internalname\s+(\S+)/m.exec(desc)[1];
      download.push(`\t${internal}\t${path.join(URW_PFB, f.dir, `${stem}.pfb`)}`);
      widths[name] = afmWidths(await readFile(afm, 'latin1'));
    }
  }
  await writeFile(path.join(dev, 'download'), download.join('\n') + '\n');
  return { root, widths };
}

// Glyph widths (thousandths of an em) by character: ASCII by its code in the AFM's standard
// encoding, a few typographic characters by name; other letters measure as their base letter.
function afmWidths(afm) {
  const byCode = new Map();
  const byName = new Map();
  for (const m of afm.matchAll(/^C (-?\d+) ; WX (\d+) ; N (\S+)/gm)) {
    if (Number(m[1]) >= 0) byCode.set(Number(m[1]), Number(m[2]));
    byName.set(m[3], Number(m[2]));
  }
  const named = { '–': 'endash', '—': 'emdash', '’': 'quoteright', '‘': 'quoteleft', '•': 'bullet', "'": 'quoteright',
    '“': 'quotedblleft', '”': 'quotedblright', '€': 'Euro', '£': 'sterling', '²': 'twosuperior', 'Ł': 'Lslash', 'ł': 'lslash' };
  return (ch) => {
    if (named[ch] && byName.has(named[ch])) return byName.get(named[ch]);
    const c = ch.codePointAt(0);
    if (c >= 32 && c < 127 && byCode.has(c)) return byCode.get(c);
    const base = ch.normalize('NFD')[0];
    const b = base.codePointAt(0);
    if (b >= 32 && b < 127 && byCode.has(b)) return byCode.get(b);
    return 600;
  };
}

// A text line of troff input (already escaped): a line that would start with a control
// character gets \&.
export const troffLine = (t) => {
  const u = t.trim();
  return /^[.']/.test(u) ? `\\&${u}` : u;
};
// A quoted macro argument from troff text (already escaped): double quotes as \(dq.
export const troffArg = (t) => `"${t.replace(/"/g, '\\(dq')}"`;

// A troff length in inches, centimetres or points ("1i", "2.5c", "9p") in points.
const PT_PER = { i: 72, c: 72 / 2.54, p: 1 };
export const toPt = (len) => Number(len.slice(0, -1)) * PT_PER[len.slice(-1)];

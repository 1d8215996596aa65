// Self-check of a rendered file: its text must contain everything `expected` says it prints.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

// Text of a PDF: the layout text, and the text in content-stream order (in the layout text a
// line wrapped in one column is interleaved with the other column's text).
export async function pdfTexts(file) {
  const layout = (await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 })).stdout;
  const raw = (await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 })).stdout;
  return [layout, raw];
}

// Text of a DOCX: the body, headers, footers (and the text boxes inside them).
export async function docxTexts(file) {
  const { stdout: list } = await run('unzip', ['-Z1', file], { maxBuffer: 16 << 20 });
  const parts = list.split('\n').filter((p) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(p));
  let text = '';
  for (const p of parts) {
    const { stdout: xml } = await run('unzip', ['-p', file, p], { maxBuffer: 64 << 20 });
    text += xmlText(xml) + '\n';
  }
  return [text];
}

export function xmlText(xml) {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<w:br\/>|<w:cr\/>/g, '\n')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:instrText[^>]*>[^<]*<\/w:instrText>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

// Normal form for comparison: compatibility forms (ligatures, non-breaking spaces), typographic
// quotes and dashes as ASCII, letter case ignored, whitespace collapsed. `joinHyphens` removes a
// hyphen + line break (a word hyphenated at the end of a line); otherwise the hyphen stays and
// only the line break goes ("555-" + "0143", "medical-" + "surgical", "S/" + "4HANA").
export function normalize(text, { joinHyphens }) {
  // A soft hyphen at the end of a line is where a word was hyphenated (Typst's PDF maps the hyphen it
  // prints there to U+00AD): joined when hyphens are joined; elsewhere soft hyphens are dropped.
  let t = text.normalize('NFKC');
  if (joinHyphens) t = t.replace(/\u00ad[ \t]*\r?\n[ \t]*/g, '');
  t = t.replace(/\u00ad/g, '');
  t = t.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"');
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
  t = joinHyphens
    ? t.replace(/(\p{L})-[ \t]*\r?\n[ \t]*(\p{L})/gu, '$1$2')
    : t.replace(/(\S)([-/])[ \t]*\r?\n[ \t]*(\S)/gu, '$1$2$3');
  return t.replace(/\s+/g, ' ').toLowerCase();
}

// `extra.strings`: more text the renderer printed and wants found, as [what, text] pairs (the
// job dates as that engine formats them).
export function verify(texts, expected, file, extra = {}) {
  const forms = texts.flatMap((t) => [normalize(t, { joinHyphens: true }), normalize(t, { joinHyphens: false })]);
  // A string without spaces (an email, a phone number, a URL) may wrap in a narrow column with no
  // hyphen at all: look for it also with the line breaks removed.
  const unbroken = texts.map((t) => normalize(t.replace(/[ \t]*\r?\n[ \t]*/g, ''), { joinHyphens: false }));
  const missing = [];
  const want = (what, s) => {
    if (s == null || s === '') return;
    const n = normalize(s, { joinHyphens: false });
    if (forms.some((f) => f.includes(n))) return;
    if (!n.includes(' ') && unbroken.some((f) => f.includes(n))) return;
    missing.push(`${what} "${s}"`);
  };
  want('name', expected.name);
  want('email', expected.email);
  want('phone', expected.phone);
  if (expected.postNominals) want('post-nominals', expected.postNominals);
  for (const j of expected.experience) { want('title', j.title); want('company', j.company); }
  for (const e of expected.education) { want('degree', e.degree); want('school', e.school); }
  for (const s of expected.skills) want('skill', s);
  for (const [what, s] of extra.strings ?? []) want(what, s);
  if (missing.length) {
    throw new Error(`self-check failed for ${file}: not found in its text: ${missing.join(', ')}`);
  }
}

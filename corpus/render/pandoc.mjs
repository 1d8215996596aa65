// pandoc: Markdown to DOCX, with pandoc's default reference document (docx-pandoc-default) or
// with a reference document this module builds from it (docx-pandoc-reference: other fonts,
// sizes and heading styles, headings in capitals by style, a page-number footer).
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { chooseVariations, dateChecks, docModel, expectedFor } from './common.mjs';

const run = promisify(execFile);

// Every ASCII punctuation character may be backslash-escaped in pandoc's Markdown; escaping them
// all keeps apostrophes straight and "--" from becoming a dash.
export function md(s) {
  return String(s ?? '').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// The corpus's own reference document, in two variants (chosen per document by seed).
const REFERENCE_VARIANTS = {
  serif: {
    body: { font: 'Georgia', size: 21 }, heading: { font: 'Arial', size: 24, color: '1F3864', caps: true, border: true },
    h2: { font: 'Arial', size: 21, color: '1F3864' }, h3: { font: 'Georgia', size: 21, italic: true }, title: { font: 'Arial', size: 44 },
    footer: 'Page {PAGE} of {NUMPAGES}',
  },
  sans: {
    body: { font: 'Calibri', size: 20 }, heading: { font: 'Calibri Light', size: 28, color: '2E74B5', caps: false, border: false },
    h2: { font: 'Calibri', size: 22, color: '404040', bold: true }, h3: { font: 'Calibri', size: 20, bold: true }, title: { font: 'Calibri Light', size: 52 },
    footer: '{PAGE}/{NUMPAGES}',
  },
};

const referenceCache = new Map();
async function referenceDoc(ctx, variant) {
  if (!referenceCache.has(variant)) {
    referenceCache.set(variant, (async () => {
      // (One file per variant: the two variants are built concurrently.)
      const base = path.join(ctx.tmp, `pandoc-default-reference-${variant}.docx`);
      await run('pandoc', ['-o', base, '--print-default-data-file', 'reference.docx']);
      const zip = await JSZip.loadAsync(await readFile(base));
      const spec = REFERENCE_VARIANTS[variant];
      let styles = await zip.file('word/styles.xml').async('string');
      styles = restyleReference(styles, spec);
      zip.file('word/styles.xml', styles);
      // A footer with page fields, referenced from the reference document's section.
      zip.file('word/footer1.xml', footerXml(spec.footer));
      let rels = await zip.file('word/_rels/document.xml.rels').async('string');
      rels = rels.replace('</Relationships>', '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Id="rIdCorpusFooter" Target="footer1.xml" /></Relationships>');
      zip.file('word/_rels/document.xml.rels', rels);
      let types = await zip.file('[Content_Types].xml').async('string');
      types = types.replace('</Types>', '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml" /></Types>');
      zip.file('[Content_Types].xml', types);
      let doc = await zip.file('word/document.xml').async('string');
      doc = doc.replace(/<w:sectPr\s*\/>|<w:sectPr>[\s\S]*?<\/w:sectPr>/,
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdCorpusFooter" /><w:pgSz w:w="11906" w:h="16838" /><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0" /></w:sectPr>');
      zip.file('word/document.xml', doc);
      const out = path.join(ctx.tmp, `corpus-reference-${variant}.docx`);
      await writeFile(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
      return out;
    })());
  }
  return referenceCache.get(variant);
}

function rPr({ font, size, color, bold, italic, caps }) {
  return `<w:rPr>${font ? `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}" />` : ''}` +
    `${bold ? '<w:b /><w:bCs />' : ''}${italic ? '<w:i /><w:iCs />' : ''}${caps ? '<w:caps />' : ''}` +
    `${color ? `<w:color w:val="${color}" />` : ''}${size ? `<w:sz w:val="${size}" /><w:szCs w:val="${size}" />` : ''}</w:rPr>`;
}

function replaceStyle(styles, id, fn) {
  const re = new RegExp(`(<w:style [^>]*w:styleId="${id}"[^>]*>)([\\s\\S]*?)(</w:style>)`);
  if (!re.test(styles)) throw new Error(`reference.docx has no style ${id}`);
  return styles.replace(re, (_, open, body, close) => open + fn(body) + close);
}
const setRPr = (body, props) => body.replace(/<w:rPr>[\s\S]*?<\/w:rPr>|<w:rPr\s*\/>/, '') + rPr(props);
const setPPr = (body, pPr) => body.replace(/<w:pPr>[\s\S]*?<\/w:pPr>|<w:pPr\s*\/>/, '').replace(/(<w:qFormat\s*\/>)/, `$1${pPr}`);

export function restyleReference(styles, spec) {
  styles = styles.replace(/<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/,
    `<w:rPrDefault>${rPr(spec.body).replace('</w:rPr>', '<w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA" /></w:rPr>')}</w:rPrDefault>`);
  styles = styles.replace(/<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/, '<w:pPrDefault><w:pPr><w:spacing w:after="80" /></w:pPr></w:pPrDefault>');
  styles = replaceStyle(styles, 'BodyText', (b) => setPPr(b, '<w:pPr><w:spacing w:before="0" w:after="80" /></w:pPr>'));
  styles = replaceStyle(styles, 'Compact', (b) => setPPr(b, '<w:pPr><w:spacing w:before="0" w:after="20" /></w:pPr>'));
  const border = spec.heading.border ? '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="808080" /></w:pBdr>' : '';
  styles = replaceStyle(styles, 'Heading1', (b) => setRPr(setPPr(b, `<w:pPr><w:keepNext /><w:keepLines />${border}<w:spacing w:before="240" w:after="80" /><w:outlineLvl w:val="0" /></w:pPr>`), { ...spec.heading, bold: true }));
  styles = replaceStyle(styles, 'Heading2', (b) => setRPr(setPPr(b, '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="160" w:after="20" /><w:outlineLvl w:val="1" /></w:pPr>'), spec.h2));
  styles = replaceStyle(styles, 'Heading3', (b) => setRPr(setPPr(b, '<w:pPr><w:keepNext /><w:keepLines /><w:spacing w:before="120" w:after="0" /><w:outlineLvl w:val="2" /></w:pPr>'), spec.h3));
  styles = replaceStyle(styles, 'Title', (b) => setRPr(setPPr(b, '<w:pPr><w:keepNext /><w:spacing w:before="0" w:after="60" /></w:pPr>'), spec.title));
  styles = replaceStyle(styles, 'Subtitle', (b) => setRPr(setPPr(b, '<w:pPr><w:spacing w:before="0" w:after="120" /></w:pPr>'), { font: spec.body.font, size: 24, italic: true, color: '595959' }));
  return styles;
}

function footerXml(template) {
  const field = (name) => `<w:r><w:fldChar w:fldCharType="begin" /></w:r><w:r><w:instrText xml:space="preserve"> ${name} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate" /></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end" /></w:r>`;
  const parts = template.split(/(\{PAGE\}|\{NUMPAGES\})/).filter(Boolean).map((p) => (p === '{PAGE}' ? field('PAGE')
    : p === '{NUMPAGES}' ? field('NUMPAGES') : `<w:r><w:t xml:space="preserve">${p}</w:t></w:r>`));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:p><w:pPr><w:jc w:val="center" /></w:pPr>${parts.join('')}</w:p></w:ftr>`;
}

// The Markdown of one resume.
function markdown(m, v) {
  const L = [];
  const nl = () => L.push('');
  const style = v.order % 3; // job header style
  v.rec(['job-header:h3-title+company-line', 'job-header:h3-title-at-company', 'job-header:bold-line'][style]);
  // The name as pandoc's title (Title style) or as a level-1 heading; sections are level 2.
  const asTitle = v.seedB * 5 % 1 < 0.5;
  v.rec(asTitle ? 'name:title-block' : 'name:heading-1');
  L.push(asTitle ? `% ${md(m.displayName)}` : `# ${md(m.displayName)}`, '');
  L.push(md(m.headline), '');
  const contact = [md(m.email), md(m.phone), md(m.location),
    ...m.links.map((l) => (v.icons ? `[↗](${l.url})` : `[${md(l.label)}](${l.url})`))];
  L.push(v.contactOneLine ? contact.join(' \\| ') : contact.join('\\\n'), '');
  if (m.summary) L.push(`## ${md(m.heading('summary'))}`, '', md(m.summary), '');
  L.push(`## ${md(m.heading('experience'))}`, '');
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    if (style === 0) L.push(`### ${md(a)}`, '', `*${md(b)}*${j.location ? `, ${md(j.location)}` : ''} \\| ${md(j.dates)}`, '');
    else if (style === 1) L.push(`### ${md(a)}${v.swap ? ' — ' : ' at '}${md(b)}`, '', `${md(j.dates)}${j.location ? ` · ${md(j.location)}` : ''}`, '');
    else L.push(`**${md(a)}**, ${md(b)}${j.location ? `, ${md(j.location)}` : ''} — ${md(j.dates)}`, '');
    if (j.prose != null) L.push(md(j.prose), '');
    else if (j.bullets.length) { for (const b2 of j.bullets) L.push(`- ${md(b2)}`); nl(); }
  }
  if (m.education.length) {
    L.push(`## ${md(m.heading('education'))}`, '');
    for (const e of m.education) {
      L.push(`**${md(e.degree)}**  `, `${md(e.school)}${e.location ? `, ${md(e.location)}` : ''}${e.dates ? ` — ${md(e.dates)}` : ''}`, '');
    }
  }
  if (m.skills.length) {
    L.push(`## ${md(m.heading('skills'))}`, '');
    const asList = v.seedA * 3 % 1 < 0.4;
    v.rec(asList ? 'skills:bullet-list' : 'skills:group-lines');
    if (asList) { for (const g of m.skills) for (const it of g.items) L.push(`- ${md(it)}`); nl(); }
    else for (const g of m.skills) L.push(`${g.group ? `**${md(g.group)}:** ` : ''}${g.items.map(md).join(', ')}`, '');
  }
  if (m.certifications.length) {
    L.push(`## ${md(m.heading('certifications'))}`, '');
    for (const c of m.certifications) L.push(`- ${md(c.name)}${c.issuer ? `, ${md(c.issuer)}` : ''}${c.date ? ` (${md(c.date)})` : ''}`);
    nl();
  }
  if (m.languages.length) {
    L.push(`## ${md(m.heading('languages'))}`, '', m.languages.map((l) => `${md(l.language)} (${md(l.fluency)})`).join(', '), '');
  }
  return L.join('\n');
}

export async function renderPandoc(ctx, layout, person, outFile) {
  const custom = layout.reference === 'custom';
  const v = chooseVariations(layout.id, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'icons', 'prose',
    'swap', 'contactOneLine']);
  const m = docModel(person, v);
  const args = ['-f', 'markdown-smart', '-t', 'docx', '-o', outFile];
  if (custom) {
    const variant = v.seedB < 0.5 ? 'serif' : 'sans';
    v.rec(`reference:${variant}`);
    v.rec(`footer:${REFERENCE_VARIANTS[variant].footer.replace('{PAGE}', '1').replace('{NUMPAGES}', '2')}`);
    if (REFERENCE_VARIANTS[variant].heading.caps) v.rec('caps-headings-by-style');
    args.push('--reference-doc', await referenceDoc(ctx, variant));
  }
  const mdFile = path.join(ctx.tmp, `${layout.id}--${person.id}.md`);
  await writeFile(mdFile, markdown(m, v));
  await run('pandoc', [...args, mdFile]);
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

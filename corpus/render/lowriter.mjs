// docx-lo-writer: a Word document written by LibreOffice Writer itself. The resume is a flat ODT
// (`.fodt`, Writer's own XML, templated here) as a Writer user would make it: paragraph styles
// (Writer's "Heading 1"/"Heading 2" and "Title", or custom styles of the user's own), the name and
// contact in a borderless two-cell table or with the contact in a frame at the right, job lines
// with the dates on a right-aligned tab stop, Writer list styles for the bullets (seeded bullet
// character), and a page footer with page-number fields on some documents. All files of the layout
// are saved as DOCX ("MS Word 2007 XML") in one `soffice --convert-to docx` call.
import { writeFile } from 'node:fs/promises';
import { chooseVariations, dateChecks, docModel, escapeHtml as x, expectedFor, languagesLine, makeRng } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const FONTS = [['Liberation Serif', 'roman'], ['Liberation Sans', 'swiss'], ['Carlito', 'swiss'], ['DejaVu Sans', 'swiss'],
  ['DejaVu Serif', 'roman']];
const COLOURS = ['#1f3864', '#2e5e4e', '#7b2d26', '#404040', '#3b3b8f', '#8a4b08'];
const BULLETS = [['bullet', '•'], ['en-dash', '–'], ['small-square', '▪'], ['white-bullet', '◦'], ['arrowhead', '➢'], ['check', '✓']];
const PAPERS = { A4: [21, 29.7], Letter: [21.59, 27.94] };

// Paragraph text: XML-escaped, runs of spaces kept as Writer keeps them.
const t = (s) => x(s).replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
const span = (style, s) => `<text:span text:style-name="${style}">${t(s)}</text:span>`;
const p = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;

function styles(s) {
  const [font, generic] = s.font;
  const heading = s.headingStyles
    ? `<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
      <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
      <style:text-properties style:font-name="${s.headingFont}" fo:font-size="${s.size + 3}pt"/></style:style>
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
      <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"${s.rule ? ` fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid ${s.colour}"` : ''}/>
      <style:text-properties fo:font-size="${s.size + 3}pt" fo:font-weight="bold" fo:color="${s.colour}"${s.capsHeadings ? ' fo:text-transform="uppercase"' : ''}/></style:style>
    <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
      <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0cm"><style:tab-stops><style:tab-stop style:position="${s.width}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
      <style:text-properties style:font-name="${font}" fo:font-size="${s.size}pt" fo:font-weight="bold" fo:color="#000000"/></style:style>
    <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.05cm"/>
      <style:text-properties fo:font-size="${s.nameSize}pt" fo:font-weight="bold"/></style:style>
    <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
      <style:text-properties fo:font-size="${s.size + 2}pt" fo:color="${s.colour}"/></style:style>`
    : `<style:style style:name="Resume_20_Name" style:display-name="Resume Name" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-bottom="0.05cm"/>
      <style:text-properties fo:font-size="${s.nameSize}pt" fo:font-weight="bold" fo:color="${s.colour}"/></style:style>
    <style:style style:name="Resume_20_Headline" style:display-name="Resume Headline" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-bottom="0.1cm"/>
      <style:text-properties fo:font-size="${s.size + 1.5}pt" fo:font-style="italic"/></style:style>
    <style:style style:name="Section_20_Title" style:display-name="Section Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
      <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"${s.rule ? ` fo:padding-bottom="0.05cm" fo:border-bottom="0.5pt solid ${s.colour}"` : ' fo:background-color="#e8e8e8" fo:padding="0.05cm"'}/>
      <style:text-properties fo:font-size="${s.size + 1}pt" fo:font-weight="bold" fo:letter-spacing="0.02cm" fo:color="${s.colour}"${s.capsHeadings ? ' fo:text-transform="uppercase"' : ' fo:font-variant="small-caps"'}/></style:style>
    <style:style style:name="Job_20_Title" style:display-name="Job Title" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="${s.width}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
      <style:text-properties fo:font-weight="bold"/></style:style>`;
  return `<office:font-face-decls>
    <style:font-face style:name="${font}" svg:font-family="'${font}'" style:font-family-generic="${generic}" style:font-pitch="variable"/>
    ${s.headingFont !== font ? `<style:font-face style:name="${s.headingFont}" svg:font-family="'${s.headingFont}'" style:font-family-generic="swiss" style:font-pitch="variable"/>` : ''}
    <style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" style:font-charset="x-symbol"/>
  </office:font-face-decls>
  <office:styles>
    <style:default-style style:family="paragraph">
      <style:paragraph-properties style:tab-stop-distance="1.25cm"/>
      <style:text-properties style:font-name="${font}" fo:font-size="${s.size}pt" fo:language="en" fo:country="${s.country}" fo:hyphenate="${s.hyphenate}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
    </style:default-style>
    <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
    <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:text-align="${s.justify ? 'justify' : 'start'}"/></style:style>
    <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:text-align="${s.header === 'centred' ? 'center' : 'end'}"/>
      <style:text-properties fo:font-size="${s.size - 0.5}pt"/></style:style>
    <style:style style:name="Job_20_Details" style:display-name="Job Details" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-bottom="0.08cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="${s.width}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
      <style:text-properties fo:font-style="italic" fo:color="#444444"/></style:style>
    <style:style style:name="Dated_20_Line" style:display-name="Dated Line" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
      <style:paragraph-properties fo:margin-bottom="0.06cm"><style:tab-stops><style:tab-stop style:position="${s.width}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
    <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="Resume_20_Bullets" style:class="list">
      <style:paragraph-properties fo:margin-bottom="0.04cm" fo:text-align="${s.justify ? 'justify' : 'start'}"/></style:style>
    <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
      <style:paragraph-properties fo:text-align="${s.footerAlign}"/>
      <style:text-properties fo:font-size="8pt" fo:color="#666666"/></style:style>
    ${heading}
    <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
    <style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
    <style:style style:name="Post_20_Nominals" style:display-name="Post Nominals" style:family="text"><style:text-properties fo:font-size="${Math.round(s.nameSize * 0.55)}pt" fo:font-weight="normal"/></style:style>
    <style:style style:name="Frame" style:family="graphic"><style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>
    <text:list-style style:name="Resume_20_Bullets" style:display-name="Resume Bullets">
      <text:list-level-style-bullet text:level="1" text:bullet-char="${s.bullet[1]}">
        <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
          <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${s.indent}cm" fo:text-indent="-${s.indent / 2}cm" fo:margin-left="${s.indent}cm"/>
        </style:list-level-properties>
        <style:text-properties style:font-name="OpenSymbol"/>
      </text:list-level-style-bullet>
    </text:list-style>
  </office:styles>`;
}

function automaticStyles(s) {
  const [w, hgt] = PAPERS[s.paper];
  const left = (s.width * s.split).toFixed(2);
  const right = (s.width - left).toFixed(2);
  return `<office:automatic-styles>
    <style:style style:name="HeaderTable" style:family="table"><style:table-properties style:width="${s.width}cm" table:align="margins" fo:margin-bottom="0.2cm"/></style:style>
    <style:style style:name="HeaderTable.A" style:family="table-column"><style:table-column-properties style:column-width="${left}cm"/></style:style>
    <style:style style:name="HeaderTable.B" style:family="table-column"><style:table-column-properties style:column-width="${right}cm"/></style:style>
    <style:style style:name="HeaderTable.A1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0cm" fo:border="none"/></style:style>
    <style:style style:name="HeaderTable.B1" style:family="table-cell"><style:table-cell-properties style:vertical-align="top" fo:padding="0cm" fo:border="none"/></style:style>
    <style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:padding="0cm" fo:border="none" fo:background-color="transparent" draw:fill="none"/></style:style>
    <style:page-layout style:name="pm1">
      <style:page-layout-properties fo:page-width="${w}cm" fo:page-height="${hgt}cm" style:print-orientation="portrait" fo:margin-top="${s.margin}cm" fo:margin-bottom="${s.margin}cm" fo:margin-left="${s.margin}cm" fo:margin-right="${s.margin}cm"/>
      <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>
    </style:page-layout>
  </office:automatic-styles>
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="pm1">${s.footer ? `<style:footer>${footer(s)}</style:footer>` : ''}</style:master-page>
  </office:master-styles>`;
}

function footer(s) {
  if (s.footer === 'Page 1 of 2') return p('Footer', 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>');
  if (s.footer === '1/2') return p('Footer', '<text:page-number text:select-page="current">1</text:page-number>/<text:page-count>1</text:page-count>');
  return p('Footer', t(`${s.footerName} – Résumé`));
}

function body(m, v, s) {
  const out = [];
  const H = s.headingStyles;
  const nameStyle = H ? 'Title' : 'Resume_20_Name';
  const headlineStyle = H ? 'Subtitle' : 'Resume_20_Headline';
  const name = `${t(m.name)}${m.postNominals ? span('Post_20_Nominals', `, ${m.postNominals}`) : ''}`;
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)];
  const link = (l) => `<text:a xlink:type="simple" xlink:href="${x(l.url)}">${t(l.label)}</text:a>`;
  const contactParas = [m.email, m.phone, m.location].map((c) => p('Contact', t(c))).concat(m.links.map((l) => p('Contact', link(l))));
  if (s.header === 'table') {
    out.push(`<table:table table:name="Header" table:style-name="HeaderTable">
      <table:table-column table:style-name="HeaderTable.A"/><table:table-column table:style-name="HeaderTable.B"/>
      <table:table-row>
        <table:table-cell table:style-name="HeaderTable.A1" office:value-type="string">${p(nameStyle, name)}${p(headlineStyle, t(m.headline))}</table:table-cell>
        <table:table-cell table:style-name="HeaderTable.B1" office:value-type="string">${contactParas.join('')}</table:table-cell>
      </table:table-row></table:table>`);
  } else if (s.header === 'frame') {
    const frame = `<draw:frame draw:style-name="fr1" draw:name="Contact" text:anchor-type="paragraph" svg:width="${s.frameWidth}cm" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">${contactParas.join('')}</draw:text-box></draw:frame>`;
    out.push(p(nameStyle, frame + name), p(headlineStyle, t(m.headline)));
  } else {
    out.push(p(`${nameStyle}_C`, name), p(`${headlineStyle}_C`, t(m.headline)), p('Contact', contact.map(t).join(s.contactSep)));
  }
  const heading = (k) => p(H ? 'Heading_20_1' : 'Section_20_Title', t(m.heading(k)));
  const bullets = (items) => `<text:list text:style-name="Resume_20_Bullets">${items.map((b) => `<text:list-item>${p('List_20_Paragraph', t(b))}</text:list-item>`).join('')}</text:list>`;
  const jobStyle = H && s.jobHeading2 ? 'Heading_20_2' : H ? 'Job_20_Title_H' : 'Job_20_Title';
  if (m.summary) out.push(heading('summary'), p('Text_20_body', t(m.summary)));
  out.push(heading('experience'));
  for (const j of m.jobs) {
    const [a, b] = v.swap ? [j.company, j.title] : [j.title, j.company];
    if (s.job === 'one-line') {
      out.push(p(jobStyle, `${t(a)}${span('Job_20_Second', `${s.jobSep}${b}`)}<text:tab/>${span('Job_20_Dates', j.dates)}`));
      if (j.location) out.push(p('Job_20_Details', t(j.location)));
    } else {
      out.push(p(jobStyle, `${t(a)}<text:tab/>${span('Job_20_Dates', j.dates)}`));
      out.push(p('Job_20_Details', t(`${b}${j.location ? `, ${j.location}` : ''}`)));
    }
    if (j.prose != null) out.push(p('Text_20_body', t(j.prose)));
    else if (j.bullets.length) out.push(bullets(j.bullets));
  }
  if (m.education.length) {
    out.push(heading('education'));
    for (const e of m.education) {
      if (s.education === 'degree-line') {
        out.push(p('Dated_20_Line', `${span('Strong_20_Emphasis', e.degree)}, ${t(e.school)}${e.location ? `, ${t(e.location)}` : ''}<text:tab/>${t(e.dates)}`));
      } else {
        out.push(p('Dated_20_Line_K', `${span('Strong_20_Emphasis', e.school)}${e.location ? `, ${t(e.location)}` : ''}<text:tab/>${t(e.dates)}`),
          p('Job_20_Details', t(e.degree)));
      }
    }
  }
  if (m.skills.length) {
    out.push(heading('skills'));
    if (s.skills === 'list') {
      out.push(`<text:list text:style-name="Resume_20_Bullets">${m.skills.map((g) => `<text:list-item>${p('List_20_Paragraph',
        `${g.group ? span('Strong_20_Emphasis', `${g.group}: `) : ''}${t(g.items.join(', '))}`)}</text:list-item>`).join('')}</text:list>`);
    } else {
      for (const g of m.skills) out.push(p('Text_20_body', `${g.group ? span('Strong_20_Emphasis', `${g.group}: `) : ''}${t(g.items.join(', '))}`));
    }
  }
  if (m.certifications.length) {
    out.push(heading('certifications'));
    for (const c of m.certifications) out.push(p('Dated_20_Line', `${t(c.name)}${c.issuer ? `, ${span('Emphasis', c.issuer)}` : ''}<text:tab/>${t(c.date)}`));
  }
  if (m.languages.length) {
    out.push(heading('languages'), p('Text_20_body', t(languagesLine(m.languages))));
  }
  return out.join('\n');
}

// Automatic paragraph and text styles the body uses beside the named ones (as Writer writes
// direct formatting): centred name and headline, a kept-with-next school line, the job's second
// half and dates.
function bodyStyles(s) {
  const H = s.headingStyles;
  const nameStyle = H ? 'Title' : 'Resume_20_Name';
  const headlineStyle = H ? 'Subtitle' : 'Resume_20_Headline';
  return `<style:style style:name="${nameStyle}_C" style:family="paragraph" style:parent-style-name="${nameStyle}"><style:paragraph-properties fo:text-align="center"/></style:style>
    <style:style style:name="${headlineStyle}_C" style:family="paragraph" style:parent-style-name="${headlineStyle}"><style:paragraph-properties fo:text-align="center"/></style:style>
    <style:style style:name="Dated_20_Line_K" style:family="paragraph" style:parent-style-name="Dated_20_Line"><style:paragraph-properties fo:margin-bottom="0cm" fo:keep-with-next="always"/></style:style>
    ${H ? `<style:style style:name="Job_20_Title_H" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="${s.width}cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
      <style:text-properties fo:font-weight="bold"/></style:style>` : ''}
    <style:style style:name="Job_20_Second" style:family="text"><style:text-properties fo:font-weight="normal"/></style:style>
    <style:style style:name="Job_20_Dates" style:family="text"><style:text-properties fo:font-weight="normal" fo:color="#444444"/></style:style>`;
}

function fodt(m, v, s) {
  const auto = automaticStyles(s).replace('<office:automatic-styles>', `<office:automatic-styles>\n    ${bodyStyles(s)}`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
  <office:meta><dc:title>${x(m.displayName)} – Résumé</dc:title><meta:initial-creator>${x(m.displayName)}</meta:initial-creator></office:meta>
  ${styles(s)}
  ${auto}
  <office:body><office:text>
${body(m, v, s)}
  </office:text></office:body>
</office:document>
`;
}

// Decides the layout of one document and writes its flat ODT to `file`.
async function buildFodt(layoutId, person, file) {
  const v = chooseVariations(layoutId, person, ['dates', 'headings', 'capsHeadings', 'capsName', 'footer', 'hyphenate',
    'prose', 'swap', 'headingStyles']);
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const paper = rng.chance(0.5) ? 'A4' : 'Letter';
  const margin = rng.pick([1.5, 1.8, 2, 2.5]);
  const s = {
    font,
    headingFont: rng.chance(0.5) ? font[0] : 'Liberation Sans',
    size: rng.pick([10, 10.5, 11]),
    nameSize: rng.pick([20, 22, 24]),
    colour: rng.pick(COLOURS),
    paper,
    margin,
    width: +(PAPERS[paper][0] - 2 * margin).toFixed(2),
    country: paper === 'A4' ? 'GB' : 'US',
    header: rng.pick(['table', 'frame', 'centred']),
    split: rng.pick([0.55, 0.6, 0.65]),
    frameWidth: rng.pick([6.5, 7, 7.5]),
    contactSep: rng.pick([' | ', ' · ', ' • ']),
    rule: rng.chance(0.6),
    jobHeading2: rng.chance(0.5),
    job: rng.chance(0.5) ? 'one-line' : 'two-lines',
    jobSep: rng.pick([', ', ' — ', ' at ', ' | ']),
    bullet: rng.pick(BULLETS),
    indent: rng.pick([0.9, 1.1, 1.27]),
    education: rng.chance(0.5) ? 'degree-line' : 'school-then-degree',
    skills: rng.chance(0.35) ? 'list' : 'lines',
    justify: rng.chance(0.4),
    footerAlign: rng.pick(['center', 'end']),
    headingStyles: v.headingsAsStyles,
    capsHeadings: !!v.capsHeadings,
    hyphenate: v.hyphenate ? 'true' : 'false',
    footer: v.footer ?? null,
  };
  if (v.swap && s.jobSep === ' at ') s.jobSep = ' — ';
  v.rec(`font:${font[0]} ${s.size}pt${s.headingFont !== font[0] ? `, headings ${s.headingFont}` : ''}`);
  v.rec(`paper:${paper}`);
  v.rec(`margins:${margin}cm`);
  v.rec(`header:${s.header}`);
  if (s.header === 'centred') v.rec(`contact-separator:${s.contactSep.trim()}`);
  v.rec(s.rule ? 'heading-rule' : (s.headingStyles ? 'heading-plain' : 'heading-shaded'));
  if (s.headingStyles) v.rec(s.jobHeading2 ? 'job-line:heading-2' : 'job-line:bold-paragraph');
  v.rec(s.job === 'one-line' ? `job-header:one-line separator ${s.jobSep.trim()}` : 'job-header:two-lines');
  v.rec(`bullet-char:${s.bullet[0]}`);
  v.rec(`education:${s.education}`);
  v.rec(`skills:${s.skills}`);
  if (s.justify) v.rec('justified');
  if (s.footer) v.rec(`footer-align:${s.footerAlign}`);
  const m = docModel(person, v);
  s.footerName = m.displayName;
  // The capitals of a heading style are a text transformation: the text stays as typed.
  const model = { ...m, heading: s.capsHeadings ? (k) => v.headings[k] : m.heading };
  await writeFile(file, fodt(model, v, s));
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderLoWriterBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'fodt', (person, file) => buildFodt(layout.id, person, file),
    'fodt', { convertTo: 'docx:MS Word 2007 XML', ext: 'docx', note: 'saved-by:libreoffice-writer' });
}

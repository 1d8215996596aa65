// docx-lo-odt-native: a resume authored natively in LibreOffice Writer and saved as DOCX. The
// resume is written here as a flat ODT (`.fodt`) with the styles a Writer user reaches for, and
// `soffice --convert-to 'docx:MS Word 2007 XML'` saves it (all files of the layout in one call with
// a private profile, `libreOfficeBatch`), so the DOCX holds what Writer itself exports:
// - the name in Writer's "Title" style (the post-nominals after a comma on the same line, at the
//   name's size or smaller), or in Writer's "Heading" style made larger by direct formatting, or
//   in a custom "Name" style; capital name by the style's text transformation on some documents;
//   the headline in "Subtitle";
// - the contact in a frame (draw:frame + draw:text-box) anchored to the name paragraph at the
//   right, in the page header, in a borderless two-cell table under the name, or on one line;
// - section names in "Heading 1" (seeded wording; capitals by the style's fo:text-transform, the
//   stored text as written), with Writer's outline numbering printing nothing, "1." or "I.";
// - each job "Title, Company<tab>dates" (right tab stop; the company first on some documents),
//   "Company — City" over "Title<tab>dates", or "dates<tab>Title at Company" with the dates in a
//   left column (a hanging indent); the first line in "Heading 2", a custom paragraph style or
//   "Text body"; tab stops in the paragraph style or as direct formatting; "Strong Emphasis" and
//   "Emphasis" character styles or direct bold and italics;
// - bullets in "List Bullet"/"List Number" paragraphs tied to a list style, or in a custom list
//   style (•, –, ▪, ➢ in OpenSymbol, or "1."), or a "Text body" paragraph (prose);
// - skills as "Group: a, b" lines or one per line, in a two-column Writer section on some
//   documents; a "Page N of M" footer (page-number and page-count fields) on some.
import { writeFile } from 'node:fs/promises';
import { DATE_STYLES, chooseVariations, dateChecks, docModel, escapeHtml, expectedFor, joinComma, makeRng, schoolYears } from './common.mjs';
import { libreOfficeBatch } from './libreoffice.mjs';

const FONTS = [
  { name: 'Liberation Serif', generic: 'roman' },
  { name: 'Liberation Sans', generic: 'swiss' },
  { name: 'Carlito', generic: 'swiss' },
  { name: 'DejaVu Sans', generic: 'swiss' },
  { name: 'DejaVu Serif', generic: 'roman' },
];
const PAPER = { A4: [21, 29.7], Letter: [21.59, 27.94] };
const COLOURS = ['#000000', '#1f3864', '#2f5233', '#7b2c2c', '#404040', '#1e4d78'];
const DATE_STYLE_CHOICES = ['Jun 2019', '06/2019', 'June 2019', '2019'];
const PRESENT_CHOICES = ['Present', 'Current', 'now', 'today'];
const RANGE_CHOICES = ['–', '-', 'to'];
const BULLETS = ['•', '–', '▪', '➢'];

// Text and attribute values in the flat ODT: the same escaping as HTML's.
const xml = escapeHtml;

const cm = (x) => `${Math.round(x * 1000) / 1000}cm`;

// The layout decisions for one document.
function options(layoutId, person, v) {
  const rng = makeRng(`${layoutId}/${person.id}/layout`);
  const font = rng.pick(FONTS);
  const o = {
    font,
    headFont: rng.chance(0.4) ? FONTS[1] : font,
    size: rng.pick([10, 10.5, 11]),
    paper: rng.chance(0.5) ? 'A4' : 'Letter',
    margin: rng.pick([1.5, 1.8, 2, 2.3]),
    colour: rng.pick(COLOURS),
    nameStyle: rng.pick(['title', 'title', 'heading', 'custom']),
    nameSize: rng.pick([20, 22, 24, 26]),
    nameAlign: rng.pick(['start', 'center']),
    capsName: rng.chance(0.25),
    postSmall: rng.chance(0.4),
    contact: rng.pick(['frame', 'frame', 'header', 'table', 'line']),
    contactSep: rng.pick([' · ', ' | ', ' • ']),
    headingCaps: rng.chance(0.4),
    headingBorder: rng.chance(0.5),
    headingSize: rng.pick([12, 13, 14]),
    outline: rng.pick(['none', 'none', '1.', 'I.']),
    jobFormat: rng.pick(['title-company-right', 'company-line', 'dates-left']),
    jobHead: rng.pick(['heading2', 'custom', 'body']),
    tabsInStyle: rng.chance(0.5),
    jobSep: rng.pick([', ', ' — ', ' | ']),
    strongOn: rng.chance(0.6) ? 'title' : 'company',
    emph: rng.chance(0.65) ? 'char-styles' : 'direct',
    cityLine: rng.chance(0.5),
    listPara: rng.chance(0.5) ? 'list-bullet-style' : 'custom-list',
    bullet: rng.chance(0.15) ? '1.' : rng.pick(BULLETS),
    skills: rng.pick(['comma', 'per-line']),
    skillsColumns: rng.chance(0.5),
    footer: rng.chance(0.45) ? rng.pick(['Page N of M', 'Page N of M', 'N / M', 'Page N']) : null,
    footerAlign: rng.pick(['center', 'end']),
    justify: rng.chance(0.3),
    hyphenate: rng.chance(0.4),
  };
  // Dates in a left column read "2019 – now<tab>Title at Company" (or with a comma).
  if (o.jobFormat === 'dates-left' && o.jobSep !== ', ') o.jobSep = ' at ';
  // The frame sits at the right of a left-aligned name.
  if (o.contact === 'frame') o.nameAlign = 'start';
  // A one-per-line skill list is long: in two columns it is half as long.
  // (A comma list is not set in columns: a group's line would break into the other column.)
  if (o.skills === 'per-line' && person.skills.reduce((n, g) => n + g.items.length, 0) > 14) o.skillsColumns = true;
  if (o.skills === 'comma') o.skillsColumns = false;
  // Dates: Writer users type them in many ways.
  v.dateStyle = rng.pick(DATE_STYLE_CHOICES);
  v.present = rng.pick(PRESENT_CHOICES);
  v.sep = rng.pick(RANGE_CHOICES);
  v.swap = o.jobFormat === 'title-company-right' && rng.chance(0.3);
  return o;
}

function record(v, o, person) {
  v.rec(`date:${v.dateStyle}`);
  v.rec(`present:${v.present}`);
  v.rec(`range-separator:${v.sep}`);
  v.rec(`font:${o.font.name} ${o.size}pt${o.headFont !== o.font ? `, headings ${o.headFont.name}` : ''}`);
  v.rec(`paper:${o.paper}`);
  v.rec(`name:${{ title: 'Title style', heading: 'Heading style, larger by direct formatting', custom: 'custom Name style' }[o.nameStyle]}`);
  if (o.capsName) v.rec('caps-name:text-transform');
  if (person.postNominals) v.rec(o.postSmall ? 'post-nominals:smaller' : 'post-nominals:same-size');
  v.rec(`contact:${{ frame: 'frame at the right', header: 'page header', table: 'two-cell table', line: 'one line' }[o.contact]}`);
  v.rec(`headings:Heading 1${o.headingCaps ? ', capitals by text-transform' : ''}${o.headingBorder ? ', bottom border' : ''}`);
  v.rec(`outline-numbering:${o.outline}`);
  v.rec(`job-format:${o.jobFormat}`);
  if (o.jobFormat !== 'dates-left') v.rec(`job-line-style:${{ heading2: 'Heading 2', custom: 'custom style', body: 'Text body' }[o.jobHead]}`);
  v.rec(o.tabsInStyle ? 'tab-stops:in-style' : 'tab-stops:direct');
  if (o.jobFormat !== 'company-line') v.rec(`job-line-separator:${o.jobSep.trim()}`);
  if (v.swap) v.rec('company-before-title');
  v.rec(`emphasis:${o.emph === 'char-styles' ? 'Strong Emphasis/Emphasis' : 'direct'} bold on ${o.jobFormat === 'company-line' ? 'company' : o.strongOn}`);
  if (o.jobFormat === 'title-company-right' && o.cityLine) v.rec('job-city-line');
  v.rec(`list:${o.listPara === 'list-bullet-style' ? (o.bullet === '1.' ? 'List Number' : 'List Bullet') : 'custom list style'} ${o.bullet}`);
  v.rec(`skills:${o.skills}${o.skillsColumns ? ', two-column section' : ''}`);
  if (o.footer) v.rec(`footer:${o.footer}`);
  if (o.justify) v.rec('justified');
  if (o.hyphenate) v.rec('hyphenation');
}

// ---------------------------------------------------------------------------------------------
// The flat ODT.

function styles(o, textWidth, dateCol) {
  const f = o.font.name;
  const hf = o.headFont.name;
  const fonts = [...new Set([f, hf, 'Liberation Sans', 'OpenSymbol'])];
  const generic = (n) => (FONTS.find((x) => x.name === n)?.generic ?? 'system');
  const fontDecls = fonts.map((n) => `<style:font-face style:name="${n}" svg:font-family="'${n}'" style:font-family-generic="${generic(n)}" style:font-pitch="variable"${n === 'OpenSymbol' ? ' style:font-charset="x-symbol"' : ''}/>`).join('\n');
  const rightTab = `<style:tab-stops><style:tab-stop style:position="${cm(textWidth)}" style:type="right"/></style:tab-stops>`;
  const leftCol = `fo:margin-left="${cm(dateCol)}" fo:text-indent="${cm(-dateCol)}"`;
  const leftTab = `<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>`;
  const caps = o.headingCaps ? ' fo:text-transform="uppercase"' : '';
  const border = o.headingBorder ? ` fo:border-bottom="0.5pt solid ${o.colour}" fo:padding-bottom="0.05cm"` : '';
  const align = (a) => (a === 'center' ? 'center' : 'start');
  const hang = o.jobFormat === 'dates-left';
  const listIndent = (hang ? dateCol : 0) + 0.6;
  const bulletLevel = o.bullet === '1.'
    ? `<text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1">`
    : `<text:list-level-style-bullet text:level="1" text:style-name="Bullet_20_Symbols" text:bullet-char="${o.bullet}">`;
  const bulletEnd = o.bullet === '1.' ? '</text:list-level-style-number>' : '</text:list-level-style-bullet>';
  const listStyleName = o.listPara === 'list-bullet-style'
    ? (o.bullet === '1.' ? ['Numbering_20_123', 'Numbering 123'] : ['List_20_1', 'List 1'])
    : ['Resume_20_Bullets', 'Resume Bullets'];
  const listStyle = `<text:list-style style:name="${listStyleName[0]}" style:display-name="${listStyleName[1]}">
${bulletLevel}
<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${cm(listIndent)}" fo:text-indent="-0.5cm" fo:margin-left="${cm(listIndent)}"/>
</style:list-level-properties>
${o.bullet === '1.' ? '' : '<style:text-properties style:font-name="OpenSymbol"/>'}
${bulletEnd}
</text:list-style>`;
  // Writer's outline numbering: every level prints nothing, or level 1 prints "1." or "I.".
  const outlineLevels = Array.from({ length: 10 }, (_, i) => {
    const visible = i === 0 && o.outline !== 'none';
    const fmt = visible ? ` style:num-format="${o.outline === 'I.' ? 'I' : '1'}" style:num-suffix="."` : ' style:num-format=""';
    const pos = visible ? 0.9 : 0;
    return `<text:outline-level-style text:level="${i + 1}"${fmt}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"${visible ? ` text:list-tab-stop-position="${cm(pos)}" fo:text-indent="${cm(-pos)}" fo:margin-left="${cm(pos)}"` : ''}/></style:list-level-properties></text:outline-level-style>`;
  }).join('\n');
  const jobHeadProps = 'fo:margin-top="0.2cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always"';
  const jobTabs = o.tabsInStyle ? (hang ? leftTab : rightTab) : '';
  const jobHang = o.tabsInStyle && hang ? ` ${leftCol}` : '';
  return { fontDecls, styles: `<office:styles>
<style:default-style style:family="paragraph">
<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="page" style:tab-stop-distance="1.25cm"/>
<style:text-properties style:font-name="${f}" fo:font-size="${o.size}pt" fo:language="en" fo:country="US" fo:hyphenate="${o.hyphenate}" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" fo:keep-with-next="always"/>
<style:text-properties style:font-name="${hf}" fo:font-size="14pt"/>
</style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.12cm" fo:line-height="112%"${o.justify ? ' fo:text-align="justify"' : ''}/>
</style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Subtitle" style:class="chapter">
<style:paragraph-properties fo:text-align="${align(o.nameAlign)}" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>
<style:text-properties fo:font-size="${o.nameSize}pt" fo:font-weight="bold" fo:color="${o.colour}"${o.capsName && o.nameStyle === 'title' ? ' fo:text-transform="uppercase"' : ''}/>
</style:style>
<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:class="chapter">
<style:paragraph-properties fo:text-align="${align(o.nameAlign)}" fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
<style:text-properties fo:font-size="${o.size + 3}pt" fo:font-style="italic" fo:color="#404040"/>
</style:style>
<style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Subtitle" style:class="text">
<style:paragraph-properties fo:text-align="${align(o.nameAlign)}" fo:margin-top="0cm" fo:margin-bottom="0.15cm"/>
<style:text-properties style:font-name="${hf}" fo:font-size="${o.nameSize}pt" fo:font-weight="bold"${o.capsName && o.nameStyle === 'custom' ? ' fo:text-transform="uppercase"' : ''}/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
<style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm"${border}/>
<style:text-properties fo:font-size="${o.headingSize}pt" fo:font-weight="bold" fo:color="${o.colour}"${caps}/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
<style:paragraph-properties ${jobHeadProps}>${o.jobHead === 'heading2' && !hang ? jobTabs : ''}</style:paragraph-properties>
<style:text-properties fo:font-size="${o.size + 1}pt" fo:font-weight="normal"/>
</style:style>
<style:style style:name="Job_20_Header" style:display-name="Job Header" style:family="paragraph" style:parent-style-name="Text_20_body" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties ${jobHeadProps}${jobHang}>${jobTabs}</style:paragraph-properties>
</style:style>
<style:style style:name="Job_20_Title" style:display-name="Job Title" style:family="paragraph" style:parent-style-name="Text_20_body" style:next-style-name="Text_20_body" style:class="text">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm" fo:keep-with-next="always">${o.tabsInStyle ? rightTab : ''}</style:paragraph-properties>
</style:style>
<style:style style:name="List" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="list"/>
<style:style style:name="List_20_Bullet" style:display-name="List Bullet" style:family="paragraph" style:parent-style-name="List"${o.listPara === 'list-bullet-style' && o.bullet !== '1.' ? ` style:list-style-name="${listStyleName[0]}"` : ''} style:class="list">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/>
</style:style>
<style:style style:name="List_20_Number" style:display-name="List Number" style:family="paragraph" style:parent-style-name="List"${o.listPara === 'list-bullet-style' && o.bullet === '1.' ? ` style:list-style-name="${listStyleName[0]}"` : ''} style:class="list">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/>
</style:style>
<style:style style:name="List_20_Contents" style:display-name="List Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="html">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/>
</style:style>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Frame_20_contents" style:display-name="Frame contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Header_20_and_20_Footer" style:display-name="Header and Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Header" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra">
<style:paragraph-properties fo:text-align="end"/>
<style:text-properties fo:font-size="${o.size - 1}pt"/>
</style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Header_20_and_20_Footer" style:class="extra">
<style:paragraph-properties fo:text-align="${o.footerAlign}"/>
<style:text-properties fo:font-size="${o.size - 1.5}pt" fo:color="#595959"/>
</style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>
</style:style>
<style:style style:name="Emphasis" style:family="text">
<style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/>
</style:style>
<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">
<style:text-properties style:font-name="OpenSymbol"/>
</style:style>
<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>
<style:style style:name="Frame" style:family="graphic">
<style:graphic-properties text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/>
</style:style>
<text:outline-style style:name="Outline">
${outlineLevels}
</text:outline-style>
${listStyle}
</office:styles>` };
}

// A run of text in bold or italics: a Writer character style or an automatic (direct) one.
function strong(o, s) {
  return o.emph === 'char-styles' ? `<text:span text:style-name="Strong_20_Emphasis">${xml(s)}</text:span>` : `<text:span text:style-name="TB">${xml(s)}</text:span>`;
}
function em(o, s) {
  return o.emph === 'char-styles' ? `<text:span text:style-name="Emphasis">${xml(s)}</text:span>` : `<text:span text:style-name="TI">${xml(s)}</text:span>`;
}

// The width in cm of a line of `s` at the body size (an average advance of half an em).
function textChars(s, o) {
  return (s.length * o.size * 0.5 * 2.54) / 72;
}

function body(m, person, v, o) {
  const out = [];
  const p = (style, content) => out.push(`<text:p text:style-name="${style}">${content}</text:p>`);
  const h1 = (text) => out.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${xml(text)}</text:h>`);
  const hang = o.jobFormat === 'dates-left';
  // The paragraph style of a job's (or school's) first line, with the tab stops as direct
  // formatting (an automatic style over it) when they are not in the style.
  const headStyle = o.jobFormat === 'dates-left' || o.jobHead === 'custom' ? 'Job_20_Header' : o.jobHead === 'heading2' ? 'Heading_20_2' : 'Text_20_body';
  const headAuto = o.tabsInStyle && headStyle !== 'Text_20_body' ? null : `PJ_${headStyle}`;
  const head = (content) => {
    const style = headAuto ?? headStyle;
    if (headStyle === 'Heading_20_2') out.push(`<text:h text:style-name="${style}" text:outline-level="2">${content}</text:h>`);
    else p(style, content);
  };
  const titleStyle = o.tabsInStyle ? 'Job_20_Title' : 'PT_Job_20_Title';
  const sep = (a, b) => (o.jobSep === ', ' && /,/.test(a + b) ? ' — ' : o.jobSep);

  // Name, with the contact frame anchored to it.
  const nameStyle = { title: 'Title', heading: 'PName', custom: 'Name' }[o.nameStyle];
  const post = m.postNominals ? (o.postSmall ? `, <text:span text:style-name="TPost">${xml(m.postNominals)}</text:span>` : `, ${xml(m.postNominals)}`) : '';
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  let frame = '';
  if (o.contact === 'frame') {
    frame = `<draw:frame draw:style-name="fr1" draw:name="Contact" text:anchor-type="paragraph" svg:width="${cm(o.frameWidth)}" draw:z-index="0"><draw:text-box fo:min-height="0.5cm">${
      contact.map((c) => `<text:p text:style-name="PFrame">${xml(c)}</text:p>`).join('')}</draw:text-box></draw:frame>`;
  }
  p(nameStyle, `${frame}${xml(m.name)}${post}`);
  p('Subtitle', xml(m.headline));
  if (o.contact === 'line') p('PContact', contact.map(xml).join(xml(o.contactSep)));
  if (o.contact === 'table') {
    const half = Math.ceil(contact.length / 2);
    const cell = (items, style) => `<table:table-cell table:style-name="Contact.A1" office:value-type="string">${items.map((c) => `<text:p text:style-name="${style}">${xml(c)}</text:p>`).join('')}</table:table-cell>`;
    out.push(`<table:table table:name="Contact" table:style-name="Contact"><table:table-column table:style-name="Contact.A" table:number-columns-repeated="2"/><table:table-row>${cell(contact.slice(0, half), 'Table_20_Contents')}${cell(contact.slice(half), 'PCellRight')}</table:table-row></table:table>`);
  }

  if (m.summary) { h1(m.heading('summary')); p('Text_20_body', xml(m.summary)); }

  h1(m.heading('experience'));
  let listNo = 0;
  const items = (list) => {
    const para = o.listPara === 'list-bullet-style' ? (o.bullet === '1.' ? 'List_20_Number' : 'List_20_Bullet') : 'List_20_Contents';
    out.push(`<text:list xml:id="list${++listNo}" text:style-name="${o.listStyleName}">${list.map((b) => `<text:list-item><text:p text:style-name="${para}">${xml(b)}</text:p></text:list-item>`).join('')}</text:list>`);
  };
  m.jobs.forEach((j) => {
    if (o.jobFormat === 'title-company-right') {
      const [first, second] = v.swap ? [j.company, j.title] : [j.title, j.company];
      const firstIsTitle = !v.swap;
      const fmt = (s, isTitle) => ((o.strongOn === 'title') === isTitle ? strong(o, s) : em(o, s));
      head(`${fmt(first, firstIsTitle)}${xml(sep(first, second))}${fmt(second, !firstIsTitle)}<text:tab/>${xml(j.dates)}`);
      if (o.cityLine && j.location) p('PCity', xml(j.location));
    } else if (o.jobFormat === 'company-line') {
      head(`${strong(o, j.company)}${j.location ? ` — ${xml(j.location)}` : ''}`);
      p(titleStyle, `${em(o, j.title)}<text:tab/>${xml(j.dates)}`);
    } else {
      const s = sep(j.title, j.company);
      const fmt = (x, isTitle) => ((o.strongOn === 'title') === isTitle ? strong(o, x) : em(o, x));
      head(`${xml(j.dates)}<text:tab/>${fmt(j.title, true)}${xml(s)}${fmt(j.company, false)}`);
    }
    if (j.prose != null) p(hang ? 'PProseHang' : 'Text_20_body', xml(j.prose));
    else if (j.bullets.length) items(j.bullets);
  });

  if (person.education.length) {
    h1(m.heading('education'));
    for (const ed of person.education) {
      const years = schoolYears(ed, v);
      if (o.jobFormat === 'company-line') {
        head(`${strong(o, ed.school)}${ed.location ? ` — ${xml(ed.location)}` : ''}`);
        p(titleStyle, `${em(o, ed.degree)}${years ? `<text:tab/>${xml(years)}` : ''}`);
      } else if (hang) {
        const d = joinComma(ed.degree, ed.school, { also: ed.school, dash: ' — ' });
        head(`${xml(years)}<text:tab/>${strong(o, ed.degree)}${xml(d.slice(ed.degree.length, d.length - ed.school.length))}${xml(ed.school)}`);
      } else {
        const d = joinComma(ed.degree, ed.school, { also: ed.school, dash: ' — ' });
        head(`${strong(o, ed.degree)}${xml(d.slice(ed.degree.length, d.length - ed.school.length))}${xml(ed.school)}${years ? `<text:tab/>${xml(years)}` : ''}`);
      }
    }
  }

  if (m.skills.length) {
    h1(m.heading('skills'));
    const skillParas = [];
    const sp = (content, style = 'Text_20_body') => skillParas.push(`<text:p text:style-name="${style}">${content}</text:p>`);
    for (const g of m.skills) {
      if (o.skills === 'comma') {
        sp(`${g.group ? `${strong(o, `${g.group}:`)} ` : ''}${xml(g.items.join(', '))}`);
      } else {
        if (g.group) sp(strong(o, g.group), 'PSkillGroup');
        for (const it of g.items) sp(xml(it), 'PSkill');
      }
    }
    if (o.skillsColumns) out.push(`<text:section text:style-name="Sect1" text:name="Skills">${skillParas.join('')}</text:section>`);
    else out.push(...skillParas);
  }

  if (m.certifications.length) {
    h1(m.heading('certifications'));
    for (const c of m.certifications) {
      const text = `${strong(o, c.name)}${c.issuer ? `, ${xml(c.issuer)}` : ''}`;
      // A line too long to leave room for the date at the right margin takes it in brackets.
      const fits = textChars(`${c.name}, ${c.issuer}  ${c.date}`, o) < o.textWidth - 0.8;
      if (hang) p('PCertHang', `${xml(c.date)}<text:tab/>${text}`);
      else if (!fits) p('Text_20_body', `${text}${c.date ? ` (${xml(c.date)})` : ''}`);
      else p('PCert', `${text}${c.date ? `<text:tab/>${xml(c.date)}` : ''}`);
    }
  }
  if (m.languages.length) {
    h1(m.heading('languages'));
    p('Text_20_body', xml(m.languages.map((l) => (l.fluency ? `${l.language} (${l.fluency})` : l.language)).join(', ')));
  }
  return out.join('\n');
}

function automaticStyles(o, textWidth, dateCol) {
  const [w, h] = PAPER[o.paper];
  const rightTab = `<style:tab-stops><style:tab-stop style:position="${cm(textWidth)}" style:type="right"/></style:tab-stops>`;
  const leftTab = `<style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>`;
  const hang = o.jobFormat === 'dates-left';
  const hangProps = `fo:margin-left="${cm(dateCol)}" fo:text-indent="${cm(-dateCol)}"`;
  const out = [];
  // Direct tab stops (and the hanging indent of a dates column) over the job lines' styles.
  for (const s of ['Job_20_Header', 'Heading_20_2', 'Text_20_body']) {
    out.push(`<style:style style:name="PJ_${s}" style:family="paragraph" style:parent-style-name="${s}"><style:paragraph-properties${s === 'Text_20_body' ? ' fo:margin-top="0.2cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always"' : ''}${hang ? ` ${hangProps}` : ''}>${hang ? leftTab : rightTab}</style:paragraph-properties></style:style>`);
  }
  out.push(`<style:style style:name="PT_Job_20_Title" style:family="paragraph" style:parent-style-name="Job_20_Title"><style:paragraph-properties>${rightTab}</style:paragraph-properties></style:style>`);
  out.push(`<style:style style:name="PName" style:family="paragraph" style:parent-style-name="Heading"><style:paragraph-properties fo:text-align="${o.nameAlign === 'center' ? 'center' : 'start'}" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="${o.nameSize}pt" fo:font-weight="bold"${o.capsName ? ' fo:text-transform="uppercase"' : ''}/></style:style>`);
  out.push(`<style:style style:name="PContact" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:text-align="${o.nameAlign === 'center' ? 'center' : 'start'}" fo:margin-bottom="0.2cm"/></style:style>`);
  out.push(`<style:style style:name="PFrame" style:family="paragraph" style:parent-style-name="Frame_20_contents"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="${o.size - 0.5}pt"/></style:style>`);
  out.push(`<style:style style:name="PCellRight" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="end"/></style:style>`);
  out.push(`<style:style style:name="PCity" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0.06cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic" fo:font-size="${o.size - 1}pt" fo:color="#595959"/></style:style>`);
  out.push(`<style:style style:name="PProseHang" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-left="${cm(dateCol)}"/></style:style>`);
  out.push(`<style:style style:name="PSkillGroup" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always"/></style:style>`);
  out.push(`<style:style style:name="PSkill" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>`);
  out.push(`<style:style style:name="PCert" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties>${rightTab}</style:paragraph-properties></style:style>`);
  out.push(`<style:style style:name="PCertHang" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties ${hangProps}>${leftTab}</style:paragraph-properties></style:style>`);
  out.push(`<style:style style:name="TB" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>`);
  out.push(`<style:style style:name="TI" style:family="text"><style:text-properties fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>`);
  out.push(`<style:style style:name="TPost" style:family="text"><style:text-properties fo:font-size="${Math.round(o.nameSize * 0.6)}pt" fo:font-weight="normal"/></style:style>`);
  out.push(`<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties fo:margin-left="0.3cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:padding="0cm" fo:border="none" style:shadow="none"/></style:style>`);
  out.push(`<style:style style:name="Contact" style:family="table"><style:table-properties style:width="${cm(textWidth)}" table:align="margins" fo:margin-bottom="0.2cm"/></style:style>`);
  out.push(`<style:style style:name="Contact.A" style:family="table-column"><style:table-column-properties style:column-width="${cm(textWidth / 2)}"/></style:style>`);
  out.push(`<style:style style:name="Contact.A1" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>`);
  out.push(`<style:style style:name="Sect1" style:family="section"><style:section-properties text:dont-balance-text-columns="false" style:editable="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"><style:column style:rel-width="32767*" fo:start-indent="0cm" fo:end-indent="0.4cm"/><style:column style:rel-width="32768*" fo:start-indent="0.4cm" fo:end-indent="0cm"/></style:columns></style:section-properties></style:style>`);
  const headerFooter = `<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.3cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.3cm"/></style:footer-style>`;
  out.push(`<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${cm(w)}" fo:page-height="${cm(h)}" style:print-orientation="portrait" fo:margin-top="${cm(o.margin * 0.8)}" fo:margin-bottom="${cm(o.margin * 0.8)}" fo:margin-left="${cm(o.margin)}" fo:margin-right="${cm(o.margin)}" style:writing-mode="lr-tb"/>${headerFooter}</style:page-layout>`);
  return `<office:automatic-styles>\n${out.join('\n')}\n</office:automatic-styles>`;
}

function masterStyles(m, o) {
  const contact = [m.email, m.phone, m.location, ...m.links.map((l) => l.label)].filter(Boolean);
  const header = o.contact === 'header' ? `<style:header><text:p text:style-name="Header">${contact.map(xml).join(xml(o.contactSep))}</text:p></style:header>` : '';
  const page = '<text:page-number text:select-page="current">1</text:page-number>';
  const count = '<text:page-count>1</text:page-count>';
  const footerText = { 'Page N of M': `Page ${page} of ${count}`, 'N / M': `${page} / ${count}`, 'Page N': `Page ${page}` }[o.footer];
  const footer = o.footer ? `<style:footer><text:p text:style-name="Footer">${footerText}</text:p></style:footer>` : '';
  return `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">${header}${footer}</style:master-page></office:master-styles>`;
}

function fodt(m, person, v, o) {
  const [w] = PAPER[o.paper];
  const textWidth = w - 2 * o.margin;
  o.textWidth = textWidth;
  // The dates column: wide enough for the longest range this document prints.
  const longest = Math.max(...m.jobs.map((j) => j.dates.length), ...m.certifications.map((c) => c.date.length),
    ...person.education.map((e) => schoolYears(e, v).length));
  const dateCol = Math.max(2.2, Math.ceil((longest * o.size * 0.55 * 2.54) / 72 * 10 + 4) / 10);
  o.frameWidth = Math.min(7.5, Math.max(4.5, Math.max(...[m.email, m.phone, m.location, ...m.links.map((l) => l.label)].map((s) => s.length)) * (o.size - 0.5) * 0.55 * 2.54 / 72 + 0.4));
  o.listStyleName = o.listPara === 'list-bullet-style' ? (o.bullet === '1.' ? 'Numbering_20_123' : 'List_20_1') : 'Resume_20_Bullets';
  const { fontDecls, styles: st } = styles(o, textWidth, dateCol);
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xml(m.displayName)} – Résumé</dc:title><meta:generator>LibreOffice/7.4</meta:generator></office:meta>
<office:font-face-decls>
${fontDecls}
</office:font-face-decls>
${st}
${automaticStyles(o, textWidth, dateCol)}
${masterStyles(m, o)}
<office:body><office:text>
${body(m, person, v, o)}
</office:text></office:body></office:document>
`;
}

async function buildLoWriterNative(layoutId, person, file) {
  // Headings are the seeded wording as typed (capitals only by the style's text transformation).
  const v = chooseVariations(layoutId, person, ['headings', 'prose']);
  const o = options(layoutId, person, v);
  record(v, o, person);
  if (!DATE_STYLES[v.dateStyle]) throw new Error(`no date style ${v.dateStyle}`);
  const m = docModel(person, v);
  await writeFile(file, fodt(m, person, v, o));
  return { variations: v.list, expected: expectedFor(person, v), checks: { strings: dateChecks(m) } };
}

export async function renderLoWriterNativeBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'fodt', (person, file) => buildLoWriterNative(layout.id, person, file), 'fodt',
    { convertTo: 'docx:MS Word 2007 XML', ext: 'docx', note: 'saved-by:libreoffice-writer' });
}

// JSON Resume themes from npm, printed to PDF by Debian's Chromium through playwright-core.
//
// Each theme renders the person converted to JSON Resume 1.0. The page is loaded from a file in
// the run's temp dir and every request that is not file:, data: or about: is aborted (there is no
// internet here; CDN fonts and scripts fail fast). The stylesheets the themes link from CDNs
// (Bootstrap 3, Font Awesome) are pointed at the same versions installed from npm, so that the
// layouts look as their authors meant. Variations are injected as CSS or markup after the theme
// has rendered.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MONTHS, chooseVariations, expectedFor, fullName, locationText, makeRng, splitDegree, toJsonResume } from './common.mjs';
import { MORE_THEMES } from './morethemes.mjs';

const require = createRequire(import.meta.url);
const pkgDir = (name) => path.dirname(require.resolve(`${name}/package.json`));
const fileUrl = (p) => pathToFileURL(p).href;

// What each theme prints, found by rendering it (see README.md):
// - degree(studyType, area): the degree text as the theme prints it when the person's degree
//   is split into studyType + area ("Bachelor of Science" + "Nursing"); `split: false` means
//   the theme prints the two on separate lines, so the whole degree goes into studyType.
// - yearOnly: whether a year-only date ("2019") prints as a year (others print "Jan 2019").
//   'always': the theme prints only years.
// - prepare(resume, v, person, rng): what the theme reads differently; fixHtml(html): repairs to
//   the page it renders.
// - setup(): run before the theme is loaded; truth(expected, person, v): what it does not print
//   of what expectedFor says; quiet: its warnings are not printed; wrapRender(render): the
//   theme's render function as the theme is to be called.
// - dates: the theme's own date format, recorded as a variation.
// - bullets: selector of the job highlights' <li>; name: selector of the printed name.
export const THEMES = {
  even: {
    pkg: 'jsonresume-theme-even', split: true, degree: (s, a) => (a ? `${s} in ${a}` : s),
    yearOnly: false, dates: 'Jun 2019 – Present', bullets: '#work li', name: 'h1',
    date: (y, m) => monthYear('en', 'short', y, m), present: 'Present',
  },
  stackoverflow: {
    pkg: 'jsonresume-theme-stackoverflow', split: true, degree: (s, a) => [s, a].filter(Boolean).join(' '),
    yearOnly: false, dates: 'Jun 2019 - Current (en-GB: Sept)', bullets: 'ul.highlights li', name: 'h1.name',
    date: (y, m) => monthYear('en-GB', 'short', y, m), present: 'Current',
  },
  macchiato: {
    pkg: 'jsonresume-theme-macchiato', split: true, degree: (s, a) => [s, a].filter(Boolean).join(' '),
    yearOnly: false, dates: '06/2019 - Present', bullets: 'section.item ul li', name: 'h1',
    date: (y, m) => `${pad(m)}/${y}`, present: 'Present',
    // Its two columns are a float beside an overflow:hidden block, which Chromium's print
    // fragmentation lays out at the wrong offset on page 2 and later, cutting off the dates at
    // the right; the same two columns as a flex row print whole.
    css: '.resume-content { display: flex !important; align-items: flex-start; }\n' +
      '.left-column { float: none !important; flex: 0 0 160px; }\n' +
      '.right-column { flex: 1 1 auto; min-width: 0; overflow: visible !important; }\n',
  },
  elegant: {
    pkg: 'jsonresume-theme-elegant', split: 'always', degree: (s, a) => (a ? `${a}, ${s}` : s),
    yearOnly: false, dates: 'Jun, 2019 - Present', bullets: '#work-experience li.mop-wrapper',
    name: 'h3[itemprop=name]', scale: 0.7,
    date: (y, m) => `${monthYear('en', 'short', y, m).split(' ')[0]}, ${y}`, present: 'Present',
  },
  flat: {
    pkg: 'jsonresume-theme-flat', split: false, yearOnly: true, dates: '2019-06 — (open end left blank)',
    bullets: 'ul.highlights li', name: 'h1',
    date: (y, m) => `${y}-${pad(m)}`, present: null,
  },
  kendall: {
    pkg: 'jsonresume-theme-kendall', split: false, yearOnly: true, dates: 'June 2019 – Present',
    bullets: 'li.list-group-item', name: null, alwaysCapsName: true, skillGroupName: 'Skills',
    date: (y, m) => monthYear('en', 'long', y, m), present: 'Present',
  },
  // A right-hand column (skills, education, certificates, languages) beside the jobs; the
  // contact right-aligned beside the name; each job's highlights in two text columns.
  actual: {
    pkg: 'jsonresume-theme-actual', split: true, degree: (s, a) => [s, a].filter(Boolean).join(', '),
    yearOnly: false, dates: 'May 2021 - Present', bullets: '.work ul.highlights li', name: 'span.name',
    date: (y, m) => monthYear('en', 'short', y, m), present: 'Present',
  },
  // One column: the company as the heading, the dates under it, then the title; highlights
  // without bullet marks; degree type and field on separate lines.
  spartan: {
    pkg: 'jsonresume-theme-spartan', split: false, yearOnly: false, dates: 'June 2019 - Present (under the company)',
    bullets: '#work ul.highlights li', name: 'h1.name', bulletIndent: '#work ul.highlights',
    date: (y, m) => monthYear('en', 'long', y, m), present: 'Present',
  },
  // A compact print layout: the section names in a narrow left column beside their content, the
  // name and headline on one line, "Company | Title" with the dates floated right; education
  // last, as the school (dates right) over "studyType - area". It prints "— Present" only for a
  // job marked current.
  'onepage-plus': {
    pkg: 'jsonresume-theme-onepage-plus', split: true, degree: (s, a) => (a ? `${s} - ${a}` : s),
    yearOnly: true, dates: 'Jun 2019 — Present (right of the company)', bullets: '#workBlock ul.highlights li',
    name: '#nameBlock .name', current: true, skillGroupName: 'Skills',
    date: (y, m) => monthYear('en', 'short', y, m), present: 'Present',
  },
  // Two columns: a coloured sidebar on the right (the name, headline, contact, education,
  // languages) beside the main column (summary, jobs, skills as level bars). It prints only the
  // years of a date ("2019 - Present") and a job's `summary` as Markdown, not its highlights: the
  // bullets go into the summary as a Markdown list, as the theme's users write them. Each skill
  // is one level bar, so every item is a skill of its own; certificates are not printed.
  orbit: {
    pkg: 'jsonresume-theme-orbit', split: 'always', degree: (s, a) => (a ? `${s} in ${a}` : s),
    yearOnly: 'always', dates: '2019 - Present (years only)', bullets: '.experiences-section .details li',
    name: '.sidebar-wrapper h1.name', scale: 0.78,
    // A long e-mail address would run past the sidebar and off the page: it wraps.
    css: '.sidebar-wrapper .contact-list li { overflow-wrap: anywhere; }\n',
    date: (y) => String(y), present: 'Present',
    prepare: (resume, v, person, rng) => {
      resume.meta = { themeVariant: String(1 + rng.int(6)) };
      v.rec(`orbit-colours:${resume.meta.themeVariant}`);
      if (rng.chance(0.5)) { resume.basics.image = PHOTO; v.rec('photo'); }
      for (const w of resume.work) {
        if (w.highlights) w.summary = w.highlights.map((h) => `- ${markdownText(h)}`).join('\n');
        else if (w.summary) w.summary = markdownText(w.summary);
        delete w.highlights;
      }
      const levels = ['intermediate', 'advanced', 'master', '60', '70', '80', '90'];
      resume.skills = resume.skills.flatMap((g) => g.keywords.map((name) => ({ name, level: rng.pick(levels) })));
    },
    // Its stylesheet links carry `integrity` and `crossorigin`, which a file: copy fails; a degree
    // without a field would read "Juris Doctor in "; the level bars are sized by a script (jQuery
    // from a CDN) that does not run here, so their widths are set as the script would.
    fixHtml: (html) => html.replace(/\s(?:integrity|crossorigin)="[^"]*"/g, '').replace(/ in <\/h4>/g, '</h4>')
      .replace(/<img class="profile" src="" alt="" \/>/g, '')
      .replace(/class="level-bar-inner" data-level="([0-9.]+%)"/g, 'class="level-bar-inner" style="width: $1" data-level="$1"'),
  },
  // A label column on the left (the section names, and each job's dates under them, as typed in
  // the JSON: "2019-06 to Present") beside the content, set off by a thin rule; highlights as
  // disc bullets; skills as "Group: a, b"; education as the school over "studyType: area" (the
  // area alone when there is no studyType; nothing when there is no area). It reads the pre-1.0
  // `website` and `company`; profiles and certificates are not printed.
  paper: {
    pkg: 'jsonresume-theme-paper', split: true, degree: (s, a) => (a ? `${s}: ${a}` : s),
    yearOnly: true, dates: '2019-06 to Present (as typed)', bullets: '.work-listing:not(:has(> p.heading)) > p.highlight',
    name: 'header .header-text p:first-child',
    date: (y, m) => `${y}-${pad(m)}`, present: 'Present',
    prepare: (resume, v, person) => {
      if (resume.basics.url) resume.basics.website = resume.basics.url;
      resume.basics.location = { address: locationText(person.location) };
      for (const e of resume.education) if (!e.area) { e.area = e.studyType; e.studyType = ''; }
    },
  },
  // Two columns under a full-width header (the name and headline left, the contact with Font
  // Awesome icons right): skills as tag chips under their group names and languages in a narrow
  // left column, the jobs and education in the wide one. Each job is the company in bold over the
  // title, the dates ("Jun 2019 - Present") right. Education prints "studyType in area" (a degree
  // without a field would read "Juris Doctor in ", which the generator drops); certificates are
  // not printed. Screen-reader labels ("E-mail: ") hidden by `sr-only` stay out of sight.
  autumn: {
    pkg: 'jsonresume-theme-autumn', split: 'always', degree: (s, a) => (a ? `${s} in ${a}` : s),
    yearOnly: false, dates: 'Jun 2019 - Present (right of the company, over the title)',
    bullets: '.col-span-3 > section:first-child ul li', name: 'h1',
    date: (y, m) => monthYear('en', 'short', y, m), present: 'Present',
    prepare: (resume) => { if (resume.basics.url) resume.basics.website = resume.basics.url; },
    fixHtml: (html) => html.replace(/ in (\s*<\/p>)/g, '$1'),
  },
  // Cards: the name, headline and contact (icons) centred on top, then one column whose jobs
  // carry their dates in a narrow right-hand column, stacked ("June 2019" / "—" / "Present") over
  // the job's length ("6 years", counted to a fixed day: the theme counts to today); on a page
  // narrower than Bootstrap's 768 px (with a footer's margins) the same dates and length print on
  // a line under the job's heading instead, and the profiles' names show. Each job is
  // "Title, Company" in one heading; education is "area, studyType" over the school, with the
  // years right; skills as labels; profiles as icons followed by their URL in parentheses
  // (Bootstrap's print styles); certificates are not printed. The
  // phone and e-mail carry a hidden span against scrapers, which does not print.
  eloquent: {
    pkg: 'jsonresume-theme-eloquent', split: true, degree: (s, a) => (a ? `${a}, ${s}` : s),
    yearOnly: false, dates: 'June 2019 — Present (with the duration)',
    bullets: '#experience ul.detail-highlights li', name: 'h1[itemprop=name]', now: '2025-06-01T00:00:00Z',
    printResetsBackground: true,
    date: (y, m) => monthYear('en', 'long', y, m), present: 'Present',
    // It prints "<strong>area</strong>, studyType": a degree without a field goes into the area.
    prepare: (resume, v) => {
      if (resume.basics.url) resume.basics.website = resume.basics.url;
      for (const e of resume.education) if (!e.area) { e.area = e.studyType; e.studyType = ''; }
      // Bootstrap's breakpoint: the page is narrower than 768 px when the footer's margins are
      // set, and the theme then prints the dates (and the length) on a line under the job's heading.
      v.rec(v.footer ? 'eloquent-dates:under-heading' : 'eloquent-dates:right-column');
    },
  },
  // A coloured banner with the name and headline in capitals, the location ("City, Region, CC",
  // an empty region left as ", ,") and "EMAIL • …", "PHONE • …" lines, the profiles as network
  // names; then one column with Font Awesome icons before the capital section names. Each job is
  // "Title at Company" with the dates on a line of their own under it ("June 2019 - Present", a
  // year-only date as the year), then its summary, or a "HIGHLIGHTS" label over the bullets.
  // Education is "degree - school" on one line (the whole degree as the area: a split one would
  // print "Nursing , Bachelor of Science"). Skills print only when the first group has a name
  // (a nameless group is called "Skills"); an empty list of profiles, schools, skills or
  // languages would stop the theme, so it is left out; certificates are not printed. Its Font
  // Awesome link is protocol-relative and is pointed at the npm copy.
  sceptile: {
    pkg: 'jsonresume-theme-sceptile', split: false, yearOnly: true,
    dates: 'June 2019 - Present (own line under "Title at Company")', bullets: '#work ul li', name: 'h1',
    alwaysCapsName: true, skillGroupName: 'Skills',
    date: (y, m) => monthYear('en', 'long', y, m), present: 'Present',
    prepare: (resume) => {
      if (resume.basics.url) resume.basics.website = resume.basics.url;
      for (const e of resume.education) if (!e.area) { e.area = e.studyType; e.studyType = ''; }
      if (!resume.basics.profiles?.length) delete resume.basics.profiles;
      for (const k of ['education', 'skills', 'languages']) if (!resume[k]?.length) delete resume[k];
    },
    fixHtml: (html) => html.replace(/(["'])\/\/maxcdn\.bootstrapcdn\.com\/font-awesome\/4\.[0-9.]+\/css\/font-awesome(?:\.min)?\.css/g,
      `$1${fileUrl(path.join(pkgDir('font-awesome'), 'css/font-awesome.min.css'))}`),
  },
  // One plain column: the name over the e-mail, phone and website on one line, the summary and
  // the profiles ("LinkedIn username"); no headline and no location. Skills come first, each
  // group's name over its comma-separated items; each job is the company as a heading over
  // "Title Jun 2019 - Present" on one line (its own month names: "Sep"; a year-only date prints as
  // "Jan 2019"), then its bullets or summary; education is the school, its dates, and
  // "studyType - area" on one line; languages last, each over its fluency in italics. It reads
  // the pre-1.0 `website` and `work[].company`; certificates are not printed, and the Open Sans
  // it links from Google Fonts does not load here (Chromium's default fonts print).
  short: {
    pkg: 'jsonresume-theme-short', split: true, degree: (s, a) => (a ? `${s} - ${a}` : s),
    yearOnly: false, dates: 'Jun 2019 - Present (after the title, under the company)', bullets: '.experience ul.highlights li',
    name: 'h1',
    date: (y, m) => `${MONTHS[m - 1].slice(0, 3)} ${y}`, present: 'Present',
    prepare: (resume) => { if (resume.basics.url) resume.basics.website = resume.basics.url; },
  },
  // The themes of render/morethemes.mjs.
  ...MORE_THEMES,
};

const pad = (m) => String(m).padStart(2, '0');

// Runs a synchronous theme render with the clock stopped at `iso` (a theme that counts a current
// job's length to today would print a different length every day).
function atFixedTime(iso, fn) {
  const RealDate = globalThis.Date;
  const t = RealDate.parse(iso);
  class FixedDate extends RealDate {
    constructor(...args) { super(...(args.length ? args : [t])); }
    static now() { return t; }
  }
  globalThis.Date = FixedDate;
  try {
    return fn();
  } finally {
    globalThis.Date = RealDate;
  }
}
function monthYear(locale, month, y, m) {
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale, { month, year: 'numeric', timeZone: 'UTC' });
}

// Text set into a theme's Markdown field prints as typed: the characters Markdown reads are
// escaped (the template's HTML escaping takes care of < > &).
function markdownText(s) {
  return s.replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

// CDN stylesheets the themes link, and the npm copies they are pointed at.
function localStylesheets() {
  const bootstrap = fileUrl(path.join(pkgDir('bootstrap'), 'dist/css/bootstrap.min.css'));
  const bootstrap5 = fileUrl(path.join(pkgDir('bootstrap5'), 'dist/css/bootstrap.min.css'));
  const fa4 = fileUrl(path.join(pkgDir('font-awesome'), 'css/font-awesome.min.css'));
  const fa6 = fileUrl(path.join(pkgDir('@fortawesome/fontawesome-free'), 'css/all.min.css'));
  return [
    [/https:\/\/[^"']*\/(?:bootstrap|twitter-bootstrap)\/3\.[0-9.]+\/css\/bootstrap(?:\.min)?\.css/g, bootstrap],
    [/https:\/\/[^"']*\/bootstrap@5\.[0-9.]+\/dist\/css\/bootstrap(?:\.min)?\.css/g, bootstrap5],
    [/https:\/\/[^"']*\/font-awesome\/4\.[0-9.]+\/css\/font-awesome(?:\.min)?\.css/g, fa4],
    [/https:\/\/[^"']*\/font-awesome\/[56]\.[0-9.]+\/css\/all(?:\.min)?\.css/g, fa6],
  ];
}

export const ICONS = {
  // Simple 16x16 glyphs: a rounded square with a letter-free mark, so that no text is printed.
  linkedin: '<rect x="1" y="1" width="14" height="14" rx="2" fill="#0a66c2"/><rect x="4" y="7" width="2" height="5" fill="#fff"/><circle cx="5" cy="4.8" r="1.1" fill="#fff"/><path d="M8 7h2v1c.5-.8 1.3-1.1 2-1.1 1.2 0 2 .8 2 2.4V12h-2V9.6c0-.7-.3-1-.8-1s-1.2.3-1.2 1.1V12H8z" fill="#fff"/>',
  github: '<circle cx="8" cy="8" r="7" fill="#24292f"/><path d="M5.5 12.5c0-1 .2-1.6.7-2-1.6-.2-2.7-.9-2.7-2.8 0-.6.2-1.1.6-1.5-.1-.3-.2-.9.1-1.6 0 0 .5-.1 1.6.6a5 5 0 0 1 2.8 0c1.1-.7 1.6-.6 1.6-.6.3.7.2 1.3.1 1.6.4.4.6.9.6 1.5 0 1.9-1.1 2.6-2.7 2.8.4.4.7.9.7 1.7v.3z" fill="#fff"/>',
  portfolio: '<circle cx="8" cy="8" r="7" fill="none" stroke="#333" stroke-width="1.4"/><ellipse cx="8" cy="8" rx="3" ry="7" fill="none" stroke="#333" stroke-width="1.2"/><path d="M1 8h14" stroke="#333" stroke-width="1.2"/>',
  other: '<path d="M6.5 9.5l3-3M5 7L3.5 8.5a2.5 2.5 0 0 0 3.5 3.5L8.5 10.5M11 9l1.5-1.5A2.5 2.5 0 0 0 9 4L7.5 5.5" fill="none" stroke="#333" stroke-width="1.5"/>',
};

// Soft hyphens (U+00AD) at the hyphenation points of the TeX patterns (npm hyphen), so that
// Chromium, which has no hyphenation dictionaries on Debian, breaks long words with a printed
// hyphen at the end of a line. Chromium keeps the soft hyphens in the PDF's text.
const { hyphenateSync } = require('hyphen/en');
export function softHyphenate(text) {
  return hyphenateSync(text, { minWordLength: 7 });
}

// A grey silhouette for the photo the themes take from Gravatar (unreachable here; the broken
// image would print its alt text).
const PHOTO = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="#d9d9d9"/><circle cx="50" cy="38" r="18" fill="#a6a6a6"/><path d="M16 100c2-22 16-34 34-34s32 12 34 34z" fill="#a6a6a6"/></svg>')}`;

export async function renderHtml(ctx, layout, person, outFile) {
  const themeId = layout.theme;
  const theme = THEMES[themeId];
  if (!theme) throw new Error(`${layout.id}: no settings for JSON Resume theme "${themeId}"`);
  const knobs = ['prose', 'icons', 'footer', 'hyphenate', 'graphicBullets', 'capsName'];
  const v = chooseVariations(layout.id, person, knobs);
  const yearOnly = theme.yearOnly === 'always' || (theme.yearOnly && v.seedA < 0.4);
  v.rec(`theme-dates:${yearOnly && theme.yearOnly !== 'always' ? 'year only' : theme.dates}`);
  if (yearOnly) v.rec('date:2019');
  const split = theme.split === 'always' || (theme.split && v.seedB < 0.6);
  v.rec(split ? 'degree:studyType+area' : 'degree:whole-in-studyType');
  const paper = v.seedB * 7 % 1 < 0.5 ? 'Letter' : 'A4';
  v.rec(`paper:${paper}`);

  const resume = toJsonResume(person, { yearOnly, proseJobs: v.proseJobs });
  // Themes written for JSON Resume 0.x (macchiato, flat) read work[].company.
  for (const w of resume.work) w.company = w.name;
  if (!split) for (const e of resume.education) { e.studyType = [e.studyType, e.area].filter(Boolean).join(' in '); e.area = ''; }
  if (v.icons) { resume.basics.profiles = []; delete resume.basics.url; }
  // kendall prints the skills only when the first group has a name (onepage-plus prints a nameless
  // group as ": a, b").
  if (theme.skillGroupName) for (const g of resume.skills) g.name ||= theme.skillGroupName;
  if (theme.current) for (const w of resume.work) if (!w.endDate) w.current = true;
  if (v.hyphenate) {
    for (const w of resume.work) {
      if (w.highlights) w.highlights = w.highlights.map(softHyphenate);
      if (w.summary) w.summary = softHyphenate(w.summary);
    }
    if (resume.basics.summary) resume.basics.summary = softHyphenate(resume.basics.summary);
  }
  // What the theme reads differently, drawn from a stream of this layout's own.
  theme.prepare?.(resume, v, person, makeRng(`${layout.id}/${person.id}/theme`));

  theme.setup?.();
  const mod = await import(theme.pkg);
  const render = (theme.wrapRender ?? ((r) => r))(mod.render ?? mod.default?.render);
  // (A theme with `quiet` logs React's development warnings as it renders.)
  const { error } = console;
  if (theme.quiet) console.error = () => {};
  let html;
  try {
    html = theme.now ? atFixedTime(theme.now, () => render(resume)) : await render(resume);
  } finally {
    console.error = error;
  }
  if (!html) throw new Error(`${layout.id}/${person.id}: the theme rendered nothing`);
  for (const [re, local] of localStylesheets()) html = html.replace(re, local);
  html = html.replace(/(?:https?:)?\/\/(?:[a-z]+\.)?gravatar\.com\/avatar\/[^"' )]*/g, PHOTO);
  if (theme.fixHtml) html = theme.fixHtml(html);

  let css = theme.css ?? '';
  if (v.graphicBullets) {
    css += `${theme.bullets} { list-style: none !important; position: relative; }
${theme.bullets}::before { content: "" !important; display: block !important; position: absolute !important;
  left: -13px !important; top: .55em !important; width: 6px !important; height: 6px !important; margin: 0 !important;
  float: none !important; opacity: 1 !important; border: 0 !important; font: inherit !important;
  background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='6' height='6' fill='%23444'/%3E%3C/svg%3E"); }\n`;
    // A list that had no marks gets room for them.
    if (theme.bulletIndent) css += `${theme.bulletIndent} { padding-left: 16px !important; }\n`;
    // Bootstrap 3's print styles clear every ::before's background (!important): a theme that
    // inlines them needs the square as !important too.
    if (theme.printResetsBackground) css += `${theme.bullets}::before { background: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='6' height='6'%3E%3Crect width='6' height='6' fill='%23444'/%3E%3C/svg%3E") !important; }\n`;
  }
  if (v.capsName && theme.name) css += `${theme.name} { text-transform: uppercase; }\n`;
  // Bootstrap's print styles append " (URL)" to links; an icon link shows no text.
  if (v.icons) css += '.corpus-icons a::after { content: none !important; }\n';
  if (theme.alwaysCapsName && !v.list.includes('caps-name')) v.rec('caps-name');
  let inject = '';
  if (v.icons) {
    const links = person.links.map((l) => `<a href="${l.url}" style="display:inline-block;margin:0 4px"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">${ICONS[l.kind] ?? ICONS.other}</svg></a>`).join('');
    if (links) inject = `<div class="corpus-icons" style="text-align:right;margin:4px 12px 0 0">${links}</div>`;
  }
  // (spartan's page has no head element: its styles go before the body.)
  if (css) {
    html = /<\/head>/i.test(html) ? html.replace(/<\/head>/i, `<style>${css}</style></head>`)
      : html.replace(/<body/i, `<style>${css}</style><body`);
  }
  if (inject) html = html.replace(/<body([^>]*)>/i, `<body$1>${inject}`);

  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, html);
  const page = await ctx.newPage();
  try {
    await page.goto(fileUrl(htmlFile), { waitUntil: 'load', timeout: 30000 });
    // The job bullets on the page are the bullets the truth counts (and the ones the graphic
    // bullet variation restyles).
    const onPage = await page.$$eval(theme.bullets, (els) => els.length);
    const want = person.experience.reduce((n, j, i) => n + (v.proseJobs[i] ? 0 : j.bullets.length), 0);
    if (onPage !== want) throw new Error(`${layout.id}/${person.id}: ${onPage} job bullets on the page, expected ${want}`);
    const footer = v.footer ? footerTemplate(v.footer, person) : null;
    await page.pdf({
      path: outFile,
      format: paper,
      printBackground: true,
      scale: theme.scale ?? 1,
      displayHeaderFooter: !!footer,
      headerTemplate: '<span></span>',
      footerTemplate: footer ?? '<span></span>',
      margin: footer ? { top: '0.4in', bottom: '0.6in', left: '0.4in', right: '0.4in' } : undefined,
    });
  } finally {
    await page.close();
  }

  const expected = expectedFor(person, v, {
    yearOnly,
    degreeText: (ed) => {
      if (!split) return ed.degree;
      const { studyType, area } = splitDegree(ed.degree);
      return theme.degree(studyType, area);
    },
  });
  theme.truth?.(expected, person, v);
  // The job dates as the theme prints them, for the self-check.
  const printed = (ym) => {
    const [y, m] = ym.split('-').map(Number);
    return yearOnly ? String(y) : theme.date(y, m);
  };
  const strings = person.experience.flatMap((j, i) => [[`job ${i + 1} start`, printed(j.start)],
    [`job ${i + 1} end`, j.end ? printed(j.end) : theme.present]].filter(([, s]) => s));
  return { variations: v.list, expected, checks: { strings } };
}

export function footerTemplate(style, person) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const inner = style === 'Page 1 of 2'
    ? 'Page <span class="pageNumber"></span> of <span class="totalPages"></span>'
    : style === '1/2'
      ? '<span class="pageNumber"></span>/<span class="totalPages"></span>'
      : `${esc(fullName(person))} – Résumé`;
  return `<div style="font-size:8px;width:100%;text-align:center;color:#555">${inner}</div>`;
}

// Settings of the JSON Resume themes of the frozen layouts html-8-bit-sheep and html-ace, merged
// into THEMES (render/html.mjs) and rendered by its pipeline. They describe what the themes
// print, so, as frozen-layouts.md says, this file is not read while improving the parser.
// The two were chosen by a rule fixed before looking at them: the first themes in alphabetical
// order of their npm names that were not in package.json, installed, rendered with the pipeline
// and printed each job's title, company and dates.
//
// The keys are those of THEMES (see the comment over it); besides them:
// - setup(): run once before the theme is loaded;
// - truth(expected, person, v): what the theme leaves out of what expectedFor says it prints;
// - quiet: the theme's warnings (React's, in development mode) are not printed;
// - wrapRender(render): the theme's render function as it is to be called.
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MONTHS } from './common.mjs';

const require = createRequire(import.meta.url);
const pkgDir = (name, from) => path.dirname(require.resolve(`${name}/package.json`, from ? { paths: [from] } : undefined));
const fileUrl = (p) => pathToFileURL(p).href;
const monthYear = (y, m) => `${MONTHS[m - 1]} ${y}`;
// Text set into a Markdown field prints as typed (as in render/html.mjs).
const markdownText = (s) => s.replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`).replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');

// 8-bit-sheep renders with React 18 (its own copy) and react-markdown, which the lockfile hoists
// beside the corpus's React 19: elements made by React 19 are not children React 18 renders.
// react-markdown is given the theme's React, as an install of the theme alone would give it.
let sheepReact = false;
function sheepReactSetup() {
  if (sheepReact) return;
  sheepReact = true;
  const themeDir = pkgDir('jsonresume-theme-8-bit-sheep');
  const markdownDir = pkgDir('react-markdown', themeDir) + path.sep;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function (request, parent, isMain, options) {
    if ((request === 'react' || request.startsWith('react/')) && parent?.filename?.startsWith(markdownDir)) {
      return resolve.call(this, request, parent, isMain, { paths: [themeDir] });
    }
    return resolve.call(this, request, parent, isMain, options);
  };
}

// ace registers its helpers and partial on the Handlebars module it shares with the other
// themes (one copy for the whole lockfile), where a helper another theme registered ("css") would
// take the place of its own `{{{css}}}`: it renders with Handlebars as an install of the theme
// alone has it, its registrations taken back afterwards (the render is synchronous).
function ownHandlebars(render) {
  const handlebars = createRequire(require.resolve('jsonresume-theme-ace'))('handlebars');
  const BUILT_IN = ['blockHelperMissing', 'each', 'helperMissing', 'if', 'unless', 'log', 'lookup', 'with'];
  return (resume) => {
    const helpers = { ...handlebars.helpers };
    const partials = { ...handlebars.partials };
    for (const k of Object.keys(handlebars.helpers)) if (!BUILT_IN.includes(k)) delete handlebars.helpers[k];
    for (const k of Object.keys(handlebars.partials)) delete handlebars.partials[k];
    try {
      return render(resume);
    } finally {
      for (const k of Object.keys(handlebars.helpers)) delete handlebars.helpers[k];
      for (const k of Object.keys(handlebars.partials)) delete handlebars.partials[k];
      Object.assign(handlebars.helpers, helpers);
      Object.assign(handlebars.partials, partials);
    }
  };
}

export const MORE_THEMES = {
  // The name (h1) beside a small decorative drawing, the headline, the e-mail, "City, CC" and the
  // profiles as links; no phone. Each job the company (h3) with "June 2019 - May 2021" at the
  // right ("June 2019 -" for a current job), the title under it, then the job's `summary` as
  // Markdown (its highlights are not printed: they go into the summary as a Markdown list).
  // Skills as columns of items under their group's name, languages over their fluency, education
  // as the school with its dates over "studyType" and "area" in two grid cells. The theme parses
  // the resume with a strict JSON Resume 1.0 schema: keys it does not know (the pre-1.0 `company`,
  // a school's `location`) are left out. Certificates are not printed.
  '8-bit-sheep': {
    pkg: 'jsonresume-theme-8-bit-sheep', split: true, degree: (s, a) => [s, a].filter(Boolean).join(' '),
    yearOnly: false, dates: 'June 2019 - (an open end left blank)',
    bullets: 'section > ul > li > div > ul > li', name: 'h1',
    date: monthYear, present: null,
    setup: sheepReactSetup, quiet: true,
    prepare: (resume) => {
      for (const w of resume.work) {
        delete w.company;
        if (w.highlights) w.summary = w.highlights.map((h) => `- ${markdownText(h)}`).join('\n');
        else if (w.summary) w.summary = markdownText(w.summary);
        delete w.highlights;
      }
      for (const e of resume.education) delete e.location;
      // An empty list of profiles would print "0" (the theme tests `length ?? 0 > 0`); empty
      // lists of skills or languages their heading alone: a resume without them has none.
      if (!resume.basics.profiles?.length) delete resume.basics.profiles;
      for (const k of ['skills', 'languages']) if (!resume[k]?.length) delete resume[k];
    },
    truth: (expected) => { expected.phone = null; },
  },
  // Bootstrap 3 with the Bootswatch "Yeti" theme and Font Awesome 4 (CDN links pointed at the npm
  // copies). In print the header bar keeps the name and headline only: the contact list
  // (e-mail, location, phone) and the profile icons are `hidden-print`. Each section is printed
  // from its `visible-print` copy (the screen copy, with an icon column, is in the page too but
  // hidden): each job the company with "June, 2019 - Present" and the job's length
  // ("7 years, 6 months", counted to a fixed day) after it, the title under them, then the
  // summary or the highlights as a bulleted list; skills as label chips under their group's
  // name; education as "area studyType" (printed only when there is an area, so a degree that is
  // not split goes whole into the area) with the dates and length, the school under it.
  // Bootstrap's print styles clear backgrounds (the graphic bullets' too, unless !important).
  // Certificates and languages are not printed.
  ace: {
    pkg: 'jsonresume-theme-ace', split: true, degree: (s, a) => (a ? `${a} ${s}` : s),
    yearOnly: false, dates: 'June, 2019 - Present (with the length)',
    bullets: '.visible-print li.experience-highlight', name: '#basics-name',
    now: '2025-06-01T00:00:00Z', printResetsBackground: true, wrapRender: ownHandlebars,
    date: (y, m) => `${MONTHS[m - 1]}, ${y}`, present: 'Present',
    prepare: (resume) => {
      for (const e of resume.education) if (!e.area) { e.area = e.studyType; e.studyType = ''; }
    },
    fixHtml: (html) => html
      .replace(/(["'])(?:https?:)?\/\/maxcdn\.bootstrapcdn\.com\/bootswatch\/3\.[0-9.]+\/yeti\/bootstrap(?:\.min)?\.css/g,
        `$1${fileUrl(path.join(pkgDir('bootswatch'), 'yeti/bootstrap.min.css'))}`)
      .replace(/(["'])(?:https?:)?\/\/maxcdn\.bootstrapcdn\.com\/font-awesome\/4\.[0-9.]+\/css\/font-awesome(?:\.min)?\.css/g,
        `$1${fileUrl(path.join(pkgDir('font-awesome'), 'css/font-awesome.min.css'))}`)
      // Scripts from CDNs (Holder, jQuery, Bootstrap's JavaScript) are for the screen only.
      .replace(/<script src="\/\/[^"]*"[^>]*><\/script>/g, ''),
    truth: (expected) => { expected.email = null; expected.phone = null; },
  },
};

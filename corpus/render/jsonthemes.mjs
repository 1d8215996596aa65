// html-caffeine, html-cora, html-dinesh, html-straightforward, html-classy, html-mantra (tuning),
// html-slick, html-simple-red, html-compact, html-spartacus (frozen): JSON Resume themes from npm,
// most written for the schema before 1.0, which names the employer `company` (1.0 calls it
// `name`); the person goes in as JSON Resume 1.0 with `company` set beside `name`, and each degree
// whole in `studyType` (these themes print studyType and area with their own punctuation between,
// or only one of them). The theme's HTML is printed to PDF by Chromium, as the other themes are.
// The frozen themes were added unseen: only the generator's self-check reads them.
//   caffeine: a grey left column (location, email, phone, profiles, skill groups in capitals),
//             everything in capitals, the company over the title with the dates at the right
//   cora:     a centred serif header, "Title, Company," over the dates, "Highlights" labels
//   dinesh:   section names in a left label column, "Name, Headline", "Company - Title" with the
//             dates at the right
//   straightforward: centred name over a one-line contact, bold title with the dates at the right,
//             an italic company line
//   classy:   capital name, "Title, Company" over bold dates, HIGHLIGHTS labels
//   mantra:   monospaced, company then dates then title
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chooseVariations, expectedFor, toJsonResume } from './common.mjs';

const require = createRequire(import.meta.url);

export async function renderJsonTheme(ctx, layout, person, outFile) {
  const theme = layout.id.replace(/^html-/, '');
  const v = chooseVariations(layout.id, person, ['prose']);
  const resume = toJsonResume(person, { proseJobs: v.proseJobs });
  for (const job of resume.work) job.company = job.name;
  for (const [i, school] of resume.education.entries()) {
    school.studyType = person.education[i].degree;
    school.area = '';
  }
  // cora reads the first profile's network and the first school's institution unguarded.
  if (theme === 'cora' && resume.basics.profiles.length === 0) resume.basics.profiles = [{}];
  if (theme === 'cora' && resume.education.length === 0) resume.education = [{}];
  // classy reads the first profile, language and skill group unguarded when the list is there,
  // and prints the skills only when the first group has a name.
  if (theme === 'classy') {
    if (resume.basics.profiles.length === 0) delete resume.basics.profiles;
    if (resume.languages.length === 0) delete resume.languages;
    if (resume.skills.length > 0 && !resume.skills[0].name) resume.skills[0].name = 'Skills';
  }
  // A theme that hands moment() a date string it does not know prints moment's deprecation
  // warning with a stack trace each time; the dates it prints are still the ones given.
  try {
    createRequire(require.resolve(`jsonresume-theme-${theme}`))('moment').suppressDeprecationWarnings = true;
  } catch {
    // the theme does not use moment
  }
  // Some themes log as they format; the generator's own output stays readable.
  const log = console.log;
  console.log = () => {};
  let html;
  try {
    html = require(`jsonresume-theme-${theme}`).render(resume);
    if (html && typeof html.then === 'function') html = await html;
  } finally {
    console.log = log;
  }
  const htmlFile = path.join(ctx.tmp, `${layout.id}--${person.id}.html`);
  await writeFile(htmlFile, html);
  const page = await ctx.newPage();
  try {
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 30000 });
    await page.pdf({ path: outFile, format: 'Letter', printBackground: true });
  } finally {
    await page.close();
  }
  return { variations: v.list, expected: expectedFor(person, v) };
}

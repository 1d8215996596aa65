// The whole journey in a real browser against a real `resumax serve`: sign up, verify by the
// emailed link, upload and rename a resume, correct what the parser read in the editor (name and
// employer, saved automatically, still there after a reload), check what an applicant tracking
// system reads from the file (the ATS view: score, findings, field table with the corrected name
// read differently and a link to it in the editor, the PDF's pages as pictures beside the extracted
// text), download it as a JSON Resume, paste a job, optimize the corrected resume, answer the job's
// knock-out questions from it, read the tips listed apart from the changes, review changes (one in
// the user's own wording), save a version,
// check what an ATS reads of its exports (PDF and DOCX read back), export it (PDF and JSON Resume,
// both holding the corrections) and preview it, and
// finally delete the job description. Accessibility (axe) is checked on each main page, the editor
// included; the editor must fit a 390 px screen; any browser console error fails the run.
//
//   node e2e/journey.mjs /path/to/resumax        (or RESUMAX_BINARY=/path/to/resumax)
//
// RESUMAX_E2E_SCREENSHOTS=/tmp/shots saves desktop and phone screenshots of each main page.
// RESUMAX_E2E_CHROMIUM overrides the browser (default /usr/bin/chromium). Exits 77 (skipped)
// when no browser is installed.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import {
  browserPath,
  checkAccessibility,
  fail,
  log,
  repoDir,
  screenshot,
  shotsDir,
  startServer,
  verificationLink,
  watchConsole,
  webBuildIsStale,
  webDir,
} from './support.mjs';

const binary = process.argv[2] ?? process.env.RESUMAX_BINARY;
const resumeFixture = join(repoDir, 'server/tests/fixtures/api/resume.pdf');

const JOB_TEXT = `Senior Backend Engineer at Acme Payments (Remote, full-time).
We are looking for a senior backend engineer with 5+ years of experience to build our billing platform.
Requirements:
- Strong experience with Go and Python
- PostgreSQL and database migrations
- Docker and Kubernetes in production
- REST API design
- Experience with AWS
- Bachelor's degree in Computer Science or a related field
- Must be authorized to work in the United States
Nice to have:
- Terraform
- Kafka
- Communication and teamwork skills`;

const RESUME_TITLE = 'Jordan Rivera – Backend';
// What the parser reads from the fixture, and the corrections the user makes in the editor.
const PARSED_NAME = 'Jordan Rivera';
const PARSED_COMPANY = 'Globex Corporation';
const CORRECTED_NAME = 'Ana M. Ruiz-Test';
const CORRECTED_COMPANY = 'Corrected Employer Ltd';
// The user's own wording for the "Responsible for the billing service…" change.
const OWN_WORDING = 'Ran the billing service handling 2M invoices per month';

/** Screenshots one part of the page (clipped from the whole page, so sticky bars don't cover it), in pieces of `height` px. */
async function screenshotPart(page, locator, name, { height = 0 } = {}) {
  if (!shotsDir) return;
  const box = await locator.boundingBox();
  const scrollY = await page.evaluate(() => window.scrollY);
  const top = box.y + scrollY;
  const pieces = height > 0 ? Math.ceil(box.height / height) : 1;
  for (let index = 0; index < pieces; index += 1) {
    const pieceHeight = height > 0 ? Math.min(height, box.height - index * height) : box.height;
    const clip = { x: box.x, y: top + index * (height || 0), width: box.width, height: pieceHeight };
    await page.screenshot({ path: join(shotsDir, pieces > 1 ? `${name}-${index + 1}.png` : `${name}.png`), fullPage: true, clip });
  }
}

/** Clicks a download button and saves the file the browser receives under `path`. */
async function downloadFile(page, buttonName, path) {
  const downloadPromise = page.waitForEvent('download', { timeout: 30_000 });
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const download = await downloadPromise;
  await download.saveAs(path);
  return download.suggestedFilename();
}

/**
 * Checks every page picture under `within` loads (they load lazily, so each is scrolled to first):
 * naturalWidth > 0, from a same-origin path, as wide as the width the report gave. Returns how many.
 */
async function checkPageImagesLoad(within, where) {
  const pictures = within.getByRole('img', { name: /^Page \d+ of your file as it looks$/ });
  const count = await pictures.count();
  if (count === 0) fail(`${where} shows no picture of the PDF's pages`);
  for (let index = 0; index < count; index += 1) {
    const picture = pictures.nth(index);
    await picture.scrollIntoViewIfNeeded();
    const loaded = await picture.evaluate(
      (image) =>
        new Promise((done) => {
          const settle = () => done({ naturalWidth: image.naturalWidth, src: image.getAttribute('src'), width: image.getAttribute('width') });
          if (image.complete) settle();
          else {
            image.addEventListener('load', settle, { once: true });
            image.addEventListener('error', settle, { once: true });
          }
        }),
    );
    if (!(loaded.naturalWidth > 0)) fail(`${where}: page picture ${index + 1} did not load (naturalWidth ${loaded.naturalWidth}, src ${loaded.src})`);
    if (!loaded.src.startsWith('/api/v1/storage/')) fail(`${where}: page picture ${index + 1} is not a same-origin path: ${loaded.src}`);
    if (loaded.width !== String(loaded.naturalWidth)) fail(`${where}: page picture ${index + 1} says width ${loaded.width} but is ${loaded.naturalWidth} px wide`);
  }
  return count;
}

/** Records every data-state the editor's save status goes through, from now on. */
async function recordSaveStates(page) {
  await page.getByRole('status', { name: 'Save status' }).evaluate((element) => {
    window.e2eSaveStates = [element.dataset.state];
    new MutationObserver(() => window.e2eSaveStates.push(element.dataset.state)).observe(element, {
      attributes: true,
      attributeFilter: ['data-state'],
    });
  });
}

/**
 * Waits for the autosave of the edits made since recordSaveStates: the status says "Saving…"
 * (data-state saving) as soon as something changes, then "All changes saved" once the server has it.
 */
async function waitForSaved(page, what) {
  const status = page.getByRole('status', { name: 'Save status' });
  const states = () => page.evaluate(() => window.e2eSaveStates.join(' → '));
  try {
    await page.waitForFunction(
      () => {
        const seen = window.e2eSaveStates;
        return seen.includes('saving') && seen.at(-1) !== 'saving';
      },
      null,
      { timeout: 15_000 },
    );
  } catch {
    fail(`saving ${what} did not settle within 15 s: save status "${(await status.textContent())?.trim()}", data-state went ${await states()}`);
  }
  const state = await status.getAttribute('data-state');
  const text = (await status.textContent())?.trim();
  if (state !== 'saved' || text !== 'All changes saved') fail(`saving ${what} ended as data-state ${state}: "${text}" (went ${await states()})`);
}

/** Fails when the page scrolls sideways, naming the widest elements. */
async function checkNoSidewaysScroll(page, name) {
  const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
    const root = document.scrollingElement;
    const width = root.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .map((element) => {
        const classes = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} (right edge ${Math.round(element.getBoundingClientRect().right)}px)`;
      });
    return { scrollWidth: root.scrollWidth, clientWidth: width, culprits: wide.slice(0, 8) };
  });
  if (scrollWidth > clientWidth + 1) {
    fail(`the ${name} scrolls sideways (${scrollWidth}px of content in ${clientWidth}px):\n  ${culprits.join('\n  ')}`);
  }
}

/** Reads a downloaded JSON Resume and checks it holds the user's corrections. */
function checkJsonResume(path, where) {
  let resume;
  try {
    resume = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    fail(`the JSON Resume downloaded from the ${where} is not JSON: ${error.message}`);
  }
  if (resume?.basics?.name !== CORRECTED_NAME) {
    fail(`the JSON Resume from the ${where} has basics.name ${JSON.stringify(resume?.basics?.name)}, not ${JSON.stringify(CORRECTED_NAME)}`);
  }
  if (resume?.work?.[0]?.name !== CORRECTED_COMPANY) {
    fail(`the JSON Resume from the ${where} has work[0].name ${JSON.stringify(resume?.work?.[0]?.name)}, not ${JSON.stringify(CORRECTED_COMPANY)}`);
  }
  return resume;
}

async function main() {
  if (!binary || !existsSync(binary)) fail('pass the resumax binary as the first argument or RESUMAX_BINARY');
  if (!existsSync(browserPath)) {
    log(`no browser at ${browserPath}; skipping`);
    process.exit(77);
  }
  if (webBuildIsStale()) {
    log('building the web app (web/dist is missing or older than web/src)');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: webDir, stdio: 'inherit' });
  }
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });

  const started = await startServer(binary);
  const { server, dataDir, port, baseUrl } = started;

  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const consoleErrors = [];
  try {
    const openapi = await (await fetch(`${baseUrl}/api/v1/openapi.json`)).json();
    const hasExports = Boolean(openapi.paths?.['/api/v1/exports']);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    watchConsole(page, consoleErrors);

    // Landing and sign-in, signed out: no refresh request, no console noise.
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await checkAccessibility(page, 'landing');
    await screenshot(page, 'desktop-landing');

    // Sign up.
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Full name').fill('Jordan Rivera');
    await page.getByLabel('Email').fill('jordan@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Plum-tree harvest 1987');
    await page.getByRole('checkbox', { name: 'I accept the Terms of Service and the Privacy Policy' }).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/check-inbox/);
    log('signed up');

    // Verify by the link in the outbox.
    let link = null;
    for (let attempt = 0; attempt < 50 && !link; attempt += 1) {
      link = verificationLink(join(dataDir, 'outbox'));
      if (!link) await new Promise((done) => setTimeout(done, 100));
    }
    if (!link) fail('no verification email in the outbox');
    if (!link.startsWith(`http://localhost:${port}/`)) fail(`the link names another address: ${link}`);
    // Opened where this browser has the app (the mail names the configured public address).
    await page.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl));
    await page.getByRole('heading', { name: 'Your email is verified' }).waitFor();
    log('verified the email address');
    await page.getByRole('link', { name: /dashboard/i }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Welcome, Jordan' }).waitFor();
    await page.getByText('Upload your first resume').waitFor();
    await checkAccessibility(page, 'dashboard (empty)');
    await screenshot(page, 'desktop-dashboard-empty');

    // Upload the resume.
    await page.goto(`${baseUrl}/resumes/new`);
    await page.getByRole('heading', { level: 1, name: 'Upload a resume' }).waitFor();
    await screenshot(page, 'desktop-resume-upload');
    await page.locator('input[type=file]').setInputFiles(resumeFixture);
    await page.waitForURL(/\/resumes\/[0-9a-f-]{36}$/);
    await page.getByText('Your resume is ready').waitFor({ timeout: 20_000 });
    await page.locator('#main').getByText(PARSED_NAME, { exact: true }).waitFor();
    await page.getByText('Helped with the migration from MySQL to PostgreSQL').waitFor();
    await checkAccessibility(page, 'resume');
    await screenshot(page, 'desktop-resume');
    const resumeUrl = page.url();
    log('uploaded and parsed the resume');

    // Rename it in place; the dashboard lists the new title.
    await page.getByRole('button', { name: 'Rename' }).click();
    const titleInput = page.getByRole('textbox', { name: 'Resume title' });
    await titleInput.fill(RESUME_TITLE);
    await screenshot(page, 'desktop-resume-rename');
    await titleInput.press('Enter');
    await page.getByRole('heading', { level: 1, name: RESUME_TITLE }).waitFor();
    // Delete asks first; Cancel keeps the resume.
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('alertdialog', { name: 'Delete this resume?' }).waitFor();
    await checkAccessibility(page, 'resume (delete dialog)');
    await screenshot(page, 'desktop-resume-delete');
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog').waitFor({ state: 'detached' });
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole('region', { name: 'Resumes' }).getByRole('link', { name: RESUME_TITLE }).waitFor();
    await page.goto(resumeUrl);
    await page.getByRole('heading', { level: 1, name: RESUME_TITLE }).waitFor();
    log('renamed the resume');

    // Correct what the parser read: the name and the first employer, saved as the user types.
    await page.getByRole('heading', { name: 'What the parser read', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    const nameField = page.getByRole('textbox', { name: 'Full name', exact: true });
    const companyField = page.getByRole('textbox', { name: 'Company, job 1', exact: true });
    await nameField.waitFor();
    if ((await nameField.inputValue()) !== PARSED_NAME) fail(`the editor's Full name is "${await nameField.inputValue()}", not "${PARSED_NAME}"`);
    if ((await companyField.inputValue()) !== PARSED_COMPANY) {
      fail(`the editor's "Company, job 1" is "${await companyField.inputValue()}", not "${PARSED_COMPANY}"`);
    }
    await checkAccessibility(page, 'resume (editor open)', { strict: true });
    await screenshot(page, 'desktop-resume-editor');
    await recordSaveStates(page);
    await nameField.fill(CORRECTED_NAME);
    await companyField.fill(CORRECTED_COMPANY);
    await waitForSaved(page, 'the name and the company');
    await page.getByRole('button', { name: 'Done editing', exact: true }).click();
    await page.getByRole('heading', { name: 'Your resume', exact: true }).waitFor();
    await page.getByText('Edited by you', { exact: true }).waitFor();
    // A reload reads the resume from the server again: the corrections are stored.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: RESUME_TITLE }).waitFor();
    await page.getByRole('heading', { name: 'Your resume', exact: true }).waitFor();
    const main = page.locator('#main');
    await main.getByText(CORRECTED_NAME, { exact: true }).waitFor();
    await main.getByText(CORRECTED_COMPANY).first().waitFor();
    if ((await main.getByText(PARSED_COMPANY).count()) > 0) fail(`the resume page still shows "${PARSED_COMPANY}" after the correction`);
    if ((await page.getByRole('heading', { name: 'What the parser read' }).count()) > 0) fail('the resume card still says "What the parser read" after an edit');
    log('corrected the name and the employer in the editor; both are still there after a reload');

    // The editor on a phone-width screen: nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await nameField.waitFor();
    if ((await nameField.inputValue()) !== CORRECTED_NAME) fail(`the reopened editor's Full name is "${await nameField.inputValue()}"`);
    if ((await companyField.inputValue()) !== CORRECTED_COMPANY) fail(`the reopened editor's "Company, job 1" is "${await companyField.inputValue()}"`);
    await checkNoSidewaysScroll(page, 'resume editor at 390 px');
    await screenshot(page, 'phone-resume-editor', { screens: 3 });
    await page.getByRole('button', { name: 'Done editing', exact: true }).click();
    await page.getByRole('heading', { name: 'Your resume', exact: true }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    log('the editor fits 390 px');

    // The ATS view: asked for, it reads the file again and compares it with the corrected resume.
    const ats = page.getByRole('region', { name: 'ATS view', exact: true });
    await ats.getByRole('button', { name: 'Check what an applicant tracking system reads', exact: true }).click();
    const atsScore = ats.getByRole('heading', { level: 3, name: /^ATS score \d+$/ });
    await atsScore.waitFor({ timeout: 30_000 });
    const atsAlert = ats.getByRole('alert');
    if ((await atsAlert.count()) > 0) fail(`the ATS view shows an error: ${await atsAlert.first().textContent()}`);
    const scoreText = await atsScore.textContent();
    await ats.getByRole('heading', { level: 3, name: 'What gets in the way', exact: true }).waitFor();
    const findingLists = await ats.getByRole('list', { name: /^(Blockers|Warnings|Tips)/ }).count();
    const allClear = await ats.getByText('Nothing in the file’s layout or text gets in the way', { exact: false }).count();
    if (findingLists === 0 && allClear === 0) fail('the ATS view shows neither findings nor that nothing gets in the way');
    const fieldTable = ats.getByRole('table', { name: /Fields of your resume and what an ATS reads/ });
    const fieldRows = await fieldTable.getByRole('rowheader').count();
    if (fieldRows < 3) fail(`the ATS field table has ${fieldRows} rows`);
    // The name was corrected in the document, so the file reads it differently.
    const nameRow = fieldTable.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Name', exact: true }) });
    const nameCells = await nameRow.getByRole('cell').allTextContents();
    if (nameCells[0] !== CORRECTED_NAME || nameCells[1] !== PARSED_NAME || !nameCells[2]?.includes('Read differently')) {
      fail(`the ATS field table's Name row reads ${JSON.stringify(nameCells)}, not the corrected name read differently from the file`);
    }
    // The PDF's pages as pictures, each beside the text read from it: every picture loads (they load
    // lazily, so each is scrolled to), at the size the report gave.
    const pageList = ats.getByRole('list', { name: 'Pages of your file', exact: true });
    await pageList.waitFor();
    await pageList.getByRole('region', { name: /^Page 1 of \d+ What the ATS reads$/ }).getByText(PARSED_NAME).first().waitFor();
    const pictureCount = await checkPageImagesLoad(pageList, 'the ATS view');
    log(`the ATS view shows ${pictureCount} page picture(s), each loaded beside its text`);
    await checkAccessibility(page, 'resume (ATS view)', { strict: true });
    // From the top, so the sticky app bar stays out of the clip.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotPart(page, pageList.locator('xpath=../..'), 'desktop-resume-ats-pages');
    await screenshot(page, 'desktop-resume-ats');
    await screenshotPart(page, ats, 'desktop-resume-ats-view');
    // Its link opens the editor on the field.
    await nameRow.getByRole('button', { name: 'Edit Name', exact: true }).click();
    await page.waitForFunction(() => document.activeElement?.getAttribute('autocomplete') === 'name', null, { timeout: 5_000 }).catch(() => fail('"Edit Name" in the ATS view did not move focus to the editor\'s Full name'));
    await page.getByRole('button', { name: 'Done editing', exact: true }).click();
    await page.getByRole('heading', { name: 'Your resume', exact: true }).waitFor();
    log(`the ATS view shows ${scoreText}, ${findingLists} group(s) of findings, ${fieldRows} fields (the corrected name read differently); its link opens the editor on the name`);

    if (hasExports) {
      // The resume's own download, as corrected, before any optimization.
      await page.getByRole('heading', { name: 'Download this resume' }).waitFor();
      const fileName = await downloadFile(page, 'Download JSON Resume', join(dataDir, 'resume.json'));
      checkJsonResume(join(dataDir, 'resume.json'), 'resume page');
      log(`downloaded the resume as a JSON Resume (${fileName}); it holds the corrections`);
    }

    // Paste the job description.
    await page.goto(`${baseUrl}/jobs/new`);
    await page.getByLabel('Job title').fill('Senior Backend Engineer');
    await page.getByLabel('Company').fill('Acme Payments');
    await page.getByLabel('Location').fill('Remote');
    await page.getByRole('textbox', { name: 'Job description' }).fill(JOB_TEXT);
    await page.getByRole('button', { name: 'Save job description' }).click();
    await page.waitForURL(/\/jobs\/[0-9a-f-]{36}$/);
    await page.getByRole('list', { name: 'Required skills' }).getByText('Kubernetes').waitFor();
    await checkAccessibility(page, 'job description');
    await screenshot(page, 'desktop-job');
    const jobUrl = page.url();
    log('saved the job description');

    // Optimize with the balanced strategy.
    await page.getByRole('link', { name: 'Optimize a resume for this job' }).click();
    await page.getByRole('heading', { level: 1, name: 'Optimize a resume' }).waitFor();
    await page.getByLabel('Balanced').check();
    await checkAccessibility(page, 'optimize');
    await screenshot(page, 'desktop-optimize');
    // The resume picked is the one just corrected (the only one).
    const picked = await page.getByRole('combobox', { name: 'Resume', exact: true }).evaluate((select) => select.selectedOptions[0]?.textContent);
    if (picked !== RESUME_TITLE) fail(`the optimize form picked "${picked}", not the corrected resume "${RESUME_TITLE}"`);
    await page.getByRole('button', { name: 'Optimize my resume' }).click();
    await page.waitForURL(/\/optimizations\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Review your tailored resume' }).waitFor({ timeout: 30_000 });
    const resultsUrl = page.url();
    log('optimization completed');

    // Review: accept the skills change and the first rewrite, reject the second.
    const changes = page.getByRole('list').filter({ has: page.getByRole('group', { name: 'Change 1' }) }).first();
    const cards = changes.locator(':scope > li');
    const count = await cards.count();
    if (count < 3) fail(`expected at least 3 proposed changes, got ${count}`);
    const skillsCard = cards.filter({ hasText: 'REST APIs' }).first();
    const ownCard = cards.filter({ hasText: 'Responsible for' }).first();
    const helpedCard = cards.filter({ hasText: 'Helped with' }).first();
    await ownCard.getByRole('button', { name: 'Accept' }).click();
    await skillsCard.getByRole('button', { name: 'Accept' }).click();
    await helpedCard.getByRole('button', { name: 'Reject' }).click();
    if ((await skillsCard.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')) !== 'true') {
      fail('Accept did not stay pressed');
    }
    // Put one accepted change in the user's own words.
    const ownNumber = /Change (\d+)/.exec(await ownCard.getByRole('heading').first().textContent())?.[1];
    if (!ownNumber) fail('the "Responsible for" change has no "Change N" heading');
    await ownCard.getByRole('button', { name: 'Edit wording', exact: true }).click();
    const wording = ownCard.getByRole('textbox', { name: `Your wording for change ${ownNumber}`, exact: true });
    await wording.fill(OWN_WORDING);
    await ownCard.getByRole('button', { name: 'Use my wording', exact: true }).click();
    await wording.waitFor({ state: 'detached' });
    await ownCard.getByText(OWN_WORDING, { exact: true }).waitFor();
    if ((await ownCard.getByRole('button', { name: 'Accept' }).getAttribute('aria-pressed')) !== 'true') {
      fail('the change in the user\'s wording is not accepted');
    }
    await page.getByText(/2\s*accepted · 1\s*rejected/).waitFor();
    await page.getByRole('button', { name: 'Side by side' }).click();
    await page.getByText('Before', { exact: true }).first().waitFor();
    await checkAccessibility(page, 'results');
    await screenshot(page, 'desktop-results');
    await page.getByRole('button', { name: 'Inline' }).click();

    // The job's knock-out questions, answered from the resume on demand.
    const knockOuts = page.getByRole('region', { name: 'Knock-out questions', exact: true });
    await knockOuts.getByRole('button', { name: 'Check the knock-out questions', exact: true }).click();
    const knockOutList = knockOuts.getByRole('list', { name: 'Knock-out questions', exact: true });
    const noKnockOuts = knockOuts.getByText('This job asks none of the questions screening forms reject on.');
    await knockOutList.or(noKnockOuts).or(knockOuts.getByRole('alert')).first().waitFor({ timeout: 30_000 });
    if ((await knockOuts.getByRole('alert').count()) > 0) fail(`the knock-out questions show an error: ${await knockOuts.getByRole('alert').first().textContent()}`);
    const knockOutItems = await knockOutList.getByRole('listitem').all();
    const answered = [];
    for (const item of knockOutItems) {
      const requirement = (await item.getByRole('heading', { level: 3 }).textContent())?.trim();
      const status = /(Met|Not shown in your resume|Not met)/.exec(await item.textContent())?.[1];
      if (!requirement || !status) fail(`a knock-out question reads "${await item.textContent()}": no requirement or status in words`);
      answered.push(`${requirement}: ${status}`);
    }
    // The job asks for 5+ years (the resume's dated jobs cover more), a bachelor's degree (the resume
    // has a B.S.) and the right to work in the US (the resume says nothing of it).
    for (const expected of ['Years of experience: Met', 'Degree: Met', 'Work authorization: Not shown in your resume']) {
      if (!answered.includes(expected)) fail(`the knock-out questions do not answer "${expected}": ${answered.join('; ') || 'none'}`);
    }
    await knockOuts.getByText('If you meet it, say so in your resume: screeners’ forms ask this.').first().waitFor();
    await checkAccessibility(page, 'results (knock-out questions)', { strict: true });
    await screenshotPart(page, knockOuts, 'desktop-results-knockouts');
    log(`the knock-out questions answer ${answered.join('; ')}`);

    // Tips: advice that is no change (what only the user can fix or claim), in a region of its own
    // apart from the proposed changes, grouped by where on the resume each applies.
    const tips = page.getByRole('region', { name: 'Tips (not changes)', exact: true });
    await tips.waitFor();
    const proposed = page.getByRole('region', { name: 'Proposed changes', exact: true });
    const apart = await tips.evaluate(
      (tipsElement, changesElement) => !tipsElement.contains(changesElement) && !changesElement.contains(tipsElement),
      await proposed.elementHandle(),
    );
    if (!apart) fail('the tips are not a region apart from the proposed changes');
    if ((await tips.getByRole('group', { name: /^Change \d+$/ }).count()) > 0) fail('the tips region holds proposed changes to accept');
    await tips.getByText('Things only you can fix or claim: nothing here is changed for you.').waitFor();
    const tipPlaces = await tips.getByRole('list', { name: 'Tips by where they apply', exact: true }).locator(':scope > li').all();
    if (tipPlaces.length === 0) fail('the tips region lists no tip');
    const tipLines = [];
    for (const place of tipPlaces) {
      const where = (await place.getByRole('heading', { level: 3 }).textContent())?.trim();
      const messages = (await place.getByRole('list').getByRole('listitem').allTextContents()).map((message) => message.trim());
      if (!where || messages.length === 0 || messages.some((message) => !message)) {
        fail(`a place in the tips reads "${await place.textContent()}": no label, or a tip without words`);
      }
      // A bullet or the summary shows what the resume says there (the optimization's source document).
      if ((where === 'Summary' || / · bullet \d+$/.test(where)) && (await place.getByText(/^On your resume:/).count()) === 0) {
        fail(`the tip at "${where}" does not show what the resume says there`);
      }
      tipLines.push(...messages.map((message) => `${where}: ${message}`));
    }
    // The job would like Terraform, which the resume nowhere shows: only the user can claim it, so
    // it is a tip on the skills, in the checklist.
    const skillsTips = tips.getByRole('list', { name: 'Skills', exact: true });
    await skillsTips.getByText(/^The job (asks for|would like) Terraform; add it only if you have it\.$/).waitFor();
    await tips.getByText(/^A checklist for you:/).first().waitFor();
    await checkAccessibility(page, 'results (tips)', {
      strict: true,
      include: `[aria-labelledby="${await tips.getAttribute('aria-labelledby')}"]`,
    });
    await screenshotPart(page, tips, 'desktop-results-tips');
    log(`the tips read ${tipLines.join('; ')}`);

    await page.getByRole('button', { name: 'Save as version' }).click();
    await page.waitForURL(/\/versions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    await page.getByText(/Match score \d+/).first().waitFor();
    await main.getByText(OWN_WORDING).first().waitFor();
    await main.getByText(CORRECTED_NAME, { exact: true }).first().waitFor();
    await main.getByText(CORRECTED_COMPANY).first().waitFor();
    await page.getByRole('button', { name: 'Compare with original' }).click();
    await page.getByRole('heading', { name: 'Original' }).waitFor();
    await checkAccessibility(page, 'version');
    await screenshot(page, 'desktop-version');
    const versionUrl = page.url();
    log('saved the version');

    if (hasExports) {
      // What an ATS reads of the version's exports, with the template and paper size chosen for the downloads.
      const exportsCheck = page.getByRole('region', { name: 'What an ATS reads of these exports', exact: true });
      await page.getByRole('button', { name: 'Modern', exact: true }).click();
      await page.getByRole('button', { name: 'A4', exact: true }).click();
      await exportsCheck.getByRole('button', { name: 'Check what an ATS reads of these exports', exact: true }).click();
      const readBack = exportsCheck.getByRole('list', { name: 'Exports read back', exact: true });
      await readBack.or(exportsCheck.getByRole('alert')).first().waitFor({ timeout: 30_000 });
      if ((await exportsCheck.getByRole('alert').count()) > 0) fail(`the exports' ATS check shows an error: ${await exportsCheck.getByRole('alert').first().textContent()}`);
      await exportsCheck.getByText('Made with the Modern template on A4 and read back:', { exact: true }).waitFor();
      const readBackLines = (await readBack.getByRole('listitem').allTextContents()).map((line) => line.replace(/\s+/g, ' ').trim());
      if (readBackLines.length !== 2 || !/^PDF .*\.pdf ?Read back \d+ %/.test(readBackLines[0]) || !/^Word \(DOCX\) .*\.docx ?Read back \d+ %/.test(readBackLines[1])) {
        fail(`the exports' read-back reads ${JSON.stringify(readBackLines)}`);
      }
      for (const line of readBackLines) if (!line.includes('Read back 100 %')) fail(`an export loses fields when read back: ${line}`);
      await exportsCheck.getByRole('heading', { level: 3, name: /^PDF: ATS score \d+$/ }).waitFor();
      await exportsCheck.getByRole('table', { name: /Fields of your resume and what an ATS reads/ }).waitFor();
      await checkAccessibility(page, 'version (ATS check of the exports, PDF)', { strict: true });
      await exportsCheck.getByRole('button', { name: 'Word (DOCX)', exact: true }).click();
      await exportsCheck.getByRole('heading', { level: 3, name: /^Word \(DOCX\): ATS score \d+$/ }).waitFor();
      await checkAccessibility(page, 'version (ATS check of the exports, DOCX)', { strict: true });
      await screenshotPart(page, exportsCheck, 'desktop-version-ats-check');
      log(`the exports' ATS check reads back ${readBackLines.join('; ')}`);
      await page.getByRole('button', { name: 'Classic', exact: true }).click();
      await page.getByRole('button', { name: 'US Letter', exact: true }).click();

      // Classic is the default template.
      const pdfPath = join(dataDir, 'download.pdf');
      await downloadFile(page, 'Download PDF', pdfPath);
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      if (!text.includes(CORRECTED_NAME)) fail(`the downloaded PDF does not contain the corrected name "${CORRECTED_NAME}":\n${text.slice(0, 600)}`);
      if (!text.includes(CORRECTED_COMPANY)) fail(`the downloaded PDF does not contain the corrected company "${CORRECTED_COMPANY}":\n${text.slice(0, 600)}`);
      if (text.includes(PARSED_COMPANY)) fail(`the downloaded PDF still names "${PARSED_COMPANY}"`);
      if (!text.includes(OWN_WORDING)) fail('the downloaded PDF does not contain the change in the user\'s wording');
      if (/Contributed to the migration/.test(text)) fail('the downloaded PDF contains a rejected change');
      log('downloaded the PDF; it holds the corrected name and employer and the change in the user\'s wording');

      await downloadFile(page, 'Download JSON Resume', join(dataDir, 'version.json'));
      const versionJson = checkJsonResume(join(dataDir, 'version.json'), 'version page');
      if (!JSON.stringify(versionJson.work?.[0]?.highlights ?? []).includes(OWN_WORDING)) {
        fail('the version\'s JSON Resume does not hold the change in the user\'s wording');
      }
      log('downloaded the version as a JSON Resume; it holds the corrections');

      await page.getByRole('button', { name: 'Preview PDF' }).click();
      const frame = page.locator('iframe[title^="Preview of"]');
      await frame.waitFor();
      const previewUrl = new URL(await frame.getAttribute('src'), baseUrl).toString();
      const preview = await page.request.get(previewUrl);
      if (!preview.ok()) fail(`the preview URL answered ${preview.status()}`);
      if (!preview.headers()['content-type']?.includes('application/pdf')) fail('the preview is not a PDF');
      if (!/inline/.test(preview.headers()['content-disposition'] ?? '')) fail('the preview is not served inline');
      await screenshot(page, 'desktop-version-preview');
      log('previewed the PDF');
    } else {
      log('SKIPPED export checks: this server has no /api/v1/exports yet');
    }

    await page.goto(`${baseUrl}/versions`);
    await page.getByRole('list', { name: 'Saved versions' }).waitFor();
    await screenshot(page, 'desktop-history');
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole('list', { name: 'Saved versions' }).waitFor();
    await checkAccessibility(page, 'dashboard');
    await screenshot(page, 'desktop-dashboard');

    // The same pages on a phone, signed in with the same session.
    const state = await context.storageState();
    await context.close();
    const phone = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
      storageState: state,
    });
    const phonePage = await phone.newPage();
    watchConsole(phonePage, consoleErrors);
    for (const [name, url, ready] of [
      ['dashboard', `${baseUrl}/dashboard`, 'Welcome, Jordan'],
      ['resume', resumeUrl, 'Your resume'],
      ['job', jobUrl, 'What we extracted'],
      ['results', resultsUrl, 'Proposed changes'],
      ['version', versionUrl, 'Your resume'],
      ['history', `${baseUrl}/versions`, 'Saved versions'],
    ]) {
      await phonePage.goto(url);
      await phonePage.getByRole('heading', { name: ready }).first().waitFor();
      const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) fail(`the ${name} page scrolls sideways on a phone (${overflow}px too wide)`);
      await screenshot(phonePage, `phone-${name}`, { screens: 3 });
    }
    // The ATS view's report on a phone: its table and extracted text scroll within themselves.
    await phonePage.goto(resumeUrl);
    await phonePage.getByRole('button', { name: 'Check what an applicant tracking system reads', exact: true }).click();
    await phonePage.getByRole('heading', { level: 3, name: /^ATS score \d+$/ }).waitFor({ timeout: 30_000 });
    await checkNoSidewaysScroll(phonePage, 'resume page with its ATS view at 390 px');
    // The pages stacked above their text; each picture loads there too.
    await checkPageImagesLoad(phonePage.getByRole('list', { name: 'Pages of your file', exact: true }), 'the ATS view at 390 px');
    await phonePage.evaluate(() => window.scrollTo(0, 0));
    await screenshotPart(phonePage, phonePage.getByRole('region', { name: 'ATS view', exact: true }), 'phone-resume-ats-view', { height: 844 });

    // Last, delete the job description: the dashboard no longer lists it, nor the version made for it.
    await phonePage.goto(jobUrl);
    await phonePage.getByRole('button', { name: 'Delete' }).click();
    const dialog = phonePage.getByRole('alertdialog', { name: 'Delete this job description?' });
    await dialog.waitFor();
    await screenshot(phonePage, 'phone-job-delete');
    await dialog.getByRole('button', { name: 'Delete job description' }).click();
    await phonePage.waitForURL(/\/dashboard$/);
    await phonePage.getByRole('status').getByText('Deleted the job description “Senior Backend Engineer”').waitFor();
    await phonePage.getByRole('region', { name: 'Job descriptions' }).getByText('Add your first job description').waitFor();
    await phonePage.getByRole('region', { name: 'Recent optimizations' }).getByText('No optimizations yet').waitFor();
    await checkAccessibility(phonePage, 'dashboard (after delete)');
    await screenshot(phonePage, 'phone-dashboard-after-delete');
    log('deleted the job description; the dashboard lists neither it nor its version');
    await phone.close();
    const signedOut = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const landing = await signedOut.newPage();
    watchConsole(landing, consoleErrors);
    await landing.goto(baseUrl);
    await landing.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(landing, 'phone-landing');
    await signedOut.close();
    log('phone layouts fit 390 px');

    if (consoleErrors.length > 0) fail(`browser console errors:\n  ${consoleErrors.join('\n  ')}`);
    log(`passed${shotsDir ? `; screenshots in ${shotsDir}` : ''}`);
  } catch (error) {
    if (consoleErrors.length > 0) process.stderr.write(`browser console errors:\n  ${consoleErrors.join('\n  ')}\n`);
    const serverLog = started.log();
    if (serverLog) process.stderr.write(`server log (tail):\n${serverLog.split('\n').slice(-30).join('\n')}\n`);
    throw error;
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((done) => (server.exitCode !== null ? done() : server.once('exit', done)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`e2e: FAILED: ${error.stack ?? error}\n`);
  process.exit(1);
});

// The whole journey in a real browser against a real `resumax serve`: sign up, verify by the
// emailed link, upload and rename a resume, paste a job, optimize, review changes, save a version,
// export and preview it, and finally delete the job description. Accessibility (axe) is checked on each main page and any browser console error
// fails the run.
//
//   node e2e/journey.mjs /path/to/resumax        (or RESUMAX_BINARY=/path/to/resumax)
//
// RESUMAX_E2E_SCREENSHOTS=/tmp/shots saves desktop and phone screenshots of each main page.
// RESUMAX_E2E_CHROMIUM overrides the browser (default /usr/bin/chromium). Exits 77 (skipped)
// when no browser is installed.

import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(webDir, '..');
const binary = process.argv[2] ?? process.env.RESUMAX_BINARY;
const browserPath = process.env.RESUMAX_E2E_CHROMIUM ?? '/usr/bin/chromium';
const shotsDir = process.env.RESUMAX_E2E_SCREENSHOTS;
const resumeFixture = join(repoDir, 'server/tests/fixtures/api/resume.pdf');

const JOB_TEXT = `Senior Backend Engineer at Acme Payments (Remote, full-time).
We are looking for a senior backend engineer with 5+ years of experience to build our billing platform.
Requirements:
- Strong experience with Go and Python
- PostgreSQL and database migrations
- Docker and Kubernetes in production
- REST API design
- Experience with AWS
Nice to have:
- Terraform
- Kafka
- Communication and teamwork skills`;

const RESUME_TITLE = 'Jordan Rivera – Backend';

function fail(message) {
  throw new Error(message);
}

function log(message) {
  process.stdout.write(`e2e: ${message}\n`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHealth(baseUrl, server) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (server.exitCode !== null) fail(`resumax exited early with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  fail('resumax did not become healthy within 10 s');
}

function verificationLink(outboxDir) {
  const files = existsSync(outboxDir) ? readdirSync(outboxDir).filter((name) => name.endsWith('.eml')) : [];
  for (const name of files.sort().reverse()) {
    // Undo quoted-printable soft breaks in case the mailer wraps long lines.
    const text = readFileSync(join(outboxDir, name), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const match = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(text);
    if (match) return match[0];
  }
  return null;
}

async function checkAccessibility(page, name) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact));
  if (serious.length > 0) {
    const details = serious
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n    ')}`)
      .join('\n  ');
    fail(`axe found serious accessibility problems on the ${name} page:\n  ${details}`);
  }
  log(`axe: ${name} has no serious or critical violations (${results.violations.length} minor)`);
}

async function screenshot(page, name, { screens = 0 } = {}) {
  if (!shotsDir) return;
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
  // Also screen-sized pieces, easier to inspect than one very tall image.
  for (let index = 0; index < screens; index += 1) {
    await page.evaluate((top) => window.scrollTo(0, top), index * page.viewportSize().height);
    await page.screenshot({ path: join(shotsDir, `${name}-${index + 1}.png`) });
  }
  if (screens > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

function watchConsole(page, errors) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
}

async function main() {
  if (!binary || !existsSync(binary)) fail('pass the resumax binary as the first argument or RESUMAX_BINARY');
  if (!existsSync(browserPath)) {
    log(`no browser at ${browserPath}; skipping`);
    process.exit(77);
  }
  if (!existsSync(join(webDir, 'dist/index.html'))) {
    log('building the web app');
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: webDir, stdio: 'inherit' });
  }
  if (shotsDir) mkdirSync(shotsDir, { recursive: true });

  const dataDir = mkdtempSync(join(tmpdir(), 'resumax-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn(binary, ['serve'], {
    env: {
      ...process.env,
      RESUMAX_HOST: '127.0.0.1',
      RESUMAX_PORT: String(port),
      RESUMAX_DATA_DIR: dataDir,
      RESUMAX_DATABASE_URL: `sqlite:${join(dataDir, 'resumax.db')}`,
      // The configured public address differs from the one the browser uses (localhost vs
      // 127.0.0.1), as when a user types either: uploads, downloads and the preview still work.
      RESUMAX_PUBLIC_URL: `http://localhost:${port}`,
      RESUMAX_WEB_DIR: join(webDir, 'dist'),
      RESUMAX_AUTH_REQUESTS_PER_MINUTE: '1000',
      RESUMAX_LOG_LEVEL: 'warn',
      RESUMAX_SMTP_URL: '',
      RESUMAX_STORAGE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));

  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const consoleErrors = [];
  try {
    await waitForHealth(baseUrl, server);
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
    await page.locator('#main').getByText('Jordan Rivera', { exact: true }).waitFor();
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
    await page.getByText(/2\s*accepted · 1\s*rejected/).waitFor();
    await page.getByRole('button', { name: 'Side by side' }).click();
    await page.getByText('Before', { exact: true }).first().waitFor();
    await checkAccessibility(page, 'results');
    await screenshot(page, 'desktop-results');
    await page.getByRole('button', { name: 'Inline' }).click();

    await page.getByRole('button', { name: 'Save as version' }).click();
    await page.waitForURL(/\/versions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: 'Download' }).waitFor();
    await page.getByText(/Match score \d+/).first().waitFor();
    await page.getByText('Own the billing service handling 2M invoices per month').waitFor();
    await page.getByRole('button', { name: 'Compare with original' }).click();
    await page.getByRole('heading', { name: 'Original' }).waitFor();
    await checkAccessibility(page, 'version');
    await screenshot(page, 'desktop-version');
    const versionUrl = page.url();
    log('saved the version');

    if (hasExports) {
      // Classic is the default template.
      const downloadPromise = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download PDF' }).click();
      const download = await downloadPromise;
      const pdfPath = join(dataDir, 'download.pdf');
      await download.saveAs(pdfPath);
      const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
      if (!text.includes('Jordan Rivera')) fail('the downloaded PDF does not contain the name');
      if (!/Own the billing service/.test(text.replace(/\s+/g, ' '))) fail('the downloaded PDF does not contain the accepted change');
      if (/Contributed to the migration/.test(text.replace(/\s+/g, ' '))) fail('the downloaded PDF contains a rejected change');
      log('downloaded the PDF; it holds the name and the accepted change');

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
      ['resume', resumeUrl, 'What the parser read'],
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

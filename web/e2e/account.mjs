// The account pages in a real browser against a real `resumax serve`: the sessions list (sign out
// every other device, whose access token then stops), the security activity, two-factor sign-in
// (turned on with a code computed here, then sign out and in again with a code), a copy of the
// data (a ZIP), the admin area (granted on the command line; disabling an account refuses its
// sign-in), the email change through the link sent to the new address, and deleting the account
// (password and code; signed out with a notice; the password no longer signs in). axe on each page; the
// settings pages fit a 390 px screen; any browser console error fails the run.
//
//   node e2e/account.mjs /path/to/resumax        (or RESUMAX_BINARY=/path/to/resumax)
//
// RESUMAX_E2E_SCREENSHOTS=/tmp/shots saves screenshots. Exits 77 (skipped) without a browser.

import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import {
  api,
  browserPath,
  checkAccessibility,
  fail,
  log,
  screenshot,
  shotsDir,
  startServer,
  verificationLink,
  watchConsole,
  webBuildIsStale,
  webDir,
} from './support.mjs';

const binary = process.argv[2] ?? process.env.RESUMAX_BINARY;
const PASSWORD = 'Plum-tree harvest 1987';
const OTHER_DEVICE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0';

/** RFC 6238 (SHA-1, 6 digits, 30 s) with Node's own HMAC: independent of the server's. */
function totp(base32Secret, unixSeconds) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((byte) => parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1] & 15;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The newest link in the outbox addressed to `email` whose path is `path`. */
function linkTo(outboxDir, email, path) {
  const files = readdirSync(outboxDir).filter((name) => name.endsWith('.eml')).sort().reverse();
  for (const name of files) {
    const text = readFileSync(join(outboxDir, name), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    if (!text.includes(`To: ${email}`)) continue;
    const match = new RegExp(`https?://[^/\\s]+${path}\\?token=[A-Za-z0-9_.-]+`).exec(text);
    if (match) return match[0];
  }
  return null;
}

/** Registers and verifies an account through the API; its email. */
async function verifiedAccount(started, name) {
  const email = `${name.toLowerCase()}@example.com`;
  const registered = await api(started.baseUrl, 'POST', '/api/v1/auth/register', { body: { email, password: PASSWORD, name } });
  if (registered.status !== 201) fail(`register ${email}: ${registered.status}`);
  let link = null;
  for (let attempt = 0; attempt < 100 && !link?.includes('token='); attempt += 1) {
    link = verificationLink(`${started.dataDir}/outbox`);
    if (link && !started.seenLinks.has(link)) break;
    link = null;
    await new Promise((done) => setTimeout(done, 100));
  }
  if (!link) fail(`no verification email for ${email}`);
  started.seenLinks.add(link);
  const token = new URL(link).searchParams.get('token');
  const verified = await api(started.baseUrl, 'POST', '/api/v1/auth/verify', { body: { token } });
  if (verified.status !== 200) fail(`verify ${email}: ${verified.status}`);
  return email;
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
  started.seenLinks = new Set();
  const { baseUrl } = started;
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const consoleErrors = [];
  try {
    const owner = await verifiedAccount(started, 'Morgan');
    const member = await verifiedAccount(started, 'Riley');
    // The owner is also signed in on another device.
    const elsewhere = await api(baseUrl, 'POST', '/api/v1/auth/login', { body: { email: owner, password: PASSWORD }, agent: OTHER_DEVICE });
    if (elsewhere.status !== 200) fail(`second sign-in: ${elsewhere.status}`);

    // Someone guessed the owner's password five times: signing in now needs a proof of work,
    // which the browser solves by itself (no lockout, no puzzle).
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const guess = await api(baseUrl, 'POST', '/api/v1/auth/login', { body: { email: owner, password: `guess ${attempt} of many` } });
      if (guess.status !== 401) fail(`a wrong password answered ${guess.status}`);
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watchConsole(page, consoleErrors);
    await page.goto(`${baseUrl}/sign-in`);
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Email').fill(owner);
    await signIn.getByLabel('Password').fill(PASSWORD);
    const challenged = page.waitForRequest((request) => request.url().endsWith('/api/v1/auth/challenge'));
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await challenged;
    await page.waitForURL(/\/dashboard$/, { timeout: 30_000 });
    log('signed in after the browser solved the proof-of-work challenge');

    // Sessions: this browser, the other device and the sign-up's; sign the others out.
    await page.goto(`${baseUrl}/settings/sessions`);
    const sessions = page.getByRole('list', { name: 'Signed-in sessions' });
    await sessions.getByTestId('session').nth(2).waitFor();
    const rows = await sessions.getByTestId('session').count();
    if (rows !== 3) fail(`the sessions list shows ${rows} sessions, not 3`);
    await sessions.getByText('Firefox on Windows').waitFor();
    await checkAccessibility(page, 'settings: sessions');
    await screenshot(page, 'desktop-settings-sessions');
    await page.getByRole('button', { name: 'Sign out all other sessions' }).click();
    await page.getByRole('status').getByText(/Signed out 2 other sessions/).waitFor();
    const stopped = await api(baseUrl, 'GET', '/api/v1/users/me', { token: elsewhere.json.accessToken });
    if (stopped.status !== 401) fail(`the signed-out device's token still answers ${stopped.status}`);
    log('signed out the other device; its token stopped at once');

    // The sign-in from the other device was told by email; its one-click unsubscribe link opens a
    // page that changes nothing until its button is pressed.
    let unsubscribe = null;
    for (let attempt = 0; attempt < 100 && !unsubscribe; attempt += 1) {
      unsubscribe = linkTo(join(started.dataDir, 'outbox'), owner, '/unsubscribe');
      if (!unsubscribe) await new Promise((done) => setTimeout(done, 100));
    }
    if (!unsubscribe) fail('no new-sign-in email with an unsubscribe link');
    await page.goto(unsubscribe.replace(/^https?:\/\/[^/]+/, baseUrl));
    await page.getByRole('heading', { name: 'Stop these emails?' }).waitFor();
    await checkAccessibility(page, 'unsubscribe');
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.getByRole('status').getByText(/won't get “New sign-in” emails/).waitFor();
    await page.goto(`${baseUrl}/settings/notifications`);
    const notices = page.getByRole('form', { name: 'Email notifications' });
    await notices.getByRole('checkbox', { name: 'Optimization ready' }).waitFor();
    if (await notices.getByRole('checkbox', { name: 'New sign-in' }).isChecked()) fail('the unsubscribed kind still shows as on');
    if (!(await notices.getByRole('checkbox', { name: 'Optimization failed' }).isChecked())) fail('another kind was turned off');
    await checkAccessibility(page, 'settings: notifications');
    await screenshot(page, 'desktop-settings-notifications');
    log('unsubscribed from new-sign-in emails with the link; the settings show it');

    // Security activity.
    await page.goto(`${baseUrl}/settings/activity`);
    const events = page.getByRole('list', { name: 'Security events' });
    await events.getByRole('listitem').first().waitFor();
    await checkAccessibility(page, 'settings: security activity');
    await screenshot(page, 'desktop-settings-activity');

    // Two-factor sign-in: turn it on with a code computed here, sign out, sign in with a code.
    await page.goto(`${baseUrl}/settings/security`);
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    const start = page.getByRole('form', { name: 'Turn on two-factor authentication' });
    await start.getByLabel('Password').fill(PASSWORD);
    await start.getByRole('button', { name: 'Continue' }).click();
    const setup = page.getByRole('form', { name: 'Set up your authenticator app' });
    await setup.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    if (secret.length !== 32) fail(`the setup key is ${secret.length} characters, not 32`);
    await checkAccessibility(page, 'settings: two-factor setup');
    await screenshot(page, 'desktop-settings-2fa-setup');
    const enrolledAt = Date.now() / 1000;
    await setup.getByLabel('Authentication code').fill(totp(secret, enrolledAt));
    await setup.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' });
    await codes.getByRole('listitem').nth(9).waitFor();
    const recoveryCode = (await codes.getByRole('listitem').first().innerText()).trim();
    await checkAccessibility(page, 'settings: recovery codes');
    await screenshot(page, 'desktop-settings-2fa-codes');
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page.getByRole('form', { name: 'Turn off two-factor authentication' }).waitFor();
    await page.goto(`${baseUrl}/logout`);
    await page.waitForURL(/\/sign-in/);
    await signIn.getByLabel('Email').fill(owner);
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    const second = page.getByRole('form', { name: 'Two-factor sign-in' });
    await second.waitFor();
    await checkAccessibility(page, 'sign-in: two-factor step');
    await screenshot(page, 'desktop-sign-in-2fa');
    // The code that turned it on was used: the next step's code signs in.
    await second.getByLabel('Authentication code').fill(totp(secret, enrolledAt + 30));
    await second.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL(/\/dashboard$/);
    log('turned on two-factor sign-in, signed out and in again with a code');

    // A copy of the account's data.
    await page.goto(`${baseUrl}/settings/data`);
    await page.getByRole('button', { name: 'Request a copy of my data' }).click();
    const download = page.getByRole('list', { name: 'Requests for a copy of your data' }).getByRole('link', { name: 'Download' }).first();
    await download.waitFor({ timeout: 30_000 });
    await checkAccessibility(page, 'settings: your data');
    await screenshot(page, 'desktop-settings-data');
    const zip = await fetch(new URL(await download.getAttribute('href'), baseUrl));
    const bytes = Buffer.from(await zip.arrayBuffer());
    if (!zip.ok || bytes.subarray(0, 2).toString() !== 'PK') fail(`the copy of the data is not a ZIP (${zip.status})`);
    log(`downloaded a copy of the data (${bytes.length} bytes)`);

    // The admin area, once the operator grants the role.
    execFileSync(binary, ['admin', 'grant', owner], { env: { ...process.env, ...started.env, RESUMAX_LOG_LEVEL: 'warn' } });
    await page.goto(`${baseUrl}/dashboard`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
    await page.waitForURL(/\/admin\/users$/);
    const user = page.getByTestId('admin-user').filter({ hasText: member });
    await user.waitFor();
    await checkAccessibility(page, 'admin: users');
    await screenshot(page, 'desktop-admin-users');
    await page.getByRole('button', { name: `Disable ${member}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Disable ${member}?` });
    await confirm.getByRole('button', { name: 'Disable account' }).click();
    await page.getByRole('button', { name: `Enable ${member}` }).waitFor();
    const refused = await api(baseUrl, 'POST', '/api/v1/auth/login', { body: { email: member, password: PASSWORD } });
    if (refused.status !== 403 || refused.json?.code !== 'account_disabled') fail(`a disabled account's sign-in answered ${refused.status}`);
    log('disabled an account from the admin area; its sign-in is refused');
    for (const [name, heading] of [['Audit log', 'Audit events'], ['Queue', 'Dead jobs']]) {
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name }).click();
      await page.getByRole('table', { name: heading }).or(page.getByText(/No dead jobs/i)).first().waitFor();
      await checkAccessibility(page, `admin: ${name.toLowerCase()}`);
      await screenshot(page, `desktop-admin-${name.toLowerCase().replace(' ', '-')}`);
    }
    await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Usage' }).click();
    await page.getByRole('region', { name: 'Users' }).waitFor();
    await checkAccessibility(page, 'admin: usage');
    await screenshot(page, 'desktop-admin-usage');

    // The settings pages on a phone.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, storageState: await context.storageState() });
    const phonePage = await phone.newPage();
    watchConsole(phonePage, consoleErrors);
    for (const path of ['/settings/sessions', '/settings/activity', '/settings/delete-account', '/admin/users']) {
      await phonePage.goto(`${baseUrl}${path}`);
      await phonePage.getByRole('heading', { level: 1 }).first().waitFor();
      await phonePage.waitForLoadState('networkidle');
      const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) fail(`${path} scrolls sideways on a phone (${overflow}px too wide)`);
      await screenshot(phonePage, `phone${path.replaceAll('/', '-')}`);
    }
    await phone.close();

    // Change the email address: only the link sent to the new one changes it.
    const moved = 'morgan.new@example.com';
    await page.goto(`${baseUrl}/settings`);
    const change = page.getByRole('form', { name: 'Change email address' });
    await change.getByLabel('New email address').fill(moved);
    await change.getByLabel('Current password').fill(PASSWORD);
    await change.getByRole('button', { name: 'Send confirmation link' }).click();
    await page.getByText(`Waiting for confirmation at ${moved}`).waitFor();
    await checkAccessibility(page, 'settings: profile with a pending email');
    let confirmLink = null;
    for (let attempt = 0; attempt < 100 && !confirmLink; attempt += 1) {
      confirmLink = linkTo(join(started.dataDir, 'outbox'), moved, '/confirm-email');
      if (!confirmLink) await new Promise((done) => setTimeout(done, 100));
    }
    if (!confirmLink) fail('no confirmation email at the new address');
    await page.goto(confirmLink.replace(/^https?:\/\/[^/]+/, baseUrl));
    await page.getByRole('heading', { name: 'Your email address has changed' }).waitFor();
    await checkAccessibility(page, 'confirm email');
    await screenshot(page, 'desktop-confirm-email');
    log('changed the email address through the link sent to it');

    // Delete the account: a wrong password is refused in place; the right one signs out.
    await page.goto(`${baseUrl}/settings/delete-account`);
    const form = page.getByRole('form', { name: 'Delete account' });
    await form.waitFor();
    await checkAccessibility(page, 'settings: delete account');
    await screenshot(page, 'desktop-settings-delete');
    await form.getByLabel('Password').fill('not the password');
    await form.getByLabel('Type DELETE to confirm').fill('DELETE');
    const before = consoleErrors.length;
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    // The browser logs the refused request itself (422): expected here, nothing else is.
    const logged = consoleErrors.splice(before);
    consoleErrors.push(...logged.filter((line) => !line.includes('status of 422')));
    await form.getByLabel('Password').fill(PASSWORD);
    // Two-factor sign-in is on: deleting asks for a code too (here a recovery code).
    await form.getByLabel('Authentication code').fill(recoveryCode);
    await form.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await page.getByText('Your account and all its data are being deleted').waitFor();
    await checkAccessibility(page, 'landing (account deleted)');
    await screenshot(page, 'desktop-account-deleted');
    const gone = await api(baseUrl, 'POST', '/api/v1/auth/login', { body: { email: moved, password: PASSWORD } });
    if (gone.status !== 401) fail(`the deleted account still signs in (${gone.status})`);
    log('deleted the account; it no longer signs in');

    // The terms and privacy pages registration accepts.
    for (const [path, heading] of [['/terms', 'Terms of Service'], ['/privacy', 'Privacy Policy']]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.getByText(/Version in force: /).waitFor();
      await checkAccessibility(page, heading);
    }

    // The browser logs the refused answers it got on purpose (the sign-in's 428) itself.
    const unexpected = consoleErrors.filter((line) => !(line.includes('/sign-in:') && line.includes('status of 428')));
    if (unexpected.length > 0) fail(`browser console errors:\n  ${unexpected.join('\n  ')}`);
    log(`passed${shotsDir ? `; screenshots in ${shotsDir}` : ''}`);
  } catch (error) {
    if (consoleErrors.length > 0) process.stderr.write(`browser console errors:\n  ${consoleErrors.join('\n  ')}\n`);
    const serverLog = started.log();
    if (serverLog) process.stderr.write(`server log (tail):\n${serverLog.split('\n').slice(-30).join('\n')}\n`);
    throw error;
  } finally {
    await browser.close();
    started.server.kill('SIGTERM');
    await new Promise((done) => (started.server.exitCode !== null ? done() : started.server.once('exit', done)));
    rmSync(started.dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  process.stderr.write(`e2e: FAILED: ${error.stack ?? error}\n`);
  process.exit(1);
});

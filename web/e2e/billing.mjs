// Buying credits in a real browser against a real `resumax serve` with billing on and a fake of
// Stripe's API (server/tests/support/fake-stripe.mjs): the billing page (balance, packs, history),
// Buy goes to Stripe's checkout URL, which this test plays: it sends the server the signed
// checkout.session.completed webhook Stripe would send and comes back to the success URL, where
// the page waits for the credits and says so; a cancelled checkout; the optimize page shows the
// cost and the balance, and spends a credit. axe on each page; the billing page fits a 390 px
// screen; any browser console error fails the run.
//
//   node e2e/billing.mjs /path/to/resumax        (or RESUMAX_BINARY=/path/to/resumax)
//
// RESUMAX_E2E_SCREENSHOTS=/tmp/shots saves screenshots. Exits 77 (skipped) without a browser.

import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

import {
  api,
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
const PASSWORD = 'Plum-tree harvest 1987';
const SECRET_KEY = 'sk_test_e2ebilling';
const WEBHOOK_SECRET = 'whsec_e2ebilling';

/** The fake Stripe API on a free port; its base URL and process. */
async function startFakeStripe() {
  const script = join(repoDir, 'server/tests/support/fake-stripe.mjs');
  const child = spawn('node', [script, '0', SECRET_KEY, 'price_starter,price_pro'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolvePort, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (\d+)/.exec(output);
      if (match) resolvePort(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`fake-stripe exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

/** What Stripe sends when a Checkout Session is paid, signed as Stripe signs it. */
async function deliverPaid(baseUrl, session, eventId) {
  const payload = JSON.stringify({
    id: eventId,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: {
      object: {
        id: session.id,
        object: 'checkout.session',
        client_reference_id: session.client_reference_id,
        metadata: session.metadata,
        payment_intent: `pi_${eventId}`,
        payment_status: 'paid',
        status: 'complete',
      },
    },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${payload}`).digest('hex');
  const response = await fetch(`${baseUrl}/api/v1/billing/webhook`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Stripe-Signature': `t=${timestamp},v1=${signature}` },
    body: payload,
  });
  if (response.status !== 200) fail(`the webhook answered ${response.status}: ${await response.text()}`);
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

  const stripe = await startFakeStripe();
  const started = await startServer(binary, {
    RESUMAX_BILLING: 'stripe',
    RESUMAX_STRIPE_SECRET_KEY: SECRET_KEY,
    RESUMAX_STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    RESUMAX_STRIPE_API_BASE: stripe.url,
    RESUMAX_CREDIT_PACKS: 'starter:10:price_starter:900:usd,pro:50:price_pro:2900:usd',
    RESUMAX_FREE_CREDITS: '1',
  });
  const { baseUrl } = started;
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  const consoleErrors = [];
  try {
    // A verified account with a parsed resume and a job description, through the API.
    const email = 'casey.buyer@example.com';
    const registered = await api(baseUrl, 'POST', '/api/v1/auth/register', { body: { email, password: PASSWORD, name: 'Casey', acceptTerms: true } });
    if (registered.status !== 201) fail(`register: ${registered.status} ${JSON.stringify(registered.json)}`);
    let link = null;
    for (let attempt = 0; attempt < 100 && !link; attempt += 1) {
      link = verificationLink(join(started.dataDir, 'outbox'));
      if (!link) await new Promise((done) => setTimeout(done, 100));
    }
    if (!link) fail('no verification email');
    const verified = await api(baseUrl, 'POST', '/api/v1/auth/verify', { body: { token: new URL(link).searchParams.get('token') } });
    if (verified.status !== 200) fail(`verify: ${verified.status}`);
    const token = registered.json.accessToken;
    const pdf = readFileSync(join(repoDir, 'server/tests/fixtures/api/resume.pdf'));
    const presigned = await api(baseUrl, 'POST', '/api/v1/resumes/presign', { token, body: { filename: 'cv.pdf', mimeType: 'application/pdf', size: pdf.length } });
    const uploadUrl = presigned.json.uploadUrl.replace(/^https?:\/\/[^/]+/, baseUrl);
    const put = await fetch(uploadUrl, { method: 'PUT', headers: { 'Content-Type': 'application/pdf' }, body: pdf });
    if (!put.ok) fail(`upload: ${put.status}`);
    const resumeId = presigned.json.resumeId;
    await api(baseUrl, 'POST', `/api/v1/resumes/${resumeId}/parse`, { token, body: {} });
    const job = await api(baseUrl, 'POST', '/api/v1/job-descriptions', {
      token,
      body: { title: 'Senior Backend Engineer', company: 'Globex', text: 'Senior Backend Engineer\nRequirements\n- 5+ years of Go or Python\n- PostgreSQL and Docker\n- Kubernetes\n' },
    });
    if (job.status !== 201) fail(`job description: ${job.status} ${JSON.stringify(job.json)}`);

    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    watchConsole(page, consoleErrors);
    await page.goto(`${baseUrl}/sign-in`);
    const signIn = page.getByRole('form', { name: 'Sign in' });
    await signIn.getByLabel('Email').fill(email);
    await signIn.getByLabel('Password').fill(PASSWORD);
    await signIn.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/dashboard$/, { timeout: 30_000 });

    // The navigation shows the balance: the free credit.
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Credits: 1' }).click();
    await page.waitForURL(/\/billing$/);
    await page.getByRole('heading', { level: 1, name: 'Billing & credits' }).waitFor();
    if ((await page.getByTestId('credit-balance').innerText()).trim() !== '1') fail('the balance is not 1');
    await page.getByTestId('credit-history').getByText('Welcome credits').waitFor();
    await checkAccessibility(page, 'billing');
    await screenshot(page, 'desktop-billing');

    // Stripe's hosted page, played here: the paid session's webhook, then back to the app.
    await page.route('https://checkout.stripe.com/**', async (route) => {
      const sessionId = route.request().url().split('/').pop();
      const requests = await (await fetch(`${stripe.url}/__requests`)).json();
      const created = requests.findLast((request) => request.path === '/v1/checkout/sessions');
      if (!created) fail('the fake Stripe saw no checkout session');
      if (created.headers.authorization !== `Bearer ${SECRET_KEY}`) fail('Stripe was called without the secret key');
      const cancel = created.form.metadata.pack === 'pro';
      if (!cancel) {
        await deliverPaid(baseUrl, { id: sessionId, client_reference_id: created.form.client_reference_id, metadata: created.form.metadata }, `evt_e2e_${sessionId.slice(-8)}`);
      }
      const back = cancel ? `${baseUrl}/billing?checkout=cancelled` : `${baseUrl}/billing?checkout=success&session_id=${sessionId}`;
      await route.fulfill({ status: 303, headers: { Location: back } });
    });
    await page.getByRole('button', { name: 'Buy Starter pack' }).click();
    await page.waitForURL(/\/billing/);
    const status = page.getByTestId('billing-status');
    await status.getByText('10 credits added', { exact: false }).waitFor({ timeout: 30_000 });
    await page.getByTestId('credit-balance').getByText('11', { exact: true }).waitFor();
    await page.getByTestId('credit-history').getByText(/Purchased/).waitFor();
    if (new URL(page.url()).search !== '') fail(`the return query stayed in the address: ${page.url()}`);
    await nav.getByRole('link', { name: 'Credits: 11' }).waitFor();
    await checkAccessibility(page, 'billing after a purchase');
    await screenshot(page, 'desktop-billing-purchased');
    log('bought the starter pack through Checkout; the webhook credited it and the page said so');

    // A checkout the user cancels at Stripe.
    await page.getByRole('button', { name: 'Buy Pro pack' }).click();
    await page.waitForURL(/\/billing/);
    await status.getByText('Checkout cancelled; you were not charged.').waitFor();
    if ((await page.getByTestId('credit-balance').innerText()).trim() !== '11') fail('a cancelled checkout changed the balance');
    log('a cancelled checkout changed nothing and said so');

    // The billing page on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('credit-balance').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (overflow > 1) fail(`the billing page is ${overflow} px wider than a 390 px screen`);
    await checkAccessibility(page, 'billing at 390 px');
    await screenshot(page, 'phone-billing');
    await page.setViewportSize({ width: 1280, height: 900 });

    // The optimize page shows the cost and the balance, and an optimization spends one credit.
    await page.goto(`${baseUrl}/optimize?resume=${resumeId}&job=${job.json.id}`);
    const cost = page.getByTestId('optimization-cost');
    await cost.getByText('Uses 1 credit · You have 11').waitFor({ timeout: 30_000 });
    await checkAccessibility(page, 'optimize with billing');
    await screenshot(page, 'desktop-optimize-cost');
    await page.getByRole('button', { name: 'Optimize my resume' }).click();
    await page.waitForURL(/\/optimizations\//, { timeout: 30_000 });
    const after = await api(baseUrl, 'GET', '/api/v1/billing/credits', { token });
    if (after.json.balance !== 10) fail(`the optimization left a balance of ${after.json.balance}, not 10`);
    log('the optimize button showed the cost and the balance; the optimization took one credit');

    if (consoleErrors.length > 0) fail(`browser console errors:\n  ${consoleErrors.join('\n  ')}`);
    log('billing: all checks passed');
  } finally {
    await browser.close();
    started.server.kill('SIGTERM');
    stripe.child.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`e2e billing failed: ${error.stack ?? error}\n`);
  process.exit(1);
});

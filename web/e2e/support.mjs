// What the browser tests share: a real `resumax serve` on a free port with its own data dir,
// the outbox's links, axe, screenshots and console watching.

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import AxeBuilder from '@axe-core/playwright';

export const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = resolve(webDir, '..');
export const browserPath = process.env.RESUMAX_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const shotsDir = process.env.RESUMAX_E2E_SCREENSHOTS;

export function fail(message) {
  throw new Error(message);
}

const startedAt = Date.now();

export function log(message) {
  process.stdout.write(`e2e [${((Date.now() - startedAt) / 1000).toFixed(1)} s]: ${message}\n`);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

export async function waitForHealth(baseUrl, server) {
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

export function verificationLink(outboxDir) {
  const files = existsSync(outboxDir) ? readdirSync(outboxDir).filter((name) => name.endsWith('.eml')) : [];
  for (const name of files.sort().reverse()) {
    // Undo quoted-printable soft breaks in case the mailer wraps long lines.
    const text = readFileSync(join(outboxDir, name), 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const match = /https?:\/\/\S+\/verify-email\?token=[A-Za-z0-9_-]+/.exec(text);
    if (match) return match[0];
  }
  return null;
}

/** The newest modification time under `path` (files and folders), in ms. */
function newestChange(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** True when web/dist is missing or older than the sources it is built from. */
export function webBuildIsStale() {
  const built = join(webDir, 'dist/index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'package.json', 'vite.config.ts'].map((name) => join(webDir, name)).filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
}

/**
 * axe on the page as it is: no serious or critical violations (with `strict`, none at all); with
 * `include` (a CSS selector), on that part of the page only.
 */
export async function checkAccessibility(page, name, { strict = false, include } = {}) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder.include(include);
  const results = await builder.analyze();
  const serious = results.violations.filter((violation) => strict || ['serious', 'critical'].includes(violation.impact));
  if (serious.length > 0) {
    const details = serious
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n    ')}`)
      .join('\n  ');
    fail(`axe found ${strict ? '' : 'serious '}accessibility problems on the ${name} page:\n  ${details}`);
  }
  log(`axe: ${name} has no ${strict ? 'violations' : `serious or critical violations (${results.violations.length} minor)`}`);
}

export async function screenshot(page, name, { screens = 0 } = {}) {
  if (!shotsDir) return;
  await page.screenshot({ path: join(shotsDir, `${name}.png`), fullPage: true });
  // Also screen-sized pieces, easier to inspect than one very tall image.
  for (let index = 0; index < screens; index += 1) {
    await page.evaluate((top) => window.scrollTo(0, top), index * page.viewportSize().height);
    await page.screenshot({ path: join(shotsDir, `${name}-${index + 1}.png`) });
  }
  if (screens > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

export function watchConsole(page, errors) {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught ${error.message}`));
}

/**
 * Starts `resumax serve` (the binary given) on a free port with a data dir of its own and the
 * embedded defaults; `extraEnv` adds to its environment. Answers what a test needs of it.
 */
export async function startServer(binary, extraEnv = {}) {
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
      // A sanitizer build (the debug preset) reports fontconfig's one-time allocations as leaks when
      // the parser child exits, which fails every parse: suppress them as scripts/run-tests does.
      ...extraEnv,
      LSAN_OPTIONS: process.env.LSAN_OPTIONS ?? `suppressions=${join(repoDir, 'server/tests/lsan.supp')}:print_suppressions=0`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverLog = '';
  server.stdout.on('data', (chunk) => (serverLog += chunk));
  server.stderr.on('data', (chunk) => (serverLog += chunk));
  try {
    await waitForHealth(baseUrl, server);
  } catch (error) {
    server.kill('SIGKILL');
    process.stderr.write(serverLog);
    throw error;
  }
  return {
    server,
    dataDir,
    port,
    baseUrl,
    log: () => serverLog,
    env: { RESUMAX_DATA_DIR: dataDir, RESUMAX_DATABASE_URL: `sqlite:${join(dataDir, 'resumax.db')}` },
  };
}

/** One JSON request to the API (bearer `token`, a `User-Agent` of `agent`); status and parsed body. */
export async function api(baseUrl, method, path, { token, body, agent } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (agent) headers['User-Agent'] = agent;
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

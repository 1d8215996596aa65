// The run: a pool of parallel renders, the one Chromium shared by all HTML layouts, the
// self-check of every file, and per-engine timings.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { docxTexts, pdfTexts, verify } from './check.mjs';

const CHROMIUM = process.env.CORPUS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export class Context {
  constructor({ tmp, jobs, outDir }) {
    this.tmp = tmp;
    this.jobs = jobs;
    this.outDir = outDir;
    this.timings = new Map(); // engine -> {ms, docs}
    this.browserPromise = null;
  }

  async time(engine, docs, fn) {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      const t = this.timings.get(engine) ?? { ms: 0, docs: 0 };
      t.ms += performance.now() - t0;
      t.docs += docs;
      this.timings.set(engine, t);
    }
  }

  // One browser for the whole run; every page's requests other than file:, data: and about:
  // are aborted.
  async browserContext() {
    if (!this.browserPromise) {
      this.browserPromise = (async () => {
        const t0 = performance.now();
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, timeout: 60000 });
        const context = await browser.newContext();
        await context.route(() => true, (route) => {
          const url = route.request().url();
          return /^(file|data|about|blob):/i.test(url) ? route.continue() : route.abort('internetdisconnected');
        });
        const t = this.timings.get('chromium start') ?? { ms: 0, docs: 0 };
        t.ms += performance.now() - t0;
        this.timings.set('chromium start', t);
        return { browser, context };
      })();
    }
    return this.browserPromise;
  }

  async newPage() {
    const { context } = await this.browserContext();
    return context.newPage();
  }

  async close() {
    if (this.browserPromise) {
      const { browser } = await this.browserPromise.catch(() => ({}));
      await browser?.close();
    }
  }

  async check(file, expected, extra = {}) {
    await this.time('self-check', 0, async () => {
      const texts = file.endsWith('.docx') ? await docxTexts(file) : await pdfTexts(file);
      verify(texts, expected, path.relative(this.outDir, file), extra);
    });
  }

  async runPlan(plan, records) {
    const tasks = [];
    for (const { layout, people } of plan) {
      const dir = path.join(this.outDir, layout.id);
      await mkdir(dir, { recursive: true });
      const record = (person, file, r) => records.push({
        file: path.relative(this.outDir, file),
        layout: layout.id,
        split: layout.split,
        person: person.id,
        variations: r.variations,
        expected: r.expected,
      });
      if (layout.renderBatch) {
        // One task for the whole layout (LibreOffice converts all its files in one call).
        tasks.unshift(async () => {
          const results = await layout.renderBatch(this, layout, people, dir);
          for (const { person, file, ...r } of results) {
            await this.check(file, r.expected, r.checks);
            record(person, file, r);
          }
        });
      } else {
        for (const person of people) {
          tasks.push(async () => {
            const file = path.join(dir, `${person.id}.${layout.ext}`);
            const r = await this.time(layout.engine, 1, () => layout.render(this, layout, person, file));
            await this.check(file, r.expected, r.checks);
            record(person, file, r);
          });
        }
      }
    }
    const errors = [];
    let next = 0;
    const worker = async () => {
      while (next < tasks.length) {
        const task = tasks[next++];
        try {
          await task();
        } catch (e) {
          errors.push(e);
          console.error(`corpus: ${e.message}`);
          if (process.env.CORPUS_DEBUG) console.error(e.stack);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.jobs, tasks.length) }, worker));
    if (errors.length) throw new Error(`${errors.length} render(s) failed (see above)`);
  }

  timingReport() {
    const rows = [...this.timings.entries()].sort((a, b) => b[1].ms - a[1].ms);
    return rows.map(([engine, t]) => `${engine.padEnd(16)} ${(t.ms / 1000).toFixed(1).padStart(6)}s` +
      (t.docs ? `  ${t.docs} docs, ${(t.ms / t.docs / 1000).toFixed(2)}s each` : ''));
  }
}

#!/usr/bin/env node
// Generates the labelled resume corpus: every person of people/ rendered by the layouts of
// layouts.json into out/<layout>/<person>.pdf|.docx, with out/index.jsonl saying what each file
// prints. See README.md.
//
//   node generate.mjs [--all] [--layout ID]... [--jobs N] [--force]
process.env.TZ = 'UTC'; // themes format dates with the local time zone

import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, 'out');
const stampFile = path.join(outDir, '.stamp');

function usage(msg) {
  if (msg) console.error(`corpus: ${msg}`);
  console.error('usage: node generate.mjs [--all] [--layout ID]... [--jobs N] [--force]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { all: false, layouts: [], jobs: 2, force: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (a.includes('=')) return a.slice(a.indexOf('=') + 1);
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--all') opts.all = true;
    else if (a === '--force') opts.force = true;
    else if (a === '--layout' || a.startsWith('--layout=')) opts.layouts.push(value());
    else if (a === '--jobs' || a.startsWith('--jobs=')) {
      opts.jobs = Number(value());
      if (!Number.isInteger(opts.jobs) || opts.jobs < 1) usage('--jobs needs a positive integer');
    } else if (a === '-h' || a === '--help') usage();
    else usage(`unknown option ${a}`);
  }
  return opts;
}

async function listFiles(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...await listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

// Hash of every input and of the options that decide what is generated.
async function inputHash(opts) {
  const h = createHash('sha256');
  const files = [
    ...(await listFiles(path.join(here, 'people'))).filter((f) => f.endsWith('.json')),
    path.join(here, 'layouts.json'),
    path.join(here, 'generate.mjs'),
    ...await listFiles(path.join(here, 'render')),
    path.join(here, 'package-lock.json'),
  ];
  for (const f of files) {
    h.update(path.relative(here, f)).update('\0');
    h.update(await readFile(f).catch(() => Buffer.from('(missing)'))).update('\0');
  }
  h.update(JSON.stringify({ all: opts.all, layouts: [...opts.layouts].sort() }));
  return h.digest('hex');
}

async function main() {
  const started = Date.now();
  const opts = parseArgs(process.argv.slice(2));
  const hash = await inputHash(opts);
  if (!opts.force) {
    const old = await readFile(stampFile, 'utf8').catch(() => '');
    const index = await readFile(path.join(outDir, 'index.jsonl'), 'utf8').catch(() => null);
    if (old.trim() === hash && index !== null) {
      console.log('corpus: up to date');
      return;
    }
  }

  const { layouts } = JSON.parse(await readFile(path.join(here, 'layouts.json'), 'utf8'));
  const people = [];
  for (const f of (await readdir(path.join(here, 'people'))).filter((f) => f.endsWith('.json')).sort()) {
    const p = JSON.parse(await readFile(path.join(here, 'people', f), 'utf8'));
    if (p.id !== f.replace(/\.json$/, '')) throw new Error(`people/${f}: id "${p.id}" is not the file name`);
    people.push(p);
  }
  people.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const id of opts.layouts) {
    if (!layouts.some((l) => l.id === id)) usage(`no layout "${id}" in layouts.json`);
  }

  const { resolveLayout } = await import('./render/layouts.mjs');
  const plan = [];
  layouts.forEach((layout, i) => {
    if (opts.layouts.length && !opts.layouts.includes(layout.id)) return;
    const chosen = people.filter((_, j) => opts.all || (i + j) % 3 === 0);
    if (chosen.length) plan.push({ layout: { ...layout, ...resolveLayout(layout.id) }, people: chosen });
  });

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'resumax-corpus-'));
  const { Context } = await import('./render/context.mjs');
  const ctx = new Context({ tmp, jobs: opts.jobs, outDir });
  const records = [];
  try {
    await ctx.runPlan(plan, records);
  } finally {
    await ctx.close();
    if (process.env.CORPUS_KEEP_TMP) console.error(`corpus: temp files kept in ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }

  const order = new Map(layouts.map((l, i) => [l.id, i]));
  records.sort((a, b) => order.get(a.layout) - order.get(b.layout) || (a.person < b.person ? -1 : 1));
  await writeFile(path.join(outDir, 'index.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  await writeFile(stampFile, hash + '\n');

  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`corpus: ${records.length} documents in ${plan.length} layouts (${people.length} people) in ${secs}s`);
  for (const line of ctx.timingReport()) console.log(`  ${line}`);
}

main().catch((e) => {
  console.error(`corpus: ${e.message ?? e}`);
  if (process.env.CORPUS_DEBUG) console.error(e.stack);
  process.exit(1);
});

// LibreOffice: documents converted by soffice, all files of a layout in one call with a private
// user profile in the run's temp dir: Word documents (or other files LibreOffice opens) to PDF (the
// pdf-lo-numbered and pdf-lo-table layouts convert the docx-js documents; other layouts hand their
// own documents to `libreOfficeBatch`), or Writer's own flat ODT saved as DOCX (docx-lo-writer).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDocx } from './docxjs.mjs';

const run = promisify(execFile);

// Builds every person's document (a DOCX, or another file LibreOffice opens: `ext`) with
// `build(person, file)` (timed as `engine`; it writes the file and returns {variations, expected,
// checks}), then converts them all in one soffice call. `target`: soffice's output filter
// (`convertTo`, default PDF), its file extension (`ext`) and the variation recorded for the
// conversion (`note`).
export async function libreOfficeBatch(ctx, layout, people, dir, engine, build, ext = 'docx', target = {}) {
  const { convertTo = 'pdf:writer_pdf_Export', ext: to = 'pdf', note = 'converted-by:libreoffice' } = target;
  const src = await mkdtemp(path.join(ctx.tmp, `${layout.id}-${ext}-`));
  const built = await ctx.time(engine, people.length, async () => {
    const out = [];
    for (const person of people) {
      const file = path.join(src, `${person.id}.${ext}`);
      const { variations, expected, checks } = await build(person, file);
      out.push({ person, input: file, variations: [...variations, note], expected, checks });
    }
    return out;
  });
  const profile = await mkdtemp(path.join(ctx.tmp, 'lo-profile-'));
  const outDir = path.join(src, 'out');
  await mkdir(outDir);
  await ctx.time('libreoffice', people.length, async () => {
    try {
      await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
        '--nolockcheck', '--convert-to', convertTo, '--outdir', outDir, ...built.map((b) => b.input)],
      { maxBuffer: 64 << 20, timeout: 600000, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    } catch (e) {
      throw new Error(`${layout.id}: soffice failed: ${(e.stderr || e.message || '').toString().slice(0, 500)}`);
    }
  });
  const results = [];
  for (const b of built) {
    const file = path.join(dir, `${b.person.id}.${to}`);
    try {
      await rename(path.join(outDir, `${b.person.id}.${to}`), file);
    } catch {
      throw new Error(`${layout.id}: LibreOffice wrote no ${to.toUpperCase()} for ${b.person.id}`);
    }
    results.push({ person: b.person, file, variations: b.variations, expected: b.expected, checks: b.checks });
  }
  return results;
}

// The documents, built as docx-js-<kind> builds them but with this layout's seeds.
export async function renderLibreOfficeBatch(ctx, layout, people, dir) {
  return libreOfficeBatch(ctx, layout, people, dir, 'docx-js', async (person, file) => {
    const { buffer, variations, expected, checks } = await buildDocx(layout.id, layout.kind, person);
    await writeFile(file, buffer);
    return { variations, expected, checks };
  });
}

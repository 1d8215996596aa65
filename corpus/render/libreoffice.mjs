// LibreOffice: Word documents converted to PDF, all files of a layout in one soffice call with a
// private user profile in the run's temp dir. The pdf-lo-numbered and pdf-lo-table layouts convert
// the docx-js documents; other layouts hand their own documents to `libreOfficeBatch`.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDocx } from './docxjs.mjs';

const run = promisify(execFile);

// Builds every person's document (a DOCX, or another file LibreOffice opens: `ext`) with
// `build(person, file)` (timed as `engine`; it writes the file and returns {variations, expected,
// checks}), then converts them all in one soffice call.
export async function libreOfficeBatch(ctx, layout, people, dir, engine, build, ext = 'docx') {
  const src = await mkdtemp(path.join(ctx.tmp, `${layout.id}-${ext}-`));
  const built = await ctx.time(engine, people.length, async () => {
    const out = [];
    for (const person of people) {
      const file = path.join(src, `${person.id}.${ext}`);
      const { variations, expected, checks } = await build(person, file);
      out.push({ person, input: file, variations: [...variations, 'converted-by:libreoffice'], expected, checks });
    }
    return out;
  });
  const profile = await mkdtemp(path.join(ctx.tmp, 'lo-profile-'));
  const pdfDir = path.join(src, 'pdf');
  await mkdir(pdfDir);
  await ctx.time('libreoffice', people.length, async () => {
    try {
      await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
        '--nolockcheck', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', pdfDir, ...built.map((b) => b.input)],
      { maxBuffer: 64 << 20, timeout: 600000, env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    } catch (e) {
      throw new Error(`${layout.id}: soffice failed: ${(e.stderr || e.message || '').toString().slice(0, 500)}`);
    }
  });
  const results = [];
  for (const b of built) {
    const file = path.join(dir, `${b.person.id}.pdf`);
    try {
      await rename(path.join(pdfDir, `${b.person.id}.pdf`), file);
    } catch {
      throw new Error(`${layout.id}: LibreOffice wrote no PDF for ${b.person.id}`);
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

// LibreOffice: the docx-js documents converted to PDF, all files of a layout in one soffice call
// with a private user profile in the run's temp dir.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { buildDocx } from './docxjs.mjs';

const run = promisify(execFile);

export async function renderLibreOfficeBatch(ctx, layout, people, dir) {
  // The documents, built as docx-js-<kind> builds them but with this layout's seeds.
  const src = await mkdtemp(path.join(ctx.tmp, `${layout.id}-docx-`));
  const built = await ctx.time('docx-js', people.length, async () => {
    const out = [];
    for (const person of people) {
      const { buffer, variations, expected, checks } = await buildDocx(layout.id, layout.kind, person);
      const file = path.join(src, `${person.id}.docx`);
      await writeFile(file, buffer);
      out.push({ person, docx: file, variations: [...variations, 'converted-by:libreoffice'], expected, checks });
    }
    return out;
  });
  const profile = await mkdtemp(path.join(ctx.tmp, 'lo-profile-'));
  const pdfDir = path.join(src, 'pdf');
  await mkdir(pdfDir);
  await ctx.time('libreoffice', people.length, async () => {
    try {
      await run('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
        '--nolockcheck', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', pdfDir, ...built.map((b) => b.docx)],
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

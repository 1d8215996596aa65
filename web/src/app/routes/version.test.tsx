import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';
import { apiError, jsonResponse } from '@/testing/fetch-mock';
import { buildAtsReport, buildJobDescription, buildResume, buildResumeDocument, tokens } from '@/testing/fixtures';
import { renderWithApi } from '@/testing/render';

import { VersionRoute } from './version';

function buildVersion(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ver-1',
    versionId: 'ver-1',
    optimizationId: 'opt-1',
    resumeId: 'res_1',
    jobDescriptionId: 'jd_1',
    jobTitle: 'Backend Engineer',
    company: 'Acme',
    resumeTitle: 'Ada resume',
    alignmentScore: 82,
    status: 'saved',
    acceptedChanges: ['c1'],
    parentVersionId: null,
    origin: 'optimization',
    createdAt: '2025-01-02T10:00:00Z',
    optimizedSections: buildResumeDocument(),
    diff: [],
    keywords: { matched: ['Go'], evidenced: [], missing: [] },
    downloads: [],
    ...overrides,
  };
}

function renderVersionPage(answers: Parameters<typeof renderWithApi>[0]) {
  return renderWithApi(
    {
      'GET /api/v1/versions/ver-1': jsonResponse(200, buildVersion(), { ETag: 'W/"ver-1-r1"' }),
      'GET /api/v1/resumes/res_1': jsonResponse(200, buildResume()),
      'GET /api/v1/job-descriptions/jd_1': jsonResponse(200, buildJobDescription()),
      'GET /api/v1/optimize/opt-1': jsonResponse(200, { id: 'opt-1', status: 'completed', alignmentScore: 70 }),
      ...answers,
    },
    { path: '/versions/ver-1', routes: [{ path: '/versions/:versionId', element: <VersionRoute /> }] },
  );
}

beforeEach(() => api.setSession(tokens('access-1')));
afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Editing a version', () => {
  it('saves the edit as a new version with the ETag as If-Match, then opens the new version', async () => {
    const user = userEvent.setup();
    const edited = buildVersion({ id: 'ver-2', versionId: 'ver-2', parentVersionId: 'ver-1', origin: 'edit', acceptedChanges: [] });
    const { calls, router } = renderVersionPage({
      'PUT /api/v1/versions/ver-1/sections': jsonResponse(201, edited, { ETag: '"ver-2"' }),
      'GET /api/v1/versions/ver-2': jsonResponse(200, edited, { ETag: '"ver-2"' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const save = screen.getByRole('button', { name: 'Save as new version' });
    expect(save).toBeDisabled();
    const company = screen.getByRole('textbox', { name: 'Company, job 2' });
    await user.clear(company);
    await user.type(company, 'Initech Ltd');
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent('Unsaved changes');
    await user.click(save);

    await waitFor(() => expect(router.state.location.pathname).toBe('/versions/ver-2'));
    const put = calls('PUT /api/v1/versions/ver-1/sections')[0]!;
    expect(put.headers.get('If-Match')).toBe('W/"ver-1-r1"');
    const expected: ResumeDocument = buildResumeDocument();
    expected.experience[1]!.company = 'Initech Ltd';
    expect(JSON.parse(put.body!)).toEqual({ sections: expected });

    expect(await screen.findByText(/Your edited copy of/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'an earlier version' })).toHaveAttribute('href', '/versions/ver-1');
    expect(screen.getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    // The answer is the new version: the page shows it without reading it again.
    expect(calls('GET /api/v1/versions/ver-2')).toHaveLength(0);
  });

  it('opens the new version by its id when the answer carries only the id', async () => {
    const user = userEvent.setup();
    const { router } = renderVersionPage({
      'PUT /api/v1/versions/ver-1/sections': jsonResponse(201, { versionId: 'ver-3' }),
      'GET /api/v1/versions/ver-3': jsonResponse(200, buildVersion({ id: 'ver-3', versionId: 'ver-3', origin: 'edit' })),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '!');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/versions/ver-3'));
  });

  it('shows a refused field beside it and keeps the edits', async () => {
    const user = userEvent.setup();
    renderVersionPage({
      'PUT /api/v1/versions/ver-1/sections': jsonResponse(422, {
        code: 'invalid_sections',
        message: 'Some fields need attention.',
        details: [{ path: 'contact.email', message: 'Enter an email address.' }],
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save as new version' }));

    await waitFor(() => expect(email).toHaveAccessibleDescription(/Enter an email address\./));
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent("Couldn't save: check the fields marked below.");
    expect(email).toHaveValue('not-an-email');
  });

  it('asks before discarding edits on Cancel', async () => {
    const user = userEvent.setup();
    const { calls } = renderVersionPage({
      'PUT /api/v1/versions/ver-1/sections': apiError(500, 'internal_error', 'Nope.'),
    });
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Headline' }), '!');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard your edits?' });
    await user.click(within(dialog).getByRole('button', { name: 'Discard edits' }));
    expect(screen.queryByRole('button', { name: 'Save as new version' })).not.toBeInTheDocument();
    expect(calls('PUT /api/v1/versions/ver-1/sections')).toHaveLength(0);
  });
});

describe("What an ATS reads of the version's exports", { timeout: 20_000 }, () => {
  const REPORT = 'GET /api/v1/versions/ver-1/ats-report';
  const WAIT = { timeout: 4000 };

  function exportReport(format: 'pdf' | 'docx', overrides: Record<string, unknown> = {}) {
    const { resumeId: _resumeId, ...reading } = buildAtsReport();
    return {
      ...reading,
      format,
      fileName: format === 'pdf' ? 'Ada-Lovelace-Resume.pdf' : 'Ada-Lovelace-Resume.docx',
      readBack: 'read back 75 %: 12 of 16 fields',
      ...overrides,
    };
  }
  function versionReport(template = 'classic', paperSize = 'letter') {
    const allRead = buildAtsReport().fields.map((field) => ({ ...field, found: field.expected, status: 'ok' }));
    return {
      versionId: 'ver-1',
      template,
      paperSize,
      formats: [
        exportReport('pdf', {
          score: 100,
          fields: allRead,
          fieldsOk: 16,
          findings: [],
          counts: { blocker: 0, warning: 0, tip: 0 },
          readBack: 'read back 100 %: all 16 fields',
        }),
        exportReport('docx'),
      ],
    };
  }
  const section = () => screen.getByRole('region', { name: 'What an ATS reads of these exports' });

  it('is asked for on demand with the template and paper size chosen for the downloads, and shows for PDF and DOCX the read-back, the score, the findings and the fields', async () => {
    const user = userEvent.setup();
    const { calls, requests } = renderVersionPage({ [REPORT]: jsonResponse(200, versionReport('modern', 'a4')) });

    const start = await screen.findByRole('button', { name: 'Check what an ATS reads of these exports' });
    expect(within(section()).getByText(/with the Classic template on US Letter, as chosen under Download/)).toBeInTheDocument();
    expect(calls(REPORT)).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Modern' }));
    await user.click(screen.getByRole('button', { name: 'A4' }));
    expect(within(section()).getByText(/with the Modern template on A4, as chosen under Download/)).toBeInTheDocument();
    await user.click(start);

    const made = await within(section()).findByText('Made with the Modern template on A4 and read back:', {}, WAIT);
    expect(made).toHaveFocus();
    expect(requests.find((request) => request.path.startsWith('/api/v1/versions/ver-1/ats-report'))!.path).toBe(
      '/api/v1/versions/ver-1/ats-report?template=modern&paperSize=a4',
    );
    const readBack = within(section()).getByRole('list', { name: 'Exports read back' });
    expect(within(readBack).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'PDF Ada-Lovelace-Resume.pdfRead back 100 %: all 16 fields · ATS score 100',
      'Word (DOCX) Ada-Lovelace-Resume.docxRead back 75 %: 12 of 16 fields · ATS score 39',
    ]);
    expect(within(section()).getAllByRole('status')[0]).toHaveTextContent(
      'Checked. PDF: read back 100 %: all 16 fields, ATS score 100. Word (DOCX): read back 75 %: 12 of 16 fields, ATS score 39.',
    );

    // The PDF's report first: nothing in the way, every field read.
    expect(within(section()).getByRole('heading', { level: 3, name: 'PDF: ATS score 100' })).toBeInTheDocument();
    expect(within(section()).getByText(/Nothing in the file’s layout or text gets in the way/)).toBeInTheDocument();
    const table = within(section()).getByRole('table', { name: /Fields of your resume and what an ATS reads for each/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(16);
    expect(within(section()).getByText(/lost in the file itself, not in what you wrote/)).toBeInTheDocument();

    // Then the Word file's.
    await user.click(within(section()).getByRole('button', { name: 'Word (DOCX)' }));
    expect(within(section()).getByRole('heading', { level: 3, name: 'Word (DOCX): ATS score 39' })).toBeInTheDocument();
    expect(within(section()).getAllByRole('heading', { level: 4 }).map((heading) => heading.textContent)).toEqual(['Blockers1', 'Warnings2', 'Tips1']);
    const docxTable = within(section()).getByRole('table', { name: /Fields of your resume and what an ATS reads for each/ });
    const employer = within(docxTable).getByRole('rowheader', { name: 'Job 1 · Employer' }).closest('tr')!;
    expect(within(employer).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Acme', 'Acme Backend', '≠Read differently']);
    // No editor to open from here: no Edit links.
    expect(within(section()).queryByRole('button', { name: /^Edit / })).not.toBeInTheDocument();
    expect(calls(REPORT)).toHaveLength(1);
  });

  it('after another template is chosen, says the report is of the earlier one; Check again reads the new choice', async () => {
    const user = userEvent.setup();
    const { requests } = renderVersionPage({
      [REPORT]: [jsonResponse(200, versionReport()), jsonResponse(200, versionReport('compact', 'letter'))],
    });
    await user.click(await screen.findByRole('button', { name: 'Check what an ATS reads of these exports' }));
    await within(section()).findByText('Made with the Classic template on US Letter and read back:', {}, WAIT);

    await user.click(screen.getByRole('button', { name: 'Compact' }));
    expect(within(section()).getByText('You chose another template or paper size since this check')).toBeInTheDocument();
    expect(within(section()).getByText(/This report is of the Classic template on US Letter\. Check again to see what an ATS reads with the Compact template on US Letter\./)).toBeInTheDocument();
    // The last report stays shown meanwhile.
    expect(within(section()).getByRole('heading', { level: 3, name: 'PDF: ATS score 100' })).toBeInTheDocument();

    await user.click(within(section()).getByRole('button', { name: 'Check again' }));
    await within(section()).findByText('Made with the Compact template on US Letter and read back:', {}, WAIT);
    expect(within(section()).queryByText('You chose another template or paper size since this check')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.path.startsWith('/api/v1/versions/ver-1/ats-report')).map((request) => request.path)).toEqual([
      '/api/v1/versions/ver-1/ats-report?template=classic&paperSize=letter',
      '/api/v1/versions/ver-1/ats-report?template=compact&paperSize=letter',
    ]);
  });

  it("shows the server's message when the exports can't be read back", async () => {
    const user = userEvent.setup();
    renderVersionPage({ [REPORT]: apiError(503, 'ats_unavailable', 'Reports of exports are not available on this server.') });
    await user.click(await screen.findByRole('button', { name: 'Check what an ATS reads of these exports' }));
    const alert = await within(section()).findByRole('alert', {}, WAIT);
    expect(alert).toHaveTextContent('We couldn’t check these exports');
    expect(alert).toHaveTextContent('Reports of exports are not available on this server.');
  });
});

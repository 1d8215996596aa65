import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { ResumeDocument } from '@/lib/api-types';
import { apiError, jsonResponse } from '@/testing/fetch-mock';
import { buildJobDescription, buildResume, buildResumeDocument, tokens } from '@/testing/fixtures';
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

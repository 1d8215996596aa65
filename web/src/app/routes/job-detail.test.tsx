import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { EMPTY_DASHBOARD, jsonResponse } from '@/testing/fetch-mock';
import { buildJobDescription, buildUnreadJobDescription, tokens } from '@/testing/fixtures';
import { renderWithApi } from '@/testing/render';

import { DashboardRoute } from './dashboard';
import { JobDetailRoute } from './job-detail';

const JOB = buildJobDescription();

function renderJobPage(answers: Parameters<typeof renderWithApi>[0]) {
  return renderWithApi(
    { 'GET /api/v1/job-descriptions/jd_1': jsonResponse(200, JOB), ...EMPTY_DASHBOARD, ...answers },
    {
      path: '/jobs/jd_1',
      routes: [
        { path: '/jobs/:jobId', element: <JobDetailRoute /> },
        { path: '/dashboard', element: <DashboardRoute /> },
      ],
    },
  );
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Job description page', () => {
  it('renames the job with PATCH {title} only', async () => {
    const user = userEvent.setup();
    const { calls } = renderJobPage({
      'PATCH /api/v1/job-descriptions/jd_1': jsonResponse(200, { ...JOB, title: 'Senior Backend Engineer' }),
    });

    await user.click(await screen.findByRole('button', { name: 'Rename' }));
    const input = screen.getByRole('textbox', { name: 'Job title' });
    await user.clear(input);
    await user.type(input, 'Senior Backend Engineer{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Senior Backend Engineer' })).toBeInTheDocument();
    expect(JSON.parse(calls('PATCH /api/v1/job-descriptions/jd_1')[0]!.body!)).toEqual({ title: 'Senior Backend Engineer' });
  });

  it('warns that the tailored versions go too, then deletes and returns to the dashboard', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderJobPage({
      'DELETE /api/v1/job-descriptions/jd_1': new Response(null, { status: 204 }),
    });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this job description?' });
    expect(dialog).toHaveAccessibleDescription(/the optimizations and tailored versions you made for it/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete job description' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/dashboard'), { timeout: 3000 });
    expect(calls('DELETE /api/v1/job-descriptions/jd_1')).toHaveLength(1);
    expect((await screen.findByText(/Deleted the job description “Backend Engineer”/)).closest('[role=status]')).not.toBeNull();
    expect(calls('GET /api/v1/job-descriptions/jd_1')).toHaveLength(1);
  });

  it('says the file is being read instead of showing empty text, and shows the job once it is read', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderJobPage({
      'GET /api/v1/job-descriptions/jd_1': [jsonResponse(200, buildUnreadJobDescription()), jsonResponse(200, JOB)],
    });

    expect(await screen.findByText(/Reading the file…/)).toBeInTheDocument();
    expect(screen.queryByText('What we extracted')).not.toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(1500);
    expect(await screen.findByText('What we extracted')).toBeInTheDocument();
    expect(screen.getByText(JOB.sanitizedText)).toBeInTheDocument();
    expect(screen.queryByText(/Reading the file…/)).not.toBeInTheDocument();
  });

  it('shows why the file could not be read', async () => {
    const message = 'Reading the file took too long. Simplify it and upload it again.';
    renderJobPage({
      'GET /api/v1/job-descriptions/jd_1': jsonResponse(
        200,
        buildUnreadJobDescription({ parseStatus: 'failed', parseError: { code: 'parse_timeout', message } }),
      ),
    });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't read this file");
    expect(alert).toHaveTextContent(message);
    expect(screen.getByRole('link', { name: 'Add the job again' })).toHaveAttribute('href', '/jobs/new');
    expect(screen.queryByText('What we extracted')).not.toBeInTheDocument();
  });
});

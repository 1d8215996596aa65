import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildJobDescription, buildUnreadJobDescription, buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { DashboardRoute } from './dashboard';

const EMPTY_PAGE = { items: [], nextCursor: null };

function renderDashboard(routes: Parameters<typeof createFetchMock>[0], user: User = buildUser()) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(<DashboardRoute />, { user, path: '/dashboard' });
  return { ...view, ...mock };
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

beforeEach(() => {
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Dashboard', () => {
  it('welcomes the user and shows an empty state for each empty list', async () => {
    const { calls } = renderDashboard({
      'GET /api/v1/resumes': jsonResponse(200, EMPTY_PAGE),
      'GET /api/v1/job-descriptions': jsonResponse(200, EMPTY_PAGE),
      'GET /api/v1/versions': jsonResponse(200, EMPTY_PAGE),
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(await within(section('Resumes')).findByText('Upload your first resume')).toBeInTheDocument();
    expect(await within(section('Job descriptions')).findByText('Add your first job description')).toBeInTheDocument();
    expect(await within(section('Recent optimizations')).findByText('No optimizations yet')).toBeInTheDocument();
    expect(calls('GET /api/v1/versions')[0]!.path).toBe('/api/v1/versions?limit=5');
    expect(screen.queryByText(/Verify your email/)).not.toBeInTheDocument();
  });

  it('treats the 404 of a list endpoint that does not exist yet as an empty list', async () => {
    renderDashboard({}); // every route answers 404 not_found, as the server does today

    expect(await screen.findByText('Upload your first resume')).toBeInTheDocument();
    expect(await screen.findByText('Add your first job description')).toBeInTheDocument();
    expect(await screen.findByText('No optimizations yet')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an inline error with Retry when a list fails, and recovers on Retry', async () => {
    renderDashboard({
      'GET /api/v1/resumes': [
        apiError(500, 'internal_error', 'Something went wrong on our side. Please try again.'),
        jsonResponse(200, {
          items: [
            {
              id: 'res_1',
              title: 'Product designer 2025',
              originalFilename: 'ada-resume.pdf',
              mimeType: 'application/pdf',
              sizeBytes: 120_000,
              parseStatus: 'completed',
              lastScore: 82,
              createdAt: '2025-01-01T10:00:00Z',
              updatedAt: '2025-01-01T10:00:00Z',
            },
          ],
          nextCursor: null,
        }),
      ],
      'GET /api/v1/job-descriptions': jsonResponse(200, EMPTY_PAGE),
      'GET /api/v1/versions': jsonResponse(200, EMPTY_PAGE),
    });
    const user = userEvent.setup();
    const resumes = section('Resumes');

    const alert = await within(resumes).findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load your resumes.");
    expect(alert).toHaveTextContent('reference req-test');
    // The other sections are unaffected.
    expect(await screen.findByText('Add your first job description')).toBeInTheDocument();

    await user.click(within(resumes).getByRole('button', { name: 'Retry' }));

    expect(await within(resumes).findByText('Product designer 2025')).toBeInTheDocument();
    expect(within(resumes).getByText('Ready')).toBeInTheDocument();
    expect(within(resumes).getByText('Match score 82 out of 100')).toBeInTheDocument();
    expect(within(resumes).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a network failure as an error, not as an empty list', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderWithApp(<DashboardRoute />, { user: buildUser(), path: '/dashboard' });

    const alert = await within(section('Job descriptions')).findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't reach resuMAX. Check your connection and try again.");
    expect(within(section('Job descriptions')).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('lists a job description whose file is being read or could not be read with its status', async () => {
    renderDashboard({
      'GET /api/v1/resumes': jsonResponse(200, EMPTY_PAGE),
      'GET /api/v1/job-descriptions': jsonResponse(200, {
        items: [
          buildJobDescription(),
          buildUnreadJobDescription({ id: 'jd_2', title: 'Data Engineer', parseStatus: 'parsing' }),
          buildUnreadJobDescription({
            id: 'jd_3',
            title: 'Site Reliability Engineer',
            parseStatus: 'failed',
            parseError: { code: 'pdf_encrypted', message: 'The PDF is password-protected.' },
          }),
        ],
        nextCursor: null,
      }),
      'GET /api/v1/versions': jsonResponse(200, EMPTY_PAGE),
    });
    const jobs = section('Job descriptions');

    const [read, reading, failed] = await within(jobs).findAllByRole('listitem');
    expect(read).toHaveTextContent('Acme · 1 required skills · added');
    expect(within(read!).queryByText(/Reading…|Could not read/)).not.toBeInTheDocument();
    expect(reading).toHaveTextContent('Reading…');
    expect(reading).not.toHaveTextContent('required skills');
    expect(failed).toHaveTextContent('Could not read');
    expect(failed).toHaveTextContent('The PDF is password-protected.');
  });

  it('asks unverified users to verify and resends the link', async () => {
    const { calls } = renderDashboard(
      {
        'GET /api/v1/resumes': jsonResponse(200, EMPTY_PAGE),
        'GET /api/v1/job-descriptions': jsonResponse(200, EMPTY_PAGE),
        'GET /api/v1/versions': jsonResponse(200, EMPTY_PAGE),
        'POST /api/v1/auth/verify/resend': jsonResponse(202, { status: 'sent' }),
      },
      buildUser({ emailVerified: false, emailVerifiedAt: null }),
    );
    const user = userEvent.setup();

    expect(screen.getByText('Verify your email to upload resumes')).toBeInTheDocument();
    expect(await within(section('Resumes')).findByText(/Verify your email address first/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resend verification email' }));

    expect(await screen.findByText(/We sent a new link to ada@example.com/)).toBeInTheDocument();
    expect(calls('POST /api/v1/auth/verify/resend')[0]!.headers.get('Authorization')).toBe('Bearer access-1');
  });
});

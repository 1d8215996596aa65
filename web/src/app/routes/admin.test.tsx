import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { AdminUser, QueueStatus, User } from '@/lib/api-types';
import { apiError, createFetchMock, EMPTY_DASHBOARD, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { routes } from '../router';

const ADMIN = buildUser({ id: 'usr_admin', name: 'Grace Admin', email: 'grace@example.com', role: 'admin' });

function adminUser(overrides: Partial<AdminUser>): AdminUser {
  return {
    id: 'usr_1',
    email: 'ada@example.com',
    name: 'Ada Lovelace',
    role: 'user',
    emailVerified: true,
    disabled: false,
    disabledAt: null,
    createdAt: '2025-01-01T10:00:00Z',
    resumeCount: 3,
    optimizationCount: 7,
    ...overrides,
  };
}

const ADA = adminUser({});
const ALAN = adminUser({
  id: 'usr_2',
  email: 'alan@example.com',
  name: 'Alan Turing',
  disabled: true,
  disabledAt: '2025-02-01T10:00:00Z',
});
const SELF = adminUser({ id: 'usr_admin', email: 'grace@example.com', name: 'Grace Admin', role: 'admin' });

function renderAt(path: string, answers: Parameters<typeof createFetchMock>[0], user: User = ADMIN) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path, user });
  return { ...view, ...mock, person: userEvent.setup() };
}

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Admin area guard', () => {
  it('shows no admin link to a user who is not an admin', async () => {
    renderAt('/dashboard', EMPTY_DASHBOARD, buildUser());

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('answers a user who is not an admin at /admin like any unknown address, asking the API nothing', async () => {
    const { requests } = renderAt('/admin/users', {}, buildUser());

    expect(await screen.findByRole('heading', { level: 1, name: "We can't find that page" })).toBeInTheDocument();
    expect(screen.queryByText('Users')).not.toBeInTheDocument();
    expect(requests.filter((request) => request.path.startsWith('/api/v1/admin'))).toHaveLength(0);
  });

  it('gives an admin the link, and /admin opens on the users', async () => {
    const { router } = renderAt('/dashboard', {
      ...EMPTY_DASHBOARD,
      'GET /api/v1/admin/users': jsonResponse(200, { items: [SELF, ADA], nextCursor: null }),
    });
    const person = userEvent.setup();

    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await person.click(within(nav).getByRole('link', { name: 'Admin' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Admin' })).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/users'));
    expect(await screen.findByRole('table', { name: 'All users' })).toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Admin' });
    for (const name of ['Users', 'Audit log', 'Queue', 'Usage']) {
      expect(within(sections).getByRole('link', { name })).toBeInTheDocument();
    }
  });
});

describe('Admin users', () => {
  it('lists accounts with their counts and status, and never offers to disable one’s own', async () => {
    renderAt('/admin/users', {
      'GET /api/v1/admin/users': jsonResponse(200, { items: [SELF, ADA, ALAN], nextCursor: null }),
    });

    const table = await screen.findByRole('table', { name: 'All users' });
    const [, self, ada, alan] = within(table).getAllByRole('row');
    expect(self).toHaveTextContent('You');
    expect(within(self!).queryByRole('button')).not.toBeInTheDocument();
    expect(ada).toHaveTextContent('ada@example.com');
    expect(ada).toHaveTextContent('Active');
    expect(within(ada!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(
      expect.arrayContaining(['3', '7']),
    );
    expect(alan).toHaveTextContent('Disabled');
    expect(within(ada!).getByRole('link', { name: 'Activity of ada@example.com' })).toHaveAttribute(
      'href',
      '/admin/audit?userId=usr_1',
    );
  });

  it('searches by email or name and pages with Load more', async () => {
    const { person, calls } = renderAt('/admin/users', {
      'GET /api/v1/admin/users': [
        jsonResponse(200, { items: [SELF, ADA, ALAN], nextCursor: null }),
        jsonResponse(200, { items: [ADA], nextCursor: 'next-1' }),
        jsonResponse(200, { items: [adminUser({ id: 'usr_3', email: 'ada.b@example.com', name: 'Ada Byron' })], nextCursor: null }),
      ],
    });

    await screen.findByRole('table', { name: 'All users' });
    await person.type(screen.getByLabelText('Search users'), 'ada');
    await person.click(screen.getByRole('button', { name: 'Search' }));

    const table = await screen.findByRole('table', { name: 'Users matching “ada”' });
    expect(calls('GET /api/v1/admin/users')[1]!.path).toBe('/api/v1/admin/users?q=ada&limit=25');
    await person.click(screen.getByRole('button', { name: 'Load more users' }));

    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(calls('GET /api/v1/admin/users')[2]!.path).toBe('/api/v1/admin/users?q=ada&limit=25&cursor=next-1');
    expect(screen.queryByRole('button', { name: 'Load more users' })).not.toBeInTheDocument();
  });

  it('disables an account after confirming, and enables one', async () => {
    const { person, calls } = renderAt('/admin/users', {
      'GET /api/v1/admin/users': jsonResponse(200, { items: [ADA, ALAN], nextCursor: null }),
      'POST /api/v1/admin/users/usr_1/disable': jsonResponse(
        200,
        adminUser({ disabled: true, disabledAt: '2025-03-03T10:00:00Z' }),
      ),
      'POST /api/v1/admin/users/usr_2/enable': jsonResponse(200, { ...ALAN, disabled: false, disabledAt: null }),
    });

    await person.click(await screen.findByRole('button', { name: 'Disable ada@example.com' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Disable ada@example.com?' });
    expect(dialog).toHaveTextContent(/signed out on every device/);
    expect(calls('POST /api/v1/admin/users/usr_1/disable')).toHaveLength(0);
    await person.click(within(dialog).getByRole('button', { name: 'Disable account' }));

    expect(await screen.findByText('Disabled the account of ada@example.com.')).toBeInTheDocument();
    expect(calls('POST /api/v1/admin/users/usr_1/disable')).toHaveLength(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enable ada@example.com' })).toBeInTheDocument();

    await person.click(screen.getByRole('button', { name: 'Enable alan@example.com' }));
    await person.click(
      within(screen.getByRole('alertdialog', { name: 'Enable alan@example.com?' })).getByRole('button', {
        name: 'Enable account',
      }),
    );

    expect(await screen.findByText('Enabled the account of alan@example.com.')).toBeInTheDocument();
    expect(calls('POST /api/v1/admin/users/usr_2/enable')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Disable alan@example.com' })).toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    const { person } = renderAt('/admin/users', {
      'GET /api/v1/admin/users': jsonResponse(200, { items: [ADA], nextCursor: null }),
      'POST /api/v1/admin/users/usr_1/disable': apiError(409, 'cannot_disable_self', "You can't disable your own account."),
    });

    await person.click(await screen.findByRole('button', { name: 'Disable ada@example.com' }));
    await person.click(screen.getByRole('button', { name: 'Disable account' }));

    const dialog = screen.getByRole('alertdialog');
    await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent("You can't disable your own account."));
  });
});

describe('Admin audit log', () => {
  it('filters by account, event and time', async () => {
    const { person, calls } = renderAt('/admin/audit?userId=usr_1', {
      'GET /api/v1/admin/audit': jsonResponse(200, {
        items: [
          {
            id: 'aud_1',
            userId: 'usr_1',
            actorId: 'usr_admin',
            event: 'account_disabled',
            createdAt: '2025-03-03T10:00:00Z',
            clientAddress: '203.0.113.0/24',
            requestId: 'req-1',
            details: { reason: 'abuse' },
          },
        ],
        nextCursor: null,
      }),
    });

    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Account disabled');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('reason: abuse');
    expect(calls('GET /api/v1/admin/audit')[0]!.path).toBe('/api/v1/admin/audit?userId=usr_1&limit=25');
    expect(screen.getByLabelText('User id')).toHaveValue('usr_1');

    await person.selectOptions(screen.getByLabelText('Event'), 'login_failed');
    await person.type(screen.getByLabelText('Since'), '2025-03-01T09:30');
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() => expect(calls('GET /api/v1/admin/audit')).toHaveLength(2));
    const query = new URLSearchParams(calls('GET /api/v1/admin/audit')[1]!.path.split('?')[1]);
    expect(query.get('userId')).toBe('usr_1');
    expect(query.get('event')).toBe('login_failed');
    expect(query.get('since')).toBe(new Date('2025-03-01T09:30').toISOString());
    expect(query.has('until')).toBe(false);
  });
});

describe('Admin queue', () => {
  const QUEUE: QueueStatus = {
    depth: { queued: 4, running: 1, dead: 2 },
    oldestQueuedSeconds: 185,
    dead: [
      { id: 'job_1', kind: 'optimize', attempts: 5, lastError: 'model timed out', updatedAt: '2025-03-03T10:00:00Z' },
      { id: 'job_2', kind: 'parse', attempts: 5, lastError: 'unreadable PDF', updatedAt: '2025-03-03T11:00:00Z' },
    ],
  };

  it('shows the depth and retries a dead job', async () => {
    const { person, calls } = renderAt('/admin/queue', {
      'GET /api/v1/admin/queue': [
        jsonResponse(200, QUEUE),
        jsonResponse(200, { ...QUEUE, depth: { queued: 5, running: 1, dead: 1 }, dead: [QUEUE.dead[1]] }),
      ],
      'POST /api/v1/admin/jobs/job_1/retry': jsonResponse(200, { id: 'job_1', status: 'queued' }),
    });

    const table = await screen.findByRole('table', { name: 'Dead jobs' });
    expect(screen.getByText('Oldest queued job waiting').nextSibling).toHaveTextContent('3 min');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('model timed out');

    await person.click(screen.getByRole('button', { name: 'Retry job job_1' }));

    expect(await screen.findByText('Queued optimize job job_1 again.')).toBeInTheDocument();
    expect(calls('POST /api/v1/admin/jobs/job_1/retry')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('model timed out')).not.toBeInTheDocument());
  });

  it('discards a dead job after confirming', async () => {
    const { person, calls } = renderAt('/admin/queue', {
      'GET /api/v1/admin/queue': [
        jsonResponse(200, QUEUE),
        jsonResponse(200, { ...QUEUE, depth: { queued: 4, running: 1, dead: 1 }, dead: [QUEUE.dead[0]] }),
      ],
      'POST /api/v1/admin/jobs/job_2/discard': jsonResponse(200, { id: 'job_2', status: 'discarded' }),
    });

    await person.click(await screen.findByRole('button', { name: 'Discard job job_2' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Discard this job?' });
    expect(calls('POST /api/v1/admin/jobs/job_2/discard')).toHaveLength(0);
    await person.click(within(dialog).getByRole('button', { name: 'Discard job' }));

    expect(await screen.findByText('Discarded parse job job_2.')).toBeInTheDocument();
    expect(calls('POST /api/v1/admin/jobs/job_2/discard')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('unreadable PDF')).not.toBeInTheDocument());
  });

  it('explains a job that is no longer dead and loads the queue again', async () => {
    const { person, calls } = renderAt('/admin/queue', {
      'GET /api/v1/admin/queue': jsonResponse(200, QUEUE),
      'POST /api/v1/admin/jobs/job_1/retry': apiError(404, 'not_found', 'No dead job with this id.'),
    });

    await person.click(await screen.findByRole('button', { name: 'Retry job job_1' }));

    expect(await screen.findByText(/Job job_1 is no longer dead/)).toBeInTheDocument();
    await waitFor(() => expect(calls('GET /api/v1/admin/queue')).toHaveLength(2));
  });
});

describe('Admin usage', () => {
  it('shows the counts', async () => {
    renderAt('/admin/usage', {
      'GET /api/v1/admin/usage': jsonResponse(200, {
        users: { total: 120, verified: 100, disabled: 2, last7Days: 9 },
        resumes: { total: 300, last7Days: 20 },
        jobDescriptions: { total: 410 },
        optimizations: { total: 800, last7Days: 55, failed: 4 },
        exports: { total: 1200 },
      }),
    });

    const users = await screen.findByRole('region', { name: 'Users' });
    expect(within(users).getByText('Total').nextSibling).toHaveTextContent('120');
    expect(within(users).getByText('Disabled').nextSibling).toHaveTextContent('2');
    const optimizations = screen.getByRole('region', { name: 'Optimizations' });
    expect(within(optimizations).getByText('Failed').nextSibling).toHaveTextContent('4');
    expect(screen.getByRole('region', { name: 'Job descriptions and exports' })).toHaveTextContent('410');
  });
});

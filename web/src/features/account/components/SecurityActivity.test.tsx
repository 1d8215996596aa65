import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { ActivityEntry } from '@/lib/api-types';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { SecurityActivity } from './SecurityActivity';

function entry(id: string, event: string, overrides: Partial<ActivityEntry> = {}): ActivityEntry {
  return {
    id,
    event,
    createdAt: '2025-03-03T10:00:00Z',
    clientAddress: '203.0.113.0/24',
    requestId: `req-${id}`,
    details: {},
    ...overrides,
  };
}

const FIRST_PAGE = {
  items: [entry('a1', 'login_failed'), entry('a2', 'login_succeeded'), entry('a3', 'password_changed')],
  nextCursor: 'cursor-2',
};
const SECOND_PAGE = {
  items: [entry('a4', 'refresh_token_reused', { clientAddress: '' }), entry('a5', 'mfa_enrolled')],
  nextCursor: null,
};

function renderActivity(routes: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(<SecurityActivity />, { path: '/settings/activity' });
  return { ...view, ...mock, person: userEvent.setup() };
}

beforeEach(() => api.setSession(tokens('access-1')));
afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('SecurityActivity', () => {
  it('shows events in plain words, newest first, and loads more on request', async () => {
    const { person, calls } = renderActivity({
      'GET /api/v1/users/me/activity': [jsonResponse(200, FIRST_PAGE), jsonResponse(200, SECOND_PAGE)],
    });

    const list = await screen.findByRole('list', { name: 'Security events' });
    const first = within(list).getAllByRole('listitem');
    expect(first.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Failed sign-in attempt'),
      expect.stringContaining('Signed in'),
      expect.stringContaining('Password changed'),
    ]);
    expect(first[0]).toHaveTextContent('203.0.113.0/24');
    expect(screen.getByText('Showing 3 events.')).toBeInTheDocument();
    expect(calls('GET /api/v1/users/me/activity')[0]!.path).toBe('/api/v1/users/me/activity?limit=20');

    await person.click(screen.getByRole('button', { name: 'Load more' }));

    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(5));
    expect(calls('GET /api/v1/users/me/activity')[1]!.path).toBe('/api/v1/users/me/activity?limit=20&cursor=cursor-2');
    const items = within(list).getAllByRole('listitem');
    expect(items[3]).toHaveTextContent('Session ended: its sign-in token was used twice');
    // An event this app has no words for shows by its name.
    expect(items[4]).toHaveTextContent('mfa_enrolled');
    // The last page is in: no more button, and focus moves to the first new event.
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(screen.getByText('Showing 5 events.')).toBeInTheDocument();
    await waitFor(() => expect(items[3]).toHaveFocus());
  });

  it('offers to try again when the next page fails, keeping what is shown', async () => {
    const { person } = renderActivity({
      'GET /api/v1/users/me/activity': [
        jsonResponse(200, FIRST_PAGE),
        apiError(500, 'internal_error', 'Something went wrong on our side.'),
        jsonResponse(200, SECOND_PAGE),
      ],
    });

    await person.click(await screen.findByRole('button', { name: 'Load more' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't load more.");
    expect(within(screen.getByRole('list', { name: 'Security events' })).getAllByRole('listitem')).toHaveLength(3);

    await person.click(screen.getByRole('button', { name: 'Try again' }));

    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Security events' })).getAllByRole('listitem')).toHaveLength(5),
    );
  });

  it('says so when there is no activity', async () => {
    renderActivity({ 'GET /api/v1/users/me/activity': jsonResponse(200, { items: [], nextCursor: null }) });

    expect(await screen.findByText('No activity yet')).toBeInTheDocument();
  });
});

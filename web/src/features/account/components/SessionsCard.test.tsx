import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { AccountSession } from '@/lib/api-types';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { SessionsCard } from './SessionsCard';

const CHROME_LINUX =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
const SAFARI_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const FIREFOX_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0';

function session(overrides: Partial<AccountSession>): AccountSession {
  const now = Date.now();
  return {
    id: 'ses_1',
    createdAt: new Date(now - 3 * 24 * 3600_000).toISOString(),
    lastUsedAt: new Date(now - 5 * 60_000).toISOString(),
    userAgent: CHROME_LINUX,
    clientAddress: '203.0.113.0/24',
    current: true,
    ...overrides,
  };
}

const SESSIONS = [
  session({ id: 'ses_here' }),
  session({ id: 'ses_phone', userAgent: SAFARI_IPHONE, clientAddress: '2001:db8:1::/48', current: false }),
  session({ id: 'ses_old', userAgent: FIREFOX_WINDOWS, clientAddress: '', current: false }),
];

function renderSessions(routes: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock(routes);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(<SessionsCard />, { path: '/settings/sessions' });
  return { ...view, ...mock, person: userEvent.setup() };
}

beforeEach(() => api.setSession(tokens('access-1')));
afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('SessionsCard', () => {
  it('lists each session by device and approximate address, marking this device', async () => {
    renderSessions({ 'GET /api/v1/users/me/sessions': jsonResponse(200, { items: SESSIONS }) });

    const list = await screen.findByRole('list', { name: 'Signed-in sessions' });
    const [here, phone, old] = within(list).getAllByRole('listitem');
    expect(here).toHaveTextContent('Chrome on Linux');
    expect(here).toHaveTextContent('This device');
    expect(here).toHaveTextContent('203.0.113.0/24');
    expect(here).toHaveTextContent(/Signed in 3 days ago/);
    expect(here).toHaveTextContent(/Last active 5 minutes ago/);
    expect(within(here!).getByRole('link', { name: 'Sign out this device' })).toHaveAttribute('href', '/logout');

    expect(phone).toHaveTextContent('Safari on iPhone');
    expect(phone).toHaveTextContent('2001:db8:1::/48');
    expect(phone).not.toHaveTextContent('This device');
    expect(old).toHaveTextContent('Firefox on Windows');
    expect(old).toHaveTextContent('Location unknown');
  });

  it('signs out another session and drops it from the list', async () => {
    const { person, calls } = renderSessions({
      'GET /api/v1/users/me/sessions': [
        jsonResponse(200, { items: SESSIONS }),
        jsonResponse(200, { items: [SESSIONS[0], SESSIONS[2]] }),
      ],
      'DELETE /api/v1/users/me/sessions/ses_phone': new Response(null, { status: 204 }),
    });

    await person.click(await screen.findByRole('button', { name: 'Sign out Safari on iPhone' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Signed out Safari on iPhone.');
    expect(calls('DELETE /api/v1/users/me/sessions/ses_phone')).toHaveLength(1);
    expect(calls('DELETE /api/v1/users/me/sessions/ses_phone')[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    await waitFor(() => expect(screen.queryByText('Safari on iPhone')).not.toBeInTheDocument());
    expect(screen.getByRole('list', { name: 'Signed-in sessions' })).toHaveFocus();
  });

  it('treats a session that had already ended as gone', async () => {
    const { person } = renderSessions({
      'GET /api/v1/users/me/sessions': [
        jsonResponse(200, { items: SESSIONS }),
        jsonResponse(200, { items: [SESSIONS[0], SESSIONS[1]] }),
      ],
      'DELETE /api/v1/users/me/sessions/ses_old': apiError(404, 'not_found', 'No such session.'),
    });

    await person.click(await screen.findByRole('button', { name: 'Sign out Firefox on Windows' }));

    expect(await screen.findByText('That session (Firefox on Windows) had already ended.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Firefox on Windows')).not.toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('signs out every other session and keeps this one', async () => {
    const { person, calls } = renderSessions({
      'GET /api/v1/users/me/sessions': [
        jsonResponse(200, { items: SESSIONS }),
        jsonResponse(200, { items: [SESSIONS[0]] }),
      ],
      'DELETE /api/v1/users/me/sessions': jsonResponse(200, { revoked: 2 }),
    });

    await person.click(await screen.findByRole('button', { name: 'Sign out all other sessions' }));

    expect(await screen.findByText('Signed out 2 other sessions.')).toBeInTheDocument();
    expect(calls('DELETE /api/v1/users/me/sessions')).toHaveLength(1);
    const list = screen.getByRole('list', { name: 'Signed-in sessions' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(list).toHaveTextContent('This device');
    expect(screen.queryByRole('button', { name: 'Sign out all other sessions' })).not.toBeInTheDocument();
  });

  it('says why a sign-out failed and keeps the session listed', async () => {
    const { person } = renderSessions({
      'GET /api/v1/users/me/sessions': jsonResponse(200, { items: SESSIONS }),
      'DELETE /api/v1/users/me/sessions/ses_phone': apiError(500, 'internal_error', 'Something went wrong on our side.'),
    });

    await person.click(await screen.findByRole('button', { name: 'Sign out Safari on iPhone' }));

    expect(await screen.findByRole('alert')).toHaveTextContent("We couldn't sign out Safari on iPhone.");
    expect(screen.getByText('Safari on iPhone')).toBeInTheDocument();
  });
});

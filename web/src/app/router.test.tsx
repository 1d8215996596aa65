import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { routes } from './router';

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
  localStorage.clear();
  document.cookie = 'resumax_session=; Path=/; Max-Age=0';
});

describe('routing', () => {
  it('sends a signed-out visitor of a protected page to sign in, then back to that page', async () => {
    const user = buildUser();
    document.cookie = 'resumax_session=1; Path=/';
    const mock = createFetchMock({
      'POST /api/v1/auth/refresh': apiError(401, 'invalid_refresh_token', 'Sign in again.'),
      'POST /api/v1/auth/login': jsonResponse(200, { user, ...tokens('fresh') }),
    });
    vi.stubGlobal('fetch', mock.fetch);
    const { router } = renderWithApp(null, { routes, path: '/settings' });
    const person = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?next=%2Fsettings');

    await person.type(screen.getByLabelText('Email'), 'ada@example.com');
    await person.type(screen.getByLabelText('Password'), 'a-long-passphrase');
    await person.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('restores the session from the refresh cookie on page load', async () => {
    document.cookie = 'resumax_session=1; Path=/';
    const mock = createFetchMock({
      'POST /api/v1/auth/refresh': jsonResponse(200, tokens('restored')),
      'GET /api/v1/users/me': jsonResponse(200, buildUser({ name: 'Grace Hopper' })),
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(null, { routes, path: '/dashboard' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Grace' })).toBeInTheDocument();
    expect(mock.calls('GET /api/v1/users/me')[0]!.headers.get('Authorization')).toBe('Bearer restored');
  });

  it('does not ask for a refresh on page load when this browser never signed in', async () => {
    const mock = createFetchMock({});
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(null, { routes, path: '/dashboard' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(mock.requests).toHaveLength(0);
  });

  it('treats a 401 from refresh as signed out and forgets the hint', async () => {
    document.cookie = 'resumax_session=1; Path=/';
    const mock = createFetchMock({
      'POST /api/v1/auth/refresh': apiError(401, 'invalid_refresh_token', 'Sign in again.'),
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(null, { routes, path: '/dashboard' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.cookie).not.toContain('resumax_session=1');
  });

  it('shows a 404 page for unknown addresses', async () => {
    vi.stubGlobal('fetch', createFetchMock({}).fetch);
    renderWithApp(null, { routes, path: '/no/such/page', user: null });

    expect(await screen.findByRole('heading', { level: 1, name: "We can't find that page" })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('signs out through /logout and shows the sign-in page with a notice', async () => {
    const mock = createFetchMock({ 'POST /api/v1/auth/logout': jsonResponse(200, { status: 'logged_out' }) });
    vi.stubGlobal('fetch', mock.fetch);
    api.setSession(tokens());
    const { router } = renderWithApp(null, { routes, path: '/logout', user: buildUser() });

    expect(await screen.findByText('You have been signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(mock.calls('POST /api/v1/auth/logout')).toHaveLength(1);
    await waitFor(() => expect(api.hasAccessToken()).toBe(false));
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { Preferences } from '@/lib/api-types';
import { createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { routes } from '../router';

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Settings', () => {
  it('opens each section from the settings navigation', async () => {
    const mock = createFetchMock({
      'GET /api/v1/users/me/sessions': jsonResponse(200, {
        items: [
          {
            id: 'ses_1',
            createdAt: '2025-03-01T10:00:00Z',
            lastUsedAt: '2025-03-03T10:00:00Z',
            userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0.0.0 Safari/537.36',
            clientAddress: '203.0.113.0/24',
            current: true,
          },
        ],
      }),
      'GET /api/v1/users/me/activity': jsonResponse(200, { items: [], nextCursor: null }),
      'GET /api/v1/users/me/exports': jsonResponse(200, { items: [] }),
      'GET /api/v1/users/me': jsonResponse(200, buildUser()),
    });
    vi.stubGlobal('fetch', mock.fetch);
    const { router } = renderWithApp(null, { routes, path: '/settings', user: buildUser() });
    const person = userEvent.setup();

    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(nav).getByRole('link', { name: 'Profile' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('form', { name: 'Profile' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Change email address' })).toBeInTheDocument();

    await person.click(within(nav).getByRole('link', { name: 'Notifications' }));
    expect(router.state.location.pathname).toBe('/settings/notifications');
    expect(await screen.findByRole('form', { name: 'Email notifications' })).toBeInTheDocument();

    await person.click(within(nav).getByRole('link', { name: 'Two-factor authentication' }));
    expect(router.state.location.pathname).toBe('/settings/security');
    expect(await screen.findByRole('button', { name: 'Turn on two-factor authentication' })).toBeInTheDocument();

    await person.click(within(nav).getByRole('link', { name: 'Sessions' }));
    expect(router.state.location.pathname).toBe('/settings/sessions');
    expect(await screen.findByRole('list', { name: 'Signed-in sessions' })).toHaveTextContent('This device');
    expect(within(nav).getByRole('link', { name: 'Sessions' })).toHaveAttribute('aria-current', 'page');

    await person.click(within(nav).getByRole('link', { name: 'Security activity' }));
    expect(await screen.findByText('No activity yet')).toBeInTheDocument();

    await person.click(within(nav).getByRole('link', { name: 'Your data' }));
    expect(router.state.location.pathname).toBe('/settings/data');
    expect(await screen.findByRole('button', { name: 'Request a copy of my data' })).toBeInTheDocument();

    await person.click(within(nav).getByRole('link', { name: 'Delete account' }));
    expect(await screen.findByRole('form', { name: 'Delete account' })).toBeInTheDocument();
    expect(document.title).toBe('Delete account · Account settings · resuMAX');
  });

  it('saves the default strategy into the stored preferences, leaving the email choices to their own section', async () => {
    const preferences: Preferences = { defaultStrategy: 'balanced', theme: 'dark', notifications: { optimizationReady: false } };
    const mock = createFetchMock({
      'PUT /api/v1/users/me': jsonResponse(200, buildUser({ preferences: { ...preferences, defaultStrategy: 'bold' } })),
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(null, { routes, path: '/settings', user: buildUser({ preferences: { ...preferences } }) });
    const person = userEvent.setup();

    const form = await screen.findByRole('form', { name: 'Preferences' });
    expect(within(form).queryByRole('checkbox')).not.toBeInTheDocument();
    await person.click(within(form).getByRole('radio', { name: /^Bold/ }));
    await person.click(within(form).getByRole('button', { name: 'Save preferences' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Preferences saved.');
    expect(JSON.parse(mock.calls('PUT /api/v1/users/me')[0]!.body!)).toEqual({
      preferences: { defaultStrategy: 'bold', theme: 'dark', notifications: { optimizationReady: false } },
    });
  });
});

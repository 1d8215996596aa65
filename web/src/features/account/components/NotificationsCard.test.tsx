import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { Preferences, User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildBillingCredits, buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

/** The settings page as the cached user, and GET /users/me answering `fresh` (the same by default). */
function renderNotificationsPage(
  user: User,
  answers: Parameters<typeof createFetchMock>[0] = {},
  fresh: User = user,
) {
  const mock = createFetchMock({ 'GET /api/v1/users/me': jsonResponse(200, fresh), ...answers });
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/settings/notifications', user });
  return { ...view, ...mock, person: userEvent.setup() };
}

/**
 * Preferences with these notification keys: the kinds this app knows, and any other
 * (lib/api-types still types `notifications` with the keys of before).
 */
function withNotifications(notifications: Record<string, boolean>, rest: Preferences = {}): Preferences {
  return { ...rest, notifications };
}

const box = (form: HTMLElement, name: string) => within(form).getByRole('checkbox', { name });

beforeEach(() => {
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Email notifications settings', () => {
  it('offers purchase receipts only where credits are sold, and saves that choice with the rest', async () => {
    const user = buildUser({ preferences: withNotifications({ newSignIn: false }) });
    const { person, calls } = renderNotificationsPage(user, {
      'GET /api/v1/billing/credits': jsonResponse(200, buildBillingCredits()),
      'PUT /api/v1/users/me': jsonResponse(200, user),
    });

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    const receipts = await within(form).findByRole('checkbox', { name: 'Credit purchase receipts' });
    expect(receipts).toBeChecked();
    await person.click(receipts);
    await person.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(calls('PUT /api/v1/users/me')).toHaveLength(1));
    const body = JSON.parse(calls('PUT /api/v1/users/me')[0]!.body!) as { preferences: Preferences };
    expect(body.preferences.notifications).toMatchObject({ receipts: false, newSignIn: false });
  });

  it('offers no purchase receipts where billing is off', async () => {
    const user = buildUser();
    renderNotificationsPage(user, { 'GET /api/v1/billing/credits': jsonResponse(200, { enabled: false }) });

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    await within(form).findByRole('checkbox', { name: 'New sign-in' });
    expect(within(form).queryByRole('checkbox', { name: 'Credit purchase receipts' })).not.toBeInTheDocument();
  });

  it('shows a kind missing from the preferences as on, with what each is for, and the security emails', async () => {
    const user = buildUser({ preferences: withNotifications({ optimizationFailed: false }) });
    renderNotificationsPage(user);

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    expect(box(form, 'Optimization ready')).toBeChecked();
    expect(box(form, 'Optimization failed')).not.toBeChecked();
    expect(box(form, 'New sign-in')).toBeChecked();
    expect(box(form, 'Optimization ready')).toHaveAccessibleDescription(
      'When an optimization took more than a few seconds, so you can leave the page.',
    );
    expect(box(form, 'Optimization failed')).toHaveAccessibleDescription('When an optimization could not finish.');
    expect(box(form, 'New sign-in')).toHaveAccessibleDescription(
      "When your account is signed in from a device or network we haven't seen.",
    );

    const always = screen.getByRole('list', { name: 'Security emails' });
    expect(within(always).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Your password was changed',
      'Two-factor authentication was changed',
      'Your email address is being changed',
      'Your account is being deleted',
      'A copy of your data is ready',
    ]);
    expect(within(always).queryByRole('checkbox')).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Settings' })).getByRole('link', { name: 'Notifications' }),
    ).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Email notifications · Account settings · resuMAX');
  });

  it('saves the choices into the stored preferences, keeping every other key', async () => {
    const preferences: Preferences = {
      defaultStrategy: 'bold',
      theme: 'dark',
      notifications: { optimizationReady: false, productNews: true },
    };
    const expected = withNotifications(
      { optimizationReady: false, productNews: true, optimizationFailed: true, newSignIn: false },
      { defaultStrategy: 'bold', theme: 'dark' },
    );
    const user = buildUser({ preferences });
    const { person, calls, queryClient } = renderNotificationsPage(user, {
      'PUT /api/v1/users/me': jsonResponse(200, buildUser({ preferences: expected })),
    });

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    expect(box(form, 'Optimization ready')).not.toBeChecked();
    await person.click(box(form, 'New sign-in'));
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
    await person.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Saved.');
    const sent = calls('PUT /api/v1/users/me');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body!)).toEqual({ preferences: expected });
    expect(queryClient.getQueryData<User>(sessionQueryKey)?.preferences).toEqual(expected);
    expect(box(form, 'New sign-in')).not.toBeChecked();
    expect(box(form, 'Optimization failed')).toBeChecked();

    // A change after saving clears the message until the next save.
    await person.click(box(form, 'Optimization failed'));
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
  });

  it('follows the account as fetched again, so a kind turned off by an emailed link is not turned back on', async () => {
    const stale = buildUser({ preferences: { defaultStrategy: 'bold' } });
    const fresh = buildUser({ preferences: { defaultStrategy: 'bold', notifications: { optimizationReady: false } } });
    const { person, calls } = renderNotificationsPage(
      stale,
      { 'PUT /api/v1/users/me': jsonResponse(200, fresh) },
      fresh,
    );

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    await waitFor(() => expect(box(form, 'Optimization ready')).not.toBeChecked());
    await person.click(box(form, 'Optimization failed'));
    await person.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('status')).toHaveTextContent('Saved.');
    expect(JSON.parse(calls('PUT /api/v1/users/me')[0]!.body!)).toEqual({
      preferences: {
        defaultStrategy: 'bold',
        notifications: { optimizationReady: false, optimizationFailed: false, newSignIn: true },
      },
    });
  });

  it('keeps the choices when saving fails', async () => {
    const { person } = renderNotificationsPage(buildUser(), {
      'PUT /api/v1/users/me': apiError(503, 'unavailable', 'The service is busy. Please try again.'),
    });

    const form = await screen.findByRole('form', { name: 'Email notifications' });
    await person.click(box(form, 'Optimization ready'));
    await person.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent("We couldn't save your choices");
    expect(box(form, 'Optimization ready')).not.toBeChecked();
    expect(within(form).getByRole('status')).toBeEmptyDOMElement();
  });
});

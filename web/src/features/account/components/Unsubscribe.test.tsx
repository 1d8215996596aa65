import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { Preferences, User } from '@/lib/api-types';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

const UNSUBSCRIBE = 'POST /api/v1/notifications/unsubscribe';

/**
 * Preferences with these notification keys: the kinds this app knows, and any other
 * (lib/api-types still types `notifications` with the keys of before).
 */
function withNotifications(notifications: Record<string, boolean>, rest: Preferences = {}): Preferences {
  return { ...rest, notifications };
}

function renderUnsubscribePage(
  answers: Parameters<typeof createFetchMock>[0],
  { user = null, path = '/unsubscribe?token=unsub-token-1' }: { user?: User | null; path?: string } = {},
) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path, user });
  return { ...view, ...mock, person: userEvent.setup() };
}

beforeEach(() => vi.stubGlobal('scrollTo', vi.fn()));

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Unsubscribe from an email', () => {
  it('changes nothing on opening; the button turns the kind off, signed out, and says which', async () => {
    const { person, calls, requests } = renderUnsubscribePage({
      [UNSUBSCRIBE]: jsonResponse(200, { status: 'unsubscribed', kind: 'newSignIn' }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Stop these emails?' })).toBeInTheDocument();
    expect(document.title).toBe('Unsubscribe · resuMAX');
    // Give a mistaken request on load every chance to go out: none may.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requests).toHaveLength(0);

    await person.click(screen.getByRole('button', { name: 'Unsubscribe' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'You’re unsubscribed' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent(
      "You won't get “New sign-in” emails any more. You can turn them back on in your settings.",
    );
    expect(screen.getByRole('link', { name: 'Email notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
    const sent = calls(UNSUBSCRIBE);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.path).toBe('/api/v1/notifications/unsubscribe?token=unsub-token-1');
    expect(sent[0]!.body).toBeNull();
    expect(sent[0]!.headers.get('Authorization')).toBeNull();
    expect(sent[0]!.headers.get('Content-Type')).toBeNull();
  });

  it('says when the link is not valid', async () => {
    const { person, calls } = renderUnsubscribePage({
      [UNSUBSCRIBE]: apiError(400, 'invalid_token', 'This link is not valid.'),
    });

    await person.click(await screen.findByRole('button', { name: 'Unsubscribe' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This unsubscribe link is not valid.');
    expect(screen.getByRole('heading', { level: 1, name: 'This link is not valid' })).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Email notification settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
    expect(calls(UNSUBSCRIBE)).toHaveLength(1);
  });

  it('says a link without its token is not valid, and sends nothing', async () => {
    const { requests } = renderUnsubscribePage({}, { path: '/unsubscribe' });

    expect(await screen.findByRole('alert')).toHaveTextContent('This unsubscribe link is not valid.');
    expect(screen.queryByRole('button', { name: 'Unsubscribe' })).not.toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });

  it('offers to try again after a failure that is not the link’s', async () => {
    const { person, calls } = renderUnsubscribePage({
      [UNSUBSCRIBE]: [
        apiError(503, 'unavailable', 'The service is busy. Please try again.'),
        jsonResponse(200, { status: 'unsubscribed', kind: 'optimizationReady' }),
      ],
    });

    await person.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service is busy. Please try again.');
    await person.click(screen.getByRole('button', { name: 'Unsubscribe' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      "You won't get “Optimization ready” emails any more. You can turn them back on in your settings.",
    );
    expect(calls(UNSUBSCRIBE)).toHaveLength(2);
  });

  it('signed in, the settings then show the kind off', async () => {
    api.setSession(tokens('access-1'));
    const off = buildUser({ preferences: withNotifications({ optimizationFailed: false }) });
    const { person, router } = renderUnsubscribePage(
      {
        [UNSUBSCRIBE]: jsonResponse(200, { status: 'unsubscribed', kind: 'optimizationFailed' }),
        'GET /api/v1/users/me': jsonResponse(200, off),
      },
      { user: buildUser() },
    );

    await person.click(await screen.findByRole('button', { name: 'Unsubscribe' }));
    expect(await screen.findByRole('status')).toHaveTextContent('You won\'t get “Optimization failed” emails any more.');
    await person.click(screen.getByRole('link', { name: 'Email notification settings' }));

    expect(router.state.location.pathname).toBe('/settings/notifications');
    const form = await screen.findByRole('form', { name: 'Email notifications' });
    expect(within(form).getByRole('checkbox', { name: 'Optimization failed' })).not.toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'Optimization ready' })).toBeChecked();
  });
});

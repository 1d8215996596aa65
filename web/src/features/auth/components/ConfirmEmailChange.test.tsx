import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';
import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

function renderConfirmPage(answers: Parameters<typeof createFetchMock>[0], user: User | null) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  return { ...renderWithApp(null, { routes, path: '/confirm-email?token=change-token-1', user }), ...mock };
}

beforeEach(() => vi.stubGlobal('scrollTo', vi.fn()));

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Confirm a new email address', () => {
  it('confirms the change from the link, signed out, and offers to sign in', async () => {
    const { calls } = renderConfirmPage(
      { 'POST /api/v1/auth/email-change/confirm': jsonResponse(200, { status: 'email_changed', email: 'ada@new.example' }) },
      null,
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Your email address has changed' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Your email address is now ada@new.example.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=/settings');
    const sent = calls('POST /api/v1/auth/email-change/confirm');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body!)).toEqual({ token: 'change-token-1' });
    expect(sent[0]!.headers.get('Authorization')).toBeNull();
    expect(document.title).toBe('Confirm your new email address · resuMAX');
  });

  it('signed in, picks up the new address and links to the settings', async () => {
    api.setSession(tokens('access-1'));
    const changed = buildUser({ email: 'ada@new.example' });
    const { queryClient } = renderConfirmPage(
      {
        'POST /api/v1/auth/email-change/confirm': jsonResponse(200, { status: 'email_changed', email: 'ada@new.example' }),
        'GET /api/v1/users/me': jsonResponse(200, changed),
      },
      buildUser({ pendingEmail: 'ada@new.example' }),
    );

    expect(await screen.findByText('Your email address has changed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to your account settings' })).toHaveAttribute('href', '/settings');
    await vi.waitFor(() => expect(queryClient.getQueryData<User>(sessionQueryKey)?.email).toBe('ada@new.example'));
  });

  it('says when the link has expired or was already used', async () => {
    renderConfirmPage(
      {
        'POST /api/v1/auth/email-change/confirm': apiError(400, 'invalid_token', 'This link is invalid or has expired.'),
      },
      null,
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link has expired or was already used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('This confirmation link has expired or was already used.');
    expect(screen.getByText(/Your address has not changed/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in?next=/settings');
  });
});

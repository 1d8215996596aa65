import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { apiError, createFetchMock, EMPTY_DASHBOARD, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import { routes } from './router';

const CONSENT = 'POST /api/v1/users/me/consent';
const HEADING = "We've updated our terms";

function userWithConsent(required: boolean, termsVersion = '2026-01-15'): User {
  return buildUser({
    consent: { termsVersion, privacyVersion: termsVersion, acceptedAt: '2026-01-15T09:00:00Z', required },
  });
}

function renderSignedIn(answers: Parameters<typeof createFetchMock>[0], user: User, path = '/dashboard') {
  const mock = createFetchMock({ ...EMPTY_DASHBOARD, ...answers });
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

describe('Consent to updated terms', () => {
  it('asks first, then shows the page once the versions from /legal are accepted', async () => {
    const accepted = buildUser({
      consent: { termsVersion: '2026-12-01', privacyVersion: '2026-11-20', acceptedAt: '2026-12-07T10:00:00Z', required: false },
    });
    const { person, calls } = renderSignedIn(
      {
        'GET /api/v1/legal': jsonResponse(200, { termsVersion: '2026-12-01', privacyVersion: '2026-11-20' }),
        [CONSENT]: jsonResponse(200, accepted),
      },
      userWithConsent(true),
    );

    const heading = await screen.findByRole('heading', { level: 1, name: HEADING });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Accept the updated terms · resuMAX');
    expect(screen.queryByRole('heading', { name: 'Welcome, Ada' })).not.toBeInTheDocument();
    expect(await screen.findByText(/version 2026-12-01/)).toBeInTheDocument();
    expect(screen.getByText(/version 2026-11-20/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terms of Service' })).toHaveAttribute('href', '/terms');
    expect(screen.getByRole('link', { name: 'Privacy Policy' })).toHaveAttribute('href', '/privacy');
    expect(screen.getByRole('link', { name: 'Sign out' })).toHaveAttribute('href', '/logout');
    // The page behind is not loaded until the terms are accepted.
    expect(calls('GET /api/v1/resumes')).toHaveLength(0);

    await person.click(screen.getByRole('button', { name: 'Accept and continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: HEADING })).not.toBeInTheDocument();
    const sent = calls(CONSENT);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!.body!)).toEqual({ termsVersion: '2026-12-01', privacyVersion: '2026-11-20' });
    expect(sent[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Welcome, Ada' })).toHaveFocus());
  });

  it('loads the versions again when they changed meanwhile, and accepts those', async () => {
    const { person, calls } = renderSignedIn(
      {
        'GET /api/v1/legal': [
          jsonResponse(200, { termsVersion: '2026-12-01', privacyVersion: '2026-12-01' }),
          jsonResponse(200, { termsVersion: '2027-01-10', privacyVersion: '2026-12-01' }),
        ],
        [CONSENT]: [
          apiError(409, 'consent_outdated', 'These are not the current terms and privacy policy.', {
            termsVersion: '2027-01-10',
            privacyVersion: '2026-12-01',
          }),
          jsonResponse(200, userWithConsent(false, '2027-01-10')),
        ],
      },
      userWithConsent(true),
      '/settings',
    );

    await person.click(await screen.findByRole('button', { name: 'Accept and continue' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/The terms changed again/));
    expect(screen.getByText(/version 2027-01-10/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: HEADING })).toBeInTheDocument();
    expect(calls('GET /api/v1/legal')).toHaveLength(2);

    await person.click(screen.getByRole('button', { name: 'Accept and continue' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Account settings' })).toBeInTheDocument();
    const sent = calls(CONSENT).map((request) => JSON.parse(request.body!) as unknown);
    expect(sent).toEqual([
      { termsVersion: '2026-12-01', privacyVersion: '2026-12-01' },
      { termsVersion: '2027-01-10', privacyVersion: '2026-12-01' },
    ]);
  });

  it('says what went wrong otherwise and lets the user try again', async () => {
    const { person } = renderSignedIn(
      {
        'GET /api/v1/legal': jsonResponse(200, { termsVersion: '2026-12-01', privacyVersion: '2026-12-01' }),
        [CONSENT]: apiError(503, 'unavailable', 'The service is busy. Please try again.'),
      },
      userWithConsent(true),
    );

    await person.click(await screen.findByRole('button', { name: 'Accept and continue' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The service is busy. Please try again.'));
    expect(screen.getByRole('button', { name: 'Accept and continue' })).toBeInTheDocument();
  });

  it('does not ask a user who accepted the versions in force', async () => {
    const { calls } = renderSignedIn({}, userWithConsent(false));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: HEADING })).not.toBeInTheDocument();
    expect(calls('GET /api/v1/legal')).toHaveLength(0);
  });
});

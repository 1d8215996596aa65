import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

const VERSIONS = jsonResponse(200, { termsVersion: '2026-12-01', privacyVersion: '2026-11-20' });

function renderPage(path: string, user: User | null) {
  const mock = createFetchMock({ 'GET /api/v1/legal': VERSIONS });
  vi.stubGlobal('fetch', mock.fetch);
  return { ...renderWithApp(null, { routes, path, user }), ...mock };
}

beforeEach(() => vi.stubGlobal('scrollTo', vi.fn()));

afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Terms of Service and Privacy Policy pages', () => {
  it('shows the terms with the version in force, signed out', async () => {
    const { calls } = renderPage('/terms', null);

    expect(screen.getByRole('heading', { level: 1, name: 'Terms of Service' })).toBeInTheDocument();
    expect(await screen.findByText('Version in force: 2026-12-01')).toBeInTheDocument();
    expect(document.title).toBe('Terms of Service · resuMAX');
    expect(screen.getByText(/between you and the operator of this resuMAX service/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'read the Privacy Policy' })).toHaveAttribute('href', '/privacy');
    expect(screen.getByRole('link', { name: 'Create an account' })).toHaveAttribute('href', '/sign-up');
    expect(calls('GET /api/v1/legal')[0]!.headers.get('Authorization')).toBeNull();
  });

  it('shows the privacy policy with its own version, even to a user who has yet to accept it', async () => {
    renderPage('/privacy', buildUser({ consent: { ...buildUser().consent, required: true } }));

    expect(screen.getByRole('heading', { level: 1, name: 'Privacy Policy' })).toBeInTheDocument();
    expect(await screen.findByText('Version in force: 2026-11-20')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: "We've updated our terms" })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings → Your data' })).toHaveAttribute('href', '/settings/data');
    expect(screen.getByRole('link', { name: 'Settings → Delete account' })).toHaveAttribute(
      'href',
      '/settings/delete-account',
    );
    expect(screen.getByRole('link', { name: 'Go to your dashboard' })).toHaveAttribute('href', '/dashboard');
  });
});

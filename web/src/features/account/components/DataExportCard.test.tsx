import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { routes } from '@/app/router';
import { api } from '@/lib/api-client';
import type { DataExport } from '@/lib/api-types';
import { createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { buildUser, tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

const CREATED = '2026-03-01T10:00:00Z';
const DOWNLOAD = 'http://api.example/api/v1/storage/download?key=exports%2Fusr_1.zip&expires=1&signature=abc';

function dataExport(overrides: Partial<DataExport>): DataExport {
  return {
    id: 'dex_1',
    status: 'queued',
    createdAt: CREATED,
    completedAt: null,
    expiresAt: null,
    sizeBytes: null,
    downloadUrl: null,
    ...overrides,
  };
}

const QUEUED = dataExport({});
const RUNNING = dataExport({ status: 'running' });
const READY = dataExport({
  status: 'ready',
  completedAt: '2026-03-01T10:02:00Z',
  expiresAt: '2026-03-02T10:02:00Z',
  sizeBytes: 2_516_582,
  downloadUrl: DOWNLOAD,
});
const list = (...items: DataExport[]) => jsonResponse(200, { items });

function renderDataPage(answers: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  const view = renderWithApp(null, { routes, path: '/settings/data', user: buildUser() });
  return { ...view, ...mock, person: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  vi.stubGlobal('scrollTo', vi.fn());
  api.setSession(tokens('access-1'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('Your data', () => {
  it('says what the copy holds', async () => {
    renderDataPage({ 'GET /api/v1/users/me/exports': list() });

    const card = await screen.findByRole('region', { name: 'Your data' });
    for (const part of [
      /profile and preferences/,
      /original file, and its document as JSON and as JSON Resume/,
      /job descriptions/,
      /optimizations, with their suggested changes and the choices you made/,
      /saved versions/,
      /exports/,
      /security activity/,
    ]) {
      expect(card).toHaveTextContent(part);
    }
    expect(await screen.findByText('You haven’t asked for a copy yet.')).toBeInTheDocument();
    expect(document.title).toBe('Your data · Account settings · resuMAX');
  });

  it('asks for a copy, follows it every 3 seconds until it is ready, then offers the download and stops', async () => {
    const { person, calls } = renderDataPage({
      'GET /api/v1/users/me/exports': [list(), list(QUEUED), list(RUNNING), list(READY)],
      'POST /api/v1/users/me/export': jsonResponse(202, { id: 'dex_1', status: 'queued', createdAt: CREATED }),
    });

    await screen.findByText('You haven’t asked for a copy yet.');
    await person.click(screen.getByRole('button', { name: 'Request a copy of my data' }));

    const requests = await screen.findByRole('list', { name: 'Requests for a copy of your data' });
    expect(await screen.findByText('We’re preparing your copy. We’ll email you a link when it’s ready.')).toBeInTheDocument();
    expect(calls('POST /api/v1/users/me/export')).toHaveLength(1);
    expect(calls('POST /api/v1/users/me/export')[0]!.body).toBeNull();
    expect(within(requests).getByRole('listitem')).toHaveTextContent('Queued');
    expect(within(requests).queryByRole('link', { name: 'Download' })).not.toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(3000);
    expect(await within(requests).findByText('Preparing')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(3000);

    const download = await within(requests).findByRole('link', { name: 'Download' });
    // The embedded store's signed link, used on this page's own origin.
    expect(download).toHaveAttribute('href', '/api/v1/storage/download?key=exports%2Fusr_1.zip&expires=1&signature=abc');
    const row = within(requests).getByRole('listitem');
    expect(row).toHaveTextContent('Ready');
    expect(row).toHaveTextContent('2.4 MB');
    expect(row).toHaveTextContent(/The link works until/);
    expect(screen.getByText('Your copy is ready to download.')).toBeInTheDocument();

    const asked = calls('GET /api/v1/users/me/exports').length;
    expect(asked).toBe(4);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls('GET /api/v1/users/me/exports')).toHaveLength(asked);
  });

  it('stops asking once the page is left', async () => {
    const { person, calls, router } = renderDataPage({
      'GET /api/v1/users/me/exports': list(QUEUED),
      'GET /api/v1/users/me/sessions': jsonResponse(200, { items: [] }),
    });

    await screen.findByText('Queued');
    await vi.advanceTimersByTimeAsync(3000);
    await vi.waitFor(() => expect(calls('GET /api/v1/users/me/exports')).toHaveLength(2));

    const nav = screen.getByRole('navigation', { name: 'Settings' });
    await person.click(within(nav).getByRole('link', { name: 'Sessions' }));
    expect(router.state.location.pathname).toBe('/settings/sessions');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls('GET /api/v1/users/me/exports')).toHaveLength(2);
  });

  it('says to wait when a copy was asked for a few minutes ago', async () => {
    const { person } = renderDataPage({
      'GET /api/v1/users/me/exports': list(READY),
      'POST /api/v1/users/me/export': jsonResponse(
        429,
        { code: 'rate_limited', message: 'Too many requests.', requestId: 'r1' },
        { 'Retry-After': '240' },
      ),
    });

    await person.click(await screen.findByRole('button', { name: 'Request a copy of my data' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You asked for a copy a short while ago. Please wait 4 minutes and try again.',
    );
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { api } from '@/lib/api-client';
import { createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';
import { renderWithApp } from '@/testing/render';

import type { VersionSummary } from '../api/versions';

import { VersionsList } from './VersionsList';

function summary(overrides: Partial<VersionSummary>): VersionSummary {
  return {
    id: 'ver-1',
    optimizationId: 'opt-1',
    resumeId: 'res-1',
    jobDescriptionId: 'jd-1',
    jobTitle: 'Backend Engineer',
    company: 'Acme',
    resumeTitle: 'Ada resume',
    alignmentScore: 80,
    status: 'saved',
    acceptedChanges: ['c1', 'c2'],
    parentVersionId: null,
    origin: 'optimization',
    createdAt: '2025-03-03T10:00:00Z',
    ...overrides,
  };
}

beforeEach(() => api.setSession(tokens('access-1')));
afterEach(() => {
  vi.unstubAllGlobals();
  api.clearSession();
});

describe('VersionsList', () => {
  it('says which versions are edited copies and links to the version they came from', async () => {
    const mock = createFetchMock({
      'GET /api/v1/versions': jsonResponse(200, {
        items: [
          summary({ id: 'ver-2', origin: 'edit', parentVersionId: 'ver-1', acceptedChanges: [] }),
          summary({ id: 'ver-1' }),
        ],
        nextCursor: null,
      }),
    });
    vi.stubGlobal('fetch', mock.fetch);
    renderWithApp(<VersionsList resumeTitles={new Map()} jobLabels={new Map()} />);

    const list = await screen.findByRole('list', { name: 'Saved versions' });
    const [edited, original] = within(list).getAllByRole('listitem');
    expect(edited).toHaveTextContent(/Edited copy of the version of/);
    expect(within(edited!).getByRole('link', { name: /the version of/ })).toHaveAttribute('href', '/versions/ver-1');
    expect(original).toHaveTextContent('2 changes applied');
  });
});

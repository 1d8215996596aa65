import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';

import { AppProvider } from '@/app/provider';
import type { User } from '@/lib/api-types';
import { sessionQueryKey } from '@/lib/auth';

import { createFetchMock } from './fetch-mock';
import { buildUser } from './fixtures';

interface RenderOptions {
  /** The signed-in user (null: signed out; undefined: leave the session to load). */
  user?: User | null;
  path?: string;
  routes?: RouteObject[];
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

/** Renders UI with the app's providers and a memory router. */
export function renderWithApp(ui: ReactNode, { user, path = '/', routes }: RenderOptions = {}) {
  const queryClient = createTestQueryClient();
  if (user !== undefined) queryClient.setQueryData(sessionQueryKey, user);
  const router = createMemoryRouter(routes ?? [{ path: '*', element: ui }], { initialEntries: [path] });
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, queryClient, router };
}

/** Stubs fetch with these API answers, then renders like renderWithApp (signed in by default). */
export function renderWithApi(answers: Parameters<typeof createFetchMock>[0], options: RenderOptions = {}) {
  const mock = createFetchMock(answers);
  vi.stubGlobal('fetch', mock.fetch);
  return { ...renderWithApp(null, { user: buildUser(), ...options }), ...mock };
}

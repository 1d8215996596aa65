import { vi } from 'vitest';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string | null;
}

type Reply = Response | (() => Response | Promise<Response>);

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** The three lists the dashboard loads, empty. */
export const EMPTY_DASHBOARD = {
  'GET /api/v1/resumes': jsonResponse(200, { items: [], nextCursor: null }),
  'GET /api/v1/job-descriptions': jsonResponse(200, { items: [], nextCursor: null }),
  'GET /api/v1/versions': jsonResponse(200, { items: [], nextCursor: null }),
};

export function apiError(status: number, code: string, message: string, details?: Record<string, unknown>) {
  return jsonResponse(status, { code, message, details, requestId: 'req-test' });
}

/**
 * A fetch double answering "METHOD /path" keys (path without query). A queue of replies is used
 * in order and the last one repeats. Unknown routes answer 404 like the real server.
 */
export function createFetchMock(routes: Record<string, Reply | Reply[]>) {
  const requests: RecordedRequest[] = [];
  const counters = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const key = `${method} ${url.pathname}`;
    requests.push({
      method,
      path: url.pathname + url.search,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : null,
    });
    const entry = routes[key];
    if (!entry) return apiError(404, 'not_found', 'No API route matches this path.');
    const queue = Array.isArray(entry) ? entry : [entry];
    const index = counters.get(key) ?? 0;
    counters.set(key, index + 1);
    const reply = queue[Math.min(index, queue.length - 1)]!;
    const response = typeof reply === 'function' ? await reply() : reply;
    return response.clone();
  });
  return {
    fetch: fetchMock as unknown as typeof fetch,
    requests,
    calls: (key: string) => requests.filter((request) => `${request.method} ${request.path.split('?')[0]}` === key),
  };
}

import { afterEach, describe, expect, it, vi } from 'vitest';

import { apiError, createFetchMock, jsonResponse } from '@/testing/fetch-mock';
import { tokens } from '@/testing/fixtures';

import { ApiError, createApiClient } from './api-client';

const me = { id: 'usr_1', name: 'Ada' };

function clientWith(routes: Parameters<typeof createFetchMock>[0]) {
  const mock = createFetchMock(routes);
  const client = createApiClient({ fetch: mock.fetch });
  return { client, ...mock };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('api client: access token and refresh', () => {
  it('sends the in-memory token as a Bearer header', async () => {
    const { client, requests } = clientWith({ 'GET /api/v1/users/me': jsonResponse(200, me) });
    client.setSession(tokens('access-1'));

    await expect(client.get('/users/me')).resolves.toEqual(me);
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    client.clearSession();
  });

  it('on a 401 refreshes once through the cookie and retries with the new token', async () => {
    const { client, calls } = clientWith({
      'GET /api/v1/users/me': [apiError(401, 'invalid_token', 'Expired.'), jsonResponse(200, me)],
      'POST /api/v1/auth/refresh': jsonResponse(200, tokens('access-2')),
    });
    client.setSession(tokens('access-1'));

    await expect(client.get('/users/me')).resolves.toEqual(me);

    const refresh = calls('POST /api/v1/auth/refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]!.body).toBeNull(); // empty body: the HttpOnly cookie carries the refresh token
    expect(refresh[0]!.headers.get('Authorization')).toBeNull();
    const tries = calls('GET /api/v1/users/me');
    expect(tries.map((r) => r.headers.get('Authorization'))).toEqual(['Bearer access-1', 'Bearer access-2']);
    client.clearSession();
  });

  it('shares one refresh between requests that fail together', async () => {
    let resolveRefresh: (response: Response) => void = () => undefined;
    const { client, calls } = clientWith({
      'GET /api/v1/resumes': [apiError(401, 'invalid_token', 'Expired.'), jsonResponse(200, { items: [] })],
      'GET /api/v1/versions': [apiError(401, 'invalid_token', 'Expired.'), jsonResponse(200, { items: [] })],
      'POST /api/v1/auth/refresh': () => new Promise<Response>((resolve) => (resolveRefresh = resolve)),
    });
    client.setSession(tokens('access-1'));

    const both = Promise.all([client.get('/resumes'), client.get('/versions')]);
    await vi.waitFor(() => expect(calls('POST /api/v1/auth/refresh')).toHaveLength(1));
    resolveRefresh(jsonResponse(200, tokens('access-2')));

    await expect(both).resolves.toHaveLength(2);
    expect(calls('POST /api/v1/auth/refresh')).toHaveLength(1);
    client.clearSession();
  });

  it('reports an expired session and throws when the refresh is refused', async () => {
    const { client, calls } = clientWith({
      'GET /api/v1/users/me': apiError(401, 'invalid_token', 'Your session is not valid.'),
      'POST /api/v1/auth/refresh': apiError(401, 'invalid_refresh_token', 'Sign in again.'),
    });
    const expired = vi.fn();
    client.onSessionExpired(expired);
    client.setSession(tokens('access-1'));

    const error = await client.get('/users/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(expired).toHaveBeenCalledTimes(1);
    expect(client.hasAccessToken()).toBe(false);
    expect(calls('GET /api/v1/users/me')).toHaveLength(1); // no retry without a new token
  });

  it('retries only once: a second 401 ends the session', async () => {
    const { client, calls } = clientWith({
      'GET /api/v1/users/me': apiError(401, 'invalid_token', 'Nope.'),
      'POST /api/v1/auth/refresh': jsonResponse(200, tokens('access-2')),
    });
    const expired = vi.fn();
    client.onSessionExpired(expired);
    client.setSession(tokens('access-1'));

    await expect(client.get('/users/me')).rejects.toMatchObject({ status: 401 });
    expect(calls('GET /api/v1/users/me')).toHaveLength(2);
    expect(calls('POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('restores the token from the cookie before the first authenticated call', async () => {
    const { client, requests } = clientWith({
      'POST /api/v1/auth/refresh': jsonResponse(200, tokens('restored')),
      'GET /api/v1/users/me': jsonResponse(200, me),
    });

    await client.get('/users/me');

    expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /api/v1/auth/refresh',
      'GET /api/v1/users/me',
    ]);
    expect(requests[1]!.headers.get('Authorization')).toBe('Bearer restored');
    client.clearSession();
  });

  it('does not refresh for unauthenticated endpoints such as login', async () => {
    const { client, calls } = clientWith({
      'POST /api/v1/auth/login': apiError(401, 'invalid_credentials', 'The email or password is incorrect.'),
    });
    const expired = vi.fn();
    client.onSessionExpired(expired);

    await expect(client.post('/auth/login', { email: 'a@b.co', password: 'x' }, { auth: false })).rejects.toMatchObject(
      { code: 'invalid_credentials', message: 'The email or password is incorrect.' },
    );
    expect(calls('POST /api/v1/auth/refresh')).toHaveLength(0);
    expect(expired).not.toHaveBeenCalled();
  });

  it('refreshes silently 60 seconds before the access token expires', async () => {
    vi.useFakeTimers();
    const { client, calls } = clientWith({
      'POST /api/v1/auth/refresh': jsonResponse(200, tokens('access-2')),
    });
    client.setSession(tokens('access-1', 900));

    await vi.advanceTimersByTimeAsync(839_000);
    expect(calls('POST /api/v1/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls('POST /api/v1/auth/refresh')).toHaveLength(1);
    client.clearSession();
  });

  it('refreshes through the cross-tab lock when one is available', async () => {
    const names: string[] = [];
    const lock = <T,>(name: string, task: () => Promise<T>): Promise<T> => {
      names.push(name);
      return task();
    };
    const mock = createFetchMock({ 'POST /api/v1/auth/refresh': jsonResponse(200, tokens('locked')) });
    const client = createApiClient({ fetch: mock.fetch, lock });

    await expect(client.refreshSession()).resolves.toBe(true);
    expect(names).toEqual(['resumax-auth-refresh']);
    client.clearSession();
  });
});

describe('api client: errors', () => {
  it('keeps code, message, details.field and requestId of an API error', async () => {
    const { client } = clientWith({
      'POST /api/v1/auth/register': apiError(422, 'validation_failed', 'Use a password of 10 to 128 characters.', {
        field: 'password',
      }),
    });

    const error = (await client.post('/auth/register', {}, { auth: false }).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', field: 'password', requestId: 'req-test' });
    expect(error.message).toBe('Use a password of 10 to 128 characters.');
  });

  it('reads Retry-After on 429', async () => {
    const { client } = clientWith({
      'POST /api/v1/auth/login': jsonResponse(
        429,
        { code: 'rate_limited', message: 'Too many requests.', requestId: 'r' },
        { 'Retry-After': '42' },
      ),
    });
    await expect(client.post('/auth/login', {}, { auth: false })).rejects.toMatchObject({
      code: 'rate_limited',
      retryAfterSeconds: 42,
    });
  });

  it('turns a network failure into a network_error with advice', async () => {
    const client = createApiClient({ fetch: vi.fn().mockRejectedValue(new TypeError('Failed to fetch')) });
    await expect(client.post('/auth/login', {}, { auth: false })).rejects.toMatchObject({
      status: 0,
      code: 'network_error',
    });
  });

  it('gives a generic message when a proxy answers with HTML', async () => {
    const { client } = clientWith({
      'POST /api/v1/auth/login': new Response('<html>Bad gateway</html>', { status: 502 }),
    });
    await expect(client.post('/auth/login', {}, { auth: false })).rejects.toMatchObject({
      status: 502,
      code: 'server_error',
    });
  });
});

describe('api client: conditional requests', () => {
  it('sends custom headers such as If-Match and answers the response headers with exchange()', async () => {
    const { client, calls } = clientWith({
      'GET /api/v1/versions/ver-1': jsonResponse(200, { id: 'ver-1' }, { ETag: '"v-7"' }),
      'PUT /api/v1/versions/ver-1/sections': jsonResponse(201, { versionId: 'ver-2' }),
    });
    client.setSession(tokens('access-1'));

    const got = await client.exchange<{ id: string }>('GET', '/versions/ver-1');
    expect(got.data).toEqual({ id: 'ver-1' });
    expect(got.headers.get('ETag')).toBe('"v-7"');
    expect(got.status).toBe(200);

    await client.put('/versions/ver-1/sections', { sections: {} }, { headers: { 'If-Match': got.headers.get('ETag')! } });
    expect(calls('PUT /api/v1/versions/ver-1/sections')[0]!.headers.get('If-Match')).toBe('"v-7"');
    client.clearSession();
  });

  it('exposes details sent as a list of {path, message}, and details sent as an object', async () => {
    const { client } = clientWith({
      'PUT /api/v1/resumes/res-1/sections': [
        jsonResponse(422, {
          code: 'invalid_sections',
          message: 'Some fields need attention.',
          details: [{ path: 'experience[1].endDate', message: 'The end is before the start.' }, 'junk'],
        }),
        apiError(412, 'revision_conflict', 'Changed elsewhere.', { currentRevision: 9 }),
      ],
    });
    client.setSession(tokens('access-1'));

    const invalid = (await client.put('/resumes/res-1/sections', {}).catch((e: unknown) => e)) as ApiError;
    expect(invalid.pathIssues).toEqual([{ path: 'experience[1].endDate', message: 'The end is before the start.' }]);
    expect(invalid.details).toEqual({});
    expect(invalid.field).toBeUndefined();

    const conflict = (await client.put('/resumes/res-1/sections', {}).catch((e: unknown) => e)) as ApiError;
    expect(conflict).toMatchObject({ status: 412, code: 'revision_conflict', details: { currentRevision: 9 } });
    expect(conflict.pathIssues).toEqual([]);
    client.clearSession();
  });
});

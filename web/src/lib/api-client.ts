// The one HTTP client for the resuMAX API. It holds the access token in memory only (never in
// localStorage/sessionStorage), restores and rotates it through the HttpOnly refresh cookie, and
// turns every failure into an ApiError carrying the server's {code, message, details, requestId}.

export const API_BASE = '/api/v1';

/** The error body every API endpoint returns. */
export interface ApiErrorBody {
  code: string;
  message: string;
  /** An object (`{field}`, `{currentRevision}`…) or, for some validations, a list of `{path, message}`. */
  details?: Record<string, unknown> | unknown[];
  requestId?: string;
}

/** One problem a validation error names by its path in the request body. */
export interface PathIssue {
  path: string;
  message: string;
}

/** A JSON answer with its response headers (for ETag and the like). */
export interface WithHeaders<T> {
  data: T;
  headers: Headers;
  status: number;
}

/** Access token as returned by login, register and refresh. */
export interface TokenResponse {
  accessToken: string;
  refreshToken: string;
  tokenType: string;
  expiresIn: number;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** `details` when the server sent an object ({} otherwise). */
  readonly details: Record<string, unknown>;
  /** `details` when the server sent a list ([] otherwise). */
  readonly detailList: readonly unknown[];
  readonly requestId: string | undefined;
  /** Seconds to wait before trying again (from Retry-After on 429). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    body: ApiErrorBody,
    retryAfterSeconds?: number,
  ) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    const details = body.details;
    this.details = details && !Array.isArray(details) && typeof details === 'object' ? details : {};
    this.detailList = Array.isArray(details) ? details : [];
    this.requestId = body.requestId;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The request field a validation error names, if any. */
  get field(): string | undefined {
    return typeof this.details.field === 'string' ? this.details.field : undefined;
  }

  /** The `{path, message}` items of a list of details (422 invalid_sections and the like). */
  get pathIssues(): PathIssue[] {
    return this.detailList.filter(
      (item): item is PathIssue =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as PathIssue).path === 'string' &&
        typeof (item as PathIssue).message === 'string',
    );
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

export interface RequestOptions {
  /** Send the Bearer token and refresh once on 401 (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
}

type Lock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Refresh this many seconds before the access token expires. */
  refreshLeewaySeconds?: number;
  /** Serialises refreshes across tabs; the server revokes a session whose refresh token is reused. */
  lock?: Lock;
}

const NETWORK_ERROR: ApiErrorBody = {
  code: 'network_error',
  message: "We couldn't reach resuMAX. Check your connection and try again.",
};

async function webLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  let result: T | undefined;
  await navigator.locks.request(name, async () => {
    result = await task();
  });
  return result as T;
}

function browserLock(): Lock | undefined {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return undefined;
  return webLock;
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function fallbackBody(status: number): ApiErrorBody {
  if (status >= 500) {
    return {
      code: 'server_error',
      message: 'Something went wrong on our side. Please try again in a moment.',
    };
  }
  return { code: 'http_error', message: `The request failed (HTTP ${status}).` };
}

async function errorFrom(response: Response): Promise<ApiError> {
  let body: ApiErrorBody = fallbackBody(response.status);
  try {
    const parsed: unknown = await response.json();
    if (parsed && typeof parsed === 'object' && 'code' in parsed && 'message' in parsed) {
      body = parsed as ApiErrorBody;
    }
  } catch {
    // Not JSON (a proxy page, an empty body): keep the generic message.
  }
  return new ApiError(response.status, body, parseRetryAfter(response.headers.get('Retry-After')));
}

export function createApiClient(options: ApiClientOptions = {}) {
  const baseUrl = options.baseUrl ?? API_BASE;
  const leeway = options.refreshLeewaySeconds ?? 60;
  const lock = options.lock ?? browserLock();
  const doFetch: typeof fetch = (...args) => (options.fetch ?? globalThis.fetch)(...args);

  let accessToken: string | null = null;
  let refreshTimer: ReturnType<typeof setTimeout> | undefined;
  let refreshInFlight: Promise<boolean> | null = null;
  const expiredListeners = new Set<() => void>();

  function url(path: string, query?: RequestOptions['query']): string {
    let full = baseUrl + path;
    if (query) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined) params.set(key, String(value));
      }
      const text = params.toString();
      if (text) full += `?${text}`;
    }
    return full;
  }

  function clearSession(): void {
    accessToken = null;
    if (refreshTimer !== undefined) clearTimeout(refreshTimer);
    refreshTimer = undefined;
  }

  function scheduleRefresh(delaySeconds: number): void {
    if (refreshTimer !== undefined) clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      refreshSession().catch(() => {
        // Offline or the server is down: try again shortly while the token may still be valid.
        if (accessToken) scheduleRefresh(15);
      });
    }, Math.max(5, delaySeconds) * 1000);
  }

  /** Keep the access token (memory only) and schedule its silent renewal. */
  function setSession(tokens: Pick<TokenResponse, 'accessToken' | 'expiresIn'>): void {
    accessToken = tokens.accessToken;
    scheduleRefresh(Math.max(tokens.expiresIn - leeway, tokens.expiresIn / 2));
  }

  function notifyExpired(): void {
    clearSession();
    for (const listener of expiredListeners) listener();
  }

  async function sendRefresh(): Promise<boolean> {
    let response: Response;
    try {
      // Empty body: the server reads the HttpOnly resumax_refresh cookie.
      response = await doFetch(url('/auth/refresh'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
    } catch {
      throw new ApiError(0, NETWORK_ERROR);
    }
    if (response.ok) {
      setSession((await response.json()) as TokenResponse);
      return true;
    }
    // 401: no valid session (or no cookie at all); 422 from servers that answered a missing
    // cookie that way. Both mean "signed out", silently. Anything else is a transient failure.
    if (response.status === 401 || response.status === 422) {
      clearSession();
      return false;
    }
    throw await errorFrom(response);
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share one request.
   * Resolves false when there is no valid session; throws ApiError on network/server failure.
   */
  function refreshSession(): Promise<boolean> {
    if (!refreshInFlight) {
      const run = lock ? () => lock('resumax-auth-refresh', sendRefresh) : sendRefresh;
      refreshInFlight = run().finally(() => {
        refreshInFlight = null;
      });
    }
    return refreshInFlight;
  }

  async function send(
    method: string,
    path: string,
    body: unknown,
    opts: RequestOptions,
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    try {
      return await doFetch(url(path, opts.query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (error) {
      if (opts.signal?.aborted) throw error;
      throw new ApiError(0, NETWORK_ERROR);
    }
  }

  /** Sends a request; on 401 refreshes once and retries once, else reports the session expired. */
  async function raw(
    method: string,
    path: string,
    body: unknown,
    opts: RequestOptions = {},
  ): Promise<Response> {
    const auth = opts.auth ?? true;
    if (!auth) return send(method, path, body, opts, null);

    // No token yet (first call after a page load): restore it from the cookie first.
    const triedRefresh = !accessToken;
    if (triedRefresh) await refreshSession();
    const usedToken = accessToken;
    let response = await send(method, path, body, opts, usedToken);
    if (response.status !== 401) return response;

    // Another request may already have renewed the token while this one was in flight.
    let renewed = accessToken !== null && accessToken !== usedToken;
    if (!renewed && !triedRefresh) renewed = await refreshSession();
    if (!renewed) {
      notifyExpired();
      return response;
    }
    response = await send(method, path, body, opts, accessToken);
    if (response.status === 401) notifyExpired();
    return response;
  }

  async function exchange<T>(
    method: string,
    path: string,
    body?: unknown,
    opts?: RequestOptions,
  ): Promise<WithHeaders<T>> {
    const response = await raw(method, path, body, opts);
    if (!response.ok) throw await errorFrom(response);
    const text = response.status === 204 ? '' : await response.text();
    return { data: (text ? JSON.parse(text) : undefined) as T, headers: response.headers, status: response.status };
  }

  async function request<T>(
    method: string,
    path: string,
    body?: unknown,
    opts?: RequestOptions,
  ): Promise<T> {
    return (await exchange<T>(method, path, body, opts)).data;
  }

  return {
    get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, undefined, opts),
    post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, body, opts),
    put: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PUT', path, body, opts),
    patch: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('PATCH', path, body, opts),
    delete: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, undefined, opts),
    /** Like the verbs above, but answers the response headers too (e.g. an ETag to send back as If-Match). */
    exchange,
    /** An authenticated streaming response (e.g. text/event-stream); throws ApiError when not ok. */
    async stream(path: string, opts: RequestOptions = {}): Promise<Response> {
      const response = await raw('GET', path, undefined, {
        ...opts,
        headers: { ...opts.headers, Accept: 'text/event-stream' },
      });
      if (!response.ok) throw await errorFrom(response);
      return response;
    },
    setSession,
    clearSession,
    refreshSession,
    hasAccessToken: () => accessToken !== null,
    /** Called when the session cannot be renewed; returns an unsubscribe function. */
    onSessionExpired(listener: () => void): () => void {
      expiredListeners.add(listener);
      return () => expiredListeners.delete(listener);
    },
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** The app's single client instance. */
export const api = createApiClient();

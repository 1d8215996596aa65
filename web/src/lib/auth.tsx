// The signed-in session: who the user is, and signing in, up and out. The current user lives in
// the TanStack Query cache under sessionQueryKey (null when signed out).

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';

import { api, isApiError } from './api-client';
import type { LoginResponse, MfaChallenge, SessionResponse, User } from './api-types';

export const sessionQueryKey = ['session'] as const;

/** Why the session ended: it ran out, the user signed out, or the account is being deleted. */
export type SessionEndReason = 'expired' | 'signed-out' | 'account-deleted';

let sessionEndReason: SessionEndReason | null = null;

/** Why the last session ended, shown once on the sign-in page. */
export function getSessionEndReason(): SessionEndReason | null {
  return sessionEndReason;
}

export function clearSessionEndReason(): void {
  sessionEndReason = null;
}

const CHANNEL_NAME = 'resumax-auth';

function broadcast(message: 'signed-in' | 'signed-out'): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(message);
  channel.close();
}

// The server sets `resumax_session=1` (readable by the page, not a secret) beside the HttpOnly
// refresh cookie and clears both when the session ends. Without it a page load does not ask for
// a refresh that can only fail, which browsers log as a console error.
const SESSION_HINT = 'resumax_session=1';

function hasSessionHint(): boolean {
  return document.cookie.split(';').some((part) => part.trim() === SESSION_HINT);
}

function clearSessionHint(): void {
  document.cookie = 'resumax_session=; Path=/; Max-Age=0; SameSite=Strict';
}

/** Restores the session from the refresh cookie on page load; null when signed out. */
export async function loadSession(): Promise<User | null> {
  if (!api.hasAccessToken()) {
    if (!hasSessionHint()) return null;
    const restored = await api.refreshSession();
    if (!restored) {
      clearSessionHint();
      return null;
    }
  }
  try {
    return await api.get<User>('/users/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

function startSession(queryClient: QueryClient, session: SessionResponse): void {
  api.setSession(session);
  sessionEndReason = null;
  queryClient.setQueryData(sessionQueryKey, session.user);
  broadcast('signed-in');
}

function endSession(queryClient: QueryClient, reason: SessionEndReason): void {
  api.clearSession();
  clearSessionHint();
  // A deleted account stays deleted: a request that fails on its ended session just after
  // (and calls this with 'expired') must not send the user to sign in instead of the notice.
  if (sessionEndReason !== 'account-deleted') sessionEndReason = reason;
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  queryClient.setQueryData(sessionQueryKey, null);
}

export function useSession() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: loadSession,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    refetchOnWindowFocus: false,
  });
}

/** The signed-in user; only call below a route that requires auth. */
export function useUser(): User {
  const { data } = useSession();
  if (!data) throw new Error('useUser() needs a signed-in session');
  return data;
}

/** Replaces the cached user after the server returned an updated one. */
export function useSetUser(): (user: User) => void {
  const queryClient = useQueryClient();
  return (user) => queryClient.setQueryData(sessionQueryKey, user);
}

/** Fetches the user again (e.g. after the email was verified); a no-op while signed out. */
export function useReloadUser(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    if (!queryClient.getQueryData(sessionQueryKey)) {
      // The session may still be loading; loading it again picks up the change.
      await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      return;
    }
    const user = await api.get<User>('/users/me');
    queryClient.setQueryData(sessionQueryKey, user);
  }, [queryClient]);
}

/** Reloads the user whenever the tab regains focus, e.g. after verifying in another tab. */
export function useReloadUserOnFocus(enabled: boolean): void {
  const reloadUser = useReloadUser();
  useEffect(() => {
    if (!enabled) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reloadUser().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', onVisible);
    };
  }, [enabled, reloadUser]);
}

export interface SignInInput {
  email: string;
  password: string;
}

export interface SignUpInput extends SignInInput {
  name: string;
  /**
   * The user accepted the terms of service and the privacy policy; the server records the
   * versions in force (false: 422 with details.field "acceptTerms").
   */
  acceptTerms: boolean;
}

export interface LoginInput extends SignInInput {
  /** A solved proof-of-work challenge (ALTCHA payload), asked for by a 428 challenge_required. */
  altcha?: string;
}

/** Login's 202: the password was right and the account asks for a second factor. */
export function isMfaChallenge(response: LoginResponse): response is MfaChallenge {
  return 'mfaRequired' in response && response.mfaRequired === true;
}

/**
 * Signs in with the password. Answers the session (200), or an MfaChallenge (202) when the
 * account has two-factor sign-in: then useVerifyMfa completes it with a code. After repeated
 * failures the server answers 428 challenge_required until `altcha` carries a solved challenge.
 */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<LoginResponse>('/auth/login', input, { auth: false }),
    onSuccess: (response) => {
      if (!isMfaChallenge(response)) startSession(queryClient, response);
    },
  });
}

export interface MfaInput {
  mfaToken: string;
  /** The authenticator app's 6-digit code, or a recovery code. */
  code: string;
}

/**
 * Completes a sign-in the server asked a second factor for. 401 invalid_mfa_code (try another
 * code), 401 mfa_token_expired (start again with the password), 429.
 */
export function useVerifyMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MfaInput) => api.post<SessionResponse>('/auth/mfa', input, { auth: false }),
    onSuccess: (session) => startSession(queryClient, session),
  });
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignUpInput) =>
      api.post<SessionResponse>('/auth/register', input, { auth: false }),
    onSuccess: (session) => startSession(queryClient, session),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      try {
        await api.post('/auth/logout', undefined, { auth: false });
      } catch {
        // Signing out locally still matters when the server cannot be reached.
      }
    },
    onSettled: () => {
      endSession(queryClient, 'signed-out');
      broadcast('signed-out');
    },
  });
}

/**
 * Ends the session in this browser (and tells other tabs) after the server ended it, e.g. once
 * the account is being deleted. The route guard then leaves the signed-in pages.
 */
export function useEndSession(): (reason: SessionEndReason) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (reason: SessionEndReason) => {
      endSession(queryClient, reason);
      broadcast('signed-out');
    },
    [queryClient],
  );
}

/** Keeps the cached session in step with the API client and with other tabs. */
export function SessionSync(): null {
  const queryClient = useQueryClient();
  useEffect(() => {
    const unsubscribe = api.onSessionExpired(() => endSession(queryClient, 'expired'));
    if (typeof BroadcastChannel === 'undefined') return unsubscribe;
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.onmessage = (message: MessageEvent<unknown>) => {
      if (message.data === 'signed-out') endSession(queryClient, 'signed-out');
      if (message.data === 'signed-in' && !queryClient.getQueryData(sessionQueryKey)) {
        void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      }
    };
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [queryClient]);
  return null;
}

import { api } from '@/lib/api-client';
import type { AccountSessionList, ActivityEntry, ListParams, Page, RevokedSessions } from '@/lib/api-types';

export const accountKeys = {
  sessions: ['account', 'sessions'] as const,
  activity: ['account', 'activity'] as const,
  activityList: (limit: number) => ['account', 'activity', { limit }] as const,
};

/** The user's live sessions, most recently used first; `current` marks this browser's. */
export function listSessions(): Promise<AccountSessionList> {
  return api.get('/users/me/sessions');
}

/** Signs one session out (404 when it is not the user's or has already ended). */
export function revokeSession(sessionId: string): Promise<void> {
  return api.delete(`/users/me/sessions/${encodeURIComponent(sessionId)}`);
}

/** Signs out every session but this browser's. */
export function revokeOtherSessions(): Promise<RevokedSessions> {
  return api.delete('/users/me/sessions');
}

/** The account's security log, newest first. */
export function listActivity(params: ListParams = {}): Promise<Page<ActivityEntry>> {
  return api.get('/users/me/activity', { query: { ...params } });
}

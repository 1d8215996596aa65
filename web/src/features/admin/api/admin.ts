// The admin API: every call answers 403 forbidden unless the signed-in user's role is admin.

import { api } from '@/lib/api-client';
import type {
  AdminUser,
  AdminUserListParams,
  AuditEntry,
  AuditListParams,
  JobStatusChange,
  Page,
  QueueStatus,
  UsageCounts,
} from '@/lib/api-types';

export const adminKeys = {
  all: ['admin'] as const,
  users: ['admin', 'users'] as const,
  userList: (params: AdminUserListParams) => ['admin', 'users', params] as const,
  audit: ['admin', 'audit'] as const,
  auditList: (params: AuditListParams) => ['admin', 'audit', params] as const,
  queue: ['admin', 'queue'] as const,
  usage: ['admin', 'usage'] as const,
};

/** Accounts matching `q` (in email or name). */
export function listUsers(params: AdminUserListParams = {}): Promise<Page<AdminUser>> {
  return api.get('/admin/users', { query: { ...params, q: params.q || undefined } });
}

const userPath = (userId: string) => `/admin/users/${encodeURIComponent(userId)}`;

/** Signs the account out everywhere and refuses its sign-ins; 409 cannot_disable_self for one's own. */
export function disableUser(userId: string): Promise<AdminUser> {
  return api.post(`${userPath(userId)}/disable`);
}

export function enableUser(userId: string): Promise<AdminUser> {
  return api.post(`${userPath(userId)}/enable`);
}

/** POST /admin/users/{id}/credits: the account's balance after the change. */
export interface CreditAdjustment {
  userId: string;
  balance: number;
}

/**
 * Grants credits to an account (a positive delta) or removes them (negative), with the reason
 * recorded in the audit log. 409 insufficient_credits when removing more than the balance;
 * 404 when billing is off or there is no such account.
 */
export function adjustCredits(userId: string, delta: number, reason: string): Promise<CreditAdjustment> {
  return api.post(`${userPath(userId)}/credits`, { delta, reason });
}

/** The security log of every account; empty filters are left out. */
export function listAudit(params: AuditListParams = {}): Promise<Page<AuditEntry>> {
  const query: Record<string, string | number | undefined> = {};
  for (const [key, value] of Object.entries(params)) query[key] = value === '' ? undefined : (value as string | number);
  return api.get('/admin/audit', { query });
}

export function getQueue(): Promise<QueueStatus> {
  return api.get('/admin/queue');
}

const jobPath = (jobId: string) => `/admin/jobs/${encodeURIComponent(jobId)}`;

/** Queues a dead job again; 404 when it is no longer dead. */
export function retryJob(jobId: string): Promise<JobStatusChange> {
  return api.post(`${jobPath(jobId)}/retry`);
}

/** Gives up on a dead job for good; 404 when it is no longer dead. */
export function discardJob(jobId: string): Promise<JobStatusChange> {
  return api.post(`${jobPath(jobId)}/discard`);
}

export function getUsage(): Promise<UsageCounts> {
  return api.get('/admin/usage');
}

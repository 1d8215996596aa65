import type { AuditEventName } from './api-types';

type Tone = 'neutral' | 'success' | 'warning' | 'danger';

const EVENTS: Record<AuditEventName, { label: string; tone: Tone }> = {
  login_succeeded: { label: 'Signed in', tone: 'neutral' },
  login_failed: { label: 'Failed sign-in attempt', tone: 'warning' },
  logout: { label: 'Signed out', tone: 'neutral' },
  register: { label: 'Account created', tone: 'success' },
  email_verified: { label: 'Email address verified', tone: 'success' },
  password_changed: { label: 'Password changed', tone: 'neutral' },
  password_reset: { label: 'Password reset by email link', tone: 'neutral' },
  password_reset_requested: { label: 'Password reset requested', tone: 'neutral' },
  refresh_token_reused: { label: 'Session ended: its sign-in token was used twice', tone: 'danger' },
  session_revoked: { label: 'A session was signed out', tone: 'neutral' },
  sessions_revoked: { label: 'All other sessions were signed out', tone: 'neutral' },
  account_deletion_requested: { label: 'Account deletion requested', tone: 'danger' },
  account_disabled: { label: 'Account disabled', tone: 'danger' },
  account_enabled: { label: 'Account enabled', tone: 'success' },
  login_refused_disabled: { label: 'Sign-in refused: account disabled', tone: 'danger' },
  login_mfa_required: { label: 'Password accepted; code asked', tone: 'neutral' },
  login_mfa_failed: { label: 'Wrong two-factor code', tone: 'warning' },
  mfa_enrolment_started: { label: 'Two-factor setup started', tone: 'neutral' },
  mfa_enabled: { label: 'Two-factor sign-in turned on', tone: 'success' },
  mfa_disabled: { label: 'Two-factor sign-in turned off', tone: 'warning' },
  email_change_requested: { label: 'Email change requested', tone: 'neutral' },
  email_changed: { label: 'Email address changed', tone: 'neutral' },
  data_export_requested: { label: 'Copy of your data requested', tone: 'neutral' },
  data_export_ready: { label: 'Copy of your data ready', tone: 'success' },
  admin_role_granted: { label: 'Admin role granted', tone: 'warning' },
  admin_role_revoked: { label: 'Admin role removed', tone: 'neutral' },
  admin_job_retried: { label: 'Admin retried a job', tone: 'neutral' },
  admin_job_discarded: { label: 'Admin discarded a job', tone: 'neutral' },
  account_deleted: { label: 'Account deleted', tone: 'danger' },
};

/** The events the security log knows, in the order a filter lists them. */
export const AUDIT_EVENTS = Object.keys(EVENTS) as AuditEventName[];

function known(event: string): event is AuditEventName {
  return Object.prototype.hasOwnProperty.call(EVENTS, event);
}

/** "Signed in", "Failed sign-in attempt"…; an event this app does not know yet shows by its name. */
export function auditEventLabel(event: string): string {
  return known(event) ? EVENTS[event].label : event;
}

/** How much an event deserves the reader's attention, as a badge tone. */
export function auditEventTone(event: string): Tone {
  return known(event) ? EVENTS[event].tone : 'neutral';
}

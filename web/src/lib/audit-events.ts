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

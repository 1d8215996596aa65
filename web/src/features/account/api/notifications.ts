import { api } from '@/lib/api-client';
import type { Preferences } from '@/lib/api-types';

/** The emails a user can turn off, as keys of `preferences.notifications`. */
export type NotificationKind = 'optimizationReady' | 'optimizationFailed' | 'newSignIn' | 'receipts';

/** Each kind shown on (true) or off; a key missing from the stored preferences means on. */
export type EmailNotifications = Partial<Record<NotificationKind, boolean>>;

export interface NotificationOption {
  kind: NotificationKind;
  label: string;
  description: string;
  /** Only offered when the server sells credits. */
  billingOnly?: boolean;
}

export const NOTIFICATION_OPTIONS: readonly NotificationOption[] = [
  {
    kind: 'optimizationReady',
    label: 'Optimization ready',
    description: 'When an optimization took more than a few seconds, so you can leave the page.',
  },
  {
    kind: 'optimizationFailed',
    label: 'Optimization failed',
    description: 'When an optimization could not finish.',
  },
  {
    kind: 'newSignIn',
    label: 'New sign-in',
    description: "When your account is signed in from a device or network we haven't seen.",
  },
  {
    kind: 'receipts',
    label: 'Credit purchase receipts',
    description: 'When you buy credits: what you bought and your new balance.',
    billingOnly: true,
  },
];

/** Emails about the account's security: always sent, never a preference. */
export const SECURITY_EMAILS: readonly string[] = [
  'Your password was changed',
  'Two-factor authentication was changed',
  'Your email address is being changed',
  'Your account is being deleted',
  'A copy of your data is ready',
];

/** The label of a kind ("Optimization ready"), or null for one this app does not know. */
export function notificationLabel(kind: string): string | null {
  return NOTIFICATION_OPTIONS.find((option) => option.kind === kind)?.label ?? null;
}

function storedNotifications(preferences: Preferences): Record<string, unknown> {
  const stored: unknown = preferences.notifications;
  return stored && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
}

/** The stored choices of the kinds offered, every kind not stored as `false` being on. */
export function resolveNotifications(
  preferences: Preferences,
  options: readonly NotificationOption[] = NOTIFICATION_OPTIONS,
): EmailNotifications {
  const stored = storedNotifications(preferences);
  const resolved: EmailNotifications = {};
  for (const { kind } of options) resolved[kind] = stored[kind] !== false;
  return resolved;
}

/**
 * The whole preferences object to send (PUT /users/me replaces it): the stored one with these
 * choices written over its `notifications`, every other key, there or inside, kept as it is.
 */
export function mergeNotifications(preferences: Preferences, choices: EmailNotifications): Preferences {
  return { ...preferences, notifications: { ...storedNotifications(preferences), ...choices } };
}

/** POST /notifications/unsubscribe: the kind of email the link's token turned off. */
export interface Unsubscribed {
  status: 'unsubscribed';
  /** A known kind, or one a newer server added. */
  kind: NotificationKind | (string & {});
}

/**
 * Turns off the kind of email an emailed link was for, with the link's token and no session (the
 * link may be opened anywhere). 400 invalid_token when the token is not one the server signed.
 */
export function unsubscribe(token: string): Promise<Unsubscribed> {
  return api.post('/notifications/unsubscribe', undefined, { auth: false, query: { token } });
}

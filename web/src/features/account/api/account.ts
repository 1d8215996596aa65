import { api } from '@/lib/api-client';
import type {
  AccountDeletion,
  NotificationPreferences,
  Preferences,
  StatusResponse,
  Strategy,
  User,
} from '@/lib/api-types';

export interface UpdateProfileRequest {
  name?: string;
  /** Replaces the stored preferences object as a whole. */
  preferences?: Preferences;
}

export function updateProfile(body: UpdateProfileRequest): Promise<User> {
  return api.put('/users/me', body);
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ChangeEmailRequest {
  email: string;
  currentPassword: string;
}

/**
 * Asks to move the account to a new address: the answer's `email` is unchanged and its
 * `pendingEmail` is the new one, which gets a confirmation link (the old one a notice). 422 with
 * details.field "email" (not an address) or "currentPassword" (wrong); 409 email_taken.
 */
export function changeEmail(body: ChangeEmailRequest): Promise<User> {
  return api.put('/users/me', body);
}

/** 422 with details.field "currentPassword" when the current password is wrong. */
export function changePassword(body: ChangePasswordRequest): Promise<StatusResponse> {
  return api.post('/users/me/password', body);
}

export interface ResolvedPreferences {
  defaultStrategy: Strategy;
  notifications: NotificationPreferences;
}

export const DEFAULT_PREFERENCES: ResolvedPreferences = {
  defaultStrategy: 'balanced',
  notifications: { optimizationReady: true, productNews: false },
};

/** The stored preferences with defaults filled in and unknown values ignored. */
export function resolvePreferences(stored: Preferences): ResolvedPreferences {
  const strategy = stored.defaultStrategy;
  const notifications = stored.notifications ?? {};
  return {
    defaultStrategy:
      strategy === 'conservative' || strategy === 'balanced' || strategy === 'bold'
        ? strategy
        : DEFAULT_PREFERENCES.defaultStrategy,
    notifications: {
      optimizationReady:
        typeof notifications.optimizationReady === 'boolean'
          ? notifications.optimizationReady
          : DEFAULT_PREFERENCES.notifications.optimizationReady,
      productNews:
        typeof notifications.productNews === 'boolean'
          ? notifications.productNews
          : DEFAULT_PREFERENCES.notifications.productNews,
    },
  };
}

/** Writes our keys over the stored object, keeping keys other clients may have added. */
export function mergePreferences(stored: Preferences, update: ResolvedPreferences): Preferences {
  return {
    ...stored,
    defaultStrategy: update.defaultStrategy,
    notifications: { ...stored.notifications, ...update.notifications },
  };
}

export interface DeleteAccountRequest {
  password: string;
  /** Required when two-factor sign-in is on: a current code from the app or a recovery code. */
  code?: string;
}

/**
 * Deletes the account and everything in it. 202 ends every session of the account; 422 with
 * details.field "password" when the password is wrong, or "code" when two-factor sign-in is on and
 * the code is missing or wrong; 429 when tried too often.
 */
export async function deleteAccount(body: DeleteAccountRequest): Promise<AccountDeletion> {
  return (await api.exchange<AccountDeletion>('DELETE', '/users/me', body)).data;
}

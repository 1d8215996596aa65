import { api } from '@/lib/api-client';
import type { RecoveryCodes, StatusResponse, TotpEnrolment } from '@/lib/api-types';

/**
 * Starts (or starts again) setting up an authenticator app; two-factor sign-in is not on until
 * confirmed with a code. 422 with details.field "password" when the password is wrong; 409
 * mfa_already_enabled.
 */
export function startTotpEnrolment(password: string): Promise<TotpEnrolment> {
  return api.post('/users/me/mfa/totp', { password });
}

/**
 * Turns two-factor sign-in on with a code from the app just set up; answers the recovery codes,
 * shown this once. 422 with details.field "code" when the code is wrong; 409 mfa_not_pending
 * when no setup was started.
 */
export function confirmTotpEnrolment(code: string): Promise<RecoveryCodes> {
  return api.post('/users/me/mfa/totp/confirm', { code });
}

export interface DisableTotpRequest {
  password: string;
  /** A code from the app or one of the recovery codes. */
  code: string;
}

/** Turns two-factor sign-in off. 422 with details.field "password" or "code". */
export async function disableTotp(body: DisableTotpRequest): Promise<StatusResponse<'mfa_disabled'>> {
  return (await api.exchange<StatusResponse<'mfa_disabled'>>('DELETE', '/users/me/mfa/totp', body)).data;
}

import { api } from '@/lib/api-client';
import type { StatusResponse } from '@/lib/api-types';

/** Confirms the address with the token from the emailed link. 400 invalid_token when spent or expired. */
export function verifyEmail(token: string): Promise<StatusResponse<'verified'>> {
  return api.post('/auth/verify', { token }, { auth: false });
}

/** Sends a fresh verification link to the signed-in user. 409 already_verified. */
export function resendVerification(): Promise<StatusResponse<'sent'>> {
  return api.post('/auth/verify/resend');
}

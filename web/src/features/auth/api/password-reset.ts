import { api } from '@/lib/api-client';
import type { StatusResponse } from '@/lib/api-types';

/** Always 200, whether or not an account exists, so addresses cannot be probed. */
export function requestPasswordReset(email: string): Promise<StatusResponse> {
  return api.post('/auth/password-reset/request', { email }, { auth: false });
}

/** 400 invalid_token when the link is spent or expired; 422 when the password is too weak. */
export function confirmPasswordReset(token: string, newPassword: string): Promise<StatusResponse> {
  return api.post('/auth/password-reset/confirm', { token, newPassword }, { auth: false });
}

import { api } from '@/lib/api-client';
import type { EmailChanged } from '@/lib/api-types';

/**
 * Moves the account to the new address with the token from the emailed link; needs no session
 * (the link may be opened on another device). 400 invalid_token when spent or expired.
 */
export function confirmEmailChange(token: string): Promise<EmailChanged> {
  return api.post('/auth/email-change/confirm', { token }, { auth: false });
}

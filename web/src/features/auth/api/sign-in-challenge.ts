import { API_BASE, api, isApiError, type ApiError } from '@/lib/api-client';

/** GET /auth/challenge: a proof-of-work challenge in the ALTCHA scheme, version 1. */
export interface SignInChallenge {
  algorithm: string;
  /** hex SHA-256(salt + n) for the secret n the browser searches. */
  challenge: string;
  /** The largest n. */
  maxnumber: number;
  /** Carries the challenge's expiry ("…?expires=…&"). */
  salt: string;
  signature: string;
}

const DEFAULT_CHALLENGE_PATH = '/auth/challenge';

/**
 * Login's 428 challenge_required: after repeated failed sign-ins (on the account or from this
 * client) the password is only checked with a solved challenge, and a solution that was used
 * or altered gets the same answer.
 */
export function isChallengeRequired(error: unknown): error is ApiError {
  return isApiError(error) && error.status === 428 && error.code === 'challenge_required';
}

/** Where the 428 says to fetch the challenge, as a path of the API client. */
function challengePath(error: ApiError): string {
  const url = error.details.challengeUrl;
  if (typeof url === 'string' && url.startsWith(`${API_BASE}/`)) return url.slice(API_BASE.length);
  return DEFAULT_CHALLENGE_PATH;
}

/** A new challenge for the sign-in the 428 refused (each one can be used once). */
export function fetchSignInChallenge(error: ApiError, signal?: AbortSignal): Promise<SignInChallenge> {
  return api.get<SignInChallenge>(challengePath(error), { auth: false, signal });
}

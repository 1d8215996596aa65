import { useQuery } from '@tanstack/react-query';

import { api, isApiError } from '@/lib/api-client';
import type { LegalVersions, User } from '@/lib/api-types';

export const legalVersionsQueryKey = ['legal-versions'] as const;

/** GET /legal: the terms of service and privacy policy versions in force (public). */
export function getLegalVersions(): Promise<LegalVersions> {
  return api.get('/legal', { auth: false });
}

export function useLegalVersions() {
  return useQuery({ queryKey: legalVersionsQueryKey, queryFn: getLegalVersions });
}

/**
 * POST /users/me/consent: records that the user accepted these versions and answers the user
 * (consent.required false). 409 consent_outdated when they are no longer the ones in force.
 */
export function acceptLegalVersions(versions: LegalVersions): Promise<User> {
  return api.post('/users/me/consent', versions);
}

export function isConsentOutdated(error: unknown): boolean {
  return isApiError(error) && error.code === 'consent_outdated';
}

/** The versions in force a 409 consent_outdated names in its details, when it names both. */
export function versionsInForceOf(error: unknown): LegalVersions | null {
  if (!isApiError(error)) return null;
  const { termsVersion, privacyVersion } = error.details;
  if (typeof termsVersion !== 'string' || typeof privacyVersion !== 'string') return null;
  return { termsVersion, privacyVersion };
}

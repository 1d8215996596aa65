import { useQuery } from '@tanstack/react-query';

import { isApiError } from '@/lib/api-client';

import { getAtsReport, type AtsReport } from '../api/ats-report';
import { resumeKeys } from '../api/resumes';

/** While another report of the user's is being prepared (429), try again this many times. */
export const BUSY_RETRIES = 5;

/** A report, with the revision of the document it was asked for. */
export interface CheckedReport {
  report: AtsReport;
  revision: number;
}

/** The server is preparing another report of this user's (429 too_many_requests). */
export const isBusy = (error: unknown): boolean => isApiError(error) && error.status === 429;

/** How long the server asked to wait before the next try (Retry-After), at least a second. */
export function busyDelaySeconds(error: unknown): number {
  return Math.max(1, (isApiError(error) ? error.retryAfterSeconds : undefined) ?? 2);
}

/**
 * The resume's ATS report, fetched only when asked (`check`): the server reads the file again for
 * it, which takes up to a few seconds. While another report of the user's is being prepared it
 * tries again after the server's Retry-After. `outdated` once the document was saved since.
 */
export function useAtsReport(resumeId: string, revision: number) {
  const query = useQuery({
    queryKey: resumeKeys.atsReport(resumeId),
    queryFn: async (): Promise<CheckedReport> => ({ report: await getAtsReport(resumeId), revision }),
    // Never on its own (page load, focus, an invalidation): only when the user asks.
    enabled: false,
    staleTime: Infinity,
    retry: (failures, error) => isBusy(error) && failures < BUSY_RETRIES,
    retryDelay: (_failures, error) => busyDelaySeconds(error) * 1000,
  });
  const checking = query.fetchStatus === 'fetching';
  const busy = checking && isBusy(query.failureReason);
  return {
    report: query.data?.report,
    /** When the report shown was made (ms since the epoch). */
    checkedAt: query.data ? query.dataUpdatedAt : null,
    outdated: query.data !== undefined && query.data.revision !== revision,
    checking,
    /** Waiting to try again because another report is being prepared: for how long, and which try. */
    waiting: busy ? { seconds: busyDelaySeconds(query.failureReason), attempt: query.failureCount } : null,
    error: !checking && query.status === 'error' ? query.error : null,
    check: query.refetch,
  };
}

import { useQuery } from '@tanstack/react-query';

import { busyRetry, busyWaiting } from '@/lib/ats';

import { getAtsReport, type AtsReport } from '../api/ats-report';
import { resumeKeys } from '../api/resumes';

/** A report, with the revision of the document it was asked for. */
export interface CheckedReport {
  report: AtsReport;
  revision: number;
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
    ...busyRetry,
  });
  const checking = query.fetchStatus === 'fetching';
  return {
    report: query.data?.report,
    /** When the report shown was made (ms since the epoch). */
    checkedAt: query.data ? query.dataUpdatedAt : null,
    outdated: query.data !== undefined && query.data.revision !== revision,
    checking,
    /** Waiting to try again because another report is being prepared: for how long, and which try. */
    waiting: busyWaiting(checking, query.failureReason, query.failureCount),
    error: !checking && query.status === 'error' ? query.error : null,
    check: query.refetch,
  };
}

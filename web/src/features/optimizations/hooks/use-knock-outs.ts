import { useQuery } from '@tanstack/react-query';

import { busyRetry, busyWaiting } from '@/lib/ats';

import { getKnockOuts } from '../api/knock-outs';
import { optimizationKeys } from '../api/optimizations';

/**
 * The job's knock-out questions answered from the resume, fetched only when asked (`check`): the
 * server reads the resume's file again for them, which takes a few seconds. While another report
 * of the user's is being prepared it tries again after the server's Retry-After.
 */
export function useKnockOuts(resumeId: string, jobDescriptionId: string) {
  const query = useQuery({
    queryKey: optimizationKeys.knockOuts(resumeId, jobDescriptionId),
    queryFn: () => getKnockOuts(resumeId, jobDescriptionId),
    enabled: false,
    staleTime: Infinity,
    ...busyRetry,
  });
  const checking = query.fetchStatus === 'fetching';
  return {
    knockOuts: query.data,
    checking,
    waiting: busyWaiting(checking, query.failureReason, query.failureCount),
    error: !checking && query.status === 'error' ? query.error : null,
    check: query.refetch,
  };
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { streamOptimizationEvents } from '../api/events';
import { FINISHED_STATUSES, getOptimization, optimizationKeys, type Optimization } from '../api/optimizations';

/**
 * One optimization, kept current: follows the server's event stream and refetches on each event;
 * falls back to polling every 3 s when the stream cannot be opened.
 */
export function useOptimization(optimizationId: string) {
  const queryClient = useQueryClient();
  const [streamFailed, setStreamFailed] = useState(false);
  const query = useQuery({
    queryKey: optimizationKeys.detail(optimizationId),
    queryFn: () => getOptimization(optimizationId),
    refetchInterval: (current) => {
      const data = current.state.data as Optimization | undefined;
      if (!streamFailed || (data && FINISHED_STATUSES.includes(data.status))) return false;
      return 3000;
    },
  });
  const finished = query.data ? FINISHED_STATUSES.includes(query.data.status) : false;

  useEffect(() => {
    if (finished) return;
    const controller = new AbortController();
    streamOptimizationEvents(
      optimizationId,
      () => void queryClient.invalidateQueries({ queryKey: optimizationKeys.detail(optimizationId) }),
      controller.signal,
    ).catch(() => {
      if (!controller.signal.aborted) setStreamFailed(true);
    });
    return () => controller.abort();
  }, [optimizationId, finished, queryClient]);

  return query;
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { streamOptimizationEvents } from '../api/events';
import { FINISHED_STATUSES, getOptimization, optimizationKeys, type Optimization } from '../api/optimizations';

/**
 * One optimization, kept current by the server's event stream (each event updates the cache);
 * polls every 2 s instead when the stream cannot be opened or breaks off.
 */
export function useOptimization(optimizationId: string) {
  const queryClient = useQueryClient();
  const [streamFailed, setStreamFailed] = useState(false);
  const key = optimizationKeys.detail(optimizationId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => getOptimization(optimizationId),
    staleTime: Infinity,
    refetchInterval: (current) => {
      const data = current.state.data;
      if (!streamFailed || (data && FINISHED_STATUSES.includes(data.status))) return false;
      return 2000;
    },
  });
  const finished = query.data ? FINISHED_STATUSES.includes(query.data.status) : false;

  useEffect(() => {
    if (finished) return;
    const controller = new AbortController();
    const queryKey = optimizationKeys.detail(optimizationId);
    streamOptimizationEvents(
      optimizationId,
      (event) => {
        if (event.type === 'status') {
          queryClient.setQueryData<Optimization>(queryKey, (old) => (old ? { ...old, status: event.status } : old));
        } else if (event.optimization) {
          queryClient.setQueryData(queryKey, event.optimization);
        } else {
          void queryClient.invalidateQueries({ queryKey });
        }
      },
      controller.signal,
    )
      .then(() => {
        // The stream ended without a final event (a proxy cut it): poll instead.
        if (!controller.signal.aborted) setStreamFailed(true);
      })
      .catch(() => {
        if (!controller.signal.aborted) setStreamFailed(true);
      });
    return () => controller.abort();
  }, [optimizationId, finished, queryClient]);

  return { ...query, key };
}

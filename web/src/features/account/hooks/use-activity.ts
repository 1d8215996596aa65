import { useInfiniteQuery } from '@tanstack/react-query';

import { accountKeys, listActivity } from '../api/security';

/** The security log, a page at a time (newest first). */
export function useActivity(limit = 20) {
  return useInfiniteQuery({
    queryKey: accountKeys.activityList(limit),
    queryFn: ({ pageParam }) => listActivity({ limit, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

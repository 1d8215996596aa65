import { useInfiniteQuery } from '@tanstack/react-query';

import { billingKeys, listLedger } from '../api/billing';

/** Every change of the balance, a page at a time (newest first). */
export function useLedger(limit = 20) {
  return useInfiniteQuery({
    queryKey: billingKeys.ledgerList(limit),
    queryFn: ({ pageParam }) => listLedger({ limit, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

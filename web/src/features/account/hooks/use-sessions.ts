import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { isNotFound } from '@/lib/api-client';
import type { AccountSessionList } from '@/lib/api-types';

import { accountKeys, listSessions, revokeOtherSessions, revokeSession } from '../api/security';

export function useSessions() {
  return useQuery({ queryKey: accountKeys.sessions, queryFn: listSessions, staleTime: 0 });
}

/**
 * Signs a session out and drops it from the list; one that had already ended (404) is dropped
 * all the same. The list is loaded again and the security log marked stale either way.
 */
export function useRevokeSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sessionId: string) => {
      try {
        await revokeSession(sessionId);
        return { alreadyEnded: false };
      } catch (error) {
        if (isNotFound(error)) return { alreadyEnded: true };
        throw error;
      }
    },
    onSuccess: (_result, sessionId) => {
      queryClient.setQueryData<AccountSessionList>(accountKeys.sessions, (list) =>
        list ? { items: list.items.filter((session) => session.id !== sessionId) } : list,
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
      void queryClient.invalidateQueries({ queryKey: accountKeys.activity });
    },
  });
}

/** Signs out every session but this one. */
export function useRevokeOtherSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeOtherSessions,
    onSuccess: () => {
      queryClient.setQueryData<AccountSessionList>(accountKeys.sessions, (list) =>
        list ? { items: list.items.filter((session) => session.current) } : list,
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: accountKeys.sessions });
      void queryClient.invalidateQueries({ queryKey: accountKeys.activity });
    },
  });
}

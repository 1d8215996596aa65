import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';

import { useRefreshCredits } from '@/features/billing';
import type { AdminUser, AuditListParams, Page } from '@/lib/api-types';
import { useUser } from '@/lib/auth';

import {
  adjustCredits,
  adminKeys,
  disableUser,
  discardJob,
  enableUser,
  getQueue,
  getUsage,
  listAudit,
  listUsers,
  retryJob,
} from '../api/admin';

const PAGE_SIZE = 25;

export function useAdminUsers(q: string) {
  return useInfiniteQuery({
    queryKey: adminKeys.userList({ q, limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) => listUsers({ q, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

/** Disables or enables an account, and puts the answer in place in every list that shows it. */
export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, disabled }: { userId: string; disabled: boolean }) =>
      disabled ? disableUser(userId) : enableUser(userId),
    onSuccess: (updated) => {
      queryClient.setQueriesData<InfiniteData<Page<AdminUser>>>({ queryKey: adminKeys.users }, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                items: page.items.map((user) => (user.id === updated.id ? updated : user)),
              })),
            }
          : data,
      );
      void queryClient.invalidateQueries({ queryKey: adminKeys.usage });
      void queryClient.invalidateQueries({ queryKey: adminKeys.audit });
    },
  });
}

/**
 * Grants or removes an account's credits; the audit log is loaded again, and so is one's own
 * balance when the account is one's own.
 */
export function useAdjustCredits() {
  const queryClient = useQueryClient();
  const me = useUser();
  const refreshCredits = useRefreshCredits();
  return useMutation({
    mutationFn: ({ userId, delta, reason }: { userId: string; delta: number; reason: string }) =>
      adjustCredits(userId, delta, reason),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.audit });
      if (result.userId === me.id) refreshCredits();
    },
  });
}

export function useAudit(filters: AuditListParams) {
  return useInfiniteQuery({
    queryKey: adminKeys.auditList({ ...filters, limit: PAGE_SIZE }),
    queryFn: ({ pageParam }) => listAudit({ ...filters, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
}

export function useQueue() {
  return useQuery({ queryKey: adminKeys.queue, queryFn: getQueue, staleTime: 0 });
}

/** Retries or discards a dead job; the queue is loaded again either way (also after a 404). */
export function useDeadJobAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ jobId, action }: { jobId: string; action: 'retry' | 'discard' }) =>
      action === 'retry' ? retryJob(jobId) : discardJob(jobId),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.queue });
      void queryClient.invalidateQueries({ queryKey: adminKeys.usage });
    },
  });
}

export function useUsage() {
  return useQuery({ queryKey: adminKeys.usage, queryFn: getUsage, staleTime: 0 });
}

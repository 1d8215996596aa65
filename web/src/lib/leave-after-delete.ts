import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

/** Router state a page hands to the next one: a message to announce there. */
export interface NoticeState {
  notice?: string;
}

interface Leave {
  /** Announced on the dashboard, e.g. "Deleted the resume “CV”." */
  notice: string;
  /** The deleted item's query. */
  removed: QueryKey;
  /** Queries that listed or referred to it. */
  stale: QueryKey[];
}

/**
 * After a delete: goes to the dashboard with a notice, then forgets the deleted item and
 * refreshes what showed it. Navigating first keeps the item's page from asking for it again.
 */
export function useLeaveAfterDelete() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async ({ notice, removed, stale }: Leave) => {
    await navigate('/dashboard', { state: { notice } satisfies NoticeState });
    queryClient.removeQueries({ queryKey: removed, exact: true });
    for (const queryKey of stale) void queryClient.invalidateQueries({ queryKey });
  };
}

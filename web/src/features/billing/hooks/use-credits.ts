import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';

import { billingKeys, getCredits } from '../api/billing';

/** How often the balance is asked for while a payment's credits are awaited. */
export const CREDITS_POLL_MS = 2000;

/**
 * The balance, the packs and the latest entries (null: billing is off on the server). Shared by
 * the navigation, the optimize page and the billing page; while billing is on, asked for again
 * whenever the page gains focus (a purchase or an optimization in another tab changes it), and
 * every 2 s with `poll`.
 */
export function useCredits({ poll = false }: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: billingKeys.credits,
    queryFn: getCredits,
    // Billing off stays off until the next page load: one request per load, not per page shown.
    staleTime: (query) => (query.state.data === null ? Infinity : 30_000),
    refetchOnWindowFocus: (query) => (query.state.data === null ? false : 'always'),
    refetchInterval: poll ? CREDITS_POLL_MS : false,
  });
}

/**
 * Asks for the balance and the history again (after an optimization starts, or a payment); not
 * while billing is off.
 */
export function useRefreshCredits(): () => void {
  const queryClient = useQueryClient();
  return useCallback(() => {
    if (queryClient.getQueryData(billingKeys.credits) === null) return;
    void queryClient.invalidateQueries({ queryKey: billingKeys.all }, { cancelRefetch: false });
  }, [queryClient]);
}

/**
 * The label of the navigation's link to the billing page: "Credits: 3", or "Billing" when the
 * balance could not be loaded; null (no link) while it loads and when billing is off.
 */
export function useBillingNavLabel(): string | null {
  const credits = useCredits();
  if (credits.data) return `Credits: ${credits.data.balance}`;
  if (credits.data === undefined && credits.isError) return 'Billing';
  return null;
}

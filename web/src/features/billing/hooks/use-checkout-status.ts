import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { billingKeys } from '../api/billing';
import { clearCheckoutSnapshot, readCheckoutSnapshot } from '../utils/checkout-snapshot';

import { useCheckoutReturn } from './use-checkout-return';
import { useCredits } from './use-credits';

/** What the page says about a checkout the user came back from. */
export type CheckoutStatus =
  /** Paid; the credits arrive once Stripe tells the server (a webhook), usually in seconds. */
  | { kind: 'waiting'; sessionId: string | null }
  | { kind: 'added'; credits: number }
  /** Paid, but no credits yet after 30 s of asking. */
  | { kind: 'late'; sessionId: string | null }
  | { kind: 'cancelled' }
  | null;

/** How long the balance is asked for every 2 s after a payment before the page stops waiting. */
export const CHECKOUT_WAIT_MS = 30_000;

/**
 * The credits, and the state of a checkout Stripe sent the user back from: after a payment the
 * balance is asked for every 2 s, for up to 30 s, until a new purchase shows among its entries.
 */
export function useCheckoutStatus() {
  const queryClient = useQueryClient();
  const checkoutReturn = useCheckoutReturn();
  const [isNewPurchase] = useState(() => readCheckoutSnapshot());
  const [status, setStatus] = useState<CheckoutStatus>(() => {
    if (checkoutReturn?.outcome === 'success') return { kind: 'waiting', sessionId: checkoutReturn.sessionId };
    if (checkoutReturn?.outcome === 'cancelled') return { kind: 'cancelled' };
    return null;
  });
  const waiting = status?.kind === 'waiting';
  const credits = useCredits({ poll: waiting });

  useEffect(() => {
    if (!checkoutReturn) return;
    clearCheckoutSnapshot();
    // The balance cached before leaving for Stripe is old news either way.
    void queryClient.invalidateQueries({ queryKey: billingKeys.all }, { cancelRefetch: false });
  }, [checkoutReturn, queryClient]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => {
      setStatus((current) => (current?.kind === 'waiting' ? { kind: 'late', sessionId: current.sessionId } : current));
    }, CHECKOUT_WAIT_MS);
    return () => clearTimeout(timer);
  }, [waiting]);

  // Late credits still count: the page asks again when it gains focus.
  const awaiting = waiting || status?.kind === 'late';
  const recent = credits.data?.recent;
  useEffect(() => {
    if (!awaiting || !recent) return;
    const added = recent.filter(isNewPurchase);
    if (added.length === 0) return;
    setStatus({ kind: 'added', credits: added.reduce((sum, entry) => sum + entry.delta, 0) });
    void queryClient.invalidateQueries({ queryKey: billingKeys.ledger });
  }, [awaiting, recent, isNewPurchase, queryClient]);

  return { credits, status };
}

import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/** How Stripe Checkout sent the user back: ?checkout=success&session_id=cs_… or ?checkout=cancelled. */
export type CheckoutReturn = { outcome: 'success'; sessionId: string | null } | { outcome: 'cancelled' } | null;

const PARAMS = ['checkout', 'session_id'];

/** Reads Stripe's return parameters once and removes them from the address bar. */
export function useCheckoutReturn(): CheckoutReturn {
  const [searchParams, setSearchParams] = useSearchParams();
  const [value] = useState<CheckoutReturn>(() => {
    const outcome = searchParams.get('checkout');
    if (outcome === 'success') return { outcome, sessionId: searchParams.get('session_id') };
    if (outcome === 'cancelled') return { outcome };
    return null;
  });
  useEffect(() => {
    if (!PARAMS.some((name) => searchParams.has(name))) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const name of PARAMS) next.delete(name);
        return next;
      },
      { replace: true },
    );
  }, [searchParams, setSearchParams]);
  return value;
}

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { billingKeys, createCheckout, type BillingCredits } from '../api/billing';
import { saveCheckoutSnapshot } from '../utils/checkout-snapshot';
import { redirectTo } from '../utils/redirect';

/** A random UUID (version 4); crypto.randomUUID needs a secure context, getRandomValues does not. */
function randomUuid(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The checkout page's address, if it is a web address at all. */
function checkoutAddress(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('The payment page’s address is not valid.');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error('The payment page’s address is not valid.');
  return parsed.href;
}

/**
 * Opens Stripe Checkout for a pack (each call with a new Idempotency-Key) and sends the browser
 * there; Stripe brings it back to /billing?checkout=success|cancelled. It stays successful (the
 * page is being left) until the browser is gone.
 */
export function useCheckout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (packId: string) => {
      const session = await createCheckout(packId, randomUuid());
      const address = checkoutAddress(session.checkoutUrl);
      saveCheckoutSnapshot(queryClient.getQueryData<BillingCredits | null>(billingKeys.credits)?.recent ?? []);
      redirectTo(address);
      return session;
    },
  });
}

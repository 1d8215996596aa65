import type { LedgerEntry } from '../api/billing';

// What the billing page knew just before it sent the browser to Stripe, kept in this tab's
// sessionStorage so the page it comes back to can tell the new purchase from earlier ones.

const STORAGE_KEY = 'resumax-checkout';

interface CheckoutSnapshot {
  /** The purchases among the latest entries at the time. */
  purchaseIds: string[];
}

function purchaseIds(entries: readonly LedgerEntry[]): string[] {
  return entries.filter((entry) => entry.reason === 'purchase').map((entry) => entry.id);
}

export function saveCheckoutSnapshot(recent: readonly LedgerEntry[]): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ purchaseIds: purchaseIds(recent) } satisfies CheckoutSnapshot));
  } catch {
    // Storage turned off: the purchase is then recognised by its time (see readCheckoutSnapshot).
  }
}

/** How long before the return a purchase may have been recorded when no snapshot was kept. */
const RECENT_PURCHASE_MS = 15 * 60_000;

/**
 * Answers which entries of `recent` are purchases made since the snapshot. Without one (another
 * tab paid, storage off) a purchase recorded in the last 15 minutes counts as new.
 */
export function readCheckoutSnapshot(now = Date.now()): (entry: LedgerEntry) => boolean {
  let known: Set<string> | null = null;
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    const parsed = saved ? (JSON.parse(saved) as Partial<CheckoutSnapshot>) : null;
    if (parsed && Array.isArray(parsed.purchaseIds)) known = new Set(parsed.purchaseIds.map(String));
  } catch {
    known = null;
  }
  return (entry) => {
    if (entry.reason !== 'purchase') return false;
    if (known) return !known.has(entry.id);
    const time = Date.parse(entry.createdAt);
    return !Number.isNaN(time) && time >= now - RECENT_PURCHASE_MS;
  };
}

export function clearCheckoutSnapshot(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage turned off: nothing was kept.
  }
}

import type { LedgerEntry } from '../api/billing';

/** "1 credit", "10 credits". */
export function formatCredits(count: number): string {
  return `${count} credit${Math.abs(count) === 1 ? '' : 's'}`;
}

/**
 * A price the server gives in the currency's smallest unit, e.g. 900 usd → "$9.00" and 900 jpy →
 * "¥900" (a currency without cents is counted in whole units).
 */
export function formatPrice(amount: number, currency: string, locale?: string): string {
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: currency.toUpperCase() });
  } catch {
    // Not a currency this browser knows: the amount and the code as they are.
    return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}

/** A name from an id (a pack, a plan): "starter" → "Starter", "pro_yearly" → "Pro yearly". */
export function displayName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : id;
}

/** What an entry of the history was, in words. */
export function ledgerDescription(entry: Pick<LedgerEntry, 'reason' | 'packId'>): string {
  switch (entry.reason) {
    case 'signup':
      return 'Welcome credits';
    case 'purchase':
      return entry.packId ? `Purchased ${displayName(entry.packId)} pack` : 'Purchased credits';
    case 'optimization':
      return 'Optimization';
    case 'returned':
      return 'Returned (optimization failed)';
    case 'refund':
      return 'Refund';
    case 'manual':
      return 'Adjustment by support';
    default:
      return entry.reason;
  }
}

/** A change of the balance with its sign: "+10", "−1" (a true minus sign), "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta}`;
  if (delta < 0) return `\u2212${Math.abs(delta)}`;
  return '0';
}

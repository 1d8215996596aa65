// Credits and their purchase. The server turns billing on with a flag: while it is off,
// GET /billing/credits answers {enabled: false} and the app shows no billing at all.

import { api, isNotFound } from '@/lib/api-client';
import type { ListParams, Page } from '@/lib/api-types';

/** Why the balance changed. The server may add reasons: an unknown one is shown by its name. */
export type LedgerReason = 'signup' | 'purchase' | 'optimization' | 'returned' | 'refund' | 'manual';

/** One change of the credit balance, newest first in every list. */
export interface LedgerEntry {
  id: string;
  /** Credits added (positive) or used (negative). */
  delta: number;
  reason: LedgerReason | (string & {});
  balanceAfter: number;
  /** The pack bought (purchases and their refunds). */
  packId: string | null;
  /** The optimization that used or returned the credits. */
  optimizationId: string | null;
  /** Support's words on a manual adjustment. */
  note: string | null;
  createdAt: string;
}

/** A number of credits sold at one price. */
export interface CreditPack {
  id: string;
  credits: number;
  /** In the currency's smallest unit (cents for usd). */
  amount: number;
  /** ISO 4217, lower case as Stripe writes it ("usd"). */
  currency: string;
}

/** GET /billing/credits with billing on. */
export interface BillingCredits {
  enabled?: true;
  balance: number;
  plan: string;
  costPerOptimization: number;
  /** The account's currency; prices are read from each pack's own. */
  currency?: string;
  packs: CreditPack[];
  /** Up to 10 entries, newest first. */
  recent: LedgerEntry[];
}

/** POST /billing/checkout (201): where to send the browser to pay. */
export interface CheckoutSession {
  checkoutUrl: string;
  sessionId: string;
}

export const billingKeys = {
  all: ['billing'] as const,
  credits: ['billing', 'credits'] as const,
  ledger: ['billing', 'ledger'] as const,
  ledgerList: (limit: number) => ['billing', 'ledger', { limit }] as const,
};

/**
 * The balance, the packs on sale and the latest entries; null when billing is off on the server
 * ({enabled: false}; or a 404 from a server that has no billing at all).
 */
export async function getCredits(): Promise<BillingCredits | null> {
  try {
    const credits = await api.get<BillingCredits | { enabled: false }>('/billing/credits');
    return credits.enabled === false ? null : (credits as BillingCredits);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

/** Every change of the balance, newest first. */
export function listLedger(params: ListParams = {}): Promise<Page<LedgerEntry>> {
  return api.get('/billing/ledger', { query: { ...params } });
}

/**
 * Opens a Stripe Checkout session for a pack. The same key answers the same session, so a repeated
 * request (a flaky network) opens nothing new; each click sends a new key.
 */
export function createCheckout(packId: string, idempotencyKey: string): Promise<CheckoutSession> {
  return api.post('/billing/checkout', { packId }, { headers: { 'Idempotency-Key': idempotencyKey } });
}

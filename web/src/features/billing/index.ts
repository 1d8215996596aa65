export type { BillingCredits, CreditPack, LedgerEntry } from './api/billing';
export { BillingPage } from './components/BillingPage';
export { useBillingNavLabel, useCredits, useRefreshCredits } from './hooks/use-credits';

import { Alert } from '@/components/ui';

import type { CheckoutStatus } from '../hooks/use-checkout-status';
import { formatCredits } from '../utils/format';

import styles from './billing.module.css';

function StatusAlert({ status }: { status: NonNullable<CheckoutStatus> }) {
  switch (status.kind) {
    case 'waiting':
      return (
        <Alert tone="info" announce="none">
          Payment received — your credits will appear in a moment.
        </Alert>
      );
    case 'added':
      return (
        <Alert tone="success" announce="none">
          {formatCredits(status.credits)} added. Thank you for your purchase!
        </Alert>
      );
    case 'late':
      return (
        <Alert tone="warning" announce="none" title="Payment received, but your credits haven't arrived yet">
          They usually appear within a minute; this page checks again when you come back to it. If they don't, contact
          support
          {status.sessionId ? <> with reference {status.sessionId}</> : null}.
        </Alert>
      );
    case 'cancelled':
      return (
        <Alert tone="info" announce="none">
          Checkout cancelled; you were not charged.
        </Alert>
      );
  }
}

/**
 * What became of the checkout the user came back from, in a polite live region that is on the
 * page before the message changes so screen readers announce each change.
 */
export function CheckoutStatusMessage({ status }: { status: CheckoutStatus }) {
  return (
    <div role="status" data-testid="billing-status" className={status ? styles.status : undefined}>
      {status && <StatusAlert status={status} />}
    </div>
  );
}

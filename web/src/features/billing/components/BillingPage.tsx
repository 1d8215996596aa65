import { Card, LinkButton, RetryAlert, Spinner } from '@/components/ui';

import { useCheckoutStatus } from '../hooks/use-checkout-status';

import { BalanceCard } from './BalanceCard';
import styles from './billing.module.css';
import { CheckoutStatusMessage } from './CheckoutStatusMessage';
import { CreditPacks } from './CreditPacks';
import { LedgerHistory } from './LedgerHistory';

function BillingOff() {
  return (
    <Card>
      <div className={styles.off}>
        <h2 className={styles.offTitle}>Billing is not enabled on this server</h2>
        <p className={styles.offText}>Optimizations here don’t use credits, so there is nothing to buy or pay.</p>
        <LinkButton to="/optimize" variant="secondary">
          Optimize a resume
        </LinkButton>
      </div>
    </Card>
  );
}

/**
 * The credit balance, the packs on sale (bought through Stripe Checkout), what became of a
 * checkout the user came back from, and the history of the balance.
 */
export function BillingPage() {
  const { credits, status } = useCheckoutStatus();

  let body;
  if (credits.isPending) {
    body = <Spinner label="Loading your credits…" showLabel />;
  } else if (credits.data === undefined) {
    body = (
      <RetryAlert
        title="We couldn't load your credits"
        error={credits.error}
        onRetry={() => void credits.refetch()}
        retrying={credits.isFetching}
        retryLabel="Retry"
      />
    );
  } else if (credits.data === null) {
    return <BillingOff />;
  } else {
    body = (
      <>
        <div className={styles.overview}>
          <BalanceCard credits={credits.data} />
          <CreditPacks packs={credits.data.packs} />
        </div>
        <LedgerHistory />
      </>
    );
  }

  return (
    <>
      <CheckoutStatusMessage status={status} />
      <div className={styles.page}>{body}</div>
    </>
  );
}

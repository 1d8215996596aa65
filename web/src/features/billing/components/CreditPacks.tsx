import { useEffect } from 'react';

import { Alert, Button, Card, RetryAlert } from '@/components/ui';
import { isApiError } from '@/lib/api-client';

import type { CreditPack } from '../api/billing';
import { useCheckout } from '../hooks/use-checkout';
import { displayName, formatCredits, formatPrice } from '../utils/format';

import styles from './billing.module.css';

const ERROR_TITLE = "We couldn't open the checkout";

/** The packs on sale, each with a Buy button that opens Stripe Checkout. */
export function CreditPacks({ packs }: { packs: readonly CreditPack[] }) {
  const checkout = useCheckout();
  // Successful means the browser is on its way to Stripe: the buttons stay busy until it is gone.
  const busy = checkout.isPending || checkout.isSuccess;
  const buy = (packId: string) => checkout.mutate(packId);
  // Back from Stripe with the browser's Back button, the page may be shown as it was left.
  const { reset } = checkout;
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [reset]);

  let error = null;
  if (checkout.isError) {
    error =
      isApiError(checkout.error) && checkout.error.code === 'validation_failed' ? (
        <Alert tone="error" title={ERROR_TITLE}>
          {checkout.error.message} Reload the page to see the packs on sale now.
        </Alert>
      ) : (
        <RetryAlert
          title={ERROR_TITLE}
          error={checkout.error}
          onRetry={() => checkout.variables !== undefined && buy(checkout.variables)}
          retrying={checkout.isPending}
        />
      );
  }

  return (
    <Card title="Buy credits" description="You pay on Stripe’s secure checkout page, then come back here.">
      <div className={styles.stack}>
        {error}
        {packs.length === 0 ? (
          <p className={styles.meta}>No credit packs are on sale right now.</p>
        ) : (
          <ul className={styles.packs} aria-label="Credit packs">
            {packs.map((pack) => {
              const name = displayName(pack.id);
              return (
                <li key={pack.id} className={styles.pack} data-testid="credit-pack" data-pack-id={pack.id}>
                  <h3 className={styles.packName}>{name}</h3>
                  <p className={styles.packCredits}>{formatCredits(pack.credits)}</p>
                  <p className={styles.packPrice}>{formatPrice(pack.amount, pack.currency)}</p>
                  <Button
                    fullWidth
                    loading={busy && checkout.variables === pack.id}
                    disabled={busy && checkout.variables !== pack.id}
                    onClick={() => buy(pack.id)}
                  >
                    {'Buy '}
                    <span className="sr-only">{name} pack</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Card>
  );
}

import { Card } from '@/components/ui';

import type { BillingCredits } from '../api/billing';
import { displayName, formatCredits } from '../utils/format';

import styles from './billing.module.css';

/** The credits left, the plan and what an optimization costs. */
export function BalanceCard({ credits }: { credits: BillingCredits }) {
  return (
    <Card title="Your balance">
      <p className={styles.balance}>
        <span className={styles.balanceNumber} data-testid="credit-balance">
          {credits.balance}
        </span>
        <span className={styles.balanceUnit}>{credits.balance === 1 ? 'credit' : 'credits'}</span>
      </p>
      <dl className={styles.facts}>
        <dt>Plan</dt>
        <dd>{displayName(credits.plan)}</dd>
        <dt>Each optimization</dt>
        <dd data-testid="optimization-price">{formatCredits(credits.costPerOptimization)}</dd>
      </dl>
    </Card>
  );
}

import { useRef } from 'react';

import { AsyncContent, Card, EmptyState, LoadMore, shownPages, Time, useFocusFirstNew } from '@/components/ui';
import { cx } from '@/lib/cx';

import { useLedger } from '../hooks/use-ledger';
import { formatDelta, ledgerDescription } from '../utils/format';

import styles from './billing.module.css';

/** Every change of the balance, newest first, a page at a time. */
export function LedgerHistory() {
  const query = useLedger();
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const beforeLoad = useFocusFirstNew(bodyRef, items.length);

  return (
    <Card title="History" description="Every change to your balance, newest first.">
      <AsyncContent
        query={shownPages(query)}
        loadingLabel="Loading your credit history…"
        errorTitle="We couldn't load your credit history."
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={<EmptyState title="No credit history yet" description="Credits you receive, buy and use will show here." />}
      >
        {() => (
          <>
            <table className={styles.table} data-testid="credit-history">
              <caption className="sr-only">Credit history</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Description</th>
                  <th scope="col" className={styles.numeric}>
                    Change
                  </th>
                  <th scope="col" className={styles.numeric}>
                    Balance after
                  </th>
                </tr>
              </thead>
              <tbody ref={bodyRef}>
                {items.map((entry) => (
                  <tr key={entry.id} data-paged-item data-testid="ledger-entry" tabIndex={-1}>
                    <td>
                      <Time value={entry.createdAt} />
                    </td>
                    <th scope="row">
                      {ledgerDescription(entry)}
                      {entry.note && <span className={styles.note}>{entry.note}</span>}
                    </th>
                    <td className={cx(styles.numeric, entry.delta > 0 && styles.gain)}>{formatDelta(entry.delta)}</td>
                    <td className={styles.numeric}>{entry.balanceAfter}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <LoadMore
              query={query}
              shown={`Showing ${items.length} entr${items.length === 1 ? 'y' : 'ies'}.`}
              label="Load more"
              onLoad={beforeLoad}
            />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}

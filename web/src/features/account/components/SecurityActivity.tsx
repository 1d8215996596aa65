import { useRef } from 'react';

import { AsyncContent, Badge, Card, EmptyState, LoadMore, shownPages, Time, useFocusFirstNew } from '@/components/ui';
import { auditEventLabel, auditEventTone } from '@/lib/audit-events';

import { useActivity } from '../hooks/use-activity';

import styles from './account.module.css';

/** The account's security log, newest first, a page at a time. */
export function SecurityActivity() {
  const query = useActivity();
  const listRef = useRef<HTMLUListElement>(null);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const beforeLoad = useFocusFirstNew(listRef, items.length);

  return (
    <Card
      title="Security activity"
      description="Sign-ins, password changes and other events of your account, newest first. If you don't recognise one, change your password and sign out your other sessions."
    >
      <AsyncContent
        query={shownPages(query)}
        loadingLabel="Loading your security activity…"
        errorTitle="We couldn't load your security activity."
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={<EmptyState title="No activity yet" description="Events of your account will show here." />}
      >
        {() => (
          <>
            <ul ref={listRef} className={styles.activity} aria-label="Security events">
              {items.map((entry) => {
                const tone = auditEventTone(entry.event);
                return (
                  <li key={entry.id} className={styles.activityItem} data-paged-item tabIndex={-1}>
                    <span className={styles.activityText}>
                      <span className={styles.sessionTitle}>
                        {auditEventLabel(entry.event)}
                        {tone === 'warning' || tone === 'danger' ? (
                          <Badge tone={tone}>{tone === 'danger' ? 'Important' : 'Review'}</Badge>
                        ) : null}
                      </span>
                      {entry.clientAddress && (
                        <span className={styles.meta}>
                          Near <span className={styles.address}>{entry.clientAddress}</span>
                        </span>
                      )}
                    </span>
                    <span className={styles.meta}>
                      <Time value={entry.createdAt} />
                    </span>
                  </li>
                );
              })}
            </ul>
            <LoadMore
              query={query}
              shown={`Showing ${items.length} event${items.length === 1 ? '' : 's'}.`}
              label="Load more"
              onLoad={beforeLoad}
            />
          </>
        )}
      </AsyncContent>
    </Card>
  );
}

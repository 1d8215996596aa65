import { useEffect, useRef, type RefObject } from 'react';

import { Button } from './Button';
import styles from './LoadMore.module.css';
import { RetryAlert } from './RetryAlert';

/** The parts of a TanStack infinite query the button reads. */
export interface PagedState {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

interface LoadMoreProps {
  query: PagedState;
  /** How many items show, e.g. "Showing 40 events." (announced politely as pages arrive). */
  shown: string;
  /** The button's label (default "Load more"). */
  label?: string;
  /** Called just before the next page is asked for (see useFocusFirstNew). */
  onLoad?: () => void;
}

/** "Load more" under a list read a page at a time, with how many show and a retry when a page fails. */
export function LoadMore({ query, shown, label = 'Load more', onLoad }: LoadMoreProps) {
  const load = () => {
    onLoad?.();
    void query.fetchNextPage();
  };
  return (
    <div className={styles.loadMore}>
      <p className={styles.count} role="status">
        {shown}
      </p>
      {query.isFetchNextPageError ? (
        <RetryAlert title="We couldn't load more." error={query.error} onRetry={load} retrying={query.isFetchingNextPage} />
      ) : (
        query.hasNextPage && (
          <Button variant="secondary" onClick={load} loading={query.isFetchingNextPage} loadingLabel="Loading…">
            {label}
          </Button>
        )
      )}
    </div>
  );
}

/**
 * After "Load more", moves focus to the first item the new page added, so keyboard users carry
 * on where the list grew (the button is gone after the last page). Items are the container's
 * elements marked `data-paged-item` with tabIndex -1. Returns the function to call before loading.
 */
export function useFocusFirstNew(containerRef: RefObject<HTMLElement | null>, itemCount: number): () => void {
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    const index = firstNew.current;
    if (index === null || itemCount <= index) return;
    firstNew.current = null;
    containerRef.current?.querySelectorAll<HTMLElement>('[data-paged-item]')[index]?.focus();
  }, [containerRef, itemCount]);
  return () => {
    firstNew.current = itemCount;
  };
}

/**
 * A paged query as AsyncContent reads it: once the first page is in, a failed later page is
 * LoadMore's to report, and the pages shown so far stay.
 */
export function shownPages<T extends { data: unknown; status: 'pending' | 'error' | 'success' }>(query: T): T {
  return query.data !== undefined && query.status === 'error' ? { ...query, status: 'success' } : query;
}

import type { ReactNode } from 'react';

import styles from './AsyncContent.module.css';
import { RetryAlert } from './RetryAlert';
import { Spinner } from './Spinner';

/** The parts of a TanStack Query result this component reads. */
export interface AsyncState<T> {
  status: 'pending' | 'error' | 'success';
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

interface AsyncContentProps<T> {
  query: AsyncState<T>;
  loadingLabel: string;
  /** What failed, e.g. "We couldn't load your resumes." */
  errorTitle: string;
  isEmpty: (data: T) => boolean;
  empty: ReactNode;
  children: (data: T) => ReactNode;
}

/** Loading, failure (with Retry), empty and loaded states of one piece of server data. */
export function AsyncContent<T>({ query, loadingLabel, errorTitle, isEmpty, empty, children }: AsyncContentProps<T>) {
  if (query.status === 'pending') {
    return (
      <div className={styles.loading}>
        <Spinner size="sm" label={loadingLabel} showLabel />
      </div>
    );
  }
  if (query.status === 'error') {
    return (
      <RetryAlert
        title={errorTitle}
        error={query.error}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
        retryLabel="Retry"
      />
    );
  }
  const data = query.data as T;
  return <>{isEmpty(data) ? empty : children(data)}</>;
}

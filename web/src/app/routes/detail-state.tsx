import type { ReactNode } from 'react';

import { EmptyState, LinkButton, RetryAlert, Spinner } from '@/components/ui';
import { CompassIcon } from '@/components/ui/icons';
import { isNotFound } from '@/lib/api-client';

import { BackLink } from './page-frames';
import styles from './routes.module.css';

interface DetailStateProps<T> {
  query: { status: 'pending' | 'error' | 'success'; data: T | undefined; error: unknown; isFetching: boolean; refetch: () => unknown };
  /** "resume", "job description"… */
  noun: string;
  children: (data: T) => ReactNode;
  /** Where the back link above the page goes (default the dashboard). */
  back?: { to: string; label: string };
}

/** A detail page: a back link, then loading, not found (another user's or deleted), failure with Retry, or the page. */
export function DetailState<T>({ back, ...rest }: DetailStateProps<T>) {
  return (
    <>
      <BackLink {...back} />
      <DetailStateBody {...rest} />
    </>
  );
}

function DetailStateBody<T>({ query, noun, children }: Omit<DetailStateProps<T>, 'back'>) {
  if (query.status === 'pending') {
    return (
      <div className={styles.pageLoading}>
        <Spinner label={`Loading the ${noun}…`} showLabel />
      </div>
    );
  }
  if (query.status === 'error') {
    if (isNotFound(query.error)) {
      return (
        <EmptyState
          icon={<CompassIcon />}
          title={`We couldn't find this ${noun}`}
          description="It may have been deleted, or the link is incomplete."
          action={<LinkButton to="/dashboard">Back to the dashboard</LinkButton>}
        />
      );
    }
    return (
      <RetryAlert
        title={`We couldn't load the ${noun}`}
        error={query.error}
        onRetry={() => query.refetch()}
        retrying={query.isFetching}
        retryLabel="Retry"
      />
    );
  }
  return <>{children(query.data as T)}</>;
}

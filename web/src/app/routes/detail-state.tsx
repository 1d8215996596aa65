import type { ReactNode } from 'react';

import { Alert, Button, EmptyState, LinkButton, Spinner } from '@/components/ui';
import { CompassIcon } from '@/components/ui/icons';
import { isNotFound } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';

import styles from './routes.module.css';

interface DetailStateProps<T> {
  query: { status: 'pending' | 'error' | 'success'; data: T | undefined; error: unknown; isFetching: boolean; refetch: () => unknown };
  /** "resume", "job description"… */
  noun: string;
  children: (data: T) => ReactNode;
}

/** Loading, not found (another user's or deleted), failure with Retry, or the loaded page. */
export function DetailState<T>({ query, noun, children }: DetailStateProps<T>) {
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
      <Alert
        tone="error"
        title={`We couldn't load the ${noun}`}
        action={
          <Button variant="secondary" size="sm" loading={query.isFetching} onClick={() => query.refetch()}>
            Retry
          </Button>
        }
      >
        {describeError(query.error)}
      </Alert>
    );
  }
  return <>{children(query.data as T)}</>;
}

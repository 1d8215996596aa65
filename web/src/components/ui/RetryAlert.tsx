import type { ReactNode } from 'react';

import { describeError } from '@/lib/form-errors';

import { Alert } from './Alert';
import { Button } from './Button';

interface RetryAlertProps {
  title?: ReactNode;
  error: unknown;
  onRetry: () => void;
  /** The retry is running. */
  retrying?: boolean;
  retryLabel?: string;
  /** Said after the reason, e.g. "Your choices are kept." */
  children?: ReactNode;
}

/** A failure, in words the user can act on, with a button to try again. */
export function RetryAlert({ title, error, onRetry, retrying, retryLabel = 'Try again', children }: RetryAlertProps) {
  return (
    <Alert
      tone="error"
      title={title}
      action={
        <Button variant="secondary" size="sm" loading={retrying} onClick={onRetry}>
          {retryLabel}
        </Button>
      }
    >
      {describeError(error)}
      {children && <> {children}</>}
    </Alert>
  );
}

import { useEffect, useState } from 'react';

import { Button, type ButtonProps } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { describeError } from '@/lib/form-errors';

import { useResendVerification } from '../hooks/use-resend-verification';

import styles from './auth.module.css';

const COOLDOWN_SECONDS = 30;

interface ResendVerificationProps {
  email: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** A "resend the link" button with its outcome announced politely next to it. */
export function ResendVerification({ email, variant = 'secondary', size = 'md' }: ResendVerificationProps) {
  const resend = useResendVerification();
  const [coolingDown, setCoolingDown] = useState(false);

  useEffect(() => {
    if (!resend.isSuccess) return;
    setCoolingDown(true);
    const timer = setTimeout(() => setCoolingDown(false), COOLDOWN_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [resend.isSuccess, resend.submittedAt]);

  let message: string | null = null;
  let isError = false;
  if (resend.isSuccess) {
    message = `We sent a new link to ${email}. It can take a minute to arrive; check your spam folder too.`;
  } else if (resend.isError) {
    if (isApiError(resend.error) && resend.error.code === 'already_verified') {
      message = 'Your email address is already verified. You are all set.';
    } else {
      message = describeError(resend.error);
      isError = true;
    }
  }

  return (
    <div className={styles.resend}>
      <Button
        variant={variant}
        size={size}
        loading={resend.isPending}
        loadingLabel="Sending…"
        aria-disabled={coolingDown || undefined}
        onClick={() => {
          if (!coolingDown) resend.mutate();
        }}
      >
        {coolingDown ? 'Link sent' : 'Resend verification email'}
      </Button>
      <p className={isError ? styles.resendError : styles.resendStatus} role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

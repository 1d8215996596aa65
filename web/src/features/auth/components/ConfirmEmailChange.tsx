import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { AuthCard } from '@/components/layout/AuthCard';
import { LinkButton, RetryAlert, Spinner } from '@/components/ui';
import { AlertCircleIcon, CheckCircleIcon, MailIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useReloadUser, useSession } from '@/lib/auth';

import { confirmEmailChange } from '../api/email-change';

/**
 * Completes an email address change with the emailed token as soon as the page opens. Works
 * signed out too: the link may be opened on another device.
 */
export function ConfirmEmailChange({ token }: { token: string | null }) {
  const session = useSession();
  const signedIn = Boolean(session.data);
  const reloadUser = useReloadUser();
  const confirm = useMutation({
    mutationFn: confirmEmailChange,
    onSuccess: () => void reloadUser().catch(() => undefined),
  });
  const started = useRef(false);

  useEffect(() => {
    // Tokens are single-use: never send one twice (React may run effects twice in development).
    if (!token || started.current) return;
    started.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  const nextStep = signedIn ? (
    <LinkButton to="/settings" fullWidth>
      Go to your account settings
    </LinkButton>
  ) : (
    <LinkButton to="/sign-in?next=/settings" fullWidth>
      Sign in
    </LinkButton>
  );

  if (!token) {
    return (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This link is incomplete"
        description="The confirmation link is missing its code. Open the link from the email again, or copy the whole address into your browser."
      >
        {nextStep}
      </AuthCard>
    );
  }

  if (confirm.isSuccess) {
    return (
      <AuthCard
        icon={<CheckCircleIcon />}
        iconTone="success"
        title="Your email address has changed"
        description={
          <>
            Your email address is now <strong>{confirm.data.email}</strong>. Use it to sign in from now on.
          </>
        }
      >
        <p className="sr-only" role="status">
          Your email address is now {confirm.data.email}.
        </p>
        {nextStep}
      </AuthCard>
    );
  }

  if (confirm.isError) {
    const invalid = isApiError(confirm.error) && confirm.error.code === 'invalid_token';
    if (!invalid) {
      return (
        <AuthCard icon={<AlertCircleIcon />} iconTone="danger" title="We couldn't change your email address">
          <RetryAlert error={confirm.error} onRetry={() => confirm.mutate(token)} />
          {nextStep}
        </AuthCard>
      );
    }
    return (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This link has expired or was already used"
        description="Links to confirm a new email address work once and only for a limited time. Your address has not changed: ask for a new link in your account settings."
      >
        <div role="alert" className="sr-only">
          This confirmation link has expired or was already used.
        </div>
        {nextStep}
      </AuthCard>
    );
  }

  return (
    <AuthCard icon={<MailIcon />} title="Confirming your new email address">
      <Spinner label="Confirming your new email address…" showLabel />
    </AuthCard>
  );
}

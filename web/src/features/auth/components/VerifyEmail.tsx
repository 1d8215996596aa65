import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { AuthCard } from '@/components/layout/AuthCard';
import { LinkButton, RetryAlert, Spinner } from '@/components/ui';
import { AlertCircleIcon, CheckCircleIcon, MailIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useReloadUser, useSession } from '@/lib/auth';

import { verifyEmail } from '../api/email-verification';

import { ResendVerification } from './ResendVerification';

/** Confirms the emailed token as soon as the page opens and says what to do next. */
export function VerifyEmail({ token }: { token: string | null }) {
  const session = useSession();
  const user = session.data ?? null;
  const reloadUser = useReloadUser();
  const verify = useMutation({
    mutationFn: verifyEmail,
    onSuccess: () => void reloadUser().catch(() => undefined),
  });
  const started = useRef(false);

  useEffect(() => {
    // Tokens are single-use: never send one twice (React may run effects twice in development).
    if (!token || started.current) return;
    started.current = true;
    verify.mutate(token);
  }, [token, verify]);

  const nextStep = user ? (
    <LinkButton to="/dashboard" fullWidth>
      Go to your dashboard
    </LinkButton>
  ) : (
    <LinkButton to="/sign-in?next=/dashboard" fullWidth>
      Sign in to continue
    </LinkButton>
  );

  if (!token) {
    return (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This link is incomplete"
        description="The verification link is missing its code. Open the link from the email again, or copy the whole address into your browser."
      >
        {user && !user.emailVerified && <ResendVerification email={user.email} />}
        {nextStep}
      </AuthCard>
    );
  }

  if (verify.isSuccess) {
    return (
      <AuthCard
        icon={<CheckCircleIcon />}
        iconTone="success"
        title="Your email is verified"
        description="Thanks for confirming. You can now upload resumes and start optimizing."
      >
        <p className="sr-only" role="status">
          Your email is verified.
        </p>
        {nextStep}
      </AuthCard>
    );
  }

  if (verify.isError) {
    const invalid = isApiError(verify.error) && verify.error.code === 'invalid_token';
    if (!invalid) {
      return (
        <AuthCard icon={<AlertCircleIcon />} iconTone="danger" title="We couldn't verify your email">
          <RetryAlert error={verify.error} onRetry={() => verify.mutate(token)} />
        </AuthCard>
      );
    }
    return (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This link has expired or was already used"
        description={
          user?.emailVerified
            ? 'Good news: your email address is already verified.'
            : 'Verification links work once and only for a limited time.'
        }
      >
        <div role="alert" className="sr-only">
          This verification link has expired or was already used.
        </div>
        {user && !user.emailVerified && <ResendVerification email={user.email} variant="primary" />}
        {!user && <p>Sign in and we will offer to send you a fresh link.</p>}
        {user ? (
          <LinkButton to="/dashboard" variant="secondary" fullWidth>
            Go to your dashboard
          </LinkButton>
        ) : (
          <LinkButton to="/sign-in?next=/check-inbox" fullWidth>
            Sign in to get a new link
          </LinkButton>
        )}
      </AuthCard>
    );
  }

  return (
    <AuthCard icon={<MailIcon />} title="Verifying your email">
      <Spinner label="Verifying your email address…" showLabel />
    </AuthCard>
  );
}

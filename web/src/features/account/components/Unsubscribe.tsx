import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';

import { AuthCard } from '@/components/layout/AuthCard';
import { Alert, Button, LinkButton } from '@/components/ui';
import { AlertCircleIcon, CheckCircleIcon, MailIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useReloadUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';

import { notificationLabel, unsubscribe } from '../api/notifications';

const SETTINGS = '/settings/notifications';

/**
 * The page an email's unsubscribe link opens, signed in or not. Opening it changes nothing (mail
 * scanners open links too): only pressing Unsubscribe sends the link's token.
 */
export function Unsubscribe({ token }: { token: string | null }) {
  const reloadUser = useReloadUser();
  const stop = useMutation({
    mutationFn: unsubscribe,
    // Signed in here: the settings must show the kind turned off, and not turn it back on when saved.
    onSuccess: () => void reloadUser().catch(() => undefined),
  });
  const frameRef = useRef<HTMLDivElement>(null);

  const invalid = !token || (stop.isError && isApiError(stop.error) && stop.error.code === 'invalid_token');
  const outcome = stop.isSuccess ? 'unsubscribed' : invalid ? 'invalid' : 'asking';
  const shown = useRef(outcome);
  useEffect(() => {
    if (shown.current === outcome) return;
    shown.current = outcome;
    // The button is gone: bring keyboard and screen-reader users to what happened.
    if (outcome !== 'asking') frameRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [outcome]);

  const settingsLink = (
    <LinkButton to={SETTINGS} variant={outcome === 'unsubscribed' ? 'primary' : 'secondary'} fullWidth>
      Email notification settings
    </LinkButton>
  );

  let card;
  if (stop.isSuccess) {
    const label = notificationLabel(stop.data.kind);
    card = (
      <AuthCard
        icon={<CheckCircleIcon />}
        iconTone="success"
        title="You’re unsubscribed"
        description={
          <p role="status">
            {label ? `You won't get “${label}” emails any more.` : "You won't get these emails any more."} You can turn
            them back on in your settings.
          </p>
        }
      >
        {settingsLink}
      </AuthCard>
    );
  } else if (invalid) {
    card = (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This link is not valid"
        description={<p role="alert">This unsubscribe link is not valid.</p>}
      >
        <p>
          Open it again from the email, copying the whole address if need be, or choose which emails we send in your
          settings.
        </p>
        {settingsLink}
      </AuthCard>
    );
  } else {
    card = (
      <AuthCard
        icon={<MailIcon />}
        title="Stop these emails?"
        description="Press Unsubscribe and we won’t send you this kind of email any more. Security emails, such as a password change, still go out."
      >
        {stop.isError && (
          <Alert tone="error" title="We couldn't unsubscribe you">
            {describeError(stop.error)}
          </Alert>
        )}
        <Button fullWidth loading={stop.isPending} loadingLabel="Unsubscribing…" onClick={() => stop.mutate(token)}>
          Unsubscribe
        </Button>
        {settingsLink}
      </AuthCard>
    );
  }

  return <div ref={frameRef}>{card}</div>;
}

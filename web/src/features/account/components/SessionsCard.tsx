import { useRef, useState } from 'react';

import { Alert, AsyncContent, Badge, Button, Card, EmptyState, LinkButton, Time } from '@/components/ui';
import type { AccountSession } from '@/lib/api-types';
import { describeError } from '@/lib/form-errors';

import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../hooks/use-sessions';
import { describeUserAgent } from '../utils/user-agent';

import styles from './account.module.css';
import { SaveStatus } from './SaveStatus';

function SessionRow({
  session,
  revoking,
  onRevoke,
}: {
  session: AccountSession;
  revoking: boolean;
  onRevoke: (session: AccountSession) => void;
}) {
  const device = describeUserAgent(session.userAgent);
  return (
    <li className={styles.session} data-testid="session" data-current={session.current || undefined}>
      <div className={styles.sessionText}>
        <span className={styles.sessionTitle}>
          {device}
          {session.current && <Badge tone="success">This device</Badge>}
        </span>
        <span className={styles.meta}>
          {session.clientAddress ? (
            <>
              Near <span className={styles.address}>{session.clientAddress}</span> (approximate)
            </>
          ) : (
            'Location unknown'
          )}
        </span>
        <span className={styles.meta}>
          Signed in <Time value={session.createdAt} relative /> · Last active{' '}
          <Time value={session.lastUsedAt} relative />
        </span>
      </div>
      {session.current ? (
        // Signing this browser out goes through the usual sign-out, which also clears its cookies.
        <LinkButton to="/logout" variant="secondary" size="sm" aria-label="Sign out this device">
          Sign out
        </LinkButton>
      ) : (
        <Button
          variant="secondary"
          size="sm"
          loading={revoking}
          loadingLabel="Signing out…"
          onClick={() => onRevoke(session)}
          aria-label={`Sign out ${device}`}
        >
          Sign out
        </Button>
      )}
    </li>
  );
}

/** Where the account is signed in, with a way to sign any of those sessions out. */
export function SessionsCard() {
  const query = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const listRef = useRef<HTMLUListElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const signOut = (session: AccountSession) => {
    const device = describeUserAgent(session.userAgent);
    setMessage(null);
    setError(null);
    revoke.mutate(session.id, {
      onSuccess: ({ alreadyEnded }) => {
        setMessage(alreadyEnded ? `That session (${device}) had already ended.` : `Signed out ${device}.`);
        // The row and its button are gone: keep keyboard focus in the list.
        listRef.current?.focus();
      },
      onError: (failure) => setError(`We couldn't sign out ${device}. ${describeError(failure)}`),
    });
  };

  const signOutOthers = () => {
    setMessage(null);
    setError(null);
    revokeOthers.mutate(undefined, {
      onSuccess: ({ revoked }) => {
        setMessage(
          revoked === 0
            ? 'No other sessions were signed in.'
            : `Signed out ${revoked} other session${revoked === 1 ? '' : 's'}.`,
        );
        listRef.current?.focus();
      },
      onError: (failure) => setError(`We couldn't sign out your other sessions. ${describeError(failure)}`),
    });
  };

  return (
    <Card
      title="Sessions"
      description="Browsers and devices signed in to your account. Locations are approximate: the network a session was last used from."
    >
      {error && (
        <Alert tone="error" className={styles.cardAlert}>
          {error}
        </Alert>
      )}
      <AsyncContent
        query={query}
        loadingLabel="Loading your sessions…"
        errorTitle="We couldn't load your sessions."
        isEmpty={(list) => list.items.length === 0}
        empty={<EmptyState title="No sessions" description="Nothing is signed in to your account." />}
      >
        {(list) => {
          const others = list.items.filter((session) => !session.current).length;
          return (
            <>
              <ul ref={listRef} className={styles.sessionList} aria-label="Signed-in sessions" tabIndex={-1}>
                {list.items.map((session) => (
                  <SessionRow
                    key={session.id}
                    session={session}
                    revoking={revoke.isPending && revoke.variables === session.id}
                    onRevoke={signOut}
                  />
                ))}
              </ul>
              <div className={styles.footerActions}>
                {others > 0 && (
                  <Button
                    variant="secondary"
                    onClick={signOutOthers}
                    loading={revokeOthers.isPending}
                    loadingLabel="Signing out…"
                  >
                    Sign out all other sessions
                  </Button>
                )}
                <SaveStatus message={message} />
              </div>
            </>
          );
        }}
      </AsyncContent>
    </Card>
  );
}

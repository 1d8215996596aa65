import { useEffect, useRef, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';

import { FullPageStatus } from '@/components/layout/FullPageStatus';
import { RetryAlert, Spinner } from '@/components/ui';
import { ConsentStep } from '@/features/legal';
import type { User } from '@/lib/api-types';
import { getSessionEndReason, useSession, type SessionEndReason } from '@/lib/auth';
import { safeNextPath } from '@/lib/safe-redirect';

import { NotFoundRoute } from './routes/not-found';

export interface SignInLocationState {
  reason?: SessionEndReason | null;
}

function SessionLoading() {
  return (
    <FullPageStatus>
      <Spinner size="lg" label="Loading your workspace…" showLabel />
    </FullPageStatus>
  );
}

function SessionError({ error, retry, retrying }: { error: unknown; retry: () => void; retrying: boolean }) {
  return (
    <FullPageStatus>
      <RetryAlert title="We couldn't load your account" error={error} onRetry={retry} retrying={retrying} retryLabel="Retry" />
    </FullPageStatus>
  );
}

/** Renders child routes for signed-in users; sends everyone else to sign in and back here after. */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <SessionLoading />;
  if (session.isError) {
    return <SessionError error={session.error} retry={() => void session.refetch()} retrying={session.isFetching} />;
  }
  if (!session.data) {
    const reason = getSessionEndReason();
    const state: SignInLocationState = { reason };
    // A deleted account has nothing to come back to: the home page says what happens next.
    if (reason === 'account-deleted') return <Navigate to="/" replace state={state} />;
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace state={state} />;
  }
  return <Outlet />;
}

/**
 * Below RequireAuth: while the user has not accepted the terms of service and privacy policy in
 * force, every signed-in page shows the consent step first, then itself once they are accepted.
 */
export function RequireConsent() {
  const session = useSession();
  const required = session.data?.consent?.required === true;
  const wasRequired = useRef(required);
  useEffect(() => {
    if (!wasRequired.current || required) {
      wasRequired.current = required;
      return;
    }
    wasRequired.current = false;
    // The step's heading had focus and is gone: move it to the page now shown.
    const frame = requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('main');
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [required]);
  if (required) return <ConsentStep />;
  return <Outlet />;
}

interface GuestOnlyProps {
  children: ReactNode;
  /** Where a signed-in user goes instead (default: ?next= or the dashboard). */
  redirectTo?: (user: User) => string;
}

/** For sign-in and sign-up: signed-in users skip straight into the app. */
export function GuestOnly({ children, redirectTo }: GuestOnlyProps) {
  const session = useSession();
  const [searchParams] = useSearchParams();
  if (session.isPending) return <SessionLoading />;
  if (session.data) {
    const target = redirectTo ? redirectTo(session.data) : safeNextPath(searchParams.get('next'));
    return <Navigate to={target} replace />;
  }
  return <>{children}</>;
}

/**
 * Renders child routes for admins only (below RequireAuth). Anyone else sees the page every
 * unknown address shows: the admin area does not announce itself.
 */
export function RequireAdmin() {
  const session = useSession();
  if (session.data?.role !== 'admin') return <NotFoundRoute />;
  return <Outlet />;
}

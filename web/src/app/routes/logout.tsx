import { useEffect, useRef } from 'react';
import { Navigate } from 'react-router';

import { FullPageStatus } from '@/components/layout/FullPageStatus';
import { Spinner } from '@/components/ui';
import { useSignOut } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import type { SignInLocationState } from '../route-guards';

export function LogoutRoute() {
  useDocumentTitle('Signing out');
  const signOut = useSignOut();
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    signOut.mutate();
  }, [signOut]);

  if (signOut.isSuccess || signOut.isError) {
    const state: SignInLocationState = { reason: 'signed-out' };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return (
    <FullPageStatus>
      <Spinner size="lg" label="Signing you out…" showLabel />
    </FullPageStatus>
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';

import { AuthCard } from '@/components/layout/AuthCard';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { Button, RetryAlert, Spinner } from '@/components/ui';
import { DocumentIcon } from '@/components/ui/icons';
import type { LegalVersions } from '@/lib/api-types';
import { useSession, useSetUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useDocumentTitle } from '@/lib/use-document-title';

import {
  acceptLegalVersions,
  getLegalVersions,
  isConsentOutdated,
  legalVersionsQueryKey,
  useLegalVersions,
  versionsInForceOf,
} from '../api/legal';
import styles from './legal.module.css';

const OUTDATED =
  'The terms changed again while this page was open. Read the versions in force, listed above, then accept them.';

/**
 * Shown instead of every signed-in page while the user has not accepted the terms of service
 * and privacy policy in force (consent.required). Accepting sends the versions shown, so a page
 * left open across another change cannot accept terms the user never saw (409 consent_outdated:
 * the versions are loaded again and the user asked again).
 */
export function ConsentStep() {
  useDocumentTitle('Accept the updated terms');
  const session = useSession();
  const setUser = useSetUser();
  const queryClient = useQueryClient();
  const versions = useLegalVersions();
  const frameRef = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reloading, setReloading] = useState(false);
  const accept = useMutation({
    mutationFn: acceptLegalVersions,
    // The guard then shows the page the user asked for.
    onSuccess: (user) => setUser(user),
  });

  // Keyboard and screen-reader users start at the heading that says why the page is not there.
  useEffect(() => {
    frameRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, []);

  const reloadVersions = async (error: unknown) => {
    try {
      await queryClient.fetchQuery({ queryKey: legalVersionsQueryKey, queryFn: getLegalVersions, staleTime: 0 });
    } catch {
      // The refusal names the versions in force too.
      const named = versionsInForceOf(error);
      if (named) queryClient.setQueryData(legalVersionsQueryKey, named);
    }
  };

  const submit = (shown: LegalVersions) => {
    if (accept.isPending || reloading) return;
    setProblem(null);
    accept.mutate(shown, {
      onError: (error) => {
        if (!isConsentOutdated(error)) {
          setProblem(describeError(error));
          return;
        }
        setReloading(true);
        void reloadVersions(error).finally(() => {
          setReloading(false);
          setProblem(OUTDATED);
        });
      },
    });
  };

  const email = session.data?.email;
  let body;
  if (versions.isPending) {
    body = <Spinner label="Loading the versions in force…" showLabel />;
  } else if (versions.isError) {
    body = (
      <RetryAlert
        title="We couldn't load the terms in force"
        error={versions.error}
        onRetry={() => void versions.refetch()}
        retrying={versions.isFetching}
        retryLabel="Retry"
      />
    );
  } else {
    const shown = versions.data;
    body = (
      <>
        <ul className={styles.versions}>
          <li>
            <Link to="/terms">Terms of Service</Link>, version {shown.termsVersion}
          </li>
          <li>
            <Link to="/privacy">Privacy Policy</Link>, version {shown.privacyVersion}
          </li>
        </ul>
        <Button
          fullWidth
          loading={accept.isPending || reloading}
          loadingLabel="Accepting…"
          onClick={() => submit(shown)}
        >
          Accept and continue
        </Button>
      </>
    );
  }

  return (
    <PublicLayout
      headerAside={
        email && (
          <>
            Signed in as <span className={styles.signedInAs}>{email}</span>
          </>
        )
      }
    >
      <div ref={frameRef}>
        <AuthCard
          icon={<DocumentIcon />}
          title="We've updated our terms"
          description="Please read the Terms of Service and the Privacy Policy now in force, and accept them to go on using resuMAX."
          footer={
            <>
              Not now? <Link to="/logout">Sign out</Link>
            </>
          }
        >
          {body}
          <p className={styles.problem} role="alert">
            {problem}
          </p>
        </AuthCard>
      </div>
    </PublicLayout>
  );
}

import { useEffect, useId, useRef, useState } from 'react';

import { Alert, AsyncContent, Badge, Button, Card, Time, buttonClassName, type BadgeTone } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import type { DataExport } from '@/lib/api-types';
import { formatBytes } from '@/lib/file-checks';
import { describeError, formatWait } from '@/lib/form-errors';

import { isPreparing, useDataExports, useRequestDataExport } from '../hooks/use-data-exports';

import styles from './account.module.css';
import { SaveStatus } from './SaveStatus';

/** The request's state in words; a ready copy whose link has run out is "Expired". */
function describeStatus(item: DataExport): { label: string; tone: BadgeTone } {
  switch (item.status) {
    case 'queued':
      return { label: 'Queued', tone: 'neutral' };
    case 'running':
      return { label: 'Preparing', tone: 'brand' };
    case 'failed':
      return { label: 'Failed', tone: 'danger' };
    default:
      return item.downloadUrl ? { label: 'Ready', tone: 'success' } : { label: 'Expired', tone: 'neutral' };
  }
}

function requestError(error: unknown): string {
  if (isApiError(error) && error.code === 'rate_limited') {
    const wait = error.retryAfterSeconds ? formatWait(error.retryAfterSeconds) : 'a few minutes';
    return `You asked for a copy a short while ago. Please wait ${wait} and try again.`;
  }
  return describeError(error);
}

function ExportRow({ item }: { item: DataExport }) {
  const status = describeStatus(item);
  return (
    <li className={styles.session} data-testid="data-export">
      <div className={styles.sessionText}>
        <span className={styles.sessionTitle}>
          <span>
            Requested <Time value={item.createdAt} />
          </span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </span>
        <span className={styles.meta}>
          {isPreparing(item) && 'Preparing your copy. This list updates by itself.'}
          {item.status === 'failed' && 'We couldn’t prepare this copy. Please request a new one.'}
          {item.status === 'ready' && (
            <>
              {item.sizeBytes !== null && <>{formatBytes(item.sizeBytes)} · </>}
              {item.downloadUrl && item.expiresAt ? (
                <>
                  The link works until <Time value={item.expiresAt} />
                </>
              ) : item.downloadUrl ? (
                'Ready to download'
              ) : (
                'The link has expired. Request a new copy.'
              )}
            </>
          )}
        </span>
      </div>
      {item.downloadUrl && (
        <a className={buttonClassName({ variant: 'secondary', size: 'sm' })} href={item.downloadUrl}>
          Download
        </a>
      )}
    </li>
  );
}

/** A copy of everything the account holds, as a ZIP: asked for here, downloaded once ready. */
export function DataExportCard() {
  const query = useDataExports();
  const request = useRequestDataExport();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  // Say so when a copy this page was waiting for becomes ready (the list itself is not announced).
  const waitingFor = useRef(new Set<string>());
  useEffect(() => {
    const items = query.data?.items ?? [];
    const done = items.find((item) => waitingFor.current.has(item.id) && !isPreparing(item));
    if (done) {
      setMessage(
        done.status === 'failed'
          ? 'We couldn’t prepare your copy. Please request a new one.'
          : 'Your copy is ready to download.',
      );
    }
    waitingFor.current = new Set(items.filter(isPreparing).map((item) => item.id));
  }, [query.data]);

  const ask = () => {
    setMessage(null);
    setError(null);
    request.mutate(undefined, {
      onSuccess: () => setMessage('We’re preparing your copy. We’ll email you a link when it’s ready.'),
      onError: (failure) => setError(requestError(failure)),
    });
  };

  return (
    <Card title="Your data" description="Download a copy of everything your resuMAX account holds.">
      <div className={styles.stack}>
        <div>
          <p>The copy is one ZIP file with:</p>
          <ul className={styles.lossList}>
            <li>your profile and preferences;</li>
            <li>each resume’s original file, and its document as JSON and as JSON Resume;</li>
            <li>your job descriptions;</li>
            <li>your optimizations, with their suggested changes and the choices you made;</li>
            <li>your saved versions and their exports (PDF and DOCX files);</li>
            <li>your security activity.</li>
          </ul>
        </div>
        <p className={styles.meta}>
          Preparing it takes a few minutes. When it’s ready it appears below and we email you the link, which works for
          24 hours.
        </p>
        {error && (
          <Alert tone="error" title="We couldn't start preparing your copy">
            {error}
          </Alert>
        )}
        <div className={styles.email}>
          <Button onClick={ask} loading={request.isPending} loadingLabel="Requesting…">
            Request a copy of my data
          </Button>
          <SaveStatus message={message} />
        </div>
        <section aria-labelledby={headingId} className={styles.stack}>
          <h3 id={headingId} className={styles.subheading}>
            Your requests
          </h3>
          <AsyncContent
            query={query}
            loadingLabel="Loading your requests…"
            errorTitle="We couldn't load your requests."
            isEmpty={(list) => list.items.length === 0}
            empty={<p className={styles.meta}>You haven’t asked for a copy yet.</p>}
          >
            {(list) => (
              <ul className={styles.sessionList} aria-label="Requests for a copy of your data">
                {list.items.map((item) => (
                  <ExportRow key={item.id} item={item} />
                ))}
              </ul>
            )}
          </AsyncContent>
        </section>
      </div>
    </Card>
  );
}

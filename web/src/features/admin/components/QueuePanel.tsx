import { useState } from 'react';

import { Alert, AsyncContent, Button, Card, ConfirmDialog, EmptyState, Time } from '@/components/ui';
import { isNotFound } from '@/lib/api-client';
import type { DeadJob } from '@/lib/api-types';
import { describeError } from '@/lib/form-errors';

import { useDeadJobAction, useQueue } from '../hooks/use-admin';

import styles from './admin.module.css';

/** "45 s", "3 min", "2 h 5 min". */
export function formatWait(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

type Notice = { tone: 'success' | 'info' | 'error'; text: string };

/** The background job queue: how deep it is, and the jobs that failed every attempt. */
export function QueuePanel() {
  const queue = useQueue();
  const act = useDeadJobAction();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [discarding, setDiscarding] = useState<DeadJob | null>(null);

  const run = (job: DeadJob, action: 'retry' | 'discard') => {
    setNotice(null);
    act.mutate(
      { jobId: job.id, action },
      {
        onSuccess: () => {
          setDiscarding(null);
          setNotice({
            tone: 'success',
            text: action === 'retry' ? `Queued ${job.kind} job ${job.id} again.` : `Discarded ${job.kind} job ${job.id}.`,
          });
        },
        onError: (error) => {
          setDiscarding(null);
          setNotice(
            isNotFound(error)
              ? { tone: 'info', text: `Job ${job.id} is no longer dead: someone retried or discarded it. The list is up to date.` }
              : { tone: 'error', text: `We couldn't ${action} job ${job.id}. ${describeError(error)}` },
          );
        },
      },
    );
  };

  return (
    <Card
      title="Queue"
      description="Background jobs: parsing, optimizing and exporting. A dead job failed every attempt."
      actions={
        <Button variant="secondary" size="sm" onClick={() => void queue.refetch()} loading={queue.isFetching} loadingLabel="Refreshing…">
          Refresh
        </Button>
      }
    >
      <div className={styles.stack}>
        <div role="status">
          {notice && notice.tone !== 'error' && (
            <Alert tone={notice.tone} announce="none">
              {notice.text}
            </Alert>
          )}
        </div>
        {notice?.tone === 'error' && <Alert tone="error">{notice.text}</Alert>}
        <AsyncContent
          query={queue}
          loadingLabel="Loading the queue…"
          errorTitle="We couldn't load the queue."
          isEmpty={() => false}
          empty={null}
        >
          {(status) => (
            <>
              <dl className={styles.stats}>
                <div className={styles.stat}>
                  <dt>Queued</dt>
                  <dd>{status.depth.queued}</dd>
                </div>
                <div className={styles.stat}>
                  <dt>Running</dt>
                  <dd>{status.depth.running}</dd>
                </div>
                <div className={styles.stat}>
                  <dt>Dead</dt>
                  <dd>{status.depth.dead}</dd>
                </div>
                <div className={styles.stat}>
                  <dt>Oldest queued job waiting</dt>
                  <dd>{status.oldestQueuedSeconds === null ? '—' : formatWait(status.oldestQueuedSeconds)}</dd>
                </div>
              </dl>
              {status.dead.length === 0 ? (
                <EmptyState title="No dead jobs" description="Every job either finished or is still being tried." />
              ) : (
                <div className={styles.tableWrap}>
                  <table className={styles.table}>
                    <caption>Dead jobs</caption>
                    <thead>
                      <tr>
                        <th scope="col">Job</th>
                        <th scope="col">Kind</th>
                        <th scope="col" className={styles.numeric}>
                          Attempts
                        </th>
                        <th scope="col">Last error</th>
                        <th scope="col">Last tried</th>
                        <th scope="col">Actions</th>
                      </tr>
                    </thead>
                    <tbody>
                      {status.dead.map((job) => {
                        const busy = act.isPending && act.variables?.jobId === job.id;
                        return (
                          <tr key={job.id} data-testid="dead-job">
                            <th scope="row" className={styles.mono}>
                              {job.id}
                            </th>
                            <td>{job.kind}</td>
                            <td className={styles.numeric}>{job.attempts}</td>
                            <td className={`${styles.mono} ${styles.error}`}>{job.lastError || '—'}</td>
                            <td>
                              <Time value={job.updatedAt} />
                            </td>
                            <td>
                              <span className={styles.actions}>
                                <Button
                                  variant="secondary"
                                  size="sm"
                                  loading={busy && act.variables?.action === 'retry'}
                                  loadingLabel="Retrying…"
                                  onClick={() => run(job, 'retry')}
                                  aria-label={`Retry job ${job.id}`}
                                >
                                  Retry
                                </Button>
                                <Button
                                  variant="danger"
                                  size="sm"
                                  onClick={() => {
                                    act.reset();
                                    setDiscarding(job);
                                  }}
                                  aria-label={`Discard job ${job.id}`}
                                >
                                  Discard
                                </Button>
                              </span>
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              )}
            </>
          )}
        </AsyncContent>
      </div>
      <ConfirmDialog
        open={discarding !== null}
        title="Discard this job?"
        confirmLabel="Discard job"
        pendingLabel="Discarding…"
        onConfirm={() => discarding && run(discarding, 'discard')}
        onCancel={() => setDiscarding(null)}
        pending={act.isPending}
      >
        <p>
          The {discarding?.kind} job {discarding?.id} is never tried again. Whatever it was doing for the user (a parse, an
          optimization, an export) stays failed.
        </p>
      </ConfirmDialog>
    </Card>
  );
}

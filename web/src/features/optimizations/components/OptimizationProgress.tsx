import { Spinner } from '@/components/ui';
import common from '@/components/ui/common.module.css';
import { cx } from '@/lib/cx';

import type { OptimizationStatus } from '../api/optimizations';

import styles from './results.module.css';

const STAGES: { status: OptimizationStatus; label: string }[] = [
  { status: 'queued', label: 'Queued' },
  { status: 'processing', label: 'Reading the job and scoring your resume' },
  { status: 'generating', label: 'Proposing truthful rewrites' },
  { status: 'completed', label: 'Ready for your review' },
];

/** The stages of a running optimization, announced as they change. */
export function OptimizationProgress({ status }: { status: OptimizationStatus }) {
  const current = STAGES.findIndex((stage) => stage.status === status);
  return (
    <div className={styles.progress}>
      <div className={styles.progressHead}>
        <Spinner size="lg" />
        <div>
          <p className={styles.progressTitle}>Tailoring your resume…</p>
          <p className={common.muted}>This usually takes a few seconds. You can leave this page; the result is kept.</p>
        </div>
      </div>
      <ol className={styles.stages}>
        {STAGES.map((stage, index) => {
          const state = index < current ? 'done' : index === current ? 'active' : 'todo';
          return (
            <li key={stage.status} className={cx(styles.stage, styles[state])} aria-current={state === 'active' ? 'step' : undefined}>
              <span className={styles.stageDot} aria-hidden="true" />
              {stage.label}
              <span className="sr-only">{state === 'done' ? ' (done)' : state === 'active' ? ' (in progress)' : ''}</span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" role="status">
        {STAGES[current]?.label ?? status}
      </p>
    </div>
  );
}

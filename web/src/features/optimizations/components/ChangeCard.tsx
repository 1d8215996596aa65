import { useId } from 'react';

import type { Change } from '@/lib/api-types';
import { cx } from '@/lib/cx';

import type { Decision } from '../hooks/use-change-decisions';
import { describeChangeLocation } from '../utils/change-location';

import styles from './changes.module.css';
import { DiffView, type DiffMode } from './DiffView';

interface ChangeCardProps {
  change: Change;
  index: number;
  mode: DiffMode;
  decision: Decision | undefined;
  onDecide: (decision: Decision | undefined) => void;
}

/** One proposed change: where, why, the diff, and accept / reject toggles. */
export function ChangeCard({ change, index, mode, decision, onDecide }: ChangeCardProps) {
  const titleId = useId();
  const toggle = (next: Decision) => onDecide(decision === next ? undefined : next);
  return (
    <li className={cx(styles.card, decision && styles[decision])} aria-labelledby={titleId}>
      <div className={styles.cardHead}>
        <h3 id={titleId} className={styles.cardTitle}>
          <span className={styles.index}>Change {index + 1}</span> {describeChangeLocation(change)}
        </h3>
        <span className={styles.state} aria-hidden="true">
          {decision === 'accepted' ? 'Accepted' : decision === 'rejected' ? 'Rejected' : 'To review'}
        </span>
      </div>
      <p className={styles.reason}>{change.reason}</p>
      {change.keywords.length > 0 && (
        <ul className={styles.keywords} aria-label="Keywords this change surfaces">
          {change.keywords.map((keyword) => (
            <li key={keyword}>+ {keyword}</li>
          ))}
        </ul>
      )}
      <DiffView diff={change.diff} mode={mode} />
      <div className={styles.decide} role="group" aria-label={`Change ${index + 1}`}>
        <button
          type="button"
          className={cx(styles.decideButton, styles.accept)}
          aria-pressed={decision === 'accepted'}
          onClick={() => toggle('accepted')}
        >
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path fillRule="evenodd" d="M16.7 5.3a1 1 0 0 1 0 1.4l-8 8a1 1 0 0 1-1.4 0l-4-4a1 1 0 1 1 1.4-1.4L8 12.6l7.3-7.3a1 1 0 0 1 1.4 0Z" clipRule="evenodd" />
          </svg>
          Accept
        </button>
        <button
          type="button"
          className={cx(styles.decideButton, styles.reject)}
          aria-pressed={decision === 'rejected'}
          onClick={() => toggle('rejected')}
        >
          <svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
            <path d="M5.3 5.3a1 1 0 0 1 1.4 0L10 8.6l3.3-3.3a1 1 0 1 1 1.4 1.4L11.4 10l3.3 3.3a1 1 0 0 1-1.4 1.4L10 11.4l-3.3 3.3a1 1 0 0 1-1.4-1.4L8.6 10 5.3 6.7a1 1 0 0 1 0-1.4Z" />
          </svg>
          Reject
        </button>
      </div>
    </li>
  );
}

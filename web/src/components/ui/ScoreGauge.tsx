import { cx } from '@/lib/cx';

import styles from './ScoreGauge.module.css';

interface ScoreGaugeProps {
  /** 0–100. */
  score: number;
  /** A second value drawn as a lighter arc beyond the score, e.g. with accepted changes. */
  projected?: number;
  label?: string;
  size?: 'md' | 'lg';
}

const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
/** The gauge is an open ring of 270°, starting at the bottom left. */
const SWEEP = 0.75;

export function scoreTone(score: number): 'good' | 'fair' | 'poor' {
  if (score >= 75) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

function arc(value: number) {
  const length = (Math.max(0, Math.min(100, value)) / 100) * CIRCUMFERENCE * SWEEP;
  return `${length} ${CIRCUMFERENCE}`;
}

/** A score out of 100 (the alignment score by default) as a ring gauge, coloured good / fair / poor. */
export function ScoreGauge({ score, projected, label = 'Match score', size = 'lg' }: ScoreGaugeProps) {
  const rounded = Math.round(score);
  const showProjected = projected !== undefined && Math.round(projected) > rounded;
  const description = showProjected
    ? `${label}: ${rounded} out of 100, ${Math.round(projected)} with the accepted changes`
    : `${label}: ${rounded} out of 100`;
  return (
    <div className={cx(styles.gauge, styles[size], styles[scoreTone(rounded)])} role="img" aria-label={description}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <g transform="rotate(135 60 60)">
          <circle className={styles.track} cx="60" cy="60" r={RADIUS} strokeDasharray={arc(100)} />
          {showProjected && (
            <circle className={styles.projected} cx="60" cy="60" r={RADIUS} strokeDasharray={arc(projected)} />
          )}
          <circle className={styles.value} cx="60" cy="60" r={RADIUS} strokeDasharray={arc(rounded)} />
        </g>
      </svg>
      <div className={styles.center} aria-hidden="true">
        <span className={styles.number}>{rounded}</span>
        <span className={styles.caption}>of 100</span>
      </div>
    </div>
  );
}

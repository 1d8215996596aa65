import { cx } from '@/lib/cx';

import styles from './Spinner.module.css';

interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** Text for assistive technology; when given, the spinner is announced as a status. */
  label?: string;
  /** Show the label next to the spinner instead of only to screen readers. */
  showLabel?: boolean;
  className?: string;
}

export function Spinner({ size = 'md', label, showLabel = false, className }: SpinnerProps) {
  return (
    <span className={cx(styles.spinner, styles[size], className)} role={label ? 'status' : undefined}>
      <svg className={styles.icon} viewBox="0 0 24 24" fill="none" aria-hidden="true">
        <circle className={styles.track} cx="12" cy="12" r="9" stroke="currentColor" strokeWidth="3" />
        <path d="M21 12a9 9 0 0 0-9-9" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
      </svg>
      {label && <span className={showLabel ? undefined : 'sr-only'}>{label}</span>}
    </span>
  );
}

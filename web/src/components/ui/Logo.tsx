import { cx } from '@/lib/cx';

import styles from './Logo.module.css';

/** The resuMAX mark: a resume page with a rising chevron. Decorative; pair it with the name. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <svg className={cx(styles.mark, className)} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="#3730a3" />
      <path d="M8 6.5A1.5 1.5 0 0 1 9.5 5H18l6 6v14.5a1.5 1.5 0 0 1-1.5 1.5h-13A1.5 1.5 0 0 1 8 25.5Z" fill="#fff" />
      <path d="M18 5v4.5a1.5 1.5 0 0 0 1.5 1.5H24Z" fill="#c7d2fe" />
      <path d="M11.5 11h5M11.5 14.75h9" stroke="#a5b4fc" strokeWidth="2" strokeLinecap="round" />
      <path
        d="m11.5 23 4.5-4.5 4.5 4.5"
        fill="none"
        stroke="#059669"
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

interface LogoProps {
  /** Hide the wordmark on narrow screens (the accessible name stays). */
  collapseOnMobile?: boolean;
}

export function Logo({ collapseOnMobile = false }: LogoProps) {
  return (
    <span className={styles.logo}>
      <LogoMark />
      <span
        className={collapseOnMobile ? styles.collapsible : undefined}
        aria-hidden={collapseOnMobile || undefined}
      >
        resu<span className={styles.max}>MAX</span>
      </span>
      {collapseOnMobile && <span className="sr-only">resuMAX</span>}
    </span>
  );
}

import type { ReactNode } from 'react';

import { LogoMark } from '../ui/Logo';

import styles from './FullPageStatus.module.css';

/** Fills the page while the app cannot show anything else yet (restoring the session). */
export function FullPageStatus({ children }: { children: ReactNode }) {
  return (
    <div className={styles.status}>
      <div className={styles.content}>
        <LogoMark />
        {children}
      </div>
    </div>
  );
}

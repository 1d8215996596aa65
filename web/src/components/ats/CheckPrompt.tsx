import type { ReactNode } from 'react';

import styles from './ats.module.css';

interface CheckPromptProps {
  /** The question the check answers. */
  title: ReactNode;
  /** What it does and how long it takes. */
  children: ReactNode;
  /** The button that asks for it. */
  action: ReactNode;
}

/** Before a report is asked for: what it answers, and the button that asks. */
export function CheckPrompt({ title, children, action }: CheckPromptProps) {
  return (
    <div className={styles.start}>
      <div className={styles.startText}>
        <p className={styles.startTitle}>{title}</p>
        <p>{children}</p>
      </div>
      {action}
    </div>
  );
}

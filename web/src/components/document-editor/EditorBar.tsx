import type { ReactNode } from 'react';

import styles from './EditorBar.module.css';

interface EditorBarProps {
  /** What has become of the edits ("All changes saved", "Couldn't save: …"). */
  status: ReactNode;
  /** The status reads as an error. */
  failed?: boolean;
  /** For tests and styling hooks: the save state behind the status. */
  state?: string;
  /** The editor's buttons (undo, save, leave). */
  children: ReactNode;
}

/** Save status and the editor's buttons, kept in view at the bottom while the form scrolls. */
export function EditorBar({ status, failed = false, state, children }: EditorBarProps) {
  return (
    <div className={styles.bar}>
      <p role="status" aria-label="Save status" className={failed ? styles.statusError : styles.status} data-state={state}>
        {status}
      </p>
      <div className={styles.actions}>{children}</div>
    </div>
  );
}

import type { ReactNode } from 'react';

import styles from './ResourceList.module.css';

export function ResourceList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

interface ResourceListItemProps {
  title: ReactNode;
  meta?: ReactNode;
  /** Status badges or actions at the right. */
  aside?: ReactNode;
}

export function ResourceListItem({ title, meta, aside }: ResourceListItemProps) {
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <span className={styles.title}>{title}</span>
        {meta && <span className={styles.meta}>{meta}</span>}
      </div>
      {aside && <div className={styles.aside}>{aside}</div>}
    </li>
  );
}

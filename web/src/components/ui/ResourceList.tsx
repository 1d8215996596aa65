import type { ReactNode } from 'react';
import { Link } from 'react-router';

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
  /** Where the title links to: the item's page. */
  to?: string;
  meta?: ReactNode;
  /** Status badges or actions at the right. */
  aside?: ReactNode;
}

export function ResourceListItem({ title, to, meta, aside }: ResourceListItemProps) {
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <span className={styles.title}>
          {to ? (
            <Link className={styles.link} to={to}>
              {title}
            </Link>
          ) : (
            title
          )}
        </span>
        {meta && <span className={styles.meta}>{meta}</span>}
      </div>
      {aside && <div className={styles.aside}>{aside}</div>}
    </li>
  );
}

import type { ReactNode } from 'react';

import { InlineRename } from '@/components/ui/InlineRename';

import styles from './PageHeader.module.css';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Lets the user rename what the page shows, in place. */
  rename?: { label: string; onSave: (title: string) => Promise<unknown> };
}

export function PageHeader({ title, description, actions, rename }: PageHeaderProps) {
  const heading = (
    <h1 className={styles.title} tabIndex={-1}>
      {title}
    </h1>
  );
  return (
    <div className={styles.header}>
      <div className={styles.titles}>
        {rename ? (
          <InlineRename value={title} label={rename.label} onSave={rename.onSave}>
            {heading}
          </InlineRename>
        ) : (
          heading
        )}
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

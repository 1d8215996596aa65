import type { ReactNode } from 'react';

import { cx } from '@/lib/cx';

import common from './common.module.css';
import styles from './EmptyState.module.css';

interface EmptyStateProps {
  icon?: ReactNode;
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  /** Heading level for the title within its section. */
  headingLevel?: 'h3' | 'h4';
}

export function EmptyState({ icon, title, description, action, headingLevel = 'h3' }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <div className={styles.empty}>
      {icon && (
        <div className={cx(common.iconBadge, styles.icon)} aria-hidden="true">
          {icon}
        </div>
      )}
      <Heading className={styles.title}>{title}</Heading>
      {description && <p className={styles.description}>{description}</p>}
      {action && <div className={styles.action}>{action}</div>}
    </div>
  );
}

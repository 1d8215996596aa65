import type { ReactNode } from 'react';

import { cx } from '@/lib/cx';

import styles from './AuthCard.module.css';

interface AuthCardProps {
  title: string;
  description?: ReactNode;
  icon?: ReactNode;
  iconTone?: 'brand' | 'success' | 'danger';
  footer?: ReactNode;
  children?: ReactNode;
}

/** A centred card for one account task (sign up, reset a password, verify an email). */
export function AuthCard({ title, description, icon, iconTone = 'brand', footer, children }: AuthCardProps) {
  return (
    <div className={styles.card}>
      {icon && (
        <div className={cx(styles.icon, styles[iconTone])} aria-hidden="true">
          {icon}
        </div>
      )}
      <h1 className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      {description && <div className={styles.description}>{description}</div>}
      {children && <div className={styles.body}>{children}</div>}
      {footer && <div className={styles.footer}>{footer}</div>}
    </div>
  );
}

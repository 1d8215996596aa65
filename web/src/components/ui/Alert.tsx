import type { ReactNode } from 'react';

import { cx } from '@/lib/cx';

import styles from './Alert.module.css';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

interface AlertProps {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /** A button or link offering the next step. */
  action?: ReactNode;
  className?: string;
  /**
   * How assistive technology hears it when it appears: errors interrupt ("alert"), others wait
   * ("status"); "none" for banners already on the page when it loads.
   */
  announce?: 'alert' | 'status' | 'none';
}

const ICONS: Record<AlertTone, string> = {
  info: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm.75-10.5a.75.75 0 0 0-1.5 0v5a.75.75 0 0 0 1.5 0v-5ZM10 6.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
  success: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.78a.75.75 0 0 0-1.22-.88l-3.48 4.83-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.09l3.97-5.57Z',
  warning: 'M8.49 2.9c.66-1.2 2.36-1.2 3.02 0l6.28 11.38c.64 1.16-.2 2.57-1.51 2.57H3.72c-1.32 0-2.15-1.41-1.51-2.57L8.49 2.9ZM10 6.5a.75.75 0 0 0-.75.75v3.5a.75.75 0 0 0 1.5 0v-3.5A.75.75 0 0 0 10 6.5Zm0 7.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
  error: 'M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm-.75-11.5a.75.75 0 0 1 1.5 0v4a.75.75 0 0 1-1.5 0v-4ZM10 14.75a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z',
};

export function Alert({ tone = 'info', title, children, action, className, announce }: AlertProps) {
  const mode = announce ?? (tone === 'error' ? 'alert' : 'status');
  const role = mode === 'none' ? undefined : mode;
  return (
    <div className={cx(styles.alert, styles[tone], className)} role={role}>
      <svg className={styles.icon} viewBox="0 0 20 20" fill="currentColor" aria-hidden="true">
        <path fillRule="evenodd" clipRule="evenodd" d={ICONS[tone]} />
      </svg>
      <div className={styles.content}>
        <div className={styles.text}>
          {title && <p className={styles.title}>{title}</p>}
          {children && <div>{children}</div>}
        </div>
        {action && <div className={styles.action}>{action}</div>}
      </div>
    </div>
  );
}

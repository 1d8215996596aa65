import type { FormHTMLAttributes, ReactNode, Ref } from 'react';

import { cx } from '@/lib/cx';

import styles from './Form.module.css';

interface FormProps extends FormHTMLAttributes<HTMLFormElement> {
  ref?: Ref<HTMLFormElement>;
}

/** A vertical form; the browser's own validation bubbles are off so our inline errors show. */
export function Form({ className, ref, ...rest }: FormProps) {
  return <form {...rest} ref={ref} noValidate className={cx(styles.form, className)} />;
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}

/** A line of small text and links between fields (e.g. "Forgot password?"). */
export function FormRow({ children }: { children: ReactNode }) {
  return <div className={styles.row}>{children}</div>;
}

import type { ReactNode, SelectHTMLAttributes } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldShell, type FieldShellProps } from './FieldShell';

export interface SelectFieldProps
  extends SelectHTMLAttributes<HTMLSelectElement>,
    Omit<FieldShellProps, 'children' | 'describedBy' | 'optional'> {
  children: ReactNode;
}

export function SelectField({ label, labelSuffix, hint, error, id, className, children, ...rest }: SelectFieldProps) {
  return (
    <FieldShell {...{ label, labelSuffix, hint, error, id, className }}>
      {(control) => (
        <select {...rest} {...control} className={cx(styles.input, styles.select)}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}

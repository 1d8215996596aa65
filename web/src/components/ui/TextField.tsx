import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldShell, type FieldShellProps } from './FieldShell';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'>,
    Omit<FieldShellProps, 'children' | 'describedBy'> {
  /** Content inside the right edge of the input (e.g. a show-password toggle). */
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  labelSuffix,
  hint,
  error,
  optional,
  trailing,
  id,
  className,
  ref,
  'aria-describedby': describedBy,
  ...inputProps
}: TextFieldProps) {
  return (
    <FieldShell {...{ label, labelSuffix, hint, error, optional, id, className, describedBy }}>
      {(control) => (
        <div className={cx(styles.control, trailing ? styles.withTrailing : null)}>
          <input {...inputProps} {...control} ref={ref} className={styles.input} />
          {trailing && <div className={styles.trailing}>{trailing}</div>}
        </div>
      )}
    </FieldShell>
  );
}

import type { Ref, TextareaHTMLAttributes } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldShell, type FieldShellProps } from './FieldShell';

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>,
    Omit<FieldShellProps, 'children' | 'describedBy'> {
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ label, hint, error, optional, id, className, ref, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell {...{ label, hint, error, optional, id, className }}>
      {(control) => <textarea {...rest} {...control} ref={ref} className={cx(styles.input, styles.textarea)} />}
    </FieldShell>
  );
}

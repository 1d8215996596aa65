import type { Ref, TextareaHTMLAttributes } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldShell, type FieldShellProps } from './FieldShell';

export interface TextAreaFieldProps
  extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'children'>,
    Omit<FieldShellProps, 'children' | 'describedBy'> {
  ref?: Ref<HTMLTextAreaElement>;
  /** Extra class of the textarea itself (className goes to the field around it). */
  inputClassName?: string;
}

export function TextAreaField({
  label,
  labelSuffix,
  hint,
  error,
  optional,
  id,
  className,
  inputClassName,
  ref,
  ...rest
}: TextAreaFieldProps) {
  return (
    <FieldShell {...{ label, labelSuffix, hint, error, optional, id, className }}>
      {(control) => (
        <textarea {...rest} {...control} ref={ref} className={cx(styles.input, styles.textarea, inputClassName)} />
      )}
    </FieldShell>
  );
}

import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldError } from './FieldError';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'children'> {
  label: string;
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  error?: string | null;
  /** Marks the field "(optional)" in its label. */
  optional?: boolean;
  /** Content inside the right edge of the input (e.g. a show-password toggle). */
  trailing?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({
  label,
  hint,
  error,
  optional = false,
  trailing,
  id,
  className,
  ref,
  'aria-describedby': describedBy,
  ...inputProps
}: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedByIds = cx(hint ? hintId : null, error ? errorId : null, describedBy) || undefined;

  return (
    <div className={cx(styles.field, className)}>
      <label className={styles.label} htmlFor={inputId}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      <div className={cx(styles.control, trailing ? styles.withTrailing : null)}>
        <input
          {...inputProps}
          ref={ref}
          id={inputId}
          className={styles.input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByIds}
        />
        {trailing && <div className={styles.trailing}>{trailing}</div>}
      </div>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

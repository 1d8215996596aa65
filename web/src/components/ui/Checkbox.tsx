import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldError } from './FieldError';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
  /** Shown under the choice, read with it, and marks it invalid. */
  error?: string | null;
}

export function Checkbox({ label, description, error, id, ...inputProps }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const labelId = `${inputId}-label`;
  const descriptionId = `${inputId}-description`;
  const errorId = `${inputId}-error`;
  // Named by the label alone (the wrapping <label> would add the description to the name), which
  // describes it instead.
  const named = description && !inputProps['aria-label'] && !inputProps['aria-labelledby'];
  // The error follows the <label>, so it describes the choice without renaming it; the label
  // stays first so the input keeps its place (and focus) when the error comes and goes.
  return (
    <>
      <label className={styles.choice} htmlFor={inputId}>
        <input
          {...inputProps}
          id={inputId}
          type="checkbox"
          className={styles.choiceInput}
          aria-labelledby={named ? labelId : inputProps['aria-labelledby']}
          aria-describedby={cx(description ? descriptionId : null, error ? errorId : null) || undefined}
          aria-invalid={error ? true : undefined}
        />
        <span className={styles.choiceText}>
          <span id={labelId} className={styles.choiceLabel}>
            {label}
          </span>
          {description && (
            <span id={descriptionId} className={styles.choiceDescription}>
              {description}
            </span>
          )}
        </span>
      </label>
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </>
  );
}

import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

import styles from './Field.module.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

export function Checkbox({ label, description, id, ...inputProps }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const descriptionId = `${inputId}-description`;
  return (
    <label className={styles.choice} htmlFor={inputId}>
      <input
        {...inputProps}
        id={inputId}
        type="checkbox"
        className={styles.choiceInput}
        aria-describedby={description ? descriptionId : undefined}
      />
      <span className={styles.choiceText}>
        <span className={styles.choiceLabel}>{label}</span>
        {description && (
          <span id={descriptionId} className={styles.choiceDescription}>
            {description}
          </span>
        )}
      </span>
    </label>
  );
}

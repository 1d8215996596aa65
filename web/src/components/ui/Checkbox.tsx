import { useId, type InputHTMLAttributes, type ReactNode } from 'react';

import styles from './Field.module.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

export function Checkbox({ label, description, id, ...inputProps }: CheckboxProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const labelId = `${inputId}-label`;
  const descriptionId = `${inputId}-description`;
  // Named by the label alone (the wrapping <label> would add the description to the name), which
  // describes it instead.
  const named = description && !inputProps['aria-label'] && !inputProps['aria-labelledby'];
  return (
    <label className={styles.choice} htmlFor={inputId}>
      <input
        {...inputProps}
        id={inputId}
        type="checkbox"
        className={styles.choiceInput}
        aria-labelledby={named ? labelId : inputProps['aria-labelledby']}
        aria-describedby={description ? descriptionId : undefined}
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
  );
}

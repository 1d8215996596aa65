import { useId, type ReactNode } from 'react';

import styles from './Field.module.css';

export interface RadioOption<V extends string> {
  value: V;
  label: ReactNode;
  description?: ReactNode;
}

interface RadioGroupProps<V extends string> {
  legend: string;
  name: string;
  value: V;
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}

/** A set of mutually exclusive choices shown as selectable cards. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  disabled,
}: RadioGroupProps<V>) {
  const baseId = useId();
  return (
    <fieldset className={styles.fieldset} disabled={disabled}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.cards}>
        {options.map((option) => {
          const id = `${baseId}-${option.value}`;
          return (
            <label key={option.value} htmlFor={id} className={`${styles.choice} ${styles.card}`}>
              <input
                id={id}
                type="radio"
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
                className={styles.choiceInput}
                aria-describedby={option.description ? `${id}-description` : undefined}
              />
              <span className={styles.choiceText}>
                <span className={styles.choiceLabel}>{option.label}</span>
                {option.description && (
                  <span id={`${id}-description`} className={styles.choiceDescription}>
                    {option.description}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

import styles from './SegmentedControl.module.css';

interface SegmentedControlProps<V extends string> {
  /** Names the group for assistive technology. */
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  size?: 'sm' | 'md';
}

/** A row of toggle buttons of which exactly one is pressed (view modes, input modes). */
export function SegmentedControl<V extends string>({ label, value, options, onChange, size = 'md' }: SegmentedControlProps<V>) {
  return (
    <div role="group" aria-label={label} className={`${styles.group} ${size === 'sm' ? styles.sm : ''}`}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className={styles.option}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}

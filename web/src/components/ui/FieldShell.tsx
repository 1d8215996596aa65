import { useId, type ReactNode } from 'react';

import { cx } from '@/lib/cx';

import styles from './Field.module.css';
import { FieldError } from './FieldError';

/** What a field's control needs to be labelled, described and marked invalid. */
export interface FieldControlProps {
  id: string;
  /** The label with its suffix, where a suffix is given. */
  'aria-label'?: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldShellProps {
  label: string;
  /**
   * Completes the control's accessible name where a form repeats fields: label "Company" with
   * suffix ", job 2" is named "Company, job 2" (the label shows "Company").
   */
  labelSuffix?: string;
  /** Help shown under the label and read with the field. */
  hint?: ReactNode;
  error?: string | null;
  /** Marks the field "(optional)" in its label. */
  optional?: boolean;
  id?: string;
  className?: string;
  /** More ids that describe the control. */
  describedBy?: string;
  children: (control: FieldControlProps) => ReactNode;
}

/** The label, hint and error around one form control, wired to it for assistive technology. */
export function FieldShell({
  label,
  labelSuffix,
  hint,
  error,
  optional = false,
  id,
  className,
  describedBy,
  children,
}: FieldShellProps) {
  const generatedId = useId();
  const controlId = id ?? generatedId;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  return (
    <div className={cx(styles.field, className)}>
      <label className={styles.label} htmlFor={controlId}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      {hint && (
        <div id={hintId} className={styles.hint}>
          {hint}
        </div>
      )}
      {children({
        id: controlId,
        ...(labelSuffix ? { 'aria-label': `${label}${labelSuffix}` } : {}),
        'aria-invalid': error ? true : undefined,
        'aria-describedby': cx(hint ? hintId : null, error ? errorId : null, describedBy) || undefined,
      })}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </div>
  );
}

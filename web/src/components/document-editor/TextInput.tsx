import type { ReactNode } from 'react';

import { TextAreaField, TextField } from '@/components/ui';

import { useIssue, useNote } from './context';
import styles from './editor.module.css';

interface TextInputProps {
  id: string;
  label: string;
  /** Read after the label, e.g. ", job 2". */
  suffix?: string;
  value: string | null | undefined;
  /** Where the server reports a problem with it. */
  path: string;
  onChange: (value: string) => void;
  kind?: 'text' | 'url' | 'email' | 'tel' | 'textarea';
  autoComplete?: string;
  hint?: string;
}

/** A field's hint, and under it what the parser was unsure of (both read with the field). */
export function withNote(hint: ReactNode, note: string | undefined): ReactNode {
  if (!note) return hint;
  return (
    <>
      {hint && <span className={styles.hintLine}>{hint}</span>}
      <span className={styles.fieldNote}>Check this: {note}</span>
    </>
  );
}

/** One text field of the document, showing the server's message for its path. */
export function TextInput({ id, label, suffix, value, path, onChange, kind = 'text', autoComplete, hint }: TextInputProps) {
  const issue = useIssue(path);
  const note = useNote(path);
  const common = { id, label, labelSuffix: suffix, hint: withNote(hint, note), error: issue, value: value ?? '' };
  if (kind === 'textarea') {
    return (
      <TextAreaField
        {...common}
        className={styles.wide}
        inputClassName={styles.shortTextarea}
        rows={3}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <TextField
      {...common}
      type={kind}
      autoComplete={autoComplete ?? 'off'}
      spellCheck={kind === 'text'}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

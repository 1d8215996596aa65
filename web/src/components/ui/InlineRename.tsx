import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';

import { describeError } from '@/lib/form-errors';

import { Button } from './Button';
import styles from './InlineRename.module.css';
import { TextField } from './TextField';

interface InlineRenameProps {
  value: string;
  /** Names the input, e.g. "Resume title". */
  label: string;
  /** Rejects with the reason when the new name is refused. */
  onSave: (value: string) => Promise<unknown>;
  maxLength?: number;
  /** How the name reads when not editing (e.g. the page's heading). */
  children: ReactNode;
}

/**
 * A name with a Rename button that turns it into an input: Enter saves, Escape cancels, and a
 * refused name stays in the input with the reason under it.
 */
export function InlineRename({ value, label, onSave, maxLength = 200, children }: InlineRenameProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const renameRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const editing = draft !== null;

  useEffect(() => {
    if (editing) {
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      renameRef.current?.focus();
    }
  }, [editing]);

  const close = () => {
    returnFocus.current = true;
    setDraft(null);
    setError(null);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (draft === null || saving) return;
    const next = draft.trim();
    if (!next) {
      setError(`Enter a ${label.toLowerCase()}.`);
      inputRef.current?.focus();
      return;
    }
    if (next === value) {
      close();
      return;
    }
    setSaving(true);
    try {
      await onSave(next);
      close();
    } catch (failure) {
      setError(describeError(failure));
      inputRef.current?.focus();
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !saving) {
      event.preventDefault();
      close();
    }
  };

  if (!editing) {
    return (
      <div className={styles.view}>
        {children}
        <Button ref={renameRef} variant="ghost" size="sm" onClick={() => setDraft(value)}>
          Rename
        </Button>
      </div>
    );
  }
  return (
    <form className={styles.form} onSubmit={save} onKeyDown={onKeyDown} noValidate>
      <TextField
        ref={inputRef}
        className={styles.field}
        label={label}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        error={error}
        maxLength={maxLength}
        autoComplete="off"
        enterKeyHint="done"
      />
      <div className={styles.actions}>
        <Button type="submit" size="sm" loading={saving} loadingLabel="Saving…">
          Save
        </Button>
        <Button variant="ghost" size="sm" onClick={close} disabled={saving}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

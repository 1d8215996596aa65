import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type SyntheticEvent } from 'react';

import { Alert, Button, Form, FormActions, TextField, useModalDialog } from '@/components/ui';
import modal from '@/components/ui/Modal.module.css';
import type { AdminUser } from '@/lib/api-types';
import { hasErrors, splitApiError } from '@/lib/form-errors';

import { useAdjustCredits } from '../hooks/use-admin';

import styles from './admin.module.css';

/** The most credits one adjustment may grant or remove. */
const MAX_CREDIT_ADJUSTMENT = 100_000;
const MAX_REASON_LENGTH = 500;

type Field = 'delta' | 'reason';

function validate(delta: string, reason: string): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const value = delta.trim();
  if (value === '') errors.delta = 'Enter the number of credits to grant, or a negative number to remove.';
  else if (!/^[-+]?\d+$/.test(value)) errors.delta = 'Enter a whole number of credits.';
  else if (Number(value) === 0) errors.delta = 'Enter a number of credits other than 0.';
  else if (Math.abs(Number(value)) > MAX_CREDIT_ADJUSTMENT) {
    errors.delta = `Grant or remove at most ${MAX_CREDIT_ADJUSTMENT.toLocaleString('en-US')} credits at a time.`;
  }
  const why = reason.trim();
  if (why === '') errors.reason = 'Enter the reason for the change.';
  else if (why.length > MAX_REASON_LENGTH) errors.reason = `Keep the reason to ${MAX_REASON_LENGTH} characters or fewer.`;
  return errors;
}

interface AdjustCreditsDialogProps {
  user: AdminUser;
  /** The change was saved: the account's balance after it. */
  onDone: (balance: number) => void;
  onCancel: () => void;
}

/**
 * A modal form that grants an account credits or, with a negative number, removes them. Focus
 * starts on the number, Escape cancels, and focus returns to whatever opened it.
 */
export function AdjustCreditsDialog({ user, onDone, onCancel }: AdjustCreditsDialogProps) {
  const adjust = useAdjustCredits();
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const deltaRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const dialogRef = useModalDialog(true, deltaRef);
  const titleId = useId();
  const bodyId = useId();

  const focusFirstInvalid = (errors: Partial<Record<Field, string>>) => {
    if (errors.delta) deltaRef.current?.focus();
    else if (errors.reason) reasonRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (adjust.isPending) return;
    const errors = validate(delta, reason);
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      focusFirstInvalid(errors);
      return;
    }
    adjust.mutate(
      { userId: user.id, delta: Number(delta.trim()), reason: reason.trim() },
      {
        onSuccess: (result) => onDone(result.balance),
        onError: (error) => {
          const split = splitApiError<Field>(error, { delta: 'delta', reason: 'reason' });
          setFieldErrors(split.fieldErrors);
          setFormError(split.formError);
          focusFirstInvalid(split.fieldErrors);
        },
      },
    );
  };

  const cancel = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!adjust.isPending) onCancel();
  };

  return (
    <dialog
      ref={dialogRef}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={modal.dialog}
      onCancel={cancel}
      onKeyDown={(event: KeyboardEvent) => {
        if (event.key === 'Escape') cancel(event);
      }}
    >
      <h2 id={titleId} className={styles.dialogTitle}>
        Adjust credits for {user.email}
      </h2>
      <p id={bodyId} className={styles.muted}>
        The change and its reason are kept in the audit log.
      </p>
      <Form onSubmit={submit} aria-labelledby={titleId} className={styles.dialogForm}>
        {formError && <Alert tone="error">{formError}</Alert>}
        <TextField
          ref={deltaRef}
          label="Credits"
          type="number"
          name="delta"
          step={1}
          min={-MAX_CREDIT_ADJUSTMENT}
          max={MAX_CREDIT_ADJUSTMENT}
          required
          hint="Use a negative number to remove credits"
          value={delta}
          onChange={(event) => setDelta(event.target.value)}
          error={fieldErrors.delta}
        />
        <TextField
          ref={reasonRef}
          label="Reason"
          name="reason"
          maxLength={MAX_REASON_LENGTH}
          autoComplete="off"
          required
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={fieldErrors.reason}
        />
        <FormActions>
          <Button type="submit" loading={adjust.isPending} loadingLabel="Saving…">
            Save
          </Button>
          <Button variant="secondary" onClick={onCancel} disabled={adjust.isPending}>
            Cancel
          </Button>
        </FormActions>
      </Form>
    </dialog>
  );
}

import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Card, Form, FormActions, PasswordField, TextField } from '@/components/ui';
import { useEndSession } from '@/lib/auth';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { deleteAccount } from '../api/account';

import styles from './account.module.css';

type Field = 'password' | 'confirm';

/** The word the user types to show they mean it. */
const CONFIRM_WORD = 'DELETE';

/**
 * The danger zone: deletes the account and everything in it after the user names their password
 * and types DELETE. Once the server accepts, every session has ended: this browser signs out and
 * the home page says the deletion is under way.
 */
export function DeleteAccountForm() {
  const endSession = useEndSession();
  const remove = useMutation({ mutationFn: deleteAccount });
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ password: '', confirm: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (remove.isPending) return;
    const errors: Partial<Record<Field, string>> = {
      password: values.password ? undefined : 'Enter your password.',
      confirm:
        values.confirm.trim() === CONFIRM_WORD
          ? undefined
          : `Type ${CONFIRM_WORD} in capital letters to confirm.`,
    };
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    remove.mutate(values.password, {
      onSuccess: () => endSession('account-deleted'),
      onError: (error) => {
        const split = splitApiError<Field>(error, { password: 'password' });
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <Card
      title="Delete account"
      description="Permanently delete your account and everything in it."
      className={styles.dangerCard}
    >
      <Form ref={formRef} onSubmit={submit} aria-label="Delete account">
        {formError && (
          <Alert tone="error" title="We couldn't delete your account">
            {formError}
          </Alert>
        )}
        <div>
          <p>Deleting your account permanently removes:</p>
          <ul className={styles.lossList}>
            <li>every resume you uploaded, with its original files;</li>
            <li>your job descriptions;</li>
            <li>your optimizations, their suggested changes and every saved version;</li>
            <li>your exports (the PDF and DOCX files made from your versions);</li>
            <li>the account itself: your profile, preferences and sign-in.</li>
          </ul>
        </div>
        <p className={styles.warning}>
          This can't be undone. You'll be signed out on every device, and we'll email you to confirm.
        </p>
        <PasswordField
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          hint="Your current password, to confirm it's you."
          value={values.password}
          onChange={(event) => update('password', event.target.value)}
          error={fieldErrors.password}
        />
        <TextField
          label={`Type ${CONFIRM_WORD} to confirm`}
          name="confirm-delete"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          value={values.confirm}
          onChange={(event) => update('confirm', event.target.value)}
          error={fieldErrors.confirm}
        />
        <FormActions>
          <Button type="submit" variant="danger" loading={remove.isPending} loadingLabel="Deleting your account…">
            Delete my account
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}

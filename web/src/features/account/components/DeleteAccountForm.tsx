import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Card, Form, FormActions, PasswordField, TextField } from '@/components/ui';
import { useEndSession, useSession } from '@/lib/auth';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { deleteAccount } from '../api/account';

import styles from './account.module.css';

type Field = 'password' | 'code' | 'confirm';

/** The word the user types to show they mean it. */
const CONFIRM_WORD = 'DELETE';

/** An app's code is sent without its spaces ("123 456"); a recovery code as typed, trimmed. */
function normaliseCode(value: string): string {
  return /^[\d\s]+$/.test(value) ? value.replace(/\s+/g, '') : value.trim();
}

/**
 * The danger zone: deletes the account and everything in it after the user names their password
 * (and, with two-factor sign-in on, a code from their authenticator app or a recovery code) and
 * types DELETE. Once the server accepts, every session has ended: this browser signs out and
 * the home page says the deletion is under way.
 */
export function DeleteAccountForm() {
  const endSession = useEndSession();
  // Not useUser(): once the deletion is accepted the session ends while this form is still shown.
  const mfaEnabled = useSession().data?.mfaEnabled === true;
  const remove = useMutation({ mutationFn: deleteAccount });
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ password: '', code: '', confirm: '' });
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
    const code = mfaEnabled ? normaliseCode(values.code) : '';
    const errors: Partial<Record<Field, string>> = {
      password: values.password ? undefined : 'Enter your password.',
      code:
        !mfaEnabled || code
          ? undefined
          : 'Enter a code from your authenticator app or one of your recovery codes.',
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
    remove.mutate(mfaEnabled ? { password: values.password, code } : { password: values.password }, {
      onSuccess: () => endSession('account-deleted'),
      onError: (error) => {
        // Without the code field shown (two-factor turned on elsewhere), its error shows above the form.
        const split = splitApiError<Field>(
          error,
          mfaEnabled ? { password: 'password', code: 'code' } : { password: 'password' },
        );
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
        {mfaEnabled && (
          <TextField
            label="Authentication code"
            name="one-time-code"
            autoComplete="one-time-code"
            autoCapitalize="none"
            spellCheck={false}
            required
            hint="The 6-digit code from your authenticator app, or a recovery code."
            value={values.code}
            onChange={(event) => update('code', event.target.value)}
            error={fieldErrors.code}
          />
        )}
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

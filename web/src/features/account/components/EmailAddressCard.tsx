import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';

import { Alert, Badge, Button, Card, Form, FormActions, PasswordField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { useReloadUserOnFocus, useSetUser } from '@/lib/auth';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { emailProblem } from '@/lib/validation';

import { changeEmail } from '../api/account';

import styles from './account.module.css';
import { SaveStatus } from './SaveStatus';

type Field = 'email' | 'currentPassword';

const EMPTY = { email: '', currentPassword: '' };

/**
 * The account's address, the new one waiting for confirmation if any, and a form to move to
 * another: the new address gets a link that completes the change (the old one a notice).
 */
export function EmailAddressCard({ user }: { user: User }) {
  const setUser = useSetUser();
  const change = useMutation({ mutationFn: changeEmail, onSuccess: setUser });
  // The link may be opened in another tab or on another device: pick up the change on return.
  useReloadUserOnFocus(user.pendingEmail !== null);
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
    setSent(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const email = values.email.trim();
    const errors: Partial<Record<Field, string>> = {
      email: !email
        ? 'Enter the new email address.'
        : (emailProblem(email) ??
          (email.toLowerCase() === user.email.toLowerCase() ? 'This is already your email address.' : undefined)),
      currentPassword: values.currentPassword ? undefined : 'Enter your current password.',
    };
    setFieldErrors(errors);
    setFormError(null);
    setSent(null);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    change.mutate(
      { email, currentPassword: values.currentPassword },
      {
        onSuccess: (updated) => {
          setValues(EMPTY);
          setSent(updated.pendingEmail ?? email);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'email_taken') {
            setFieldErrors({ email: error.message });
          } else {
            const split = splitApiError<Field>(error, {
              email: 'email',
              currentPassword: 'currentPassword',
              password: 'currentPassword',
            });
            setFieldErrors(split.fieldErrors);
            setFormError(split.formError);
          }
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <Card title="Email address" description="Where we send sign-in links and notices about your account.">
      <div className={styles.stack}>
        <p className={styles.email}>
          <span>
            Your email address is <strong className={styles.emailValue}>{user.email}</strong>
          </span>
          {user.emailVerified ? <Badge tone="success">Verified</Badge> : <Badge tone="warning">Not verified yet</Badge>}
        </p>
        {user.pendingEmail && (
          <Alert tone="info" announce="none" title={`Waiting for confirmation at ${user.pendingEmail}`}>
            Open the link we sent to that address to finish the change. Until then, keep signing in with{' '}
            {user.email}.
          </Alert>
        )}
        <Form ref={formRef} onSubmit={submit} aria-label="Change email address">
          <h3 className={styles.subheading}>Change email address</h3>
          {formError && (
            <Alert tone="error" title="We couldn't change your email address">
              {formError}
            </Alert>
          )}
          <TextField
            label="New email address"
            type="email"
            name="new-email"
            autoComplete="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            hint="We'll send a link to it; the change takes effect once you open the link."
            value={values.email}
            onChange={(event) => update('email', event.target.value)}
            error={fieldErrors.email}
          />
          <PasswordField
            label="Current password"
            name="current-password"
            autoComplete="current-password"
            required
            value={values.currentPassword}
            onChange={(event) => update('currentPassword', event.target.value)}
            error={fieldErrors.currentPassword}
          />
          <FormActions>
            <Button type="submit" loading={change.isPending} loadingLabel="Sending…">
              Send confirmation link
            </Button>
            <SaveStatus message={sent ? `We sent a confirmation link to ${sent}.` : null} />
          </FormActions>
        </Form>
      </div>
    </Card>
  );
}

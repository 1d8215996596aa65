import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Card, Form, FormActions, PasswordChecklist, PasswordField } from '@/components/ui';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { passwordProblem } from '@/lib/password-rules';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { changePassword } from '../api/account';

import { SaveStatus } from './SaveStatus';

type Field = 'currentPassword' | 'newPassword' | 'confirm';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

export function ChangePasswordForm({ email }: { email: string }) {
  const change = useMutation({ mutationFn: changePassword });
  const formRef = useRef<HTMLFormElement>(null);
  const checklistId = useId();
  const [values, setValues] = useState(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (change.isPending) return;
    const errors: Partial<Record<Field, string>> = {
      currentPassword: values.currentPassword ? undefined : 'Enter your current password.',
      newPassword:
        passwordProblem(values.newPassword, email) ??
        (values.newPassword === values.currentPassword ? 'Choose a password you are not using now.' : undefined),
      confirm:
        values.confirm === values.newPassword ? undefined : 'The passwords do not match. Type the same password twice.',
    };
    setFieldErrors(errors);
    setFormError(null);
    setSaved(false);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues(EMPTY);
          setSaved(true);
        },
        onError: (error) => {
          // The server names a weak new password "password" or "newPassword" in details.field.
          const split = splitApiError<Field>(error, {
            currentPassword: 'currentPassword',
            password: 'newPassword',
            newPassword: 'newPassword',
          });
          setFieldErrors(split.fieldErrors);
          setFormError(split.formError);
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <Card title="Password" description="Use a long passphrase you don't use anywhere else.">
      <Form ref={formRef} onSubmit={submit} aria-label="Change password">
        {formError && (
          <Alert tone="error" title="We couldn't change your password">
            {formError}
          </Alert>
        )}
        <PasswordField
          label="Current password"
          name="current-password"
          autoComplete="current-password"
          required
          value={values.currentPassword}
          onChange={(event) => update('currentPassword', event.target.value)}
          error={fieldErrors.currentPassword}
        />
        <PasswordField
          label="New password"
          name="new-password"
          autoComplete="new-password"
          required
          aria-describedby={checklistId}
          value={values.newPassword}
          onChange={(event) => update('newPassword', event.target.value)}
          error={fieldErrors.newPassword}
        />
        <PasswordChecklist id={checklistId} password={values.newPassword} email={email} />
        <PasswordField
          label="Confirm new password"
          name="confirm-password"
          autoComplete="new-password"
          required
          value={values.confirm}
          onChange={(event) => update('confirm', event.target.value)}
          error={fieldErrors.confirm}
        />
        <FormActions>
          <Button type="submit" loading={change.isPending} loadingLabel="Changing password…">
            Change password
          </Button>
          <SaveStatus message={saved ? 'Password changed.' : null} />
        </FormActions>
      </Form>
    </Card>
  );
}

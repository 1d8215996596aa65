import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Form, LinkButton, PasswordChecklist, PasswordField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { passwordProblem } from '@/lib/password-rules';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { confirmPasswordReset } from '../api/password-reset';

type Field = 'password' | 'confirm';

interface ResetPasswordFormProps {
  token: string;
  onSuccess: () => void;
}

export function ResetPasswordForm({ token, onSuccess }: ResetPasswordFormProps) {
  const reset = useMutation({
    mutationFn: (password: string) => confirmPasswordReset(token, password),
  });
  const formRef = useRef<HTMLFormElement>(null);
  const checklistId = useId();
  const [values, setValues] = useState({ password: '', confirm: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [tokenRejected, setTokenRejected] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reset.isPending) return;
    const errors: Partial<Record<Field, string>> = {
      password: passwordProblem(values.password, '') ?? undefined,
      confirm:
        values.confirm === values.password ? undefined : 'The passwords do not match. Type the same password twice.',
    };
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    reset.mutate(values.password, {
      onSuccess,
      onError: (error) => {
        if (isApiError(error) && error.code === 'invalid_token') {
          setTokenRejected(true);
          return;
        }
        // The server names the new password "password" or "newPassword" in details.field.
        const split = splitApiError<Field>(error, { password: 'password', newPassword: 'password' });
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError);
        setAttempt((n) => n + 1);
      },
    });
  };

  if (tokenRejected) {
    return (
      <Alert
        tone="error"
        title="This reset link has expired or was already used"
        action={<LinkButton to="/forgot-password">Get a new link</LinkButton>}
      >
        Reset links work once and only for a short time. Request a new one and use the latest email.
      </Alert>
    );
  }

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Choose a new password">
      {formError && (
        <Alert tone="error" title="We couldn't change your password">
          {formError}
        </Alert>
      )}
      <PasswordField
        label="New password"
        name="new-password"
        autoComplete="new-password"
        required
        aria-describedby={checklistId}
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldErrors.password}
      />
      <PasswordChecklist id={checklistId} password={values.password} />
      <PasswordField
        label="Confirm new password"
        name="confirm-password"
        autoComplete="new-password"
        required
        value={values.confirm}
        onChange={(event) => update('confirm', event.target.value)}
        error={fieldErrors.confirm}
      />
      <Button type="submit" fullWidth loading={reset.isPending} loadingLabel="Saving…">
        Set new password
      </Button>
    </Form>
  );
}

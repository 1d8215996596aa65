import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert, Button, Form, TextField } from '@/components/ui';
import { splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { emailProblem } from '@/lib/validation';

import { requestPasswordReset } from '../api/password-reset';

import styles from './auth.module.css';

export function ForgotPasswordForm() {
  const request = useMutation({ mutationFn: requestPasswordReset });
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (request.isPending) return;
    const problem = emailProblem(email);
    setEmailError(problem);
    setFormError(null);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    const address = email.trim();
    request.mutate(address, {
      onSuccess: () => setSentTo(address),
      onError: (error) => {
        const split = splitApiError<'email'>(error, { email: 'email' });
        setEmailError(split.fieldErrors.email ?? null);
        setFormError(split.formError);
        setAttempt((n) => n + 1);
      },
    });
  };

  if (sentTo) {
    return (
      <>
        <Alert tone="success" title="Check your inbox">
          If an account exists for <strong>{sentTo}</strong>, we sent a link to reset your password.
        </Alert>
        <ul className={styles.steps}>
          <li>Open the email from resuMAX and follow the link; it works once and expires soon.</li>
          <li>Nothing after a few minutes? Check your spam folder, or make sure the address is right.</li>
        </ul>
        <Button variant="secondary" onClick={() => setSentTo(null)}>
          Use a different email
        </Button>
      </>
    );
  }

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Reset your password">
      {formError && (
        <Alert tone="error" title="We couldn't send the link">
          {formError}
        </Alert>
      )}
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(event) => {
          setEmail(event.target.value);
          setEmailError(null);
        }}
        error={emailError}
      />
      <Button type="submit" fullWidth loading={request.isPending} loadingLabel="Sending…">
        Send reset link
      </Button>
      <p className={styles.legal}>
        Remembered it? <Link to="/sign-in">Back to sign in</Link>
      </p>
    </Form>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert, Button, Form, FormRow, PasswordField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { isMfaChallenge } from '@/lib/auth';
import type { User } from '@/lib/api-types';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { emailProblem } from '@/lib/validation';

import { useSignInWithCheck } from '../hooks/use-sign-in-with-check';
import { BrowserCheckError } from '../utils/solve-challenge';
import styles from './auth.module.css';
import { TwoFactorStep } from './TwoFactorStep';

type Field = 'email' | 'password';

interface SignInFormProps {
  onSuccess: (user: User) => void;
}

/** The password was right; the account asks for a code too. */
interface Challenge {
  mfaToken: string;
  email: string;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Signs in with email and password, then (for an account with two-factor sign-in) a code. After
 * repeated failed sign-ins the browser solves a short challenge first, on its own.
 */
export function SignInForm({ onSuccess }: SignInFormProps) {
  const signIn = useSignInWithCheck();
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<{ title: string; message: string } | null>(null);
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [backToPassword, setBackToPassword] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  // Back from the code step: the password is asked for again.
  useEffect(() => {
    if (backToPassword > 0) passwordRef.current?.focus();
  }, [backToPassword]);

  const returnToPassword = (error: { title: string; message: string } | null) => {
    setChallenge(null);
    setValues((current) => ({ ...current, password: '' }));
    setFormError(error);
    setBackToPassword((n) => n + 1);
  };

  if (challenge) {
    return (
      <TwoFactorStep
        mfaToken={challenge.mfaToken}
        email={challenge.email}
        onSuccess={onSuccess}
        onExpired={(message) => returnToPassword({ title: 'Sign in again', message })}
        onBack={() => returnToPassword(null)}
      />
    );
  }

  const update = (field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const errors: Partial<Record<Field, string>> = {
      email: emailProblem(values.email) ?? undefined,
      password: values.password ? undefined : 'Enter your password.',
    };
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    const email = values.email.trim();
    signIn.submit({ email, password: values.password }).then(
      (response) => {
        if (isMfaChallenge(response)) {
          // The password has done its part: it is not kept while the code is asked for.
          setValues((current) => ({ ...current, password: '' }));
          setChallenge({ mfaToken: response.mfaToken, email });
          return;
        }
        onSuccess(response.user);
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof BrowserCheckError) {
          setFormError({
            title: "We couldn't check your browser",
            message: 'After several failed sign-ins your browser has to pass a short check, and it did not finish. Try again.',
          });
          return;
        }
        if (isApiError(error) && error.code === 'account_disabled') {
          // Not a typo in the form: the server's message says what happened and whom to ask.
          setFormError({ title: 'This account is disabled', message: error.message });
          return;
        }
        const split = splitApiError<Field>(error, { email: 'email', password: 'password' });
        setFieldErrors(split.fieldErrors);
        setFormError(split.formError ? { title: "We couldn't sign you in", message: split.formError } : null);
        setAttempt((n) => n + 1);
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Sign in">
      {formError && (
        <Alert tone="error" title={formError.title}>
          {formError.message}
        </Alert>
      )}
      {/* Always on the page, so that the message is announced when it appears. */}
      <p className={styles.checkStatus} role="status" aria-live="polite">
        {signIn.checking ? 'Too many failed sign-ins. Checking your browser…' : ''}
      </p>
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={fieldErrors.email}
      />
      <PasswordField
        ref={passwordRef}
        label="Password"
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldErrors.password}
      />
      <FormRow>
        <span />
        <Link to="/forgot-password">Forgot your password?</Link>
      </FormRow>
      <Button type="submit" fullWidth loading={signIn.isPending} loadingLabel="Signing in…">
        Sign in
      </Button>
    </Form>
  );
}

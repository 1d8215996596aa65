import { useEffect, useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Form, FormRow, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { useVerifyMfa } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import styles from './auth.module.css';

interface TwoFactorStepProps {
  /** The token of login's 202. */
  mfaToken: string;
  /** The address signing in, to remind the user which account asks. */
  email: string;
  onSuccess: (user: User) => void;
  /** The token ran out: sign in again with the password (the server's message says so). */
  onExpired: (message: string) => void;
  onBack: () => void;
}

/** A 6-digit code, typed with or without a space in the middle. */
function appCodeProblem(code: string): string | null {
  return /^\d{6}$/.test(code) ? null : 'Enter the 6-digit code from your authenticator app.';
}

/**
 * The second step of signing in to an account with two-factor sign-in: a code from the
 * authenticator app, or one of the recovery codes. A wrong code can be tried again here; an
 * expired step goes back to the password.
 */
export function TwoFactorStep({ mfaToken, email, onSuccess, onExpired, onBack }: TwoFactorStepProps) {
  const verify = useVerifyMfa();
  const formRef = useRef<HTMLFormElement>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  // The step opens, or the kind of code changes: the field is where the user types next.
  useEffect(() => codeRef.current?.focus(), [recovery]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (verify.isPending) return;
    const value = recovery ? code.trim() : code.replace(/\s+/g, '');
    const problem = recovery ? (value ? null : 'Enter one of your recovery codes.') : appCodeProblem(value);
    setCodeError(problem);
    setFormError(null);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    verify.mutate(
      { mfaToken, code: value },
      {
        onSuccess: (session) => onSuccess(session.user),
        onError: (error) => {
          if (isApiError(error) && error.code === 'mfa_token_expired') {
            onExpired(error.message);
            return;
          }
          if (isApiError(error) && error.code === 'invalid_mfa_code') {
            setCode('');
            setCodeError(error.message);
          } else {
            setFormError(describeError(error));
          }
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  const switchKind = () => {
    setRecovery((current) => !current);
    setCode('');
    setCodeError(null);
  };

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Two-factor sign-in">
      {formError && (
        <Alert tone="error" title="We couldn't sign you in">
          {formError}
        </Alert>
      )}
      <p className={styles.stepLede}>
        {recovery
          ? 'Enter one of the recovery codes you saved when you turned on two-factor authentication. Each code works once.'
          : 'Enter the 6-digit code from your authenticator app.'}{' '}
        <span className={styles.signingInAs}>Signing in as {email}.</span>
      </p>
      <TextField
        ref={codeRef}
        key={recovery ? 'recovery' : 'app'}
        label={recovery ? 'Recovery code' : 'Authentication code'}
        name={recovery ? 'recovery-code' : 'one-time-code'}
        autoComplete={recovery ? 'off' : 'one-time-code'}
        inputMode={recovery ? 'text' : 'numeric'}
        autoCapitalize="none"
        spellCheck={false}
        required
        value={code}
        onChange={(event) => {
          setCode(event.target.value);
          setCodeError(null);
        }}
        error={codeError}
      />
      <Button type="submit" fullWidth loading={verify.isPending} loadingLabel="Verifying…">
        Verify
      </Button>
      <FormRow>
        <Button variant="ghost" size="sm" onClick={onBack}>
          Back
        </Button>
        <Button variant="ghost" size="sm" onClick={switchKind}>
          {recovery ? 'Use your authenticator app instead' : 'Use a recovery code instead'}
        </Button>
      </FormRow>
    </Form>
  );
}

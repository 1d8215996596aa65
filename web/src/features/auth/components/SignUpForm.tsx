import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { Alert, Button, Checkbox, Form, PasswordChecklist, PasswordField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import type { User } from '@/lib/api-types';
import { useSignUp } from '@/lib/auth';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { passwordProblem } from '@/lib/password-rules';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { emailProblem, nameProblem } from '@/lib/validation';

import styles from './auth.module.css';

type TextFieldName = 'name' | 'email' | 'password';
type Field = TextFieldName | 'acceptTerms';

const ACCEPT_TERMS_PROBLEM = 'Accept the Terms of Service and the Privacy Policy to create an account.';

interface SignUpFormProps {
  onSuccess: (user: User) => void;
}

export function SignUpForm({ onSuccess }: SignUpFormProps) {
  const signUp = useSignUp();
  const formRef = useRef<HTMLFormElement>(null);
  const checklistId = useId();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [acceptTerms, setAcceptTerms] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [emailTaken, setEmailTaken] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: TextFieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
    if (field === 'email') setEmailTaken(false);
  };

  const updateAcceptTerms = (checked: boolean) => {
    setAcceptTerms(checked);
    if (checked && fieldErrors.acceptTerms) setFieldErrors((current) => ({ ...current, acceptTerms: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signUp.isPending) return;
    const errors: Partial<Record<Field, string>> = {
      name: nameProblem(values.name) ?? undefined,
      email: emailProblem(values.email) ?? undefined,
      password: passwordProblem(values.password, values.email) ?? undefined,
      acceptTerms: acceptTerms ? undefined : ACCEPT_TERMS_PROBLEM,
    };
    setFieldErrors(errors);
    setFormError(null);
    setEmailTaken(false);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    signUp.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password, acceptTerms: true },
      {
        onSuccess: (session) => onSuccess(session.user),
        onError: (error) => {
          if (isApiError(error) && error.code === 'email_taken') {
            setFieldErrors({ email: error.message });
            setEmailTaken(true);
          } else {
            const split = splitApiError<Field>(error, {
              name: 'name',
              email: 'email',
              password: 'password',
              acceptTerms: 'acceptTerms',
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
    <Form ref={formRef} onSubmit={submit} aria-label="Create your account">
      {formError && (
        <Alert tone="error" title="We couldn't create your account">
          {formError}
        </Alert>
      )}
      <TextField
        label="Full name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        onChange={(event) => update('name', event.target.value)}
        error={fieldErrors.name}
      />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="We'll send a link to confirm it's yours."
        value={values.email}
        onChange={(event) => update('email', event.target.value)}
        error={fieldErrors.email}
      />
      {emailTaken && (
        <Alert tone="info">
          Is it yours? <Link to="/sign-in">Sign in</Link> or <Link to="/forgot-password">reset your password</Link>.
        </Alert>
      )}
      <PasswordField
        label="Password"
        name="new-password"
        autoComplete="new-password"
        required
        aria-describedby={checklistId}
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldErrors.password}
      />
      <PasswordChecklist id={checklistId} password={values.password} email={values.email} />
      <div className={styles.acceptTerms}>
        <Checkbox
          name="acceptTerms"
          required
          checked={acceptTerms}
          onChange={(event) => updateAcceptTerms(event.target.checked)}
          error={fieldErrors.acceptTerms}
          label={
            <>
              I accept the <Link to="/terms">Terms of Service</Link> and the <Link to="/privacy">Privacy Policy</Link>
            </>
          }
        />
      </div>
      <Button type="submit" fullWidth loading={signUp.isPending} loadingLabel="Creating your account…">
        Create account
      </Button>
      <p className={styles.legal}>
        We only use your resume to tailor it for you. We never invent employers, titles or dates.
      </p>
    </Form>
  );
}

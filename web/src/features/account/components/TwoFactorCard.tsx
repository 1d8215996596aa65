import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { Alert, Badge, Button, Card, Form, FormActions, PasswordField, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import type { TotpEnrolment, User } from '@/lib/api-types';
import { useSetUser } from '@/lib/auth';
import { hasErrors, splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';

import { accountKeys } from '../api/security';
import { confirmTotpEnrolment, disableTotp, startTotpEnrolment } from '../api/two-factor';
import { groupSecret, svgImageSource } from '../utils/two-factor';

import styles from './account.module.css';
import { RecoveryCodesPanel } from './RecoveryCodesPanel';
import { SaveStatus } from './SaveStatus';

/** Where turning two-factor sign-in on has got to. */
type Phase =
  | { step: 'start' }
  | { step: 'password'; error?: string }
  | { step: 'scan'; enrolment: TotpEnrolment }
  | { step: 'codes'; codes: string[] };

const CODE_PROBLEM = 'Enter the 6-digit code your authenticator app shows for resuMAX.';

/** The code as sent: digits only, so "123 456" counts. */
function appCode(value: string): string {
  return value.replace(/\s+/g, '');
}

/**
 * Two-factor sign-in with an authenticator app: turned on in steps (password, QR code or setup
 * key, a code from the app, then the recovery codes once), and off with the password and a code.
 */
export function TwoFactorCard({ user }: { user: User }) {
  const setUser = useSetUser();
  const queryClient = useQueryClient();
  const [phase, setPhase] = useState<Phase>({ step: 'start' });
  const [message, setMessage] = useState<string | null>(null);

  const changed = (mfaEnabled: boolean) => {
    setUser({ ...user, mfaEnabled });
    void queryClient.invalidateQueries({ queryKey: accountKeys.activity });
  };

  const on = user.mfaEnabled;
  let body;
  if (phase.step === 'codes') {
    body = (
      <RecoveryCodesPanel
        email={user.email}
        codes={phase.codes}
        onDone={() => {
          setPhase({ step: 'start' });
          setMessage('Two-factor authentication is on.');
        }}
      />
    );
  } else if (phase.step === 'scan') {
    body = (
      <ScanForm
        enrolment={phase.enrolment}
        onConfirmed={(codes) => {
          changed(true);
          setPhase({ step: 'codes', codes });
        }}
        onNotPending={(error) => setPhase({ step: 'password', error })}
        onCancel={() => setPhase({ step: 'start' })}
      />
    );
  } else if (phase.step === 'password') {
    body = (
      <PasswordForm
        error={phase.error}
        onStarted={(enrolment) => setPhase({ step: 'scan', enrolment })}
        onAlreadyOn={() => {
          changed(true);
          setPhase({ step: 'start' });
          setMessage('Two-factor authentication is already on.');
        }}
        onCancel={() => setPhase({ step: 'start' })}
      />
    );
  } else if (on) {
    body = (
      <TurnOffForm
        onTurnedOff={() => {
          changed(false);
          setMessage('Two-factor authentication is off.');
        }}
      />
    );
  } else {
    body = (
      <div className={styles.stack}>
        <p>
          When it's on, signing in asks for your password and then a 6-digit code from an authenticator app on your
          phone (such as 1Password, Google Authenticator, Microsoft Authenticator or Aegis). Someone who learns your
          password still can't sign in.
        </p>
        <div>
          <Button
            onClick={() => {
              setMessage(null);
              setPhase({ step: 'password' });
            }}
          >
            Turn on two-factor authentication
          </Button>
        </div>
      </div>
    );
  }

  return (
    <Card
      title="Two-factor authentication"
      description="A second step when you sign in: a code from an app on your phone."
      actions={on ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>}
    >
      <div className={styles.stack}>
        {body}
        <SaveStatus message={phase.step === 'start' ? message : null} />
      </div>
    </Card>
  );
}

function PasswordForm({
  error,
  onStarted,
  onAlreadyOn,
  onCancel,
}: {
  /** Why the user is asked again (the setup was no longer pending). */
  error?: string;
  onStarted: (enrolment: TotpEnrolment) => void;
  onAlreadyOn: () => void;
  onCancel: () => void;
}) {
  const start = useMutation({ mutationFn: startTotpEnrolment });
  const formRef = useRef<HTMLFormElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(error ?? null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  useEffect(() => passwordRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (start.isPending) return;
    setFormError(null);
    if (!password) {
      setPasswordError('Enter your password.');
      setAttempt((n) => n + 1);
      return;
    }
    start.mutate(password, {
      onSuccess: onStarted,
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'mfa_already_enabled') {
          onAlreadyOn();
          return;
        }
        const split = splitApiError<'password'>(failure, { password: 'password' });
        setPasswordError(split.fieldErrors.password ?? null);
        setFormError(split.formError);
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Turn on two-factor authentication">
      {formError && (
        <Alert tone="error" title="We couldn't start setting up two-factor authentication">
          {formError}
        </Alert>
      )}
      <PasswordField
        ref={passwordRef}
        label="Password"
        name="password"
        autoComplete="current-password"
        required
        hint="Your current password, to confirm it's you."
        value={password}
        onChange={(event) => {
          setPassword(event.target.value);
          setPasswordError(null);
        }}
        error={passwordError}
      />
      <FormActions>
        <Button type="submit" loading={start.isPending} loadingLabel="Checking…">
          Continue
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </FormActions>
    </Form>
  );
}

function ScanForm({
  enrolment,
  onConfirmed,
  onNotPending,
  onCancel,
}: {
  enrolment: TotpEnrolment;
  onConfirmed: (codes: string[]) => void;
  /** The setup is gone (started again elsewhere, or expired): start over with the password. */
  onNotPending: (message: string) => void;
  onCancel: () => void;
}) {
  const confirm = useMutation({ mutationFn: confirmTotpEnrolment });
  const formRef = useRef<HTMLFormElement>(null);
  const stepsRef = useRef<HTMLOListElement>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);
  // The password form is gone: start reading at the steps.
  useEffect(() => stepsRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (confirm.isPending) return;
    const value = appCode(code);
    const problem = /^\d{6}$/.test(value) ? null : CODE_PROBLEM;
    setCodeError(problem);
    setFormError(null);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    confirm.mutate(value, {
      onSuccess: (result) => onConfirmed(result.recoveryCodes),
      onError: (failure) => {
        if (isApiError(failure) && failure.code === 'mfa_not_pending') {
          onNotPending(`${failure.message} Enter your password to start again.`);
          return;
        }
        const split = splitApiError<'code'>(failure, { code: 'code' });
        setCodeError(split.fieldErrors.code ?? null);
        setFormError(split.formError);
        if (split.fieldErrors.code) setCode('');
        setAttempt((n) => n + 1);
      },
    });
  };

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Set up your authenticator app">
      {formError && (
        <Alert tone="error" title="We couldn't turn on two-factor authentication">
          {formError}
        </Alert>
      )}
      <ol ref={stepsRef} className={styles.setupSteps} tabIndex={-1} aria-label="Set-up steps">
        <li>
          <p>Scan this QR code with your authenticator app.</p>
          <img
            className={styles.qr}
            src={svgImageSource(enrolment.qrSvg)}
            alt="QR code for your authenticator app"
            width={192}
            height={192}
          />
        </li>
        <li>
          <p>Can't scan it? Enter this setup key in the app instead (time-based, 6 digits):</p>
          <code className={styles.secret} data-testid="totp-secret">
            {groupSecret(enrolment.secret)}
          </code>
        </li>
        <li>
          <TextField
            label="Authentication code"
            name="one-time-code"
            autoComplete="one-time-code"
            inputMode="numeric"
            autoCapitalize="none"
            spellCheck={false}
            required
            hint="Type the 6-digit code the app now shows for resuMAX."
            value={code}
            onChange={(event) => {
              setCode(event.target.value);
              setCodeError(null);
            }}
            error={codeError}
          />
        </li>
      </ol>
      <FormActions>
        <Button type="submit" loading={confirm.isPending} loadingLabel="Turning on…">
          Turn on
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </FormActions>
    </Form>
  );
}

type OffField = 'password' | 'code';

function TurnOffForm({ onTurnedOff }: { onTurnedOff: () => void }) {
  const turnOff = useMutation({ mutationFn: disableTotp });
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({ password: '', code: '' });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<OffField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const update = (field: OffField, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldErrors[field]) setFieldErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (turnOff.isPending) return;
    // A recovery code ("abcde-12345") is sent as typed; an app's code without its spaces.
    const code = /^[\d\s]+$/.test(values.code) ? appCode(values.code) : values.code.trim();
    const errors: Partial<Record<OffField, string>> = {
      password: values.password ? undefined : 'Enter your password.',
      code: code ? undefined : 'Enter a code from your authenticator app or one of your recovery codes.',
    };
    setFieldErrors(errors);
    setFormError(null);
    if (hasErrors(errors)) {
      setAttempt((n) => n + 1);
      return;
    }
    turnOff.mutate(
      { password: values.password, code },
      {
        onSuccess: onTurnedOff,
        onError: (failure) => {
          const split = splitApiError<OffField>(failure, { password: 'password', code: 'code' });
          setFieldErrors(split.fieldErrors);
          setFormError(split.formError);
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={submit} aria-label="Turn off two-factor authentication">
      {formError && (
        <Alert tone="error" title="We couldn't turn off two-factor authentication">
          {formError}
        </Alert>
      )}
      <p>
        Signing in asks for a code from your authenticator app. To turn this off, confirm it's you with your password
        and a code from the app (or one of your recovery codes).
      </p>
      <PasswordField
        label="Password"
        name="password"
        autoComplete="current-password"
        required
        value={values.password}
        onChange={(event) => update('password', event.target.value)}
        error={fieldErrors.password}
      />
      <TextField
        label="Authentication code"
        name="one-time-code"
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        required
        hint="A code from your authenticator app, or one of your recovery codes."
        value={values.code}
        onChange={(event) => update('code', event.target.value)}
        error={fieldErrors.code}
      />
      <FormActions>
        <Button type="submit" variant="danger" loading={turnOff.isPending} loadingLabel="Turning off…">
          Turn off two-factor authentication
        </Button>
      </FormActions>
    </Form>
  );
}

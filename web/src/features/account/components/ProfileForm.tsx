import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';

import { Alert, Button, Card, Form, FormActions, TextField } from '@/components/ui';
import type { User } from '@/lib/api-types';
import { useSetUser } from '@/lib/auth';
import { splitApiError } from '@/lib/form-errors';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { nameProblem } from '@/lib/validation';

import { updateProfile } from '../api/account';

import { SaveStatus } from './SaveStatus';

export function ProfileForm({ user }: { user: User }) {
  const setUser = useSetUser();
  const save = useMutation({ mutationFn: updateProfile, onSuccess: setUser });
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(user.name);
  const [nameError, setNameError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useFocusFirstInvalid(formRef, attempt);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    const problem = nameProblem(name);
    setNameError(problem);
    setFormError(null);
    setSaved(false);
    if (problem) {
      setAttempt((n) => n + 1);
      return;
    }
    save.mutate(
      { name: name.trim() },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          const split = splitApiError<'name'>(error, { name: 'name' });
          setNameError(split.fieldErrors.name ?? null);
          setFormError(split.formError);
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <Card title="Profile" description="How we address you in the app and in emails.">
      <Form ref={formRef} onSubmit={submit} aria-label="Profile">
        {formError && (
          <Alert tone="error" title="We couldn't save your profile">
            {formError}
          </Alert>
        )}
        <TextField
          label="Full name"
          name="name"
          autoComplete="name"
          required
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setNameError(null);
            setSaved(false);
          }}
          error={nameError}
        />
        <FormActions>
          <Button type="submit" loading={save.isPending} loadingLabel="Saving…">
            Save profile
          </Button>
          <SaveStatus message={saved ? 'Profile saved.' : null} />
        </FormActions>
      </Form>
    </Card>
  );
}

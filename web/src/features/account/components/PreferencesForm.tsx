import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { Alert, Button, Card, Form, FormActions, RadioGroup, type RadioOption } from '@/components/ui';
import type { Strategy, User } from '@/lib/api-types';
import { useSetUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';

import { resolvePreferences, updateProfile } from '../api/account';

import { SaveStatus } from './SaveStatus';

const STRATEGY_OPTIONS: readonly RadioOption<Strategy>[] = [
  {
    value: 'conservative',
    label: 'Conservative',
    description: 'Light edits: fix wording and add missing keywords, keep your voice.',
  },
  {
    value: 'balanced',
    label: 'Balanced',
    description: 'Reorder and rephrase bullets to match the role. Recommended.',
  },
  {
    value: 'bold',
    label: 'Bold',
    description: 'Rewrite sections for impact. Still never invents facts.',
  },
];

/** Defaults for new optimizations. Which emails we send is the Notifications section's. */
export function PreferencesForm({ user }: { user: User }) {
  const setUser = useSetUser();
  const save = useMutation({ mutationFn: updateProfile, onSuccess: setUser });
  const [defaultStrategy, setDefaultStrategy] = useState<Strategy>(
    () => resolvePreferences(user.preferences).defaultStrategy,
  );
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    // The server replaces the whole object: keep every other key as it is.
    save.mutate({ preferences: { ...user.preferences, defaultStrategy } }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Card title="Preferences" description="Defaults for new optimizations.">
      <Form onSubmit={submit} aria-label="Preferences">
        {save.isError && (
          <Alert tone="error" title="We couldn't save your preferences">
            {describeError(save.error)} Your choices are still selected below.
          </Alert>
        )}
        <RadioGroup
          legend="Default rewrite strategy"
          name="defaultStrategy"
          value={defaultStrategy}
          options={STRATEGY_OPTIONS}
          onChange={(value) => {
            setDefaultStrategy(value);
            setSaved(false);
          }}
        />
        <FormActions>
          <Button type="submit" loading={save.isPending} loadingLabel="Saving…">
            Save preferences
          </Button>
          <SaveStatus message={saved ? 'Preferences saved.' : null} />
        </FormActions>
      </Form>
    </Card>
  );
}

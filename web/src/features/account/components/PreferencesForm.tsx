import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';

import { Alert, Button, Card, Checkbox, Form, FormActions, RadioGroup, type RadioOption } from '@/components/ui';
import type { Strategy, User } from '@/lib/api-types';
import { useSetUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';

import { mergePreferences, resolvePreferences, updateProfile, type ResolvedPreferences } from '../api/account';

import styles from './account.module.css';
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

export function PreferencesForm({ user }: { user: User }) {
  const setUser = useSetUser();
  const save = useMutation({ mutationFn: updateProfile, onSuccess: setUser });
  const [values, setValues] = useState<ResolvedPreferences>(() => resolvePreferences(user.preferences));
  const [saved, setSaved] = useState(false);

  const change = (next: ResolvedPreferences) => {
    setValues(next);
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    save.mutate({ preferences: mergePreferences(user.preferences, values) }, { onSuccess: () => setSaved(true) });
  };

  return (
    <Card title="Preferences" description="Defaults for new optimizations and what we email you about.">
      <Form onSubmit={submit} aria-label="Preferences">
        {save.isError && (
          <Alert tone="error" title="We couldn't save your preferences">
            {describeError(save.error)} Your choices are still selected below.
          </Alert>
        )}
        <RadioGroup
          legend="Default rewrite strategy"
          name="defaultStrategy"
          value={values.defaultStrategy}
          options={STRATEGY_OPTIONS}
          onChange={(defaultStrategy) => change({ ...values, defaultStrategy })}
        />
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Email notifications</legend>
          <Checkbox
            name="optimizationReady"
            label="An optimization is ready"
            description="So you can review suggestions without waiting on the page."
            checked={values.notifications.optimizationReady}
            onChange={(event) =>
              change({ ...values, notifications: { ...values.notifications, optimizationReady: event.target.checked } })
            }
          />
          <Checkbox
            name="productNews"
            label="Product news and tips"
            description="At most one email a month."
            checked={values.notifications.productNews}
            onChange={(event) =>
              change({ ...values, notifications: { ...values.notifications, productNews: event.target.checked } })
            }
          />
        </fieldset>
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

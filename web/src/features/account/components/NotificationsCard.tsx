import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';

import { Alert, Button, Card, Checkbox, Form, FormActions } from '@/components/ui';
import { useCredits } from '@/features/billing';
import type { User } from '@/lib/api-types';
import { useReloadUser, useReloadUserOnFocus, useSetUser } from '@/lib/auth';
import { describeError } from '@/lib/form-errors';

import { updateProfile } from '../api/account';
import {
  mergeNotifications,
  NOTIFICATION_OPTIONS,
  resolveNotifications,
  SECURITY_EMAILS,
  type EmailNotifications,
} from '../api/notifications';

import styles from './account.module.css';
import { SaveStatus } from './SaveStatus';

/**
 * The emails a user can turn off, one checkbox each, and the security emails that always go out.
 * Until the user changes a box the boxes follow the account, which is fetched again on opening and
 * on returning to the tab: an emailed unsubscribe link may have turned one off meanwhile.
 */
export function NotificationsCard({ user }: { user: User }) {
  const setUser = useSetUser();
  const securityHeadingId = useId();
  const reloadUser = useReloadUser();
  useReloadUserOnFocus(true);
  useEffect(() => {
    void reloadUser().catch(() => undefined);
  }, [reloadUser]);

  const save = useMutation({ mutationFn: updateProfile, onSuccess: setUser });
  // The user's choices since the last save; null while they follow the account.
  const [draft, setDraft] = useState<EmailNotifications | null>(null);
  const [saved, setSaved] = useState(false);
  // Receipts only where credits are sold.
  const billingOn = Boolean(useCredits().data);
  const options = NOTIFICATION_OPTIONS.filter((option) => !option.billingOnly || billingOn);
  const values = draft ?? resolveNotifications(user.preferences, options);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    // The server replaces the whole object: send what it holds with these choices written in.
    save.mutate(
      { preferences: mergeNotifications(user.preferences, values) },
      {
        onSuccess: () => {
          setDraft(null);
          setSaved(true);
        },
      },
    );
  };

  return (
    <Card title="Email notifications" description="Choose which emails we send you. Each one has a link to stop that kind.">
      <Form onSubmit={submit} aria-label="Email notifications">
        {save.isError && (
          <Alert tone="error" title="We couldn't save your choices">
            {describeError(save.error)} Your choices are still selected below.
          </Alert>
        )}
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Email me when</legend>
          {options.map((option) => (
            <Checkbox
              key={option.kind}
              name={option.kind}
              label={option.label}
              description={option.description}
              checked={values[option.kind] ?? true}
              onChange={(event) => {
                setDraft({ ...values, [option.kind]: event.target.checked });
                setSaved(false);
              }}
            />
          ))}
        </fieldset>
        <FormActions>
          <Button type="submit" loading={save.isPending} loadingLabel="Saving…">
            Save
          </Button>
          <SaveStatus message={saved ? 'Saved.' : null} />
        </FormActions>
      </Form>
      <div className={styles.alwaysSent}>
        <h3 className={styles.subheading} id={securityHeadingId}>
          Security emails
        </h3>
        <p className={styles.meta}>These always go out, so you know when something changes in your account:</p>
        <ul className={styles.lossList} aria-labelledby={securityHeadingId}>
          {SECURITY_EMAILS.map((email) => (
            <li key={email}>{email}</li>
          ))}
        </ul>
      </div>
    </Card>
  );
}

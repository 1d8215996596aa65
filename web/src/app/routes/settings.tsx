import { PageHeader } from '@/components/layout/PageHeader';
import { ChangePasswordForm, PreferencesForm, ProfileForm } from '@/features/account';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function SettingsRoute() {
  useDocumentTitle('Account settings');
  const user = useUser();
  return (
    <>
      <PageHeader title="Account settings" description="Manage your profile, defaults and password." />
      <div className={styles.settings}>
        <ProfileForm user={user} />
        <PreferencesForm user={user} />
        <ChangePasswordForm email={user.email} />
      </div>
    </>
  );
}

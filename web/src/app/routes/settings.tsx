import { Outlet } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { SectionNav, type SectionNavItem } from '@/components/layout/SectionNav';
import {
  ChangePasswordForm,
  DataExportCard,
  DeleteAccountForm,
  EmailAddressCard,
  NotificationsCard,
  PreferencesForm,
  ProfileForm,
  SecurityActivity,
  SessionsCard,
  TwoFactorCard,
} from '@/features/account';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

const SECTIONS: readonly SectionNavItem[] = [
  { to: '/settings', label: 'Profile', end: true },
  { to: '/settings/notifications', label: 'Notifications' },
  { to: '/settings/security', label: 'Two-factor authentication' },
  { to: '/settings/sessions', label: 'Sessions' },
  { to: '/settings/activity', label: 'Security activity' },
  { to: '/settings/data', label: 'Your data' },
  { to: '/settings/delete-account', label: 'Delete account' },
];

/** The settings frame: heading, the sections' links and the open section. */
export function SettingsRoute() {
  return (
    <>
      <PageHeader title="Account settings" description="Manage your profile, email notifications, sign-in security, sessions, data and account." />
      <SectionNav label="Settings" items={SECTIONS} />
      <div className={styles.settings}>
        <Outlet />
      </div>
    </>
  );
}

export function SettingsProfileRoute() {
  useDocumentTitle('Account settings');
  const user = useUser();
  return (
    <>
      <ProfileForm user={user} />
      <EmailAddressCard user={user} />
      <PreferencesForm user={user} />
      <ChangePasswordForm email={user.email} />
    </>
  );
}

export function SettingsNotificationsRoute() {
  useDocumentTitle('Email notifications · Account settings');
  const user = useUser();
  return <NotificationsCard user={user} />;
}

export function SettingsSecurityRoute() {
  useDocumentTitle('Two-factor authentication · Account settings');
  const user = useUser();
  return <TwoFactorCard user={user} />;
}

export function SettingsSessionsRoute() {
  useDocumentTitle('Sessions · Account settings');
  return <SessionsCard />;
}

export function SettingsActivityRoute() {
  useDocumentTitle('Security activity · Account settings');
  return <SecurityActivity />;
}

export function SettingsDataRoute() {
  useDocumentTitle('Your data · Account settings');
  return <DataExportCard />;
}

export function SettingsDeleteAccountRoute() {
  useDocumentTitle('Delete account · Account settings');
  return <DeleteAccountForm />;
}

import { Link } from 'react-router';

import { AuthCard } from '@/components/layout/AuthCard';
import { LinkButton } from '@/components/ui';
import { CheckCircleIcon, MailIcon } from '@/components/ui/icons';
import type { User } from '@/lib/api-types';
import { useReloadUserOnFocus } from '@/lib/auth';

import styles from './auth.module.css';
import { ResendVerification } from './ResendVerification';

/** After sign-up: tells the user to open the verification email, with a resend option. */
export function CheckInbox({ user }: { user: User }) {
  useReloadUserOnFocus(!user.emailVerified);
  if (user.emailVerified) {
    return (
      <AuthCard
        icon={<CheckCircleIcon />}
        iconTone="success"
        title="You're verified"
        description="Your email address is confirmed. Everything is unlocked."
      >
        <LinkButton to="/dashboard" fullWidth>
          Go to your dashboard
        </LinkButton>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      icon={<MailIcon />}
      title="Check your inbox"
      description={
        <>
          We sent a verification link to <span className={styles.inbox}>{user.email}</span>. Open it to unlock
          resume uploads.
        </>
      }
      footer={
        <>
          Wrong address? <Link to="/logout">Sign out</Link> and create your account again.
        </>
      }
    >
      <ul className={styles.steps}>
        <li>The email comes from resuMAX and can take a minute to arrive.</li>
        <li>Not there? Look in your spam or promotions folder.</li>
        <li>Links expire; the newest one always works.</li>
      </ul>
      <ResendVerification email={user.email} />
      <LinkButton to="/dashboard" variant="ghost" fullWidth>
        Continue to your dashboard
      </LinkButton>
    </AuthCard>
  );
}

import { Alert } from '@/components/ui';
import type { User } from '@/lib/api-types';
import { useReloadUserOnFocus } from '@/lib/auth';

import styles from './auth.module.css';
import { ResendVerification } from './ResendVerification';

/** Reminds an unverified user why uploads are locked and offers a fresh link. */
export function VerifyEmailBanner({ user }: { user: User }) {
  useReloadUserOnFocus(!user.emailVerified);
  if (user.emailVerified) return null;
  return (
    <div className={styles.banner}>
      <Alert tone="warning" title="Verify your email to upload resumes" announce="none">
        <p>
          We sent a link to <strong>{user.email}</strong>. Open it to unlock uploads and optimizations.
        </p>
        <div className={styles.bannerAction}>
          <ResendVerification email={user.email} size="sm" />
        </div>
      </Alert>
    </div>
  );
}

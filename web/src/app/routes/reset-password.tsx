import { useState } from 'react';

import { AuthCard } from '@/components/layout/AuthCard';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { LinkButton } from '@/components/ui';
import { AlertCircleIcon, CheckCircleIcon, KeyIcon } from '@/components/ui/icons';
import { ResetPasswordForm, useOneTimeToken } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ResetPasswordRoute() {
  useDocumentTitle('Choose a new password');
  const token = useOneTimeToken();
  const [done, setDone] = useState(false);

  let content;
  if (done) {
    content = (
      <AuthCard
        icon={<CheckCircleIcon />}
        iconTone="success"
        title="Your password is updated"
        description="Sign in with your new password to continue."
      >
        <p className="sr-only" role="status">
          Your password is updated.
        </p>
        <LinkButton to="/sign-in" fullWidth>
          Sign in
        </LinkButton>
      </AuthCard>
    );
  } else if (!token) {
    content = (
      <AuthCard
        icon={<AlertCircleIcon />}
        iconTone="danger"
        title="This reset link is incomplete"
        description="The link is missing its code. Open it from the email again, or request a new one."
      >
        <LinkButton to="/forgot-password" fullWidth>
          Request a new link
        </LinkButton>
      </AuthCard>
    );
  } else {
    content = (
      <AuthCard icon={<KeyIcon />} title="Choose a new password" description="Pick something long and unique to resuMAX.">
        <ResetPasswordForm token={token} onSuccess={() => setDone(true)} />
      </AuthCard>
    );
  }
  return <PublicLayout>{content}</PublicLayout>;
}

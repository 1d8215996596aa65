import { Link } from 'react-router';

import { AuthCard } from '@/components/layout/AuthCard';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { KeyIcon } from '@/components/ui/icons';
import { ForgotPasswordForm } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ForgotPasswordRoute() {
  useDocumentTitle('Reset your password');
  return (
    <PublicLayout
      headerAside={
        <>
          Remembered it? <Link to="/sign-in">Sign in</Link>
        </>
      }
    >
      <AuthCard
        icon={<KeyIcon />}
        title="Reset your password"
        description="Enter the email you signed up with and we'll send you a link to choose a new password."
      >
        <ForgotPasswordForm />
      </AuthCard>
    </PublicLayout>
  );
}

import { Link, useNavigate } from 'react-router';

import { AuthCard } from '@/components/layout/AuthCard';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { SignUpForm } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import { GuestOnly } from '../route-guards';

export function SignUpRoute() {
  useDocumentTitle('Create your account');
  const navigate = useNavigate();
  return (
    <GuestOnly redirectTo={(user) => (user.emailVerified ? '/dashboard' : '/check-inbox')}>
      <PublicLayout
        headerAside={
          <>
            Have an account? <Link to="/sign-in">Sign in</Link>
          </>
        }
      >
        <AuthCard
          title="Create your account"
          description="Tailor your resume to each job in minutes. Free to start."
          footer={
            <>
              Already have an account? <Link to="/sign-in">Sign in</Link>
            </>
          }
        >
          <SignUpForm onSuccess={() => navigate('/check-inbox', { replace: true })} />
        </AuthCard>
      </PublicLayout>
    </GuestOnly>
  );
}

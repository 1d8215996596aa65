import { Link } from 'react-router';

import { PublicLayout } from '@/components/layout/PublicLayout';
import { PrivacyPolicy, TermsOfService } from '@/features/legal';
import { useSession } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

/** The way back into the app, or in for a visitor; nothing while the session loads. */
function HeaderAside() {
  const session = useSession();
  if (session.isPending) return null;
  if (session.data) return <Link to="/dashboard">Go to your dashboard</Link>;
  return (
    <>
      New here? <Link to="/sign-up">Create an account</Link>
    </>
  );
}

/** /terms: public, signed in or not, and shown even while newer terms wait to be accepted. */
export function TermsRoute() {
  useDocumentTitle('Terms of Service');
  return (
    <PublicLayout headerAside={<HeaderAside />}>
      <TermsOfService />
    </PublicLayout>
  );
}

/** /privacy: public, like /terms. */
export function PrivacyRoute() {
  useDocumentTitle('Privacy Policy');
  return (
    <PublicLayout headerAside={<HeaderAside />}>
      <PrivacyPolicy />
    </PublicLayout>
  );
}

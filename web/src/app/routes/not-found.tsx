import { AuthCard } from '@/components/layout/AuthCard';
import { PublicLayout } from '@/components/layout/PublicLayout';
import { LinkButton } from '@/components/ui';
import { CompassIcon } from '@/components/ui/icons';
import { useSession } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Page not found');
  const session = useSession();
  return (
    <PublicLayout>
      <AuthCard
        icon={<CompassIcon />}
        title="We can't find that page"
        description="The address may be mistyped, or the page has moved. Check the link, or head back to familiar ground."
      >
        {session.data ? (
          <LinkButton to="/dashboard" fullWidth>
            Go to your dashboard
          </LinkButton>
        ) : (
          <LinkButton to="/" fullWidth>
            Go to the home page
          </LinkButton>
        )}
      </AuthCard>
    </PublicLayout>
  );
}

import { PublicLayout } from '@/components/layout/PublicLayout';
import { CheckInbox } from '@/features/auth';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function CheckInboxRoute() {
  useDocumentTitle('Check your inbox');
  const user = useUser();
  return (
    <PublicLayout>
      <CheckInbox user={user} />
    </PublicLayout>
  );
}

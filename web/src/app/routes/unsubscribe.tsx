import { PublicLayout } from '@/components/layout/PublicLayout';
import { Unsubscribe } from '@/features/account';
import { useOneTimeToken } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function UnsubscribeRoute() {
  useDocumentTitle('Unsubscribe');
  const token = useOneTimeToken();
  return (
    <PublicLayout>
      <Unsubscribe token={token} />
    </PublicLayout>
  );
}

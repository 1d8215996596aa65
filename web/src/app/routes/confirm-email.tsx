import { PublicLayout } from '@/components/layout/PublicLayout';
import { ConfirmEmailChange, useOneTimeToken } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function ConfirmEmailRoute() {
  useDocumentTitle('Confirm your new email address');
  const token = useOneTimeToken();
  return (
    <PublicLayout>
      <ConfirmEmailChange token={token} />
    </PublicLayout>
  );
}

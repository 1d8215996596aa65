import { PublicLayout } from '@/components/layout/PublicLayout';
import { useOneTimeToken, VerifyEmail } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

export function VerifyEmailRoute() {
  useDocumentTitle('Verify your email');
  const token = useOneTimeToken();
  return (
    <PublicLayout>
      <VerifyEmail token={token} />
    </PublicLayout>
  );
}

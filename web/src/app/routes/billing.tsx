import { PageHeader } from '@/components/layout/PageHeader';
import { BillingPage, useCredits } from '@/features/billing';
import { useDocumentTitle } from '@/lib/use-document-title';

export function BillingRoute() {
  useDocumentTitle('Billing & credits');
  // Where billing is off the page only says so.
  const billingOff = useCredits().data === null;
  return (
    <>
      <PageHeader
        title="Billing & credits"
        description={billingOff ? undefined : 'Your credit balance, packs to buy more, and every change to your balance.'}
      />
      <BillingPage />
    </>
  );
}

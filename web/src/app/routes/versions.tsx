import { PageHeader } from '@/components/layout/PageHeader';
import { Card, LinkButton } from '@/components/ui';
import { VersionsList } from '@/features/optimizations';
import { useDocumentTitle } from '@/lib/use-document-title';

import { useTitleMaps } from './title-maps';

export function VersionsRoute() {
  useDocumentTitle('History');
  const { resumeTitles, jobLabels } = useTitleMaps();
  return (
    <>
      <PageHeader
        title="History"
        description="Every version you saved, with its match score. Open one to download or compare it."
        actions={<LinkButton to="/optimize">New optimization</LinkButton>}
      />
      <Card title="Saved versions">
        <VersionsList resumeTitles={resumeTitles} jobLabels={jobLabels} />
      </Card>
    </>
  );
}

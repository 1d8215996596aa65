import { Card, LinkButton } from '@/components/ui';

import { VersionsList } from './VersionsList';

interface RecentOptimizationsSectionProps {
  resumeTitles: ReadonlyMap<string, string>;
  jobLabels: ReadonlyMap<string, string>;
}

export function RecentOptimizationsSection({ resumeTitles, jobLabels }: RecentOptimizationsSectionProps) {
  return (
    <Card
      title="Recent optimizations"
      description="Tailored versions you reviewed and saved."
      actions={
        <LinkButton to="/versions" variant="ghost" size="sm">
          View all
        </LinkButton>
      }
    >
      <VersionsList resumeTitles={resumeTitles} jobLabels={jobLabels} limit={5} compact />
    </Card>
  );
}

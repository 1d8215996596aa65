import { AsyncContent, Card, EmptyState, ResourceList, ResourceListItem, ScoreBadge } from '@/components/ui';
import { SparkIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import { useRecentVersions } from '../hooks/use-recent-versions';

export function RecentOptimizationsSection() {
  const query = useRecentVersions();
  return (
    <Card title="Recent optimizations" description="Tailored versions you reviewed and saved.">
      <AsyncContent
        query={query}
        loadingLabel="Loading your recent optimizations…"
        errorTitle="We couldn't load your recent optimizations."
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            icon={<SparkIcon />}
            title="No optimizations yet"
            description="Pair a resume with a job description to get a match score and truthful rewrites you accept or reject one by one."
          />
        }
      >
        {(page) => (
          <ResourceList label="Recent optimizations">
            {page.items.map((version) => (
              <ResourceListItem
                key={version.id}
                title={`${version.resumeTitle} for ${version.jobTitle}`}
                meta={[
                  version.company,
                  `${version.acceptedCount} change${version.acceptedCount === 1 ? '' : 's'} accepted`,
                  formatRelative(version.createdAt),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                aside={<ScoreBadge score={version.alignmentScore} />}
              />
            ))}
          </ResourceList>
        )}
      </AsyncContent>
    </Card>
  );
}

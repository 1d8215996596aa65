import { AsyncContent, EmptyState, LinkButton, ResourceList, ResourceListItem, ScoreBadge } from '@/components/ui';
import { SparkIcon } from '@/components/ui/icons';
import { formatDateTime, formatRelative } from '@/lib/format';

import { useVersions } from '../hooks/use-versions';

interface VersionsListProps {
  /** Resume titles by id. */
  resumeTitles: ReadonlyMap<string, string>;
  /** "Title · Company" by job description id. */
  jobLabels: ReadonlyMap<string, string>;
  limit?: number;
  /** Relative dates ("2 days ago") for the compact dashboard list. */
  compact?: boolean;
}

/** Saved versions, newest first, with their score and date. */
export function VersionsList({ resumeTitles, jobLabels, limit = 50, compact = false }: VersionsListProps) {
  const query = useVersions(limit);

  return (
    <AsyncContent
      query={query}
      loadingLabel="Loading your versions…"
      errorTitle="We couldn't load your versions."
      isEmpty={(page) => page.items.length === 0}
      empty={
        <EmptyState
          icon={<SparkIcon />}
          title="No optimizations yet"
          description="Pair a resume with a job description to get a match score and truthful rewrites you accept or reject one by one."
          action={
            <LinkButton to="/optimize" size="sm" variant="secondary">
              Start an optimization
            </LinkButton>
          }
        />
      }
    >
      {(page) => (
        <ResourceList label="Saved versions">
          {page.items.map((version) => {
            // The server names what the version was made for; the maps cover older answers.
            const job = version.jobTitle
              ? [version.jobTitle, version.company].filter(Boolean).join(' at ')
              : jobLabels.get(version.jobDescriptionId);
            const resume = version.resumeTitle ?? resumeTitles.get(version.resumeId) ?? 'Resume';
            return (
              <ResourceListItem
                key={version.id}
                title={job ? `${resume} for ${job}` : resume}
                to={`/versions/${version.id}`}
                meta={[
                  `${version.acceptedChanges.length} change${version.acceptedChanges.length === 1 ? '' : 's'} applied`,
                  compact ? formatRelative(version.createdAt) : formatDateTime(version.createdAt),
                ].join(' · ')}
                aside={<ScoreBadge score={version.alignmentScore} />}
              />
            );
          })}
        </ResourceList>
      )}
    </AsyncContent>
  );
}

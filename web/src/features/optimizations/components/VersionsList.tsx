import { Link } from 'react-router';

import { AsyncContent, EmptyState, LinkButton, ResourceList, ResourceListItem, ScoreBadge } from '@/components/ui';
import { SparkIcon } from '@/components/ui/icons';
import { formatDate, formatDateTime, formatRelative } from '@/lib/format';

import type { VersionSummary } from '../api/versions';
import { useVersions } from '../hooks/use-versions';

/** "Edited copy of the version of 3 Mar 2025" (a link to it), or how many changes were applied. */
function describeOrigin(version: VersionSummary, all: readonly VersionSummary[]) {
  if (version.origin === 'import') return 'Imported from a JSON Resume file';
  if (version.origin !== 'edit') {
    return `${version.acceptedChanges.length} change${version.acceptedChanges.length === 1 ? '' : 's'} applied`;
  }
  if (!version.parentVersionId) return 'Edited copy';
  const parent = all.find((candidate) => candidate.id === version.parentVersionId);
  return (
    <>
      Edited copy of{' '}
      <Link to={`/versions/${encodeURIComponent(version.parentVersionId)}`}>
        {parent ? `the version of ${formatDate(parent.createdAt)}` : 'an earlier version'}
      </Link>
    </>
  );
}

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
                meta={
                  <>
                    {describeOrigin(version, page.items)} ·{' '}
                    {compact ? formatRelative(version.createdAt) : formatDateTime(version.createdAt)}
                  </>
                }
                aside={<ScoreBadge score={version.alignmentScore} />}
              />
            );
          })}
        </ResourceList>
      )}
    </AsyncContent>
  );
}

import { AsyncContent, Badge, Card, EmptyState, LinkButton, ResourceList, ResourceListItem } from '@/components/ui';
import { BriefcaseIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import { isParsing, isUnreadable, type JobDescriptionSummary } from '../api/job-descriptions';
import { useJobDescriptions } from '../hooks/use-job-descriptions';

/** What the list says where a read job description gives its skill count. */
function readSummary(job: JobDescriptionSummary): string | null {
  if (isParsing(job)) return null;
  if (isUnreadable(job)) return job.parseError?.message ?? 'The file could not be read.';
  return `${job.metadata.requiredSkills.length} required skills`;
}

function readBadge(job: JobDescriptionSummary) {
  if (isParsing(job)) return <Badge tone="brand">Reading…</Badge>;
  if (isUnreadable(job)) return <Badge tone="danger">Could not read</Badge>;
  return undefined;
}

export function JobDescriptionsSection() {
  const query = useJobDescriptions();
  const hasItems = (query.data?.items.length ?? 0) > 0;
  return (
    <Card
      title="Job descriptions"
      description="The roles you are tailoring your resume for."
      actions={
        hasItems ? (
          <LinkButton to="/jobs/new" variant="secondary" size="sm">
            Add job
          </LinkButton>
        ) : undefined
      }
    >
      <AsyncContent
        query={query}
        loadingLabel="Loading your job descriptions…"
        errorTitle="We couldn't load your job descriptions."
        isEmpty={(page) => page.items.length === 0}
        empty={
          <EmptyState
            icon={<BriefcaseIcon />}
            title="Add your first job description"
            description="Paste a posting you are interested in. We pull out the title, company and the skills it asks for."
            action={
              <LinkButton to="/jobs/new" size="sm" variant="secondary">
                Add a job description
              </LinkButton>
            }
          />
        }
      >
        {(page) => (
          <ResourceList label="Job descriptions">
            {page.items.map((job) => (
              <ResourceListItem
                key={job.id}
                title={job.title}
                to={`/jobs/${job.id}`}
                meta={[job.company, job.location, readSummary(job), `added ${formatRelative(job.createdAt)}`]
                  .filter(Boolean)
                  .join(' · ')}
                aside={readBadge(job)}
              />
            ))}
          </ResourceList>
        )}
      </AsyncContent>
    </Card>
  );
}

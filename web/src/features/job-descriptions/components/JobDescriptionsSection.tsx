import { AsyncContent, Card, EmptyState, LinkButton, ResourceList, ResourceListItem } from '@/components/ui';
import { BriefcaseIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import { useJobDescriptions } from '../hooks/use-job-descriptions';

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
                meta={[
                  job.company,
                  job.location,
                  `${job.metadata.requiredSkills.length} required skills`,
                  `added ${formatRelative(job.createdAt)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </ResourceList>
        )}
      </AsyncContent>
    </Card>
  );
}

import { AsyncContent, Card, EmptyState, ResourceList, ResourceListItem } from '@/components/ui';
import { BriefcaseIcon } from '@/components/ui/icons';
import { formatRelative } from '@/lib/format';

import { useJobDescriptions } from '../hooks/use-job-descriptions';

export function JobDescriptionsSection() {
  const query = useJobDescriptions();
  return (
    <Card title="Job descriptions" description="The roles you are tailoring your resume for.">
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
          />
        }
      >
        {(page) => (
          <ResourceList label="Job descriptions">
            {page.items.map((job) => (
              <ResourceListItem
                key={job.id}
                title={job.title}
                meta={[job.company, job.location, `added ${formatRelative(job.createdAt)}`]
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

import { useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { DeleteAction, LinkButton } from '@/components/ui';
import {
  JobDescriptionDetail,
  useDeleteJobDescription,
  useJobDescription,
  useRenameJobDescription,
  type JobDescription,
} from '@/features/job-descriptions';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';

function JobView({ job }: { job: JobDescription }) {
  const rename = useRenameJobDescription(job.id);
  const remove = useDeleteJobDescription(job);
  return (
    <>
      <PageHeader
        title={job.title}
        description={[job.company, job.location].filter(Boolean).join(' · ') || undefined}
        rename={{ label: 'Job title', onSave: rename.mutateAsync }}
        actions={
          <>
            <LinkButton to={`/optimize?job=${job.id}`}>Optimize a resume for this job</LinkButton>
            <DeleteAction confirmLabel="Delete job description" title="Delete this job description?" onDelete={remove.mutateAsync}>
              <p>“{job.title}” goes, and so do the optimizations and tailored versions you made for it.</p>
              <p>Your resumes stay. This can’t be undone.</p>
            </DeleteAction>
          </>
        }
      />
      <JobDescriptionDetail jobDescription={job} />
    </>
  );
}

export function JobDetailRoute() {
  const { jobId } = useParams();
  const query = useJobDescription(jobId);
  useDocumentTitle(query.data?.title ?? 'Job description');
  return (
    <DetailState query={query} noun="job description">
      {(job) => <JobView job={job} />}
    </DetailState>
  );
}

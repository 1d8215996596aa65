import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { LinkButton } from '@/components/ui';
import { JobDescriptionDetail, useJobDescription } from '@/features/job-descriptions';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';
import styles from './routes.module.css';

export function JobDetailRoute() {
  const { jobId } = useParams();
  const query = useJobDescription(jobId);
  useDocumentTitle(query.data?.title ?? 'Job description');
  return (
    <>
      <Link to="/dashboard" className={styles.backLink}>
        ← Dashboard
      </Link>
      <DetailState query={query} noun="job description">
        {(job) => (
          <>
            <PageHeader
              title={job.title}
              description={[job.company, job.location].filter(Boolean).join(' · ') || undefined}
              actions={<LinkButton to={`/optimize?job=${job.id}`}>Optimize a resume for this job</LinkButton>}
            />
            <JobDescriptionDetail jobDescription={job} />
          </>
        )}
      </DetailState>
    </>
  );
}

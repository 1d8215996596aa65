import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { LinkButton } from '@/components/ui';
import { ResumeDetail, useResume } from '@/features/resumes';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';
import styles from './routes.module.css';

export function ResumeDetailRoute() {
  const { resumeId } = useParams();
  const query = useResume(resumeId);
  useDocumentTitle(query.data?.title ?? 'Resume');
  return (
    <>
      <Link to="/dashboard" className={styles.backLink}>
        ← Dashboard
      </Link>
      <DetailState query={query} noun="resume">
        {(resume) => (
          <>
            <PageHeader title={resume.title} description="What we read from your file, section by section." />
            <ResumeDetail
              resume={resume}
              reuploadAction={
                <LinkButton to="/resumes/new" variant="secondary" size="sm">
                  Upload another file
                </LinkButton>
              }
              nextAction={
                <LinkButton to={`/optimize?resume=${resume.id}`} size="sm">
                  Optimize for a job
                </LinkButton>
              }
            />
          </>
        )}
      </DetailState>
    </>
  );
}

import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Card } from '@/components/ui';
import { ResumeUpload } from '@/features/resumes';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function ResumeNewRoute() {
  useDocumentTitle('Upload a resume');
  const user = useUser();
  const navigate = useNavigate();
  const onUploaded = useCallback((resumeId: string) => navigate(`/resumes/${resumeId}`), [navigate]);
  return (
    <div className={styles.narrow}>
      <Link to="/dashboard" className={styles.backLink}>
        ← Dashboard
      </Link>
      <PageHeader
        title="Upload a resume"
        description="We read it the way an applicant tracking system does, so you can see what recruiters' software sees."
      />
      <Card>
        <ResumeUpload onUploaded={onUploaded} locked={!user.emailVerified} />
      </Card>
    </div>
  );
}

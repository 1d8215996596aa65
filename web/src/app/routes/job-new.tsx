import { Link, useNavigate } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Card } from '@/components/ui';
import { JobDescriptionForm } from '@/features/job-descriptions';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function JobNewRoute() {
  useDocumentTitle('Add a job description');
  const navigate = useNavigate();
  return (
    <div className={styles.formCard}>
      <Link to="/dashboard" className={styles.backLink}>
        ← Dashboard
      </Link>
      <PageHeader
        title="Add a job description"
        description="Paste the posting or upload it. We extract the title, company and the skills it asks for."
      />
      <Card>
        <JobDescriptionForm onSaved={(jd) => navigate(`/jobs/${jd.id}`)} />
      </Card>
    </div>
  );
}

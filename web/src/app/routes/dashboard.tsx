import { PageHeader } from '@/components/layout/PageHeader';
import { VerifyEmailBanner } from '@/features/auth';
import { JobDescriptionsSection } from '@/features/job-descriptions';
import { RecentOptimizationsSection } from '@/features/optimizations';
import { ResumesSection } from '@/features/resumes';
import { useUser } from '@/lib/auth';
import { firstName } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  const user = useUser();
  const name = firstName(user.name);
  return (
    <>
      <PageHeader
        title={name ? `Welcome, ${name}` : 'Welcome'}
        description="Your resumes, the jobs you are targeting and your latest tailored versions."
      />
      <VerifyEmailBanner user={user} />
      <div className={styles.dashboardGrid}>
        <ResumesSection uploadsLocked={!user.emailVerified} />
        <JobDescriptionsSection />
        <div className={styles.wide}>
          <RecentOptimizationsSection />
        </div>
      </div>
    </>
  );
}

import { PageHeader } from '@/components/layout/PageHeader';
import { LinkButton } from '@/components/ui';
import { VerifyEmailBanner } from '@/features/auth';
import { JobDescriptionsSection, useJobDescriptions } from '@/features/job-descriptions';
import { RecentOptimizationsSection } from '@/features/optimizations';
import { ResumesSection, useResumes } from '@/features/resumes';
import { useUser } from '@/lib/auth';
import { firstName } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { GettingStarted } from './getting-started';
import { RouteNotice } from './route-notice';
import styles from './routes.module.css';
import { useTitleMaps } from './title-maps';

export function DashboardRoute() {
  useDocumentTitle('Dashboard');
  const user = useUser();
  const name = firstName(user.name);
  const resumes = useResumes();
  const jobs = useJobDescriptions();
  const { resumeTitles, jobLabels } = useTitleMaps();
  const hasReadyResume = resumes.data?.items.some((resume) => resume.parseStatus === 'completed') ?? false;
  const hasJob = (jobs.data?.items.length ?? 0) > 0;
  return (
    <>
      <PageHeader
        title={name ? `Welcome, ${name}` : 'Welcome'}
        description="Your resumes, the jobs you are targeting and your latest tailored versions."
        actions={
          hasReadyResume && hasJob ? (
            <LinkButton to="/optimize">Optimize a resume</LinkButton>
          ) : undefined
        }
      />
      <RouteNotice />
      <VerifyEmailBanner user={user} />
      {resumes.isSuccess && jobs.isSuccess && !(hasReadyResume && hasJob) && (
        <GettingStarted
          verified={user.emailVerified}
          hasResume={(resumes.data.items.length ?? 0) > 0}
          hasJob={hasJob}
        />
      )}
      <div className={styles.dashboardGrid}>
        <ResumesSection uploadsLocked={!user.emailVerified} />
        <JobDescriptionsSection />
        <div className={styles.wide}>
          <RecentOptimizationsSection resumeTitles={resumeTitles} jobLabels={jobLabels} />
        </div>
      </div>
    </>
  );
}

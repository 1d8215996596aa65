import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Card, EmptyState, LinkButton, Spinner } from '@/components/ui';
import { SparkIcon } from '@/components/ui/icons';
import { resolvePreferences } from '@/features/account';
import { useCredits, useRefreshCredits } from '@/features/billing';
import { useJobDescriptions } from '@/features/job-descriptions';
import { StartOptimizationForm } from '@/features/optimizations';
import { useResumes } from '@/features/resumes';
import { useUser } from '@/lib/auth';
import { useDocumentTitle } from '@/lib/use-document-title';

import styles from './routes.module.css';

export function OptimizeNewRoute() {
  useDocumentTitle('Optimize a resume');
  const user = useUser();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const resumes = useResumes({ limit: 100 });
  const jobs = useJobDescriptions({ limit: 100 });
  // Where the server bills optimizations in credits: the cost and the balance beside the button.
  const credits = useCredits();
  const refreshCredits = useRefreshCredits();

  let body;
  if (resumes.isPending || jobs.isPending) {
    body = <Spinner label="Loading your resumes and jobs…" showLabel />;
  } else {
    const resumeChoices = (resumes.data?.items ?? []).map((resume) => ({
      id: resume.id,
      title: resume.title,
      ready: resume.parseStatus === 'completed',
    }));
    // Only job descriptions whose text is known: an uploaded file still being read (or one that
    // could not be read) has nothing to optimize against yet.
    const jobChoices = (jobs.data?.items ?? [])
      .filter((job) => job.parseStatus === 'completed')
      .map((job) => ({
        id: job.id,
        label: job.company ? `${job.title} · ${job.company}` : job.title,
      }));
    if (!resumeChoices.some((resume) => resume.ready)) {
      body = (
        <EmptyState
          icon={<SparkIcon />}
          title="First, upload a resume"
          description="Optimizing needs a resume we have read. Upload a PDF or DOCX; it takes a few seconds."
          action={<LinkButton to="/resumes/new">Upload a resume</LinkButton>}
        />
      );
    } else if (jobChoices.length === 0) {
      body = (
        <EmptyState
          icon={<SparkIcon />}
          title="Now add the job you want"
          description="Paste the job posting so we know what to tailor your resume for."
          action={<LinkButton to="/jobs/new">Add a job description</LinkButton>}
        />
      );
    } else {
      body = (
        <StartOptimizationForm
          resumes={resumeChoices}
          jobs={jobChoices}
          defaultStrategy={resolvePreferences(user.preferences).defaultStrategy}
          initialResumeId={params.get('resume')}
          initialJobId={params.get('job')}
          onStarted={(optimizationId) => navigate(`/optimizations/${optimizationId}`)}
          credits={credits.data ? { cost: credits.data.costPerOptimization, balance: credits.data.balance } : null}
          onCreditsChanged={refreshCredits}
        />
      );
    }
  }

  return (
    <div className={styles.narrow}>
      <PageHeader
        title="Optimize a resume"
        description="We score how well your resume matches the job and propose truthful rewrites. Nothing changes until you accept it."
      />
      <Card>{body}</Card>
    </div>
  );
}

import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { Alert, LinkButton } from '@/components/ui';
import { useJobDescription } from '@/features/job-descriptions';
import { isCompleted, OptimizationProgress, OptimizationResults, useOptimization, type Optimization } from '@/features/optimizations';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';

function OptimizationView({ optimization }: { optimization: Optimization }) {
  const navigate = useNavigate();
  const job = useJobDescription(optimization.jobDescriptionId);
  const jobLabel = job.data ? (job.data.company ? `${job.data.title} at ${job.data.company}` : job.data.title) : undefined;
  const retryLink = `/optimize?resume=${optimization.resumeId}&job=${optimization.jobDescriptionId}`;

  if (optimization.status === 'failed') {
    return (
      <>
        <PageHeader title="The optimization failed" />
        <Alert
          tone="error"
          title={optimization.error?.message ?? 'Something went wrong while tailoring your resume.'}
          action={<LinkButton to={retryLink} size="sm">Try again</LinkButton>}
        >
          {optimization.error?.code === 'inputs_missing'
            ? 'The resume or job description was deleted. Pick others and start again.'
            : 'Your resume and job description are safe. Start the optimization again; if it keeps failing, try another strategy.'}
        </Alert>
      </>
    );
  }
  if (!isCompleted(optimization)) {
    return (
      <>
        <PageHeader title="Optimizing your resume" description={jobLabel ? `For ${jobLabel}` : undefined} />
        <OptimizationProgress status={optimization.status} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title="Review your tailored resume"
        description="Accept the rewrites that are true to you, reject the rest, then save the result as a version."
      />
      <OptimizationResults
        optimization={optimization}
        jobLabel={jobLabel}
        onSaved={(version) => navigate(`/versions/${version.id}`)}
      />
    </>
  );
}

export function OptimizationRoute() {
  const { optimizationId = '' } = useParams();
  const query = useOptimization(optimizationId);
  useDocumentTitle(query.data?.status === 'completed' ? 'Optimization results' : 'Optimizing…');
  return (
    <>
      <DetailState query={query} noun="optimization">
        {(optimization) => <OptimizationView optimization={optimization} />}
      </DetailState>
    </>
  );
}

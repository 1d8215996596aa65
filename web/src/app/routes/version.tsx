import { useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { useJobDescription } from '@/features/job-descriptions';
import { useOptimization, useVersion, VersionDetail, type Version } from '@/features/optimizations';
import { useResume } from '@/features/resumes';
import { isNotFound } from '@/lib/api-client';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';

function VersionView({ version }: { version: Version }) {
  const resume = useResume(version.resumeId);
  const optimization = useOptimization(version.optimizationId);
  const job = useJobDescription(optimization.data?.jobDescriptionId);
  const jobLabel = job.data ? (job.data.company ? `${job.data.title} at ${job.data.company}` : job.data.title) : null;
  const original = resume.isError && isNotFound(resume.error) ? null : resume.data?.parsedSections;
  return (
    <>
      <PageHeader
        title={jobLabel ? `${resume.data?.title ?? 'Resume'} for ${jobLabel}` : `Version of ${formatDate(version.createdAt)}`}
        description="Download it, preview the PDF, or compare it with the resume you uploaded."
      />
      <VersionDetail
        version={version}
        originalSections={resume.isError ? null : original}
        originalScore={optimization.data?.alignmentScore}
      />
    </>
  );
}

export function VersionRoute() {
  const { versionId } = useParams();
  const query = useVersion(versionId);
  useDocumentTitle('Saved version');
  return (
    <>
      <DetailState back={{ to: '/versions', label: 'History' }} query={query} noun="version">
        {(version) => <VersionView key={version.id} version={version} />}
      </DetailState>
    </>
  );
}

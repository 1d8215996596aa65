import { useParams } from 'react-router';

import { PageHeader } from '@/components/layout/PageHeader';
import { useJobDescription } from '@/features/job-descriptions';
import { useOptimization, useVersion, VersionDetail, type Version } from '@/features/optimizations';
import { useResume } from '@/features/resumes';
import { isNotFound } from '@/lib/api-client';
import { readDocument } from '@/lib/resume-document';
import { formatDate } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';

import { DetailState } from './detail-state';

function VersionView({ version }: { version: Version }) {
  const resume = useResume(version.resumeId);
  const optimization = useOptimization(version.optimizationId);
  const job = useJobDescription(optimization.data?.jobDescriptionId);
  const jobLabel = job.data ? (job.data.company ? `${job.data.title} at ${job.data.company}` : job.data.title) : null;
  // What the optimization read, so a later correction of the resume does not change the comparison;
  // optimizations made before it was kept compare with the resume as it is now.
  const source = optimization.data?.sourceSections;
  const original = source
    ? readDocument(source)
    : resume.isError && isNotFound(resume.error)
      ? null
      : resume.data?.parsedSections;
  return (
    <>
      <PageHeader
        title={jobLabel ? `${resume.data?.title ?? 'Resume'} for ${jobLabel}` : `Version of ${formatDate(version.createdAt)}`}
        description="Download it, preview the PDF, or compare it with the resume it was made from."
      />
      <VersionDetail
        version={version}
        originalSections={source ? original : resume.isError ? null : original}
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
